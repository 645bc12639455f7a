"""The Redis path: with REDIS_URL set, notifications queue in Redis and an RQ worker sends them.

`.ci/run` starts a real Redis and sets REDIS_URL; without it this test is skipped."""

from __future__ import annotations

import os

import pytest
from django.core import mail
from django.core.management import call_command

from revmentor.notifications import services
from revmentor.notifications.models import Notification

pytestmark = [
    pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a Redis server (REDIS_URL)"),
    pytest.mark.django_db(transaction=True),
]


def test_a_notification_queued_in_redis_is_sent_by_the_rq_worker(participant, settings):
    import django_rq

    settings.TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}
    django_rq.get_queue("default").empty()
    services.notify(
        user=participant,
        kind="article",
        event_key="redis:1",
        template="support/email/article",
        context={
            "title": "T",
            "article": {"title": "T", "url": "https://example.org", "summary": ""},
            "person": {"name": "P"},
        },
        link="/",
    )
    assert len(mail.outbox) == 0  # queued in Redis, not sent in the request
    assert django_rq.get_queue("default").count == 1
    call_command(
        "rqworker",
        "default",
        "--burst",
        "--worker-class",
        "rq.worker.SimpleWorker",
        "--job-class",
        "django_tasks_rq.Job",
    )
    assert len(mail.outbox) == 1
    assert Notification.objects.get().delivery == Notification.Delivery.SENT
