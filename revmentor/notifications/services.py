"""Create notifications; their e-mail goes through the outbox, once per event and person."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.notifications.models import Notification
from revmentor.outbox.services import outbox_add

MAIL_KIND = "notification"


@transaction.atomic  # the notification and its outbox row exist together or not at all
def notify(
    *,
    user: User,
    kind: str,
    event_key: str,
    template: str,
    context: dict[str, Any],
    link: str = "",
    essential: bool = False,
) -> Notification | None:
    """Record the notification and queue its e-mail; nothing new if the event is known."""
    notification, created = Notification.objects.get_or_create(
        event_key=event_key[:200],
        defaults={
            "user": user,
            "kind": kind,
            "template": template,
            "context": context,
            "link": link,
            "essential": essential,
        },
    )
    if not created:
        return None
    if not essential and not user.email_non_essential:
        notification.delivery = Notification.Delivery.SKIPPED
        notification.save(update_fields=["delivery"])
        return notification
    # The outbox row commits with the notification, and a worker sends it after the commit.
    outbox_add(kind=MAIL_KIND, to=user.email, args={"notification": notification.pk})
    return notification


@transaction.atomic
def mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
