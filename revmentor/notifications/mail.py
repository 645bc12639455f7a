"""The notification e-mail, written when the outbox sends it, and its delivery state."""

from __future__ import annotations

from typing import Any

from django.utils import translation

from revmentor.core.mail import TemplatedMail, absolute_url
from revmentor.notifications.models import Notification
from revmentor.outbox.models import OutboxMessage
from revmentor.outbox.registry import MailKind

_DELIVERY = {
    OutboxMessage.Status.SENT: Notification.Delivery.SENT,
    OutboxMessage.Status.UNCERTAIN: Notification.Delivery.UNCERTAIN,
    OutboxMessage.Status.FAILED: Notification.Delivery.FAILED,
    OutboxMessage.Status.SKIPPED: Notification.Delivery.SKIPPED,
}


def write(args: dict[str, Any]) -> TemplatedMail | None:
    notification = (
        Notification.objects.select_related("user").filter(pk=args["notification"]).first()
    )
    if notification is None:
        return None  # deleted with its user before the worker got to it
    user = notification.user
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
    return TemplatedMail(
        template=notification.template,
        context=context,
        language=user.language,
        attachments=attachments,
    )


def settled(args: dict[str, Any], status: str) -> None:
    delivery = _DELIVERY.get(OutboxMessage.Status(status))
    if delivery is not None:
        Notification.objects.filter(pk=args["notification"]).update(delivery=delivery)


KIND = MailKind(write=write, settled=settled)
