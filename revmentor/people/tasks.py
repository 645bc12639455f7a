"""Background tasks for the organisation import (django-tasks, like the notifications).

A big file is read here rather than in the request: the upload answers at once and the preview
page shows the progress the task records. The argument is the import's id only."""

from __future__ import annotations

from django_tasks import task

from revmentor.people import services


@task()
def read_people_import(people_import_id: int) -> str:
    pending = services.people_import_read(people_import_id=people_import_id)
    return "gone" if pending is None else pending.status
