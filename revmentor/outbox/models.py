"""One row per outgoing e-mail: what to write (a kind and ids, never the rendered text), to whom,
its Message-ID, and how far sending it got."""

from __future__ import annotations

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class OutboxMessage(models.Model):
    class Status(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
        SENT = "sent", _("Sent")
        # The mail server may have accepted it: never sent again automatically (README).
        UNCERTAIN = "uncertain", _("Perhaps sent (the mail server did not confirm)")
        FAILED = "failed", _("Failed")
        SKIPPED = "skipped", _("Not sent (nothing left to send)")

    # Which registered writer renders it (revmentor.outbox.registry); the kinds belong to the apps
    # above this one, so they are registered at start-up rather than listed as choices here.
    kind = models.CharField(_("kind"), max_length=64)
    # Ids only: the e-mail is written when it is sent, so no personal text waits in this table.
    args = models.JSONField(_("arguments"), default=dict)
    to = models.EmailField(_("recipient"), max_length=254)
    message_id = models.CharField(_("Message-ID"), max_length=255, unique=True)
    status = models.CharField(
        _("status"), max_length=10, choices=Status, default=Status.PENDING, db_index=True
    )
    attempts = models.PositiveSmallIntegerField(_("attempts"), default=0)
    next_attempt_at = models.DateTimeField(_("next attempt at"), default=timezone.now)
    # Set by the worker that claimed the row; every later write of that worker is conditional on
    # it, so a worker that was given up for dead cannot overwrite what the sweeper decided.
    claim_token = models.CharField(_("claim"), max_length=32, blank=True)
    claimed_at = models.DateTimeField(_("claimed at"), null=True, blank=True)
    # Written (and committed) just before the message content goes to the mail server: from then
    # on the server may have it, so a worker that stops is not retried blindly.
    handed_over_at = models.DateTimeField(_("handed to the mail server at"), null=True, blank=True)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("outgoing e-mail")
        verbose_name_plural = _("outgoing e-mails")
        ordering = ("-created_at", "-pk")
        indexes = [models.Index(fields=["status", "next_attempt_at"])]

    def __str__(self) -> str:
        return self.message_id
