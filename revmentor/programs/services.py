"""Writes for programs: create (blank or from a template), edit the charter, move between stages.

Each stage change is one function so the web UI, a future API and commands share one rule.
"""

from __future__ import annotations

import calendar
import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass
from typing import Any

from django.db import transaction
from django.utils.text import slugify
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.people.models import OrgUnit
from revmentor.programs.charter_templates import get_template
from revmentor.programs.models import Objective, Program, Status, Topic
from revmentor.programs.selectors import MissingItem, charter_missing


class CharterIncomplete(DomainError):
    code = "charter_incomplete"
    default_message = _(
        "Recruitment cannot open yet: %(count)s charter question(s) are unanswered."
    )

    def __init__(self, missing: Sequence[MissingItem]) -> None:
        self.missing = list(missing)
        super().__init__(count=len(self.missing))


class InvalidTransition(DomainError):
    code = "invalid_transition"
    default_message = _("A program in stage “%(current)s” cannot move to “%(target)s”.")


class AlreadyInStage(InvalidTransition):
    code = "already_in_stage"
    default_message = _("The program is already in stage “%(target)s”.")


class CharterLocked(DomainError):
    code = "charter_locked"
    default_message = _("The charter can no longer be changed once matching has started.")


class UnknownTemplate(DomainError):
    code = "unknown_template"
    default_message = _("There is no template “%(key)s”.")


@dataclass(frozen=True)
class ObjectiveInput:
    pk: int | None
    description: str
    target: str
    measurement: str
    delete: bool = False


@dataclass(frozen=True)
class TopicInput:
    pk: int | None
    name: str
    description: str
    delete: bool = False


def _add_months(start: dt.date, months: int) -> dt.date:
    month_index = start.month - 1 + months
    year, month = start.year + month_index // 12, month_index % 12 + 1
    return dt.date(year, month, min(start.day, calendar.monthrange(year, month)[1]))


def _unique_key(name: str, taken: set[str]) -> str:
    base = slugify(name).replace("-", "_")[:60] or "topic"
    key, counter = base, 2
    while key in taken:
        key, counter = f"{base}_{counter}", counter + 1
    taken.add(key)
    return key


@transaction.atomic
def program_create(*, name: str, language: str, created_by: User | None) -> Program:
    program = Program(name=name, language=language, created_by=created_by)
    program.full_clean()
    program.save()
    return program


@transaction.atomic
def program_create_from_template(
    *,
    template_key: str,
    name: str,
    language: str,
    start_date: dt.date | None,
    created_by: User | None,
) -> Program:
    """Copy a template, in the program's language, into an editable draft."""
    try:
        template = get_template(template_key)
    except KeyError:
        raise UnknownTemplate(key=template_key) from None

    def text(value: Any) -> str:
        return str(value.in_language(language))

    program = Program(
        name=name or text(template.name),
        language=language,
        goal_type=template.goal_type,
        template_key=template.key,
        purpose=text(template.purpose),
        confidentiality_rules=text(template.confidentiality_rules),
        mentor_population=template.mentor_population,
        mentor_grade_max=template.mentor_grade_max,
        mentee_population=template.mentee_population,
        mentee_grade_min=template.mentee_grade_min,
        matching_method=template.matching_method,
        hours_per_month=template.hours_per_month,
        meeting_every_weeks=template.meeting_every_weeks,
        meeting_minutes=template.meeting_minutes,
        start_date=start_date,
        end_date=_add_months(start_date, template.duration_months) if start_date else None,
        formats=list(template.formats),
        mentor_responsibilities=text(template.mentor_responsibilities),
        mentor_expected_behaviour=text(template.mentor_expected_behaviour),
        mentor_unwanted_behaviour=text(template.mentor_unwanted_behaviour),
        mentee_responsibilities=text(template.mentee_responsibilities),
        mentee_expected_behaviour=text(template.mentee_expected_behaviour),
        mentee_unwanted_behaviour=text(template.mentee_unwanted_behaviour),
        created_by=created_by,
    )
    program.full_clean()
    program.save()
    Objective.objects.bulk_create(
        Objective(
            program=program,
            description=text(objective.description),
            target=text(objective.target)[:300],
            measurement=text(objective.measurement)[:300],
            position=position,
        )
        for position, objective in enumerate(template.objectives)
    )
    Topic.objects.bulk_create(
        Topic(
            program=program,
            key=topic.key,
            name=text(topic.name),
            description=text(topic.description),
            position=position,
        )
        for position, topic in enumerate(template.topics)
    )
    return program


@transaction.atomic
def program_update_charter(
    *,
    program: Program,
    fields: dict[str, Any],
    mentor_units: Sequence[OrgUnit] | None = None,
    mentee_units: Sequence[OrgUnit] | None = None,
    objectives: Sequence[ObjectiveInput] = (),
    topics: Sequence[TopicInput] = (),
    by: User | None = None,
) -> Program:
    """Save charter answers. A draft may be incomplete; the readiness gate guards recruitment."""
    program = Program.objects.select_for_update().get(pk=program.pk)
    if not program.is_editable:
        raise CharterLocked()
    for name, value in fields.items():
        setattr(program, name, value)
    if program.status != Status.DRAFT:
        program.charter_version += 1
    program.full_clean()
    program.save()
    if mentor_units is not None:
        program.mentor_units.set(mentor_units)
    if mentee_units is not None:
        program.mentee_units.set(mentee_units)

    existing_objectives = {objective.pk: objective for objective in program.objectives.all()}
    for position, item in enumerate(objectives):
        current = existing_objectives.get(item.pk) if item.pk else None
        if item.delete:
            if current is not None:
                current.delete()
            continue
        objective = current or Objective(program=program)
        objective.description = item.description
        objective.target = item.target
        objective.measurement = item.measurement
        objective.position = position
        objective.full_clean()
        objective.save()

    existing_topics = {topic.pk: topic for topic in program.topics.all()}
    taken = {topic.key for topic in existing_topics.values()}
    for position, topic_item in enumerate(topics):
        current_topic = existing_topics.get(topic_item.pk) if topic_item.pk else None
        if topic_item.delete:
            if current_topic is not None:
                current_topic.delete()
            continue
        topic = current_topic or Topic(program=program, key=_unique_key(topic_item.name, taken))
        topic.name = topic_item.name
        topic.description = topic_item.description
        topic.position = position
        topic.full_clean()
        topic.save()
    audit_record(
        action=Action.CHARTER_CHANGED,
        actor=by,
        obj=program,
        program_id=program.pk,
        detail={"fields": sorted(fields)},
    )
    return program


# The stage machine: each stage has exactly one next stage.
_NEXT: dict[str, str] = {
    Status.DRAFT: Status.RECRUITING,
    Status.RECRUITING: Status.MATCHING,
    Status.MATCHING: Status.RUNNING,
    Status.RUNNING: Status.CLOSING,
    Status.CLOSING: Status.CLOSED,
}


def _move(program: Program, target: Status, by: User | None) -> Program:
    locked = Program.objects.select_for_update().get(pk=program.pk)
    # Read under the lock: of two stage changes sent at once, the second finds the first one's.
    if locked.status == target:
        raise AlreadyInStage(target=Status(target).label)
    if _NEXT.get(locked.status) != target:
        raise InvalidTransition(current=locked.get_status_display(), target=Status(target).label)
    old = locked.status
    locked.status = target
    locked.save(update_fields=["status", "updated_at"])
    audit_record(
        action=Action.PROGRAM_STAGE,
        actor=by,
        obj=locked,
        program_id=locked.pk,
        detail={"from": old, "to": target},
    )
    return locked


@transaction.atomic
def program_open_recruitment(*, program: Program, by: User | None = None) -> Program:
    """Draft → recruiting, only when every charter question is answered."""
    missing = charter_missing(program)
    if missing:
        raise CharterIncomplete(missing)
    return _move(program, Status.RECRUITING, by)


@transaction.atomic
def program_start_matching(*, program: Program, by: User | None = None) -> Program:
    return _move(program, Status.MATCHING, by)


@transaction.atomic
def program_start_running(*, program: Program, by: User | None = None) -> Program:
    return _move(program, Status.RUNNING, by)


@transaction.atomic
def program_start_closing(*, program: Program, by: User | None = None) -> Program:
    return _move(program, Status.CLOSING, by)


@transaction.atomic
def program_close(*, program: Program, by: User | None = None) -> Program:
    return _move(program, Status.CLOSED, by)


TRANSITIONS = {
    Status.RECRUITING: program_open_recruitment,
    Status.MATCHING: program_start_matching,
    Status.RUNNING: program_start_running,
    Status.CLOSING: program_start_closing,
    Status.CLOSED: program_close,
}


def next_status(program: Program) -> str | None:
    return _NEXT.get(program.status)
