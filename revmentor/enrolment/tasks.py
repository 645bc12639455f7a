"""Application e-mails as background tasks (django-tasks, like the notifications).

They go to people who may have no account yet, so they have no in-app notification; what the
task layer adds is that the request which caused them never waits for, or fails with, the mail
server, and that a failure is recorded with the task. Arguments are ids only: links with tokens
are made when the e-mail is written, never stored in the task queue.
"""

from __future__ import annotations

from django_tasks import task

from revmentor.enrolment import services
from revmentor.enrolment.models import Application
from revmentor.people.models import Person
from revmentor.programs.models import Program


@task()
def send_confirmation(application_id: int) -> str:
    application = Application.objects.select_related("program").filter(pk=application_id).first()
    if application is None:
        return "gone"  # purged before the worker got to it
    services.send_confirmation(application)
    return "sent"


@task()
def send_decision(application_id: int) -> str:
    application = (
        Application.objects.select_related("program", "person").filter(pk=application_id).first()
    )
    if application is None:
        return "gone"
    services.send_decision(application)
    return "sent"


@task()
def send_invitation(program_id: int, person_id: int, reminder: bool) -> str:
    program = Program.objects.filter(pk=program_id).first()
    person = Person.objects.filter(pk=person_id).first()
    if program is None or person is None:
        return "gone"
    services.send_invitation(program, person, reminder=reminder)
    return "sent"
