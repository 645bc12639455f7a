"""App configuration for accounts."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class AccountsConfig(AppConfig):
    name = "revmentor.accounts"
    label = "accounts"
    verbose_name = _("Accounts")

    def ready(self) -> None:
        from revmentor.accounts import mail
        from revmentor.outbox import registry

        registry.register(mail.PASSWORD_RESET_MAIL, mail.KIND)
