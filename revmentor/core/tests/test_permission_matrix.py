"""Every URL × every role: who gets the page, who is sent to log in, who is refused.

A URL without a row here fails `test_every_url_has_a_row_in_the_matrix`, so a new page cannot
ship without deciding who may open it.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
from django.test import Client
from django.urls import URLPattern, URLResolver, get_resolver, reverse

from conftest import PASSWORD
from revmentor.people.models import PeopleImport, Person
from revmentor.people.tests.factories import PersonFactory, csv_bytes, small_org
from revmentor.programs.models import Program, Status
from revmentor.programs.services import program_create_from_template

ROLES = ("program_manager", "hr_support", "sponsor", "participant", "anonymous")
LOGIN = 302


def _names(patterns: list[Any], namespace: str = "") -> set[str]:
    names: set[str] = set()
    for pattern in patterns:
        if isinstance(pattern, URLResolver):
            inner = f"{namespace}{pattern.namespace}:" if pattern.namespace else namespace
            names |= _names(pattern.url_patterns, inner)
        elif isinstance(pattern, URLPattern) and pattern.name:
            names.add(f"{namespace}{pattern.name}")
    return names


def _program(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["program"].pk}


def _draft(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["draft"].pk}


def _person(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["person"].pk}


def _import(_world: dict[str, Any]) -> dict[str, Any]:
    return {"pk": _world["import"].pk}


def _none(_world: dict[str, Any]) -> dict[str, Any]:
    return {}


# url name: (method, kwargs, expected status per role in ROLES order)
MATRIX: dict[str, tuple[str, Callable[[dict[str, Any]], dict[str, Any]], tuple[int, ...]]] = {
    "core:home": ("get", _none, (200, 200, 200, 200, LOGIN)),
    "accounts:login": ("get", _none, (302, 302, 302, 302, 200)),
    "accounts:logout": ("post", _none, (302, 302, 302, 302, 302)),
    "accounts:set_language": ("post", _none, (302, 302, 302, 302, 302)),
    "people:organisation": ("get", _none, (200, 200, 403, 403, LOGIN)),
    "people:person": ("get", _person, (200, 200, 403, 403, LOGIN)),
    "people:import": ("get", _none, (200, 403, 403, 403, LOGIN)),
    "people:import_preview": ("get", _import, (200, 403, 403, 403, LOGIN)),
    "people:import_confirm": ("post", _import, (302, 403, 403, 403, LOGIN)),
    "programs:list": ("get", _none, (200, 200, 200, 403, LOGIN)),
    "programs:create": ("get", _none, (200, 403, 403, 403, LOGIN)),
    "programs:detail": ("get", _program, (200, 200, 200, 403, LOGIN)),
    "programs:edit": ("get", _program, (200, 403, 403, 403, LOGIN)),
    "programs:charter": ("get", _program, (200, 200, 200, 200, LOGIN)),
    "programs:transition": ("post", _program, (302, 403, 403, 403, LOGIN)),
    # Django admin needs the separate is_staff flag (operators), never a product role.
    "admin:index": ("get", _none, (302, 302, 302, 302, 302)),
}

# Objects a role may not know exist are 404, not 403: a participant cannot see drafts.
DRAFT_CHARTER = {
    "program_manager": 200,
    "hr_support": 200,
    "sponsor": 200,
    "participant": 404,
    "anonymous": LOGIN,
}


@pytest.fixture
def world(
    db: None, program_manager: Any, hr_support: Any, sponsor: Any, participant: Any
) -> dict[str, Any]:
    program = program_create_from_template(
        template_key="digital_fluency",
        name="Open",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING)
    draft = program_create_from_template(
        template_key="retention",
        name="Draft",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    pending = PeopleImport.objects.create(file_name="org.csv", content=csv_bytes(small_org()))
    return {
        "users": {
            "program_manager": program_manager,
            "hr_support": hr_support,
            "sponsor": sponsor,
            "participant": participant,
        },
        "program": program,
        "draft": draft,
        "person": PersonFactory(),
        "import": pending,
    }


def _client_for(world: dict[str, Any], role: str) -> Client:
    client = Client()
    if role != "anonymous":
        assert client.login(username=world["users"][role].email, password=PASSWORD)
    return client


def test_every_url_has_a_row_in_the_matrix():
    names = {name for name in _names(get_resolver().url_patterns) if not name.startswith("admin:")}
    missing = names - set(MATRIX)
    assert not missing, f"URLs without a permission-matrix row: {sorted(missing)}"


@pytest.mark.parametrize("url_name", sorted(MATRIX))
@pytest.mark.parametrize("role", ROLES)
def test_each_role_gets_the_expected_answer_from_each_url(world, url_name, role):
    method, kwargs, expected = MATRIX[url_name]
    url = reverse(url_name, kwargs=kwargs(world))
    response = getattr(_client_for(world, role), method)(url)
    assert response.status_code == expected[ROLES.index(role)], (url_name, role)
    if (
        role == "anonymous"
        and expected[ROLES.index(role)] == LOGIN
        and not url_name.startswith(("admin:", "accounts:"))
    ):
        assert response["Location"].startswith(reverse("accounts:login"))


@pytest.mark.parametrize("role", ROLES)
def test_a_draft_charter_is_hidden_from_participants(world, role):
    url = reverse("programs:charter", kwargs=_draft(world))
    assert _client_for(world, role).get(url).status_code == DRAFT_CHARTER[role]


def test_an_unknown_person_or_program_is_not_found(world):
    client = _client_for(world, "program_manager")
    assert client.get(reverse("people:person", kwargs={"pk": 999999})).status_code == 404
    assert client.get(reverse("programs:detail", kwargs={"pk": 999999})).status_code == 404
    assert Person.objects.count() == 1
