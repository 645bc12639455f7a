"""The background task that sends one outbox row (django-tasks: database or Redis backend)."""

from __future__ import annotations

from django_tasks import task

from revmentor.outbox import services


@task()
def send_outbox_message(message_id: int) -> str:
    return services.outbox_send(message_id=message_id)
