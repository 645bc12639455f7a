"""Every page carries the Content-Security-Policy and none runs inline script or style; pages are
never cached, static files are."""

from __future__ import annotations

from html.parser import HTMLParser
from typing import Any

from django.test import Client
from django.urls import reverse

from revmentor.core.tests.test_permission_matrix import (  # the matrix's world and cast
    MATRIX,
    ROLES,
    _client_for,
    world,  # noqa: F401
)


class _InlineCode(HTMLParser):
    """Collects what a CSP without 'unsafe-inline' would block: inline scripts, handlers, styles."""

    def __init__(self) -> None:
        super().__init__()
        self.found: list[str] = []
        self._in_script = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        named = dict(attrs)
        # A JSON data block (json_script) is never executed, so the CSP does not apply to it.
        if tag == "script" and "src" not in named and named.get("type") != "application/json":
            self._in_script = True
        if tag == "style":
            self.found.append("<style> element")
        for name, value in attrs:
            if name.startswith("on"):
                self.found.append(f"{name}= on <{tag}>")
            if name == "style":
                self.found.append(f"style= on <{tag}>")
            if name in {"href", "src", "action"} and (value or "").strip().startswith(
                "javascript:"
            ):
                self.found.append(f"javascript: URL on <{tag}>")

    def handle_data(self, data: str) -> None:
        if self._in_script:
            self.found.append(f"inline <script>: {data.strip()[:60]!r}")

    def handle_endtag(self, tag: str) -> None:
        if tag == "script":
            if self._in_script and not self.found[-1:]:
                self.found.append("empty inline <script>")
            self._in_script = False


def _inline_code(html: str) -> list[str]:
    parser = _InlineCode()
    parser.feed(html)
    return parser.found


def _policy(response: Any) -> dict[str, list[str]]:
    directives = [part.strip().split() for part in response["Content-Security-Policy"].split(";")]
    return {words[0]: words[1:] for words in directives if words}


def test_the_parser_finds_each_kind_of_inline_code():
    html = (
        '<script>alert(1)</script><script src="/static/a.js"></script>'
        '<script type="application/json" id="d">{"a": 1}</script>'
        '<form onsubmit="return confirm(1)"></form><p style="color: red"></p>'
        '<a href="javascript:void(0)">x</a><style>p {}</style>'
    )
    assert len(_inline_code(html)) == 5


def test_every_page_has_the_csp_header_and_no_inline_script_or_style(world):  # noqa: F811
    pages = 0
    problems: list[str] = []
    for url_name, (method, kwargs, _expected) in sorted(MATRIX.items()):
        if method != "get" or url_name.startswith("admin:"):
            continue
        for role in ROLES:
            response = _client_for(world, role, url_name).get(
                reverse(url_name, kwargs=kwargs(world))
            )
            if response.status_code != 200 or "text/html" not in response["Content-Type"]:
                continue
            pages += 1
            policy = _policy(response)
            if policy.get("script-src") != ["'self'"] or policy.get("style-src") != ["'self'"]:
                problems.append(f"{url_name} as {role}: policy {policy}")
            problems += [
                f"{url_name} as {role}: {found}"
                for found in _inline_code(response.content.decode())
            ]
    assert pages > 60, pages  # the walk really rendered the pages of every role
    assert not problems, "\n".join(problems)


def test_the_policy_allows_nothing_from_elsewhere_and_no_framing(db):
    policy = _policy(Client().get(reverse("accounts:login")))
    assert policy["default-src"] == ["'self'"]
    assert policy["object-src"] == ["'none'"]
    assert policy["frame-ancestors"] == ["'none'"]
    assert not any("unsafe" in source for sources in policy.values() for source in sources)


def test_the_login_page_and_every_logged_in_page_are_not_stored(world):  # noqa: F811
    login = Client().get(reverse("accounts:login"))
    assert "no-store" in login["Cache-Control"]
    for role in ("program_manager", "participant"):
        client = _client_for(world, role)
        for url_name in ("core:home", "notifications:list", "accounts:preferences"):
            response = client.get(reverse(url_name))
            assert response.status_code == 200
            assert "no-store" in response["Cache-Control"], (role, url_name)
    ics = _client_for(world, "participant", "mentorships:meeting_ics").get(
        reverse("mentorships:meeting_ics", kwargs={"pk": world["meeting"].pk})
    )
    assert ics.status_code == 200
    assert "no-store" in ics["Cache-Control"]


def test_static_files_keep_their_caching(db):
    response = Client().get("/static/css/revmentor.css")
    assert response.status_code == 200
    assert "no-store" not in response.get("Cache-Control", "")
    assert "max-age" in response["Cache-Control"]
