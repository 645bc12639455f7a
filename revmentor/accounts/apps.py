"""App configuration for accounts."""

from __future__ import annotations

from typing import Any

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


def _create_cache_table(**kwargs: Any) -> None:
    """`migrate` also makes the database cache's table, so no deployment can forget it."""
    from django.conf import settings
    from django.core.management import call_command

    if settings.CACHES["default"]["BACKEND"].endswith("DatabaseCache"):
        call_command("createcachetable", database=kwargs.get("using", "default"), verbosity=0)


class AccountsConfig(AppConfig):
    name = "revmentor.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from revmentor.accounts import mail
        from revmentor.outbox import registry

        registry.register(mail.PASSWORD_RESET_MAIL, mail.KIND)
        from django.contrib import admin
        from django.db.models.signals import post_migrate
        from django_otp.plugins.otp_static.models import StaticDevice
        from django_otp.plugins.otp_totp.models import TOTPDevice

        post_migrate.connect(_create_cache_table, sender=self)
        # django-otp registers its devices in the admin when the admin loads (before this
        # runs): there an operator could read a program manager's secret or QR code and so
        # pass their second step. A lost phone is handled by `manage.py mfa_reset EMAIL`.
        for model in (TOTPDevice, StaticDevice):
            if admin.site.is_registered(model):
                admin.site.unregister(model)
