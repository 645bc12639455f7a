"""App configuration for people."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class PeopleConfig(AppConfig):
    name = "revmentor.people"
    label = "people"
    verbose_name = _("People and organisation")
