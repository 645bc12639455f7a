"""Fixtures of the outbox tests: a real SMTP server, and Django's SMTP backend pointed at it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from revmentor.outbox.tests.smtp_server import SMTPServer


@pytest.fixture
def smtp(settings: Any) -> Iterator[SMTPServer]:
    with SMTPServer() as server:
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_USE_TLS = False
        settings.EMAIL_TIMEOUT = 5
        yield server
