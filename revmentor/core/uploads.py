"""Bounded uploads: the size limit every uploaded file passes before anything reads it.

The limit (`UPLOAD_MAX_MB`, default 10) is checked on the size Django already knows from the
request, so an over-size file is refused without being read into memory or parsed. Row, column
and unpacked-size caps for tables live with the table reader (`revmentor.people.importing`).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from revmentor.core.exceptions import DomainError

MB = 1024 * 1024


def max_upload_bytes() -> int:
    return int(settings.UPLOAD_MAX_MB) * MB


def _megabytes(size: int) -> str:
    # One decimal, never "0.0 MB" for a file just over a small limit.
    return f"{max(size / MB, 0.1):.1f}"


class UploadTooLarge(DomainError):
    code = "upload_too_large"

    def __init__(self, *, file_name: str, size: int) -> None:
        self.file_name = file_name
        self.size = size
        super().__init__(
            _(
                "“%(file)s” is %(size)s MB; files up to %(limit)s MB can be uploaded. "
                "Split the file or leave out columns that are not needed."
            ),
            file=file_name,
            size=_megabytes(size),
            limit=settings.UPLOAD_MAX_MB,
        )


def check_upload_size(*, file_name: str, size: int) -> None:
    """Raise UploadTooLarge for a file over `UPLOAD_MAX_MB`."""
    if size > max_upload_bytes():
        raise UploadTooLarge(file_name=file_name, size=size)


class BoundedFileField(forms.FileField):
    """A file field that refuses a file over the upload limit before the view reads it."""

    def validate(self, value: Any) -> None:
        super().validate(value)
        if value is None or value is False:
            return
        try:
            check_upload_size(file_name=value.name or "", size=int(value.size))
        except UploadTooLarge as too_large:
            raise forms.ValidationError(too_large.message, code=too_large.code) from None
