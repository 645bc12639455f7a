"""Writes of the outbox: add a row, send it once, and sweep rows whose worker stopped.

The rule for a send that may have reached the mail server (a timeout or a dropped connection
after the content went out, or a worker that stopped after it had started handing the content
over) is: the row becomes UNCERTAIN and is never sent again automatically. Sending it again
could give the recipient two copies, and most mail servers do not drop a second message with
the same Message-ID; not sending it costs at most one e-mail whose content is in the app anyway
(notifications) or is sent again by its own rule (the weekly reminder of an unconfirmed
application). Uncertain rows are listed by `manage.py mail_outbox`, where an operator who has
checked the mail server's log can send one again, with the same Message-ID, by hand.

A definite failure (the server refused the connection, the sender or the recipient, or answered
DATA with an error) is retried after 5 and then 30 minutes, then recorded as FAILED with its
error."""

from __future__ import annotations

import datetime as dt
import logging
import uuid
from dataclasses import dataclass
from email.utils import make_msgid
from functools import partial
from typing import Any

from django.db import transaction
from django.db.models import F, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from revmentor.core.exceptions import DomainError
from revmentor.core.mail import render_templated_mail, site_domain
from revmentor.outbox import registry, transport
from revmentor.outbox.models import OutboxMessage

logger = logging.getLogger(__name__)

Status = OutboxMessage.Status

MAX_ATTEMPTS = 3
RETRY_DELAYS = (dt.timedelta(minutes=5), dt.timedelta(minutes=30))
# A worker holds a row this long at most (a few socket operations of EMAIL_TIMEOUT each); past
# it the worker is taken for dead and the sweeper decides what happens to the row.
STALE_AFTER = dt.timedelta(minutes=15)
# A new row is the worker's for this long; after it the sweeper sends it (its task was lost).
PENDING_GRACE = dt.timedelta(minutes=5)


class NotResendable(DomainError):
    code = "not_resendable"
    default_message = _("Only an e-mail that is perhaps sent or failed can be sent again.")


def outbox_add(*, kind: str, to: str, args: dict[str, Any]) -> OutboxMessage:
    """Write the row (in the caller's transaction) and have a worker send it once it commits."""
    registry.get(kind)  # an unknown kind fails here, in the code that made the mistake
    message = OutboxMessage.objects.create(
        kind=kind, to=to, args=args, message_id=make_msgid(domain=site_domain())
    )
    transaction.on_commit(partial(_enqueue, message.pk, None))
    return message


def _enqueue(message_id: int, run_after: dt.datetime | None) -> None:
    from revmentor.outbox.tasks import send_outbox_message  # tasks import these services

    task = send_outbox_message
    if run_after is not None:
        if not task.get_backend().supports_defer:
            return  # the sweeper in `housekeeping` sends it when it is due
        task = task.using(run_after=run_after)
    try:
        task.enqueue(message_id)
    except Exception:
        # The row is committed: if the queue is down, the sweeper sends it after PENDING_GRACE.
        logger.exception(
            "Could not queue outgoing e-mail %s; the sweeper will send it.", message_id
        )


def outbox_send(*, message_id: int) -> str:
    """Claim the row, write and send it, and record the outcome. Returns the row's status."""
    token = uuid.uuid4().hex
    # One conditional UPDATE: of two workers (or a worker and the sweeper) only one claims it.
    claimed = OutboxMessage.objects.filter(
        pk=message_id, status=Status.PENDING, next_attempt_at__lte=timezone.now()
    ).update(
        status=Status.SENDING,
        claim_token=token,
        claimed_at=timezone.now(),
        handed_over_at=None,
        attempts=F("attempts") + 1,
    )
    message = OutboxMessage.objects.filter(pk=message_id).first()
    if message is None:
        return "gone"
    if not claimed:
        return message.status
    try:
        content = registry.get(message.kind).write(message.args)
        email = (
            render_templated_mail(content, to=message.to, message_id=message.message_id)
            if content is not None
            else None
        )
    except Exception as error:  # a bug or missing data: recorded, retried, then failed visibly
        logger.exception("Could not write outgoing e-mail %s.", message.pk)
        return _retry_or_fail(message, token, f"{error.__class__.__name__}: {error}"[:2000])
    if email is None:
        return _settle(message, token, Status.SKIPPED)
    try:
        transport.send(email, before_content=partial(_hand_over, message.pk, token))
    except transport.Abandoned:
        return "abandoned"
    except transport.Uncertain as error:
        return _settle(message, token, Status.UNCERTAIN, str(error))
    except transport.Failed as error:
        return _retry_or_fail(message, token, str(error))
    return _settle(message, token, Status.SENT)


def _hand_over(message_id: int, token: str) -> bool:
    """Commit that the content is about to go out, if this worker still owns the row."""
    return bool(
        OutboxMessage.objects.filter(
            pk=message_id, claim_token=token, status=Status.SENDING
        ).update(handed_over_at=timezone.now())
    )


@transaction.atomic
def _settle(message: OutboxMessage, token: str, status: str, error: str = "") -> str:
    rows = OutboxMessage.objects.filter(pk=message.pk, claim_token=token)
    if status == Status.SENT:
        # Accepted after all: this beats an UNCERTAIN the sweeper may have written meanwhile.
        rows = rows.filter(status__in=[Status.SENDING, Status.UNCERTAIN])
        changed = rows.update(status=status, sent_at=timezone.now(), last_error="")
    else:
        changed = rows.filter(status=Status.SENDING).update(status=status, last_error=error)
    if changed:
        _tell(message, status)
    return status if changed else _status(message.pk)


def _retry_or_fail(message: OutboxMessage, token: str, error: str) -> str:
    message.refresh_from_db(fields=["attempts"])
    if message.attempts >= MAX_ATTEMPTS:
        return _settle(message, token, Status.FAILED, error)
    run_after = timezone.now() + RETRY_DELAYS[min(message.attempts, len(RETRY_DELAYS)) - 1]
    changed = OutboxMessage.objects.filter(
        pk=message.pk, claim_token=token, status=Status.SENDING
    ).update(status=Status.PENDING, claim_token="", next_attempt_at=run_after, last_error=error)
    if changed:
        _enqueue(message.pk, run_after)
    return _status(message.pk)


def _tell(message: OutboxMessage, status: str) -> None:
    settled = registry.get(message.kind).settled
    if settled is not None:
        settled(message.args, status)


def _status(message_id: int) -> str:
    return (
        OutboxMessage.objects.filter(pk=message_id).values_list("status", flat=True).first()
        or "gone"
    )


@dataclass(frozen=True)
class SweepResult:
    sent: int
    uncertain: int
    failed: int


def outbox_sweep() -> SweepResult:
    """For `housekeeping`: settle the rows of workers that stopped, and send what is due.

    A row claimed longer than STALE_AFTER ago belongs to a worker that died (or hangs). If that
    worker had not started to hand the content over, the server has nothing and the row is sent
    again, once. If it had, the row is UNCERTAIN (see the rule at the top of this module)."""
    now = timezone.now()
    uncertain = failed = sent = 0
    stale = OutboxMessage.objects.filter(status=Status.SENDING, claimed_at__lt=now - STALE_AFTER)
    for message in stale:
        rows = OutboxMessage.objects.filter(
            pk=message.pk, status=Status.SENDING, claim_token=message.claim_token
        )
        with transaction.atomic():
            if message.handed_over_at is not None:
                error = "The worker stopped after handing the message to the mail server."
                if rows.update(status=Status.UNCERTAIN, last_error=error):
                    _tell(message, Status.UNCERTAIN)
                    uncertain += 1
            elif message.attempts >= MAX_ATTEMPTS:
                error = "The worker stopped before sending, at every attempt."
                if rows.update(status=Status.FAILED, last_error=error):
                    _tell(message, Status.FAILED)
                    failed += 1
            else:
                # The token is cleared: the stopped worker, should it wake, can no longer hand
                # the content over (its `_hand_over` matches nothing).
                rows.update(status=Status.PENDING, claim_token="", next_attempt_at=now)
    due = OutboxMessage.objects.filter(status=Status.PENDING, next_attempt_at__lte=now).filter(
        Q(attempts__gt=0) | Q(created_at__lte=now - PENDING_GRACE)
    )
    for message_id in list(due.values_list("pk", flat=True)):
        status = outbox_send(message_id=message_id)
        sent += status == Status.SENT
        uncertain += status == Status.UNCERTAIN
        failed += status == Status.FAILED
    return SweepResult(sent=sent, uncertain=uncertain, failed=failed)


@transaction.atomic
def outbox_resend(*, message_id: int) -> OutboxMessage:
    """An operator's decision: send an uncertain or failed e-mail again, with its Message-ID."""
    message = OutboxMessage.objects.select_for_update().filter(pk=message_id).first()
    if message is None or message.status not in (Status.UNCERTAIN, Status.FAILED):
        raise NotResendable()
    message.status = Status.PENDING
    message.attempts = 0
    message.claim_token = ""
    message.next_attempt_at = timezone.now()
    message.save(update_fields=["status", "attempts", "claim_token", "next_attempt_at"])
    transaction.on_commit(partial(_enqueue, message.pk, None))
    return message
