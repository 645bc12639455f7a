"""Program pages: the readable charter's language, the edit form, and list query counts."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from revmentor.programs.models import Program
from revmentor.programs.services import program_create_from_template

pytestmark = pytest.mark.django_db


def _program(language: str = "nl") -> Program:
    return program_create_from_template(
        template_key="digital_fluency",
        name="",
        language=language,
        start_date=dt.date(2027, 1, 1),
        created_by=None,
    )


def test_the_charter_renders_in_the_programs_language_whatever_the_readers_language(
    program_manager,
):
    program = _program("nl")
    client = Client()
    client.force_login(program_manager)  # an English-speaking reader
    body = client.get(reverse("programs:charter", kwargs={"pk": program.pk})).content.decode()
    assert "Waarom dit programma bestaat" in body
    assert 'lang="nl"' in body
    assert "Log out" in body  # the reader's own interface stays English


def test_saving_an_end_date_before_the_start_shows_the_error_next_to_the_field_and_saves_nothing(
    program_manager,
):
    program = _program("en")
    client = Client()
    client.force_login(program_manager)
    url = reverse("programs:edit", kwargs={"pk": program.pk})
    form = client.get(url).context["form"]
    data = {
        name: value
        for name, value in form.initial.items()
        if value is not None and name not in {"mentor_units", "mentee_units", "formats"}
    }
    data.update({"start_date": "2027-05-01", "end_date": "2027-04-01", "formats": ["conversation"]})
    data.update(
        {
            "objectives-TOTAL_FORMS": "0",
            "objectives-INITIAL_FORMS": "0",
            "topics-TOTAL_FORMS": "0",
            "topics-INITIAL_FORMS": "0",
        }
    )
    response = client.post(url, data)
    assert response.status_code == 200
    assert "The end date must be after the start date." in response.content.decode()
    program.refresh_from_db()
    assert program.start_date == dt.date(2027, 1, 1)


def test_opening_recruitment_with_an_incomplete_charter_says_what_is_missing(program_manager):
    program = program_create_from_template(
        template_key="retention", name="", language="en", start_date=None, created_by=None
    )
    client = Client()
    client.force_login(program_manager)
    response = client.post(
        reverse("programs:transition", kwargs={"pk": program.pk}),
        {"target": "recruiting"},
        follow=True,
    )
    assert (
        "Recruitment cannot open yet: 2 charter question(s) are unanswered."
        in response.content.decode()
    )
    program.refresh_from_db()
    assert program.status == "draft"


def test_the_program_list_query_count_does_not_grow_with_programs(program_manager):
    client = Client()
    client.force_login(program_manager)
    _program()
    with CaptureQueriesContext(connection) as few:
        client.get(reverse("programs:list"))
    for _ in range(5):
        _program()
    with CaptureQueriesContext(connection) as many:
        client.get(reverse("programs:list"))
    assert len(many.captured_queries) == len(few.captured_queries)


@pytest.mark.parametrize("unit", ["9223372036854775808", "-99999999999999999999"])
def test_a_unit_id_too_large_for_the_database_is_refused_with_a_message_not_a_500(
    program_manager, unit
):
    # Found by the form fuzz test: SQLite raised OverflowError on the query checking the ids.
    program = _program("en")
    client = Client()
    client.force_login(program_manager)
    response = client.post(
        reverse("programs:edit", kwargs={"pk": program.pk}), {"mentor_units": [unit]}
    )
    assert response.status_code < 500
    assert unit in response.content.decode()  # "… is not one of the available choices."
    program.refresh_from_db()
    assert not program.mentor_units.exists()
