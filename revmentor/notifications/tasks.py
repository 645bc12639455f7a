"""Background tasks (django-tasks): the database backend and its `db_worker` by default."""

from __future__ import annotations

from django_tasks import task

from revmentor.notifications import services


@task()
def deliver_notification(notification_id: int) -> str:
    return services.deliver(notification_id)
