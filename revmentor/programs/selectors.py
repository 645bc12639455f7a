"""Reads for programs: lists, access, and the charter readiness checklist."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, QuerySet
from django.http import Http404
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import Role, User
from revmentor.programs.models import Population, Program, Status

STAFF_READERS = {Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR}


@dataclass(frozen=True)
class MissingItem:
    """One unanswered charter question and the form field that answers it."""

    field: str
    label: str | Promise
    anchor: str


def program_list_for_user(*, user: User) -> QuerySet[Program]:
    programs = Program.objects.annotate(
        objective_count=Count("objectives", distinct=True),
        topic_count=Count("topics", distinct=True),
    ).select_related("created_by")
    if user.role in STAFF_READERS:
        return programs
    return programs.exclude(status=Status.DRAFT)


def program_for_user(*, user: User, pk: int) -> Program:
    """The program if this user may see it, else 404. Who may change it is decided by role at
    the view (program managers only)."""
    program = Program.objects.filter(pk=pk).first()
    if program is None:
        raise Http404
    if user.role in STAFF_READERS:
        return program
    # Participants and applicants only ever see charters that were opened to them.
    if program.status == Status.DRAFT:
        raise Http404
    return program


def charter_missing(program: Program) -> list[MissingItem]:
    """Every charter question still unanswered, in the order the charter form asks them."""
    missing: list[MissingItem] = []

    def need(condition: bool, field: str, label: str | Promise, anchor: str | None = None) -> None:
        if not condition:
            missing.append(MissingItem(field=field, label=label, anchor=anchor or f"id_{field}"))

    need(bool(program.goal_type), "goal_type", _("The goal type of the program"))
    need(bool(program.purpose.strip()), "purpose", _("Why the program exists"))
    need(
        program.objectives.exists(),
        "objectives",
        _("At least one measurable objective with a target and how it is measured"),
        "objectives",
    )
    need(
        bool(program.confidentiality_rules.strip()),
        "confidentiality_rules",
        _("Confidentiality rules"),
    )
    need(bool(program.mentor_population), "mentor_population", _("Who may be a mentor"))
    if program.mentor_population in {Population.INTERNAL, Population.BOTH}:
        need(
            program.mentor_grade_min is not None or program.mentor_grade_max is not None,
            "mentor_grade_max",
            _("The grade range of mentors (for example: at most grade 5)"),
        )
    need(bool(program.mentee_population), "mentee_population", _("Who may be a mentee"))
    if program.mentee_population in {Population.INTERNAL, Population.BOTH}:
        need(
            program.mentee_grade_min is not None or program.mentee_grade_max is not None,
            "mentee_grade_min",
            _("The grade range of mentees (for example: at least grade 8)"),
        )
    need(bool(program.matching_method), "matching_method", _("How matching works"))
    need(
        program.hours_per_month is not None,
        "hours_per_month",
        _("The time budget in hours per month"),
    )
    need(program.meeting_every_weeks is not None, "meeting_every_weeks", _("How often pairs meet"))
    need(program.meeting_minutes is not None, "meeting_minutes", _("How long a meeting lasts"))
    need(program.start_date is not None, "start_date", _("The start date"))
    need(program.end_date is not None, "end_date", _("The end date"))
    need(bool(program.formats), "formats", _("At least one meeting format"), "id_formats_0")
    need(
        bool(program.mentor_responsibilities.strip()),
        "mentor_responsibilities",
        _("The mentor's responsibilities"),
    )
    need(
        bool(program.mentor_expected_behaviour.strip()),
        "mentor_expected_behaviour",
        _("Expected behaviour of the mentor"),
    )
    need(
        bool(program.mentor_unwanted_behaviour.strip()),
        "mentor_unwanted_behaviour",
        _("Unwanted behaviour of the mentor"),
    )
    need(
        bool(program.mentee_responsibilities.strip()),
        "mentee_responsibilities",
        _("The mentee's responsibilities"),
    )
    need(
        bool(program.mentee_expected_behaviour.strip()),
        "mentee_expected_behaviour",
        _("Expected behaviour of the mentee"),
    )
    need(
        bool(program.mentee_unwanted_behaviour.strip()),
        "mentee_unwanted_behaviour",
        _("Unwanted behaviour of the mentee"),
    )
    need(
        program.topics.exists(), "topics", _("At least one topic in the topic catalogue"), "topics"
    )
    return missing
