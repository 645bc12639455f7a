"""The default mentor training: five complete, bilingual modules with a working self-check."""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import FrozenInstanceError

import pytest

from revmentor.support.training_content import (
    DEFAULT_MODULES,
    CheckQuestion,
    ModuleContent,
    Text,
)

EXPECTED_KEYS = ["role", "step_plan", "explaining", "feedback_upward", "confidentiality"]
REQUIRED_KEYS = {"role", "step_plan", "confidentiality"}
FORMAL_PRONOUN = re.compile(r"\bu\b|\buw\b", re.IGNORECASE)
SLUG = re.compile(r"^[a-z0-9]+(?:[_-][a-z0-9]+)*$")


def _texts(module: ModuleContent) -> Iterator[tuple[str, Text]]:
    yield f"{module.key}.title", module.title
    yield f"{module.key}.body", module.body
    for number, question in enumerate(module.self_check, start=1):
        yield f"{module.key}.q{number}.question", question.question
        yield f"{module.key}.q{number}.explanation", question.explanation
        for index, option in enumerate(question.options):
            yield f"{module.key}.q{number}.option{index}", option


ALL_TEXTS = [pair for module in DEFAULT_MODULES for pair in _texts(module)]
ALL_QUESTIONS: list[tuple[str, CheckQuestion]] = [
    (f"{module.key}.q{number}", question)
    for module in DEFAULT_MODULES
    for number, question in enumerate(module.self_check, start=1)
]


def test_there_are_five_modules_in_the_agreed_order_with_unique_slug_keys():
    keys = [module.key for module in DEFAULT_MODULES]
    assert keys == EXPECTED_KEYS
    assert len(set(keys)) == len(keys)
    assert all(SLUG.match(key) for key in keys)


def test_role_step_plan_and_confidentiality_are_required_before_the_first_meeting():
    required = {m.key for m in DEFAULT_MODULES if m.required_before_first_meeting}
    assert required == REQUIRED_KEYS


@pytest.mark.parametrize("module", DEFAULT_MODULES, ids=lambda m: m.key)
def test_each_module_takes_between_ten_and_twenty_five_minutes(module):
    assert 10 <= module.minutes <= 25


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[where for where, _ in ALL_TEXTS])
def test_every_text_exists_in_both_languages_and_the_dutch_is_not_a_copy(where, text):
    assert text.en.strip(), where
    assert text.nl.strip(), where
    assert text.nl != text.en, where


@pytest.mark.parametrize(("where", "text"), ALL_TEXTS, ids=[where for where, _ in ALL_TEXTS])
def test_the_dutch_addresses_the_mentor_as_je_and_never_as_u(where, text):
    assert not FORMAL_PRONOUN.search(text.nl), where


@pytest.mark.parametrize("module", DEFAULT_MODULES, ids=lambda m: m.key)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_each_body_has_between_350_and_600_words_in_each_language(module, language):
    words = len(module.body.in_language(language).split())
    assert 350 <= words <= 600, f"{module.key} ({language}): {words} words"


@pytest.mark.parametrize("module", DEFAULT_MODULES, ids=lambda m: m.key)
@pytest.mark.parametrize("language", ["en", "nl"])
def test_each_body_is_plain_text_with_two_to_four_subheadings(module, language):
    body = module.body.in_language(language)
    lines = body.splitlines()
    headings = [line for line in lines if line.startswith("## ")]
    assert 2 <= len(headings) <= 4
    assert not any(line.startswith("#") and not line.startswith("## ") for line in lines)
    assert not re.search(r"</?[a-z][^>]*>", body)
    assert "\n\n" in body
    assert body == body.strip()


@pytest.mark.parametrize("module", DEFAULT_MODULES, ids=lambda m: m.key)
def test_each_module_has_exactly_three_self_check_questions(module):
    assert len(module.self_check) == 3


@pytest.mark.parametrize(
    ("where", "question"), ALL_QUESTIONS, ids=[where for where, _ in ALL_QUESTIONS]
)
def test_each_question_has_three_or_four_distinct_options_and_a_valid_answer(where, question):
    assert 3 <= len(question.options) <= 4, where
    assert 0 <= question.correct < len(question.options), where
    assert len({option.en for option in question.options}) == len(question.options), where
    assert len({option.nl for option in question.options}) == len(question.options), where


@pytest.mark.parametrize(
    ("where", "question"), ALL_QUESTIONS, ids=[where for where, _ in ALL_QUESTIONS]
)
def test_each_question_explains_the_answer_in_both_languages(where, question):
    assert question.explanation.en.strip(), where
    assert question.explanation.nl.strip(), where


def test_a_text_is_shown_in_dutch_for_any_dutch_language_code_and_in_english_otherwise():
    text = Text(en="Hello", nl="Hallo")
    assert text.in_language("nl") == "Hallo"
    assert text.in_language("nl-BE") == "Hallo"
    assert text.in_language("NL") == "Hallo"
    assert text.in_language("en") == "Hello"
    assert text.in_language("de") == "Hello"
    assert text.in_language("") == "Hello"


def test_the_content_cannot_be_changed_at_runtime():
    with pytest.raises(FrozenInstanceError):
        DEFAULT_MODULES[0].key = "other"
