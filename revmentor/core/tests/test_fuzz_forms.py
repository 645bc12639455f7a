"""Fuzz: junk in any form or query parameter gives an answer below 500, never a server error.

Every URL of the project (the permission matrix's world and cast) is visited by a role that may
use it. Its forms are read from the pages themselves (field names, options), then hypothesis
posts random values to every form's address, and random query parameters to every page. The
example count stays small for the suite; `FUZZ_EXAMPLES=200` (for instance) searches harder.
"""

from __future__ import annotations

import os
from html.parser import HTMLParser
from typing import Any
from urllib.parse import urlsplit

from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import transaction
from django.test import Client
from django.urls import Resolver404, resolve, reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from revmentor.core.tests.test_permission_matrix import (
    LOGIN,
    MATRIX,
    ROLES,
    _client_for,
    world,  # noqa: F401 (the fixture)
)

EXAMPLES = int(os.environ.get("FUZZ_EXAMPLES", "4"))


class _Forms(HTMLParser):
    """The forms of a page: their address, method and fields (with the options offered)."""

    def __init__(self) -> None:
        super().__init__()
        self.forms: list[dict[str, Any]] = []
        self._select: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {key: value or "" for key, value in attrs}
        if tag == "form":
            self.forms.append(
                {
                    "action": attributes.get("action", ""),
                    "method": attributes.get("method", "get").lower(),
                    "fields": {},
                    "files": set(),
                }
            )
            return
        if not self.forms:
            return
        fields: dict[str, set[str]] = self.forms[-1]["fields"]
        name = attributes.get("name")
        if tag in {"input", "textarea", "select"} and name:
            if attributes.get("type") == "file":
                self.forms[-1]["files"].add(name)
                return
            fields.setdefault(name, set())
            if attributes.get("value"):
                fields[name].add(attributes["value"])
            if tag == "select":
                self._select = name
        elif tag == "option" and self._select:
            fields[self._select].add(attributes.get("value", ""))

    def handle_endtag(self, tag: str) -> None:
        if tag == "select":
            self._select = None


def _allowed_role(url_name: str) -> str | None:
    """The first role that gets past the permission check of a URL (not sent to log in)."""
    _method, _kwargs, expected = MATRIX[url_name]
    for role, status in zip(ROLES, expected, strict=True):
        if status == 200 or (status == LOGIN and role != "anonymous"):
            return role
    return None


def _junk() -> st.SearchStrategy[str]:
    return st.one_of(
        st.text(max_size=30),
        st.sampled_from(
            [
                "",
                "0",
                "-1",
                "1e9",
                "99999999999999999999999",
                "NaN",
                "2026-02-30",
                "9999-12-31T25:61",
                "\x00",
                "null",
                "[]",
                "<script>",
                "' OR 1=1 --",
                "x" * 5000,
                "on",
                "true",
            ]
        ),
        st.integers(min_value=-(2**70), max_value=2**70).map(str),
    )


def _values(options: set[str]) -> st.SearchStrategy[list[str]]:
    one = st.one_of(st.sampled_from(sorted(options)), _junk()) if options else _junk()
    return st.lists(one, min_size=0, max_size=3)


def _form_data(fields: dict[str, set[str]]) -> st.SearchStrategy[dict[str, list[str]]]:
    known = st.fixed_dictionaries(
        {}, optional={name: _values(options) for name, options in fields.items()}
    )
    extra = st.dictionaries(st.text(min_size=1, max_size=8), _values(set()), max_size=2)
    return st.tuples(known, extra).map(lambda parts: {**parts[1], **parts[0]})


def _pages(cast: dict[str, Any]) -> list[tuple[str, str, str]]:
    """(url name, address, role) for every URL of the matrix a role may use."""
    pages = []
    for url_name, (_method, kwargs, _expected) in sorted(MATRIX.items()):
        role = _allowed_role(url_name)
        if role is None or url_name.startswith("admin:"):
            continue
        pages.append((url_name, reverse(url_name, kwargs=kwargs(cast)), role))
    return pages


def _discover_forms(cast: dict[str, Any]) -> dict[str, dict[str, Any]]:
    """Fields of every form, by the URL name its action resolves to (GET forms included)."""
    found: dict[str, dict[str, Any]] = {}
    for url_name, address, role in _pages(cast):
        if MATRIX[url_name][0] != "get":
            continue
        response = _client_for(cast, role, url_name).get(address)
        if response.status_code != 200 or "html" not in response.get("Content-Type", ""):
            continue
        parser = _Forms()
        parser.feed(response.content.decode())
        for form in parser.forms:
            target = urlsplit(form["action"]).path or address
            try:
                match = resolve(target)
            except Resolver404:
                continue
            name = f"{match.namespace}:{match.url_name}" if match.namespace else match.url_name
            entry = found.setdefault(
                f"{form['method']} {name}",
                {"address": target, "fields": {}, "files": set()},
            )
            for field, options in form["fields"].items():
                entry["fields"].setdefault(field, set()).update(options)
            entry["files"] |= form["files"]
    return found


def _check(client: Client, method: str, address: str, data: Any, files: set[str]) -> None:
    payload = dict(data)
    for name in files:
        payload[name] = SimpleUploadedFile("junk.csv", b'x,\x00;\xff\n"')
    # Each request in its own savepoint: a refused write must not poison the next example.
    with transaction.atomic():
        response = getattr(client, method)(address, payload)
    assert response.status_code < 500, (method, address, payload, response.status_code)


_FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    database=None,
    suppress_health_check=list(HealthCheck),
)


def test_junk_posted_to_every_form_never_gives_a_server_error(world):  # noqa: F811
    forms = _discover_forms(world)
    for url_name, address, role in _pages(world):
        method = MATRIX[url_name][0]
        if method != "post" and f"post {url_name}" not in forms:
            continue
        form = forms.get(f"post {url_name}", {"fields": {}, "files": set()})
        client = _client_for(world, role, url_name)

        @_FUZZ
        @given(data=_form_data(form["fields"]))
        def post_junk(data: dict[str, list[str]]) -> None:
            _check(client, "post", address, data, form["files"])  # noqa: B023

        post_junk()


def test_junk_query_parameters_on_every_page_never_give_a_server_error(world):  # noqa: F811
    forms = _discover_forms(world)
    for url_name, address, role in _pages(world):
        if MATRIX[url_name][0] != "get":
            continue
        fields = forms.get(f"get {url_name}", {"fields": {}})["fields"]
        fields = {**fields, "page": set(), "q": set(), "include_pending": set()}
        client = _client_for(world, role, url_name)

        @_FUZZ
        @given(data=_form_data(fields))
        def get_junk(data: dict[str, list[str]]) -> None:
            _check(client, "get", address, data, set())  # noqa: B023

        get_junk()


# Each input the fuzz once found a 500 with (on SQLite or PostgreSQL), kept so that the fix
# stays tested whatever the random search draws.
FOUND = [
    ("post", "enrolment:review", {"passion": "3", "fit": "4", "note": ""}),
    ("post", "mentorships:note_new", {"body": "x", "visibility": "private", "meeting": ":"}),
    ("post", "mentorships:action_new", {"text": "x", "owner": "mentor", "meeting": "<script>"}),
    ("post", "mentorships:action_done", {"back": "0"}),
    ("post", "support:article_share", {"mentorship": ":"}),
    ("post", "support:circles", {"suggestion": "x", "name": "C\x00"}),
    ("post", "support:circle_attendance", {"attended": ["x", "99999999999999999999999"]}),
    ("post", "support:kickoff", {"action": "alumnus", "person": "x"}),
    ("post", "support:kickoff", {"action": "attendance", "present": ["1", "x"]}),
    ("post", "support:kickoff", {"action": "testimonial", "person": "-", "text": "t"}),
    ("get", "enrolment:review_list", {"q": "a\x00b", "order": "\x00"}),
]


def test_the_junk_that_once_gave_a_server_error_now_gets_an_answer_below_500(world):  # noqa: F811
    pages = {url_name: (address, role) for url_name, address, role in _pages(world)}
    for method, url_name, data in FOUND:
        address, role = pages[url_name]
        _check(_client_for(world, role, url_name), method, address, data, set())
