"""Sending one outbox row through a real SMTP server: Message-ID, acceptance, the ambiguous
failures (timeout or dropped connection after the content), definite failures with backoff,
two workers, the sweeper and the operator's command."""

from __future__ import annotations

import datetime as dt
import threading

import pytest
from django.core.management import CommandError, call_command
from django.db import connection

from revmentor.notifications.models import Notification
from revmentor.outbox import services
from revmentor.outbox.models import OutboxMessage
from revmentor.outbox.tests.helpers import age, notify_article, the_row
from revmentor.outbox.tests.smtp_server import free_port

pytestmark = pytest.mark.django_db

Status = OutboxMessage.Status
LATER = services.STALE_AFTER + dt.timedelta(minutes=1)


def test_an_e_mail_goes_out_with_the_message_id_of_its_outbox_row(
    smtp, participant, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://mentoring.example.org"
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify_article(participant)
    row = the_row()
    assert smtp.handler.message_ids() == [row.message_id]
    assert row.message_id.endswith("@mentoring.example.org>")
    assert row.status == Status.SENT
    assert row.sent_at is not None
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.SENT
    # The row holds ids, not the rendered e-mail.
    assert row.args == {"notification": notification.pk}


def test_a_timeout_after_the_server_has_the_message_sends_no_second_copy(
    smtp, participant, settings, django_capture_on_commit_callbacks
):
    smtp.handler.hold_data = True  # the server has the content but answers too late
    settings.EMAIL_TIMEOUT = 1
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify_article(participant)
    row = the_row()
    assert row.status == Status.UNCERTAIN
    assert "Timeout" in row.last_error or "timed out" in row.last_error
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.UNCERTAIN
    smtp.handler.release.set()
    age(row, LATER)
    assert services.outbox_sweep() == services.SweepResult(sent=0, uncertain=0, failed=0)
    assert services.outbox_send(message_id=row.pk) == Status.UNCERTAIN
    assert len(smtp.handler.received) == 1


def test_a_connection_dropped_after_the_content_is_perhaps_sent_and_not_sent_again(
    smtp, participant, django_capture_on_commit_callbacks
):
    smtp.handler.after_data = "drop"
    with django_capture_on_commit_callbacks(execute=True):
        notify_article(participant)
    row = the_row()
    assert row.status == Status.UNCERTAIN
    assert "SMTPServerDisconnected" in row.last_error
    age(row, LATER)
    services.outbox_sweep()
    assert len(smtp.handler.received) == 1


def test_a_refused_recipient_is_retried_with_backoff_then_recorded_as_failed(
    smtp, participant, django_capture_on_commit_callbacks
):
    smtp.handler.rcpt_reply = "550 5.1.1 No such user"
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify_article(participant)
    row = the_row()
    assert (row.status, row.attempts) == (Status.PENDING, 1)
    assert "550" in row.last_error
    assert row.claimed_at is not None
    assert row.next_attempt_at - row.claimed_at > services.RETRY_DELAYS[0] - dt.timedelta(seconds=5)
    assert services.outbox_sweep().sent == 0  # not due yet
    for attempts in (2, 3):
        age(row, dt.timedelta(hours=1))
        services.outbox_sweep()
        row.refresh_from_db()
        assert row.attempts == attempts
    assert row.status == Status.FAILED
    assert "No such user" in row.last_error
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.FAILED
    assert smtp.handler.received == []
    age(row, dt.timedelta(hours=1))
    services.outbox_sweep()
    row.refresh_from_db()
    assert row.attempts == services.MAX_ATTEMPTS  # a failed row is left for the operator


def test_a_refused_connection_is_retried_and_the_retry_sends_one_copy(
    smtp, participant, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_PORT = free_port()  # nothing listens there
    with django_capture_on_commit_callbacks(execute=True):
        notification = notify_article(participant)
    row = the_row()
    assert (row.status, row.attempts) == (Status.PENDING, 1)
    assert "ConnectionRefused" in row.last_error
    settings.EMAIL_PORT = smtp.port
    age(row, dt.timedelta(hours=1))
    assert services.outbox_sweep().sent == 1
    row.refresh_from_db()
    assert (row.status, row.attempts) == (Status.SENT, 2)
    assert smtp.handler.message_ids() == [row.message_id]
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.SENT


def _in_thread(target, *args):
    """Run `target` as another worker would: its own thread and database connection."""
    outcome: dict[str, object] = {}

    def run():
        try:
            outcome["result"] = target(*args)
        finally:
            connection.close()

    thread = threading.Thread(target=run)
    thread.start()
    return thread, outcome


@pytest.mark.django_db(transaction=True)
def test_a_second_worker_never_sends_the_row_that_another_is_sending(smtp, participant, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # no worker
    notify_article(participant)
    row = the_row()
    smtp.handler.hold_data = True
    first, outcome = _in_thread(lambda: services.outbox_send(message_id=row.pk))
    assert smtp.handler.at_data.wait(10)
    # The first worker is in the middle of DATA: the second one claims nothing, sends nothing.
    assert services.outbox_send(message_id=row.pk) == Status.SENDING
    smtp.handler.release.set()
    first.join(20)
    assert outcome["result"] == Status.SENT
    assert smtp.handler.message_ids() == [row.message_id]


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_hangs_after_handing_over_the_message_is_not_sent_again_by_the_sweeper(
    smtp, participant, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_TIMEOUT = 30
    notification = notify_article(participant)
    row = the_row()
    smtp.handler.hold_data = True
    worker, outcome = _in_thread(lambda: services.outbox_send(message_id=row.pk))
    assert smtp.handler.at_data.wait(10)
    age(row, LATER)  # the worker looks dead to the sweeper
    assert services.outbox_sweep() == services.SweepResult(sent=0, uncertain=1, failed=0)
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.UNCERTAIN
    smtp.handler.release.set()  # the worker wakes up and reads the server's 250
    worker.join(20)
    assert outcome["result"] == Status.SENT  # it was accepted after all: recorded as sent
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.SENT
    assert smtp.handler.message_ids() == [row.message_id]


@pytest.mark.django_db(transaction=True)
def test_a_worker_that_hangs_before_sending_loses_the_row_to_the_sweeper_and_sends_nothing(
    smtp, participant, settings
):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    settings.EMAIL_TIMEOUT = 30
    notify_article(participant)
    row = the_row()
    smtp.handler.hold_first_rcpt = True
    worker, outcome = _in_thread(lambda: services.outbox_send(message_id=row.pk))
    assert smtp.handler.at_rcpt.wait(10)
    age(row, LATER)
    assert services.outbox_sweep() == services.SweepResult(sent=1, uncertain=0, failed=0)
    smtp.handler.release.set()  # the first worker finishes its envelope, then finds the row gone
    worker.join(20)
    assert outcome["result"] == "abandoned"
    assert smtp.handler.message_ids() == [row.message_id]
    row.refresh_from_db()
    assert row.status == Status.SENT


@pytest.mark.django_db(transaction=True)
def test_the_sweeper_sends_an_e_mail_whose_task_was_lost(smtp, participant, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}  # no worker
    notify_article(participant)
    row = the_row()
    call_command("housekeeping", verbosity=0)
    assert smtp.handler.received == []  # still the worker's to send
    age(row, services.PENDING_GRACE + dt.timedelta(minutes=1))
    call_command("housekeeping", verbosity=0)
    call_command("housekeeping", verbosity=0)
    assert smtp.handler.message_ids() == [row.message_id]


def test_an_operator_sends_an_uncertain_e_mail_again_with_the_same_message_id(
    smtp, participant, capsys, django_capture_on_commit_callbacks
):
    smtp.handler.after_data = "drop"
    with django_capture_on_commit_callbacks(execute=True):
        notify_article(participant)
    row = the_row()
    call_command("mail_outbox")
    listed = capsys.readouterr().out
    assert f"{row.pk}\tuncertain" in listed
    assert participant.email in listed
    smtp.handler.after_data = "reply"
    with django_capture_on_commit_callbacks(execute=True):
        call_command("mail_outbox", "--resend", str(row.pk))
    row.refresh_from_db()
    assert row.status == Status.SENT
    assert smtp.handler.message_ids() == [row.message_id, row.message_id]
    with pytest.raises(CommandError, match="perhaps sent or failed"):
        call_command("mail_outbox", "--resend", str(row.pk))
