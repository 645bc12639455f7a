"""The organisation page: tree, search, a person's line, and no N+1 queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from revmentor.people.services import people_import_file
from revmentor.people.tests.factories import csv_bytes, row, small_org

pytestmark = pytest.mark.django_db


def _org(size: int) -> None:
    rows = small_org() + [
        row(
            employee_id=f"X{i}",
            email=f"x{i}@example.org",
            department=f"Dept {i % 7}/Team {i % 3}",
            manager_id="E2",
        )
        for i in range(size)
    ]
    people_import_file(file_name="org.csv", content=csv_bytes(rows))


def _queries(client: Client, url: str) -> int:
    with CaptureQueriesContext(connection) as ctx:
        assert client.get(url).status_code == 200
    return len(ctx.captured_queries)


def test_the_organisation_page_query_count_does_not_grow_with_people(program_manager):
    client = Client()
    client.force_login(program_manager)
    url = reverse("people:organisation")
    _org(5)
    few = _queries(client, url)
    _org(60)
    assert _queries(client, url) == few


def test_search_finds_people_by_name_and_department(program_manager):
    _org(0)
    client = Client()
    client.force_login(program_manager)
    body = client.get(reverse("people:organisation"), {"q": "cem"}).content.decode()
    assert "Cem" in body
    assert "Dana" not in body
    partial = client.get(
        reverse("people:organisation"), {"q": "IT/Data"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "Dana" in partial
    assert "<html" not in partial


def test_a_person_page_shows_the_reporting_line_to_the_top(program_manager):
    _org(0)
    from revmentor.people.models import Person

    cem = Person.objects.get(employee_id="E3")
    client = Client()
    client.force_login(program_manager)
    body = client.get(reverse("people:person", kwargs={"pk": cem.pk})).content.decode()
    assert body.index("Bert") < body.index("Anna")


def test_uploading_a_broken_file_shows_every_problem_and_writes_nothing(program_manager):
    from django.core.files.uploadedfile import SimpleUploadedFile

    from revmentor.people.models import PeopleImport, Person

    client = Client()
    client.force_login(program_manager)
    bad = csv_bytes(
        [
            row(employee_id="E1", email="bad"),
            row(employee_id="E2", email="b@example.org", languages="zz"),
        ]
    )
    response = client.post(reverse("people:import"), {"file": SimpleUploadedFile("org.csv", bad)})
    body = response.content.decode()
    assert response.status_code == 400
    assert "2 problems found" in body
    assert "“bad” is not a valid e-mail address" in body
    assert Person.objects.count() == 0
    assert PeopleImport.objects.count() == 0
