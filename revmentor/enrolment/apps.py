"""App configuration for enrolment."""

from __future__ import annotations

from django.apps import AppConfig
from django.utils.translation import gettext_lazy as _


class EnrolmentConfig(AppConfig):
    name = "revmentor.enrolment"
    label = "enrolment"
    verbose_name = _("Enrolment")
