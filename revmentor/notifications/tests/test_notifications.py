"""Notifications: once per event, retried on failure then recorded, preferences, the worker."""

from __future__ import annotations

from unittest import mock

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from revmentor.notifications import services
from revmentor.notifications.models import Notification

pytestmark = pytest.mark.django_db

CONTEXT = {
    "title": "T",
    "article": {"title": "T", "url": "https://example.org", "summary": ""},
    "person": {"name": "P"},
}


def send(user, key="article:1", essential=False):
    return services.notify(
        user=user,
        kind="article",
        event_key=key,
        template="support/email/article",
        context=CONTEXT,
        link="/",
        essential=essential,
    )


def test_one_event_is_e_mailed_once_however_often_it_is_reported(
    participant, django_capture_on_commit_callbacks
):
    with django_capture_on_commit_callbacks(execute=True):
        send(participant)
        send(participant)
    assert len(mail.outbox) == 1
    assert Notification.objects.get().delivery == Notification.Delivery.SENT
    services.deliver(
        Notification.objects.get().pk
    )  # a second delivery of the same row sends nothing
    assert len(mail.outbox) == 1


def test_a_failing_send_is_retried_then_recorded_as_failed_with_its_error(
    participant, django_capture_on_commit_callbacks
):
    with mock.patch(
        "revmentor.notifications.services.send_templated_mail", side_effect=OSError("SMTP down")
    ):
        with django_capture_on_commit_callbacks(execute=True):
            notification = send(participant)
        for _ in range(5):
            with django_capture_on_commit_callbacks(execute=True):
                services.deliver(notification.pk)
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.FAILED
    assert notification.attempts == services.MAX_ATTEMPTS
    assert "SMTP down" in notification.last_error
    assert len(mail.outbox) == 0


def test_a_retry_that_succeeds_sends_once(participant, django_capture_on_commit_callbacks):
    calls = {"n": 0}
    real = services.send_templated_mail

    def flaky(**kwargs):
        calls["n"] += 1
        if calls["n"] == 1:
            raise OSError("timeout")
        real(**kwargs)

    with (
        mock.patch("revmentor.notifications.services.send_templated_mail", side_effect=flaky),
        django_capture_on_commit_callbacks(execute=True),
    ):
        notification = send(participant)
    notification.refresh_from_db()
    assert notification.delivery == Notification.Delivery.SENT
    assert notification.attempts == 2
    assert len(mail.outbox) == 1


def test_non_essential_e_mail_can_be_turned_off_but_the_in_app_list_keeps_it(
    participant, django_capture_on_commit_callbacks
):
    participant.email_non_essential = False
    participant.save()
    with django_capture_on_commit_callbacks(execute=True):
        send(participant, key="a")
        send(participant, key="b", essential=True)
    assert [m.to for m in mail.outbox] == [[participant.email]]
    assert Notification.objects.get(event_key="a").delivery == Notification.Delivery.SKIPPED
    client = Client()
    client.force_login(participant)
    assert "unread-count" in client.get(reverse("core:home")).content.decode()
    body = client.get(reverse("notifications:list")).content.decode()
    assert body.count("An article for your mentorship") == 2
    assert "unread-count" not in client.get(reverse("core:home")).content.decode()


@pytest.mark.django_db(transaction=True)
def test_the_database_worker_delivers_queued_notifications(participant, settings):
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    send(participant)
    assert len(mail.outbox) == 0  # queued, not sent by the request
    call_command("db_worker", "--batch", "--no-startup-delay", verbosity=0)
    assert len(mail.outbox) == 1
    assert Notification.objects.get().delivery == Notification.Delivery.SENT


def test_preferences_are_saved(participant):
    client = Client()
    client.force_login(participant)
    client.post(reverse("accounts:preferences"), {"language": "nl", "email_non_essential": ""})
    participant.refresh_from_db()
    assert participant.language == "nl"
    assert participant.email_non_essential is False
