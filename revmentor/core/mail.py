"""Translated e-mail: subject, plain text and HTML rendered in the recipient's language.

Nothing here sends: every e-mail goes through the outbox (revmentor.outbox), which calls
`render_templated_mail` when a worker sends the row."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any
from urllib.parse import urlsplit

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template import Context
from django.template.loader import get_template, render_to_string
from django.utils import translation


@dataclass(frozen=True)
class TemplatedMail:
    """What to write: `<template>_subject.txt`, `<template>.txt` and `<template>.html`."""

    template: str
    context: dict[str, Any]
    language: str
    attachments: list[tuple[str, bytes, str]] = field(default_factory=list)


def _render_text(name: str, context: dict[str, Any]) -> str:
    # Plain text is not HTML: without this a name like "O'Brien" arrives as "O&#x27;Brien".
    template = get_template(name)
    return str(template.template.render(Context(context, autoescape=False)))  # type: ignore[attr-defined]


def render_templated_mail(
    mail: TemplatedMail, *, to: str, message_id: str
) -> EmailMultiAlternatives:
    """The message as it goes out, with the outbox row's Message-ID so a retry reuses it."""
    with translation.override(mail.language):
        subject = " ".join(_render_text(f"{mail.template}_subject.txt", mail.context).split())
        text = _render_text(f"{mail.template}.txt", mail.context)
        html = render_to_string(f"{mail.template}.html", mail.context)
    message = EmailMultiAlternatives(
        subject, text, settings.DEFAULT_FROM_EMAIL, [to], headers={"Message-ID": message_id}
    )
    message.attach_alternative(html, "text/html")
    for name, content, mimetype in mail.attachments:
        message.attach(name, content, mimetype)
    return message


def absolute_url(path: str) -> str:
    return settings.SITE_URL.rstrip("/") + path


def site_origin() -> str:
    """`scheme://host[:port]` of SITE_URL: the only addresses that e-mails turn into links."""
    parts = urlsplit(settings.SITE_URL)
    return f"{parts.scheme}://{parts.netloc}"


def site_domain() -> str:
    """The host of SITE_URL, for Message-IDs (`<…@host>`)."""
    return urlsplit(settings.SITE_URL).hostname or "localhost"
