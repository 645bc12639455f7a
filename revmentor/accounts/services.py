"""Writes for accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.core.exceptions import DomainError


class UnknownLanguage(DomainError):
    code = "unknown_language"
    default_message = _("This language is not available.")


@transaction.atomic
def user_set_language(*, user: User, language: str) -> User:
    if language not in dict(settings.LANGUAGES):
        raise UnknownLanguage()
    user.language = language
    user.full_clean()
    user.save(update_fields=["language"])
    return user
