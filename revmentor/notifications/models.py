"""One notification per person and event: shown in the app, and e-mailed once through the
outbox (revmentor.outbox), which keeps the attempts and errors of the send."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Notification(models.Model):
    class Delivery(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed")
        UNCERTAIN = "uncertain", _("Perhaps sent (the mail server did not confirm)")
        SKIPPED = "skipped", _("Not e-mailed (turned off)")

    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("recipient"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=32)
    # One event reaches a person once, however often the code that reports it runs.
    event_key = models.CharField(_("event"), max_length=200, unique=True)
    template = models.CharField(_("template"), max_length=200)
    context = models.JSONField(_("context"), default=dict)
    link = models.CharField(_("link"), max_length=500, blank=True)
    essential = models.BooleanField(_("essential"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    read_at = models.DateTimeField(_("read at"), null=True, blank=True)
    delivery = models.CharField(
        _("e-mail"), max_length=10, choices=Delivery, default=Delivery.PENDING
    )

    class Meta:
        verbose_name = _("notification")
        verbose_name_plural = _("notifications")
        ordering = ("-created_at", "-pk")

    def __str__(self) -> str:
        return self.event_key
