"""Encryption at rest for what pairs write: a text field stored as a Fernet token.

Keys come from NOTES_ENCRYPTION_KEYS (comma-separated; the first encrypts, all decrypt), so a new
key can be put first and `manage.py rotate_note_keys` re-encrypts old rows without losing them.
A database dump alone shows only tokens.
"""

from __future__ import annotations

import json
from functools import cache
from typing import Any

from cryptography.fernet import Fernet, InvalidToken, MultiFernet
from django import forms
from django.conf import settings
from django.core import exceptions
from django.core.exceptions import ImproperlyConfigured
from django.db import models
from django.utils.translation import gettext_lazy as _


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


class Encrypted:
    """Marks a field whose value is stored encrypted; `rotate_note_keys` re-encrypts them all."""


class EncryptedTextField(Encrypted, models.TextField):  # type: ignore[type-arg]
    """A TextField whose value is encrypted before it reaches the database.

    It takes `max_length` and `choices` like a CharField (checked on the plain text, in forms and
    `full_clean`); the column is text because a token is longer than the text it hides.
    """

    def get_prep_value(self, value: Any) -> Any:
        value = super().get_prep_value(value)
        if value is None:
            return None
        return encrypt(str(value))

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        return decrypt(value)


class _EncryptedValue(Encrypted):
    """A non-text value (a yes/no, a score, a list of ids) stored as the token of its JSON form.

    The column is text whatever the field's type. Fernet pads to 16-byte blocks, so the short
    values of one field (true/false, 1-5, "me"/"partner") all give tokens of the same length: a
    token's size does not tell one answer from another. Such a field cannot be filtered on in
    the database (each token is different), which is the point.
    """

    def get_internal_type(self) -> str:
        # A text column to the database layer, whatever the value's type: no CHECK constraint
        # of an integer field, no boolean converter, and a migration from a plain field drops
        # the old column's constraints before it changes the column type.
        return "TextField"

    def get_db_prep_value(self, value: Any, connection: Any, prepared: bool = False) -> Any:
        value = super().get_db_prep_value(value, connection, prepared)  # type: ignore[misc]
        if value is None:
            return None
        return encrypt(json.dumps(value))

    def from_db_value(self, value: Any, expression: Any, connection: Any) -> Any:
        if value is None:
            return None
        return json.loads(decrypt(value))


class EncryptedBooleanField(_EncryptedValue, models.BooleanField):  # type: ignore[type-arg]
    pass


class EncryptedSmallIntegerField(_EncryptedValue, models.Field):  # type: ignore[type-arg]
    """A small whole number (a score). Built on Field, not IntegerField: an IntegerField asks
    the database for its range by its internal type, and this one is text to the database."""

    def to_python(self, value: Any) -> int | None:
        if value is None or isinstance(value, int):
            return value
        try:
            return int(value)
        except (TypeError, ValueError):
            raise exceptions.ValidationError(
                _("“%(value)s” value must be an integer."), code="invalid", params={"value": value}
            ) from None

    def get_prep_value(self, value: Any) -> int | None:
        return self.to_python(super().get_prep_value(value))

    def formfield(
        self,
        form_class: type[forms.Field] | None = None,
        choices_form_class: type[forms.ChoiceField] | None = None,
        **kwargs: Any,
    ) -> forms.Field | None:
        return super().formfield(
            form_class=form_class or forms.IntegerField,
            choices_form_class=choices_form_class,
            **kwargs,
        )


class EncryptedJSONField(_EncryptedValue, models.Field):  # type: ignore[type-arg]
    """Any JSON value, such as a list of topic ids."""
