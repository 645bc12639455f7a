"""What the pages, the charter templates and the README say about check-in answers is what the
attention rules do: compared here with the rules themselves, so a change to one fails until the
other follows."""

from __future__ import annotations

from pathlib import Path

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape

from revmentor.programs.charter_templates import TEMPLATES
from revmentor.support import services
from revmentor.support.tests.test_attention_rules import active_pair, check_in, past_meeting, rules

README = (Path(__file__).resolve().parents[3] / "README.md").read_text()
# Claims that the program manager sees scores, in either language.
SCORE_CLAIMS = (
    "check-in scores",
    "scores of the check-ins",
    "scores van de check-ins",
    "sees the scores",
)


def test_the_templates_say_two_answers_and_the_rules_need_two():
    assert services.MIN_ANSWERS == 2
    for template in TEMPLATES:
        en = template.confidentiality_rules.en
        nl = template.confidentiality_rules.nl
        assert "at least two different meetings or months" in en, template.key
        assert "minstens twee verschillende gesprekken of maanden" in nl, template.key
        assert "Never a check-in answer or who gave it" in en, template.key
        for claim in SCORE_CLAIMS:
            assert claim not in en.lower(), (template.key, claim)
            assert claim not in nl.lower(), (template.key, claim)


def test_the_readme_says_what_the_rules_do():
    flat = " ".join(README.split())
    assert (
        "answers from at least two different meetings or months among the pair's four latest"
        in flat
    )
    assert services.MIN_ANSWERS == 2
    assert services.RECENT_ANSWERS == 4
    assert "thresholds are fixed in code" in flat


@pytest.mark.django_db
@pytest.mark.parametrize("language", ["en", "nl"])
def test_the_check_in_page_states_the_rule_in_the_participants_language(program_manager, language):
    mentorship, mentor, _mentee = active_pair(program_manager)
    meeting = past_meeting(mentorship, mentor, 2)
    mentor.language = language
    mentor.save()
    client = Client()
    client.force_login(mentor)
    body = client.get(reverse("support:check_in", kwargs={"pk": meeting.pk})).content.decode()
    with translation.override(language):
        promise = services.answers_promise()
    assert escape(promise) in body
    assert str(services.MIN_ANSWERS) in promise


@pytest.mark.django_db
def test_fewer_answers_than_the_promise_names_never_show_and_that_many_do(program_manager):
    mentorship, mentor, mentee = active_pair(program_manager)
    for days_ago in range(services.MIN_ANSWERS - 1):
        check_in(past_meeting(mentorship, mentor, 10 + days_ago), mentee, trust=1)
    assert "low_trust" not in rules(mentorship)
    check_in(past_meeting(mentorship, mentor, 3), mentor, trust=1)
    assert "low_trust" in rules(mentorship)
