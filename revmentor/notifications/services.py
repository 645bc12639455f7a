"""Create notifications and deliver their e-mail exactly once, with retries."""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.db import transaction
from django.utils import timezone, translation

from revmentor.accounts.models import User
from revmentor.core.mail import absolute_url, send_templated_mail
from revmentor.notifications.models import Notification

MAX_ATTEMPTS = 3
RETRY_AFTER = dt.timedelta(minutes=5)


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
    """Record the notification and have a task e-mail it; nothing new if the event is known."""
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
    # The task backends run or store the task when the transaction commits, never before.
    _enqueue(notification.pk, None)
    return notification


def _enqueue(notification_id: int, run_after: dt.datetime | None) -> None:
    from revmentor.notifications.tasks import deliver_notification

    task = deliver_notification
    if run_after is not None and task.get_backend().supports_defer:
        task = task.using(run_after=run_after)
    task.enqueue(notification_id)


def deliver(notification_id: int) -> str:
    """Send one notification's e-mail. A failure is retried, then recorded with its error."""
    with transaction.atomic():
        notification = (
            Notification.objects.select_for_update()
            .select_related("user")
            .filter(pk=notification_id)
            .first()
        )
        if notification is None or notification.delivery != Notification.Delivery.PENDING:
            return "done"
        user = notification.user
        if not notification.essential and not user.email_non_essential:
            notification.delivery = Notification.Delivery.SKIPPED
            notification.save(update_fields=["delivery"])
            return notification.delivery
        try:
            context: dict[str, Any] = {
                **notification.context,
                "link": absolute_url(notification.link) if notification.link else "",
            }
            attachments: list[tuple[str, bytes, str]] = []
            if notification.kind.startswith("meeting_") and "meeting_id" in notification.context:
                # Built now, from the meeting as it is, so the calendar gets the latest version.
                from revmentor.mentorships.calendar import invitation_mail_parts

                with translation.override(user.language):
                    extra, attachments = invitation_mail_parts(notification.context)
                context.update(extra)
            send_templated_mail(
                to=user.email,
                template=notification.template,
                context=context,
                language=user.language,
                attachments=attachments,
            )
        except Exception as error:  # any mail failure: keep the error, retry, then give up visibly
            notification.attempts += 1
            notification.last_error = f"{error.__class__.__name__}: {error}"[:2000]
            if notification.attempts >= MAX_ATTEMPTS:
                notification.delivery = Notification.Delivery.FAILED
            notification.save(update_fields=["attempts", "last_error", "delivery"])
            if notification.delivery == Notification.Delivery.PENDING:
                _enqueue(notification.pk, timezone.now() + RETRY_AFTER)
            return notification.delivery
        notification.delivery = Notification.Delivery.SENT
        notification.sent_at = timezone.now()
        notification.attempts += 1
        notification.save(update_fields=["delivery", "sent_at", "attempts"])
        return notification.delivery


@transaction.atomic
def mark_all_read(*, user: User) -> int:
    return Notification.objects.filter(user=user, read_at__isnull=True).update(
        read_at=timezone.now()
    )
