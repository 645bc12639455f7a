"""End to end in headless Chromium: import an organisation, see every problem in a broken file,
create a program from a template and open recruitment, read the charter in Dutch."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from conftest import PASSWORD
from revmentor.people.models import OrgUnit, Person
from revmentor.people.tests.factories import csv_bytes, row, small_org
from revmentor.programs.models import Program, Status

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def log_in(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")


def upload(page: Page, name: str, content: bytes) -> None:
    page.get_by_label("Organisation file (CSV or Excel)").set_input_files(
        {"name": name, "mimeType": "text/csv", "buffer": content}
    )
    page.get_by_role("button", name="Check file").click()


def test_a_program_manager_imports_an_organisation_through_the_page(
    page: Page, live_server: Any, program_manager: Any
):
    log_in(page, live_server.url, program_manager.email)
    page.get_by_role("link", name="Import people").first.click()
    upload(page, "org.csv", csv_bytes(small_org()))
    expect(page.locator("#count-creates")).to_have_text("4")
    assert Person.objects.count() == 0  # a preview writes nothing
    page.get_by_role("button", name="Confirm import").click()
    expect(page.get_by_text("Import applied: 4 created, 0 updated, 0 unchanged.")).to_be_visible()
    assert Person.objects.count() == 4
    page.get_by_role("link", name="Marketing").first.click()
    expect(page.locator("#people-list")).to_contain_text("Cem")
    expect(page.locator("#people-list")).not_to_contain_text("Dana")
    page.get_by_role("link", name="Cem").click()
    expect(page.get_by_role("heading", name="Reporting line")).to_be_visible()
    expect(page.locator("ol.line")).to_contain_text("Bert")
    expect(page.locator("ol.line")).to_contain_text("Anna")


def test_a_file_with_five_kinds_of_errors_lists_them_all_and_changes_nothing(
    page: Page, live_server: Any, program_manager: Any
):
    from revmentor.people.services import people_import_file

    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    before = list(
        Person.objects.order_by("employee_id").values_list(
            "employee_id", "name", "email", "manager_id"
        )
    )
    broken = [
        row(employee_id="E1", name="Anna Renamed", email="anna@example.org", department="Board"),
        row(employee_id="E5", email="not-an-e-mail", department="IT"),
        row(employee_id="E6", email="e6@example.org", department="IT", manager_id="E404"),
        row(employee_id="E1", email="again@example.org", department="IT"),
        row(employee_id="E7", email="e7@example.org", department="IT", languages="nl;klingon"),
        row(employee_id="E8", name="", email="e8@example.org", department="IT"),
    ]
    log_in(page, live_server.url, program_manager.email)
    page.goto(f"{live_server.url}/organisation/import/")
    upload(page, "broken.csv", csv_bytes(broken))
    table = page.locator("#problems")
    expect(
        page.get_by_role("heading", name="5 problems found — nothing was imported")
    ).to_be_visible()
    expect(table).to_contain_text("not a valid e-mail address")
    expect(table).to_contain_text("Unknown manager id “E404”")
    expect(table).to_contain_text("Duplicate employee id “E1” (also on row 2)")
    expect(table).to_contain_text("Unknown language code “klingon”")
    expect(table).to_contain_text("Name is required")
    assert (
        list(
            Person.objects.order_by("employee_id").values_list(
                "employee_id", "name", "email", "manager_id"
            )
        )
        == before
    )
    assert (
        not OrgUnit.objects.filter(path="IT").exists()
        or OrgUnit.objects.filter(path="IT").count() == 1
    )


def test_a_program_from_a_template_opens_recruitment_once_the_checklist_is_complete(
    page: Page, live_server: Any, program_manager: Any
):
    log_in(page, live_server.url, program_manager.email)
    page.get_by_role("button", name="New program").first.click()
    page.get_by_label("Digital fluency for leaders", exact=False).first.check()
    page.get_by_label("Program name").fill("Digital fluency pilot")
    page.get_by_role("button", name="Create draft").click()
    expect(page.locator("#program-status")).to_have_text("Draft")
    checklist = page.locator("#missing-list")
    expect(checklist).to_contain_text("The start date")
    expect(checklist).to_contain_text("The end date")
    expect(page.get_by_role("button", name="Open recruitment")).to_be_disabled()
    checklist.get_by_role("link", name="The start date").click()
    expect(page.get_by_label("Start date")).to_be_visible()
    page.get_by_label("Start date").fill("2027-03-01")
    page.get_by_label("End date").fill("2027-02-01")
    page.get_by_role("button", name="Save charter").click()
    expect(page.locator("#field-end_date .error")).to_have_text(
        "The end date must be after the start date."
    )
    page.get_by_label("End date").fill("2027-09-01")
    page.get_by_role("button", name="Save charter").click()
    expect(page.locator("#ready-note")).to_be_visible()
    page.get_by_role("button", name="Open recruitment").click()
    expect(page.locator("#program-status")).to_have_text("Recruiting")
    assert Program.objects.get(name="Digital fluency pilot").status == Status.RECRUITING


def test_after_switching_to_dutch_the_charter_reads_in_dutch(
    page: Page, live_server: Any, program_manager: Any
):
    log_in(page, live_server.url, program_manager.email)
    page.get_by_role("button", name="NL").click()
    expect(page.get_by_role("link", name="Programma's")).to_be_visible()
    page.get_by_role("button", name="Nieuw programma").first.click()
    page.get_by_label("Digitale", exact=False).first.check()
    page.get_by_label("Startdatum").fill("2027-03-01")
    page.get_by_role("button", name="Concept aanmaken").click()
    page.get_by_role("button", name="charter lezen", exact=False).click()
    charter = page.locator("#charter")
    expect(charter).to_have_attribute("lang", "nl")
    expect(charter.get_by_role("heading", name="Waarom dit programma bestaat")).to_be_visible()
    program = Program.objects.get()
    assert program.language == "nl"
    expect(charter).to_contain_text(program.purpose[:40])
    program_manager.refresh_from_db()
    assert program_manager.language == "nl"
