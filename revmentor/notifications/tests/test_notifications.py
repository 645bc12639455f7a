"""Notifications: once per event, preferences, the worker (sending itself: revmentor/outbox)."""

from __future__ import annotations

import pytest
from django.core import mail
from django.core.management import call_command
from django.test import Client
from django.urls import reverse

from revmentor.notifications import services
from revmentor.notifications.models import Notification
from revmentor.outbox.models import OutboxMessage
from revmentor.outbox.services import outbox_send

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
    # A second delivery of the same outbox row sends nothing.
    outbox_send(message_id=OutboxMessage.objects.get().pk)
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
