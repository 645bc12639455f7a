"""The ready-made charter templates are complete, bilingual and consistent with the charter."""

from __future__ import annotations

import dataclasses
import re
from collections import Counter
from collections.abc import Iterator

import pytest

from revmentor.programs.charter_templates import (
    FORMATS,
    GOAL_TYPES,
    MATCHING_METHODS,
    POPULATIONS,
    TEMPLATES,
    CharterTemplate,
    TemplateObjective,
    TemplateTopic,
    Text,
    get_template,
    template_choices,
)

SLUG = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
BULLET_FIELDS = (
    "confidentiality_rules",
    "mentor_responsibilities",
    "mentor_expected_behaviour",
    "mentor_unwanted_behaviour",
    "mentee_responsibilities",
    "mentee_expected_behaviour",
    "mentee_unwanted_behaviour",
)
# Objective.target and Objective.measurement are CharField(max_length=300) in the model.
OBJECTIVE_FIELD_MAX = 300

by_key = pytest.mark.parametrize("template", TEMPLATES, ids=lambda t: t.key)


def texts_in(value: object, path: str) -> Iterator[tuple[str, Text]]:
    """Every Text reachable from a template, with a readable path for failure messages."""
    if isinstance(value, Text):
        yield path, value
    elif isinstance(value, tuple):
        for index, item in enumerate(value):
            yield from texts_in(item, f"{path}[{index}]")
    elif isinstance(value, CharterTemplate | TemplateTopic | TemplateObjective):
        for field in dataclasses.fields(value):
            yield from texts_in(getattr(value, field.name), f"{path}.{field.name}")


def test_every_goal_type_has_exactly_one_template_plus_the_student_variant() -> None:
    internal = Counter(t.goal_type for t in TEMPLATES if not t.external_mentors)
    assert internal == Counter(GOAL_TYPES)
    external = [t for t in TEMPLATES if t.external_mentors]
    assert [t.key for t in external] == ["digital_fluency_students"]
    assert len(TEMPLATES) == len(GOAL_TYPES) + 1


def test_template_keys_are_unique_slugs() -> None:
    keys = [t.key for t in TEMPLATES]
    assert len(set(keys)) == len(keys)
    assert all(SLUG.match(key) for key in keys)
    assert all(len(key) <= 64 for key in keys)


def test_the_main_template_of_a_goal_type_carries_its_key() -> None:
    for goal_type in GOAL_TYPES:
        assert get_template(goal_type).goal_type == goal_type


def test_only_the_student_variant_brings_mentors_from_outside() -> None:
    students = get_template("digital_fluency_students")
    assert students.goal_type == "digital_fluency"
    assert students.external_mentors
    assert students.mentor_population == "external"
    assert students.mentor_grade_max is None
    for template in TEMPLATES:
        if template is not students:
            assert not template.external_mentors
            assert template.mentor_population == "internal"


@by_key
def test_every_text_is_written_in_both_languages_and_dutch_is_not_a_copy(
    template: CharterTemplate,
) -> None:
    for path, text in texts_in(template, template.key):
        assert text.en.strip(), f"{path}: English is empty"
        assert text.nl.strip(), f"{path}: Dutch is empty"
        assert text.nl != text.en, f"{path}: Dutch is the same as English"


@by_key
def test_the_dutch_uses_je_not_u(template: CharterTemplate) -> None:
    for path, text in texts_in(template, template.key):
        assert not re.search(r"\b(u|uw|Uw)\b", text.nl), f"{path}: uses 'u' instead of 'je'"


@by_key
def test_the_purpose_is_a_paragraph_of_60_to_120_words(template: CharterTemplate) -> None:
    for language in ("en", "nl"):
        words = len(template.purpose.in_language(language).split())
        assert 60 <= words <= 120, f"{template.key} purpose ({language}) has {words} words"
        assert "\n" not in template.purpose.in_language(language)


@by_key
def test_the_summary_is_one_sentence(template: CharterTemplate) -> None:
    for language in ("en", "nl"):
        summary = template.summary.in_language(language)
        assert summary.endswith(".")
        assert summary.count(". ") == 0


@by_key
def test_rules_and_behaviour_are_bullet_lines(template: CharterTemplate) -> None:
    for field in BULLET_FIELDS:
        text: Text = getattr(template, field)
        for language in ("en", "nl"):
            lines = text.in_language(language).split("\n")
            assert len(lines) >= 2, f"{template.key}.{field} ({language})"
            for line in lines:
                assert line.startswith("- "), f"{field}: {line!r}"
                assert len(line) > 10, f"{field}: {line!r}"
        assert len(text.en.split("\n")) == len(text.nl.split("\n")), f"{field}: line counts differ"


@by_key
def test_confidentiality_names_what_the_program_manager_sees_and_when_it_may_be_broken(
    template: CharterTemplate,
) -> None:
    rules = template.confidentiality_rules
    assert "metadata only" in rules.en
    assert "safety" in rules.en
    assert "integrity" in rules.en
    assert "alleen metagegevens" in rules.nl
    assert "veiligheid" in rules.nl
    assert "integriteit" in rules.nl


@by_key
def test_a_shadowing_template_says_what_the_observer_keeps_to_themselves(
    template: CharterTemplate,
) -> None:
    if "shadowing" in template.formats:
        assert "as an observer" in template.confidentiality_rules.en
        assert "toehoorder" in template.confidentiality_rules.nl


@by_key
def test_formats_populations_and_matching_method_are_valid(template: CharterTemplate) -> None:
    assert template.formats
    assert set(template.formats) <= set(FORMATS)
    assert len(set(template.formats)) == len(template.formats)
    assert template.mentor_population in POPULATIONS
    assert template.mentee_population == "internal"
    assert template.matching_method in MATCHING_METHODS


@by_key
def test_mentors_are_more_junior_than_mentees(template: CharterTemplate) -> None:
    assert template.mentee_grade_min is not None
    assert 1 <= template.mentee_grade_min <= 10
    if template.mentor_grade_max is not None:
        assert 1 <= template.mentor_grade_max < template.mentee_grade_min


@by_key
def test_the_time_budget_covers_the_meetings(template: CharterTemplate) -> None:
    meetings_per_month = 52 / 12 / template.meeting_every_weeks
    meeting_hours_per_month = meetings_per_month * template.meeting_minutes / 60
    assert template.hours_per_month >= meeting_hours_per_month
    assert 30 <= template.meeting_minutes <= 120
    assert 3 <= template.duration_months <= 12
    assert template.duration_months * 52 / 12 / template.meeting_every_weeks >= 5


@by_key
def test_topic_keys_are_unique_slugs_and_there_are_five_to_eight(
    template: CharterTemplate,
) -> None:
    keys = [topic.key for topic in template.topics]
    assert 5 <= len(keys) <= 8
    assert len(set(keys)) == len(keys)
    for key in keys:
        assert SLUG.match(key), key
        assert len(key) <= 64, key


@by_key
def test_there_are_two_to_four_objectives_that_fit_the_objective_fields(
    template: CharterTemplate,
) -> None:
    assert 2 <= len(template.objectives) <= 4
    for objective in template.objectives:
        for text in (objective.target, objective.measurement):
            assert len(text.en) <= OBJECTIVE_FIELD_MAX
            assert len(text.nl) <= OBJECTIVE_FIELD_MAX


def test_behavioural_feedback_combines_shadowing_with_conversation() -> None:
    template = get_template("behavioural_feedback")
    assert set(template.formats) == {"shadowing", "conversation"}


def test_get_template_raises_key_error_for_an_unknown_key() -> None:
    with pytest.raises(KeyError, match="no_such_template"):
        get_template("no_such_template")


def test_template_choices_list_every_template_by_name() -> None:
    choices = template_choices()
    assert [key for key, _ in choices] == [t.key for t in TEMPLATES]
    assert choices[0][1].in_language("nl") == TEMPLATES[0].name.nl


def test_a_text_picks_dutch_only_for_dutch() -> None:
    text = Text(en="Hello", nl="Hallo")
    assert text.in_language("nl") == "Hallo"
    assert text.in_language("nl-be") == "Hallo"
    assert text.in_language("en") == "Hello"
    assert text.in_language("de") == "Hello"
    assert text.in_language("") == "Hello"


def test_templates_cannot_be_changed_by_accident() -> None:
    template = get_template("retention")
    with pytest.raises(dataclasses.FrozenInstanceError):
        template.duration_months = 1


def test_a_template_with_an_invalid_format_is_refused() -> None:
    with pytest.raises(ValueError, match="formats"):
        dataclasses.replace(get_template("retention"), formats=("walking",))
