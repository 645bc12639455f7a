"""App configuration for enrolment."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnrolmentConfig(AppConfig):
    name = "revmentor.enrolment"
    label = "enrolment"
    verbose_name = _("Enrolment")

    def ready(self) -> None:
        from revmentor.enrolment import services
        from revmentor.outbox import registry

        registry.register(
            services.CONFIRMATION_MAIL, registry.MailKind(services.write_confirmation)
        )
        registry.register(services.DECISION_MAIL, registry.MailKind(services.write_decision))
        registry.register(services.INVITATION_MAIL, registry.MailKind(services.write_invitation))
