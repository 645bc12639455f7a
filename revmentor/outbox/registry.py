"""The kinds of e-mail the outbox can write, registered by the apps that own them.

The outbox is below those apps in the layers: it cannot import them, so each registers its
writers in `AppConfig.ready()` and the outbox looks them up by name when it sends a row."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from revmentor.core.mail import TemplatedMail


@dataclass(frozen=True)
class MailKind:
    # From the row's ids to what to write, or None when there is nothing to send any more (the
    # application was removed, the notification deleted).
    write: Callable[[dict[str, Any]], TemplatedMail | None]
    # Told once the row is settled (sent, perhaps sent, failed or skipped), in the transaction
    # that settles it: the notifications keep their own delivery state from it.
    settled: Callable[[dict[str, Any], str], None] | None = None


_KINDS: dict[str, MailKind] = {}


def register(name: str, kind: MailKind) -> None:
    _KINDS[name] = kind


def get(name: str) -> MailKind:
    try:
        return _KINDS[name]
    except KeyError:
        raise LookupError(f"No e-mail kind {name!r} is registered with the outbox.") from None
