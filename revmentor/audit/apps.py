"""App configuration for the audit log."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AuditConfig(AppConfig):
    name = "revmentor.audit"
    label = "audit"
    verbose_name = _("Audit log")

    def ready(self) -> None:
        from revmentor.audit import receivers  # noqa: F401  (connects the login signals)
