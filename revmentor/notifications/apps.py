"""App configuration for notifications."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class NotificationsConfig(AppConfig):
    name = "revmentor.notifications"
    label = "notifications"
    verbose_name = _("Notifications")

    def ready(self) -> None:
        from revmentor.notifications import mail, services
        from revmentor.outbox import registry

        registry.register(services.MAIL_KIND, mail.KIND)
