"""Program services: templates into drafts, the readiness gate, and the stage machine."""

from __future__ import annotations

import datetime as dt

import pytest

from revmentor.programs.charter_templates import TEMPLATES
from revmentor.programs.models import Program, Status
from revmentor.programs.selectors import charter_missing
from revmentor.programs.services import (
    CharterIncomplete,
    CharterLocked,
    InvalidTransition,
    ObjectiveInput,
    TopicInput,
    UnknownTemplate,
    program_close,
    program_create,
    program_create_from_template,
    program_open_recruitment,
    program_start_closing,
    program_start_matching,
    program_start_running,
    program_update_charter,
)

pytestmark = pytest.mark.django_db


def from_template(
    key: str = "digital_fluency", language: str = "en", start: dt.date | None = dt.date(2027, 1, 15)
) -> Program:
    return program_create_from_template(
        template_key=key, name="", language=language, start_date=start, created_by=None
    )


@pytest.mark.parametrize("key", [template.key for template in TEMPLATES])
def test_every_template_with_a_start_date_gives_a_complete_charter(key):
    program = from_template(key)
    assert charter_missing(program) == []
    assert program.status == Status.DRAFT


def test_a_template_is_copied_in_the_programs_language():
    template = next(t for t in TEMPLATES if t.key == "digital_fluency")
    dutch = from_template(language="nl")
    assert dutch.purpose == template.purpose.nl
    assert dutch.name == template.name.nl
    assert [t.name for t in dutch.topics.all()] == [t.name.nl for t in template.topics]
    english = from_template(language="en")
    assert english.purpose == template.purpose.en


def test_the_end_date_follows_the_templates_duration():
    template = next(t for t in TEMPLATES if t.key == "digital_fluency")
    program = from_template(start=dt.date(2027, 1, 31))
    assert program.end_date is not None
    months = (program.end_date.year - 2027) * 12 + program.end_date.month - 1
    assert months == template.duration_months
    assert program.end_date.day <= 31


def test_an_unknown_template_is_a_domain_error():
    with pytest.raises(UnknownTemplate):
        program_create_from_template(
            template_key="nope", name="x", language="en", start_date=None, created_by=None
        )


def test_a_blank_program_lists_every_question_as_missing():
    program = program_create(name="Blank", language="en", created_by=None)
    fields = {item.field for item in charter_missing(program)}
    assert {
        "purpose",
        "objectives",
        "confidentiality_rules",
        "mentor_population",
        "mentee_population",
        "matching_method",
        "hours_per_month",
        "meeting_every_weeks",
        "meeting_minutes",
        "start_date",
        "end_date",
        "formats",
        "mentor_responsibilities",
        "mentee_unwanted_behaviour",
        "topics",
        "goal_type",
    } <= fields


def test_recruitment_cannot_open_while_a_question_is_unanswered():
    program = from_template(start=None)
    with pytest.raises(CharterIncomplete) as caught:
        program_open_recruitment(program=program)
    assert {item.field for item in caught.value.missing} == {"start_date", "end_date"}
    assert Program.objects.get(pk=program.pk).status == Status.DRAFT


def test_an_internal_target_group_needs_a_grade_range():
    program = program_update_charter(
        program=from_template(), fields={"mentor_grade_min": None, "mentor_grade_max": None}
    )
    assert [item.field for item in charter_missing(program)] == ["mentor_grade_max"]


def test_a_program_moves_through_every_stage_in_order():
    program = from_template()
    for step, expected in (
        (program_open_recruitment, Status.RECRUITING),
        (program_start_matching, Status.MATCHING),
        (program_start_running, Status.RUNNING),
        (program_start_closing, Status.CLOSING),
        (program_close, Status.CLOSED),
    ):
        program = step(program=program)
        assert Program.objects.get(pk=program.pk).status == expected


def test_a_stage_cannot_be_skipped():
    program = from_template()
    with pytest.raises(InvalidTransition):
        program_start_running(program=program)
    assert Program.objects.get(pk=program.pk).status == Status.DRAFT


def test_editing_after_recruitment_opened_raises_the_charter_version():
    program = program_open_recruitment(program=from_template())
    program = program_update_charter(program=program, fields={"meeting_minutes": 45})
    assert program.charter_version == 2
    assert program.meeting_minutes == 45


def test_the_charter_is_locked_once_matching_started():
    program = program_start_matching(program=program_open_recruitment(program=from_template()))
    with pytest.raises(CharterLocked):
        program_update_charter(program=program, fields={"meeting_minutes": 45})


def test_objectives_and_topics_are_added_changed_and_removed():
    program = program_create(name="Blank", language="en", created_by=None)
    program_update_charter(
        program=program,
        fields={},
        objectives=[
            ObjectiveInput(
                pk=None, description="Use AI tools", target="80%", measurement="End survey"
            )
        ],
        topics=[
            TopicInput(pk=None, name="Social media", description=""),
            TopicInput(pk=None, name="Social media", description="again"),
        ],
    )
    keys = list(program.topics.values_list("key", flat=True))
    assert keys == ["social_media", "social_media_2"]
    first = program.topics.first()
    assert first is not None
    objective = program.objectives.get()
    program_update_charter(
        program=program,
        fields={},
        objectives=[
            ObjectiveInput(
                pk=objective.pk, description="x", target="y", measurement="z", delete=True
            )
        ],
        topics=[TopicInput(pk=first.pk, name="TikTok", description="")],
    )
    assert not program.objectives.exists()
    assert program.topics.get(pk=first.pk).name == "TikTok"
    assert (
        program.topics.get(pk=first.pk).key == "social_media"
    )  # keys stay stable for later stages
