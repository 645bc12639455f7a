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


@transaction.atomic
def user_set_preferences(*, user: User, language: str, email_non_essential: bool) -> User:
    if language not in dict(settings.LANGUAGES):
        raise UnknownLanguage()
    user.language = language
    user.email_non_essential = email_non_essential
    user.full_clean()
    user.save(update_fields=["language", "email_non_essential"])
    return user
