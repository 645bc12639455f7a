"""Bounded uploads: the size limit every uploaded file passes before anything reads it.

The limit (`UPLOAD_MAX_MB`, default 10) is checked on the size Django already knows from the
request, so an over-size file is refused without being read into memory or parsed; while the
request is received, `BoundedUploadHandler` stops keeping a file's bytes once it passes the limit. Row, column
and unpacked-size caps for tables live with the table reader (`revmentor.people.importing`).
"""

from __future__ import annotations

import io
from typing import Any

from django import forms
from django.conf import settings
from django.core.files.uploadedfile import UploadedFile
from django.core.files.uploadhandler import FileUploadHandler
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


class OversizeUpload(UploadedFile):
    """What remains of a file that passed the limit while it was received: its name and size,
    none of its content. `BoundedFileField` refuses it with the usual message."""

    def __init__(self, *, name: str, size: int, content_type: str | None) -> None:
        super().__init__(io.BytesIO(), name=name, content_type=content_type, size=size)


class BoundedUploadHandler(FileUploadHandler):
    """First of `FILE_UPLOAD_HANDLERS`: passes chunks on to Django's own handlers until a file
    passes `UPLOAD_MAX_MB`, then only counts the rest, so a 118 MB upload is neither kept in
    memory nor written to disk in full; the form then names its real size and the limit."""

    def new_file(self, *args: Any, **kwargs: Any) -> None:
        super().new_file(*args, **kwargs)
        self.received = 0

    def receive_data_chunk(self, raw_data: bytes, start: int) -> bytes | None:
        self.received += len(raw_data)
        return raw_data if self.received <= max_upload_bytes() else None

    def file_complete(self, file_size: int) -> UploadedFile | None:
        if self.received <= max_upload_bytes():
            return None  # the next handler returns the file as usual
        return OversizeUpload(
            name=self.file_name or "", size=self.received, content_type=self.content_type
        )
