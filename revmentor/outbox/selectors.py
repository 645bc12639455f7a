"""Reads of the outbox: the rows an operator has to look at."""

from __future__ import annotations

from django.db.models import QuerySet

from revmentor.outbox.models import OutboxMessage


def outbox_needing_attention() -> QuerySet[OutboxMessage]:
    """Perhaps sent (never re-sent automatically) and failed e-mails, newest first."""
    return OutboxMessage.objects.filter(
        status__in=[OutboxMessage.Status.UNCERTAIN, OutboxMessage.Status.FAILED]
    )
