"""Shared steps of the outbox tests: a notification to send, and time passing for a row."""

from __future__ import annotations

import datetime as dt

from revmentor.notifications.models import Notification
from revmentor.notifications.services import notify
from revmentor.outbox.models import OutboxMessage

CONTEXT = {
    "title": "T",
    "article": {"title": "T", "url": "https://example.org", "summary": ""},
    "person": {"name": "P"},
}


def notify_article(user, key: str = "article:1") -> Notification:
    notification = notify(
        user=user,
        kind="article",
        event_key=key,
        template="support/email/article",
        context=CONTEXT,
        link="/",
    )
    assert notification is not None
    return notification


def the_row() -> OutboxMessage:
    return OutboxMessage.objects.get()


def age(row: OutboxMessage, by: dt.timedelta) -> None:
    """Move the row's times back, as if `by` had passed since its worker touched it."""
    row.refresh_from_db()
    OutboxMessage.objects.filter(pk=row.pk).update(
        created_at=row.created_at - by,
        next_attempt_at=row.next_attempt_at - by,
        claimed_at=row.claimed_at - by if row.claimed_at else None,
    )
