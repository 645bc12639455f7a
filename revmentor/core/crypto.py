"""Encryption at rest for what pairs write: a text field stored as a Fernet token.

Keys come from NOTES_ENCRYPTION_KEYS (comma-separated; the first encrypts, all decrypt), so a new
key can be put first and `manage.py rotate_note_keys` re-encrypts old rows without losing them.
A database dump alone shows only tokens.
"""

from __future__ import annotations

from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django.conf import settings
from django.core.exceptions import ImproperlyConfigured
from django.db import models


@cache
def _fernet(keys: tuple[str, ...]) -> MultiFernet:
    if not keys:
        raise ImproperlyConfigured(
            "No encryption key: set NOTES_ENCRYPTION_KEYS (or run `make run` once in development)."
        )
    return MultiFernet([Fernet(key.encode()) for key in keys])


def fernet() -> MultiFernet:
    return _fernet(tuple(settings.NOTES_ENCRYPTION_KEYS))


def encrypt(text: str) -> str:
    return fernet().encrypt(text.encode()).decode()


def decrypt(token: str) -> str:
    try:
        return fernet().decrypt(token.encode()).decode()
    except InvalidToken:
        raise ImproperlyConfigured(
            "A stored note cannot be decrypted with the keys in NOTES_ENCRYPTION_KEYS. "
            "Keep old keys in the list until `manage.py rotate_note_keys` has run."
        ) from None


def validate_keys(keys: list[str], variable: str) -> None:
    for key in keys:
        try:
            Fernet(key.encode())
        except (ValueError, TypeError):
            raise ImproperlyConfigured(
                f"Environment variable {variable} holds a value that is not a Fernet key "
                "(32 url-safe base64-encoded bytes)."
            ) from None


class EncryptedTextField(models.TextField):  # type: ignore[type-arg]
    """A TextField whose value is encrypted before it reaches the database."""

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        return decrypt(value)
