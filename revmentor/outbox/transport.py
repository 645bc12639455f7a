"""Hand one message to the mail server and say exactly how far it got.

Django's SMTP backend raises the same exceptions whether the server refused the message or
the connection dropped after the server had it. The outbox must tell these apart, so for the
SMTP backend this module speaks the envelope (MAIL, RCPT) and the content (DATA) itself, on the
connection that backend opens with its settings (host, port, TLS, login, timeout):

- anything that goes wrong up to and including RCPT is a definite failure: the server has
  nothing, a retry is safe (`Failed`);
- a reply of the server that refuses DATA or the content is a definite failure too;
- a timeout or a dropped connection once the content has started to go out is `Uncertain`: the
  server may have accepted it and may deliver it.

Other backends (console, file, in-memory in tests) have no network in between: an exception
there is a definite failure."""

from __future__ import annotations

import contextlib
import smtplib
from collections.abc import Callable

from django.conf import settings
from django.core.mail import EmailMessage, get_connection
from django.core.mail.backends.smtp import EmailBackend as SMTPBackend
from django.core.mail.message import sanitize_address


class Failed(Exception):
    """The server does not have the message: safe to send again."""


class Uncertain(Exception):
    """The server may have the message: sending again could deliver a second copy."""


class Abandoned(Exception):
    """`before_content` said no (another worker owns the row now): nothing was sent."""


def send(message: EmailMessage, *, before_content: Callable[[], bool]) -> None:
    """Send `message`; `before_content` runs (and must commit) just before the content goes out
    and returns False to abandon the send. Returns once the server has accepted it."""
    backend = get_connection(fail_silently=False)
    if not isinstance(backend, SMTPBackend):
        if not before_content():
            raise Abandoned()
        try:
            backend.send_messages([message])
        except Exception as error:
            raise Failed(str(error)) from error
        return
    _send_smtp(backend, message, before_content)


def _send_smtp(
    backend: SMTPBackend, message: EmailMessage, before_content: Callable[[], bool]
) -> None:
    encoding = message.encoding or settings.DEFAULT_CHARSET
    sender = sanitize_address(message.from_email, encoding)
    recipients = [sanitize_address(address, encoding) for address in message.recipients()]
    content = message.message().as_bytes(linesep="\r\n")
    try:
        backend.open()
        smtp = backend.connection
        assert smtp is not None  # open() raises rather than leave it unset
        smtp.ehlo_or_helo_if_needed()
        options = [f"size={len(content)}"] if smtp.does_esmtp and smtp.has_extn("size") else []
        code, reply = smtp.mail(sender, options)
        if code != 250:
            raise smtplib.SMTPSenderRefused(code, reply, sender)
        refused = {}
        for recipient in recipients:
            code, reply = smtp.rcpt(recipient)
            if code not in (250, 251):
                refused[recipient] = (code, reply)
        if len(refused) == len(recipients):
            raise smtplib.SMTPRecipientsRefused(refused)
    except Exception as error:
        _drop(backend)
        raise Failed(_describe(error)) from error
    try:
        go_on = before_content()
    except BaseException:
        _drop(backend)
        raise
    if not go_on:
        _drop(backend)
        raise Abandoned()
    try:
        code, reply = smtp.data(content)
    except smtplib.SMTPResponseException as error:  # the server answered DATA with a refusal
        _drop(backend)
        raise Failed(_describe(error)) from error
    except Exception as error:  # timeout, dropped connection: it may have been accepted
        _drop(backend)
        raise Uncertain(_describe(error)) from error
    if code != 250:
        _drop(backend)
        raise Failed(_describe(smtplib.SMTPDataError(code, reply)))
    with contextlib.suppress(Exception):  # QUIT: the message is accepted whatever happens now
        backend.close()


def _drop(backend: SMTPBackend) -> None:
    """Close the socket without QUIT (which could wait for a server that is gone)."""
    smtp = backend.connection
    backend.connection = None
    if smtp is not None:
        with contextlib.suppress(Exception):  # the connection is broken already
            smtp.close()


def _describe(error: BaseException) -> str:
    return f"{error.__class__.__name__}: {error}"[:2000]
