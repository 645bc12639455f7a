"""App configuration for matching (the web side; the engine lives in `matching.engine`)."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class MatchingConfig(AppConfig):
    name = "revmentor.matching"
    label = "matching"
    verbose_name = _("Matching")
