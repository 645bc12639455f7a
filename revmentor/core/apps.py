"""App configuration for core."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class CoreConfig(AppConfig):
    name = "revmentor.core"
    label = "core"
    verbose_name = _("Core")

    def ready(self) -> None:
        from django.contrib.auth.signals import user_logged_in

        from revmentor.core.sessions import on_user_logged_in

        user_logged_in.connect(on_user_logged_in, dispatch_uid="revmentor.core.idle_session")
