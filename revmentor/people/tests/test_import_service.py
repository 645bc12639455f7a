"""The organisation import: preview, all-or-nothing checks, and sync by employee id."""

from __future__ import annotations

import pytest

from revmentor.people.importing import COLUMNS, build_plan
from revmentor.people.models import OrgUnit, PeopleImport, Person
from revmentor.people.services import (
    ImportAlreadyApplied,
    ImportRejected,
    people_import_apply,
    people_import_file,
    people_import_preview,
)
from revmentor.people.tests.factories import csv_bytes, row, small_org, xlsx_bytes

pytestmark = pytest.mark.django_db


def problems_of(content: bytes, name: str = "org.csv") -> list[tuple[int, str]]:
    with pytest.raises(ImportRejected) as caught:
        people_import_file(file_name=name, content=content)
    return [(p.row, p.column) for p in caught.value.problems]


def test_it_creates_people_units_and_reporting_lines():
    plan = people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    assert len(plan.creates) == 4
    assert set(OrgUnit.objects.values_list("path", flat=True)) == {
        "Board",
        "Marketing",
        "Marketing/Digital",
        "IT",
        "IT/Data",
    }
    cem = Person.objects.get(employee_id="E3")
    assert cem.manager is not None
    assert cem.manager.employee_id == "E2"
    assert cem.org_unit is not None
    assert cem.org_unit.parent is not None
    assert cem.org_unit.parent.path == "Marketing"
    assert cem.languages == ["nl", "en"]
    assert cem.grade == 3


def test_a_reimport_syncs_by_employee_id_and_reports_updates_and_unchanged():
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    changed = small_org()
    changed[2]["job_title"] = "Digital lead"
    changed[3]["department"] = "IT/Platform"
    plan = build_plan("org.csv", csv_bytes(changed))
    assert plan.ok
    assert len(plan.creates) == 0
    assert len(plan.unchanged) == 2
    fields = {change.employee_id: change.fields for _row, change in plan.updates}
    assert fields == {"E3": ("job_title",), "E4": ("department",)}
    people_import_file(file_name="org.csv", content=csv_bytes(changed))
    assert Person.objects.get(employee_id="E3").job_title == "Digital lead"
    dana = Person.objects.get(employee_id="E4")
    assert dana.org_unit is not None
    assert dana.org_unit.path == "IT/Platform"
    assert Person.objects.count() == 4


def test_it_lists_every_problem_with_row_and_column_and_writes_nothing():
    rows = [
        *small_org(),
        row(employee_id="E5", name="", email="eve@example.org", department="IT"),  # empty name
        row(employee_id="E6", email="not-an-email", department="IT"),  # malformed e-mail
        row(employee_id="E7", email="x7@example.org", manager_id="E999"),  # unknown manager
        row(employee_id="E2", email="dup@example.org"),  # duplicate id
        row(employee_id="E8", email="x8@example.org", languages="nl;xx"),  # unknown language
        row(employee_id="E9", email="anna@example.org"),  # duplicate e-mail
        row(employee_id="E10", email="x10@example.org", manager_id="E11"),  # cycle 10 → 11 → 10
        row(employee_id="E11", email="x11@example.org", manager_id="E10"),
    ]
    found = problems_of(csv_bytes(rows))
    assert (6, "name") in found
    assert (7, "email") in found
    assert (8, "manager_id") in found
    assert (9, "employee_id") in found
    assert (10, "languages") in found
    assert (11, "email") in found
    assert (12, "manager_id") in found  # the cycle is reported on its first row
    assert Person.objects.count() == 0
    assert OrgUnit.objects.count() == 0


def test_a_cycle_message_names_every_person_in_it():
    rows = [
        row(employee_id="A", email="a@example.org", manager_id="C"),
        row(employee_id="B", email="b@example.org", manager_id="A"),
        row(employee_id="C", email="c@example.org", manager_id="B"),
    ]
    with pytest.raises(ImportRejected) as caught:
        people_import_file(file_name="org.csv", content=csv_bytes(rows))
    messages = [p.message for p in caught.value.problems]
    assert any("A → C → B → A" in message for message in messages), messages


def test_a_manager_already_in_the_organisation_is_accepted():
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    plan = people_import_file(
        file_name="more.csv",
        content=csv_bytes([row(employee_id="E20", email="new@example.org", manager_id="E2")]),
    )
    assert len(plan.creates) == 1
    assert Person.objects.get(employee_id="E20").manager_id == "E2"


def test_a_reimport_that_would_create_a_cycle_with_existing_people_is_refused():
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    # E1 is at the top; making E1 report to E3 (who reports to E2, who reports to E1) loops.
    boss = small_org()[0]
    boss["manager_id"] = "E3"
    assert (2, "manager_id") in problems_of(csv_bytes([boss]))
    assert Person.objects.get(employee_id="E1").manager_id is None


def test_an_e_mail_taken_by_someone_not_in_the_file_is_refused():
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    found = problems_of(csv_bytes([row(employee_id="E50", email="bert@example.org")]))
    assert found == [(2, "email")]


def test_unknown_missing_and_duplicate_columns_are_reported_on_the_header_row():
    header = ("employee_id", "name", "email", "department", "favourite_colour", "name")
    found = problems_of(csv_bytes([row()], header=header))
    assert (1, "favourite_colour") in found
    assert (1, "name") in found
    assert (1, "manager_id") in found


def test_dutch_column_names_and_semicolons_are_understood():
    header = (
        "personeelsnummer",
        "naam",
        "e-mail",
        "afdeling",
        "leidinggevende_id",
        "talen",
        "niveau",
    )
    rows = [
        {
            "personeelsnummer": "N1",
            "naam": "Joost",
            "e-mail": "joost@example.org",
            "afdeling": "Verkoop",
            "leidinggevende_id": "",
            "talen": "nl",
            "niveau": "8",
        },
    ]
    content = csv_bytes(rows, header=header, delimiter=";")
    plan = people_import_file(file_name="medewerkers.csv", content=content)
    assert len(plan.creates) == 1
    person = Person.objects.get(employee_id="N1")
    assert person.grade == 8
    assert person.org_unit is not None
    assert person.org_unit.path == "Verkoop"


def test_it_reads_excel_workbooks_with_numeric_cells():
    plan = people_import_file(file_name="org.xlsx", content=xlsx_bytes(small_org()))
    assert len(plan.creates) == 4
    assert Person.objects.get(employee_id="E2").grade == 8


def test_a_damaged_workbook_is_one_clear_problem():
    found = problems_of(b"PK\x03\x04 this is not really a zip", name="org.xlsx")
    assert found == [(0, "")]


def test_a_file_that_is_not_utf8_is_one_clear_problem():
    found = problems_of("employee_id,name\n1,Jos\xe9\n".encode("latin-1"))
    assert found == [(0, "")]


def test_external_people_need_an_institution_but_no_department():
    rows = [
        row(
            employee_id="S1",
            email="s1@uni.example",
            department="",
            external="yes",
            institution="Hogeschool Utrecht",
        ),
        row(employee_id="S2", email="s2@uni.example", department="", external="ja", institution=""),
    ]
    assert problems_of(csv_bytes(rows)) == [(3, "institution")]


def test_preview_keeps_the_file_and_confirm_applies_it_once(program_manager):
    pending = people_import_preview(
        file_name="org.csv", content=csv_bytes(small_org()), uploaded_by=program_manager
    )
    assert pending.created_count == 4
    assert Person.objects.count() == 0
    people_import_apply(people_import=pending)
    assert Person.objects.count() == 4
    assert PeopleImport.objects.get(pk=pending.pk).status == PeopleImport.Status.APPLIED
    with pytest.raises(ImportAlreadyApplied):
        people_import_apply(people_import=pending)


def test_confirm_checks_the_file_again_against_the_organisation_as_it_is_now(program_manager):
    people_import_file(file_name="org.csv", content=csv_bytes(small_org()))
    pending = people_import_preview(
        file_name="new.csv",
        content=csv_bytes([row(employee_id="E30", email="e30@example.org", manager_id="E4")]),
        uploaded_by=program_manager,
    )
    Person.objects.filter(employee_id="E4").delete()
    with pytest.raises(ImportRejected):
        people_import_apply(people_import=pending)
    assert not Person.objects.filter(employee_id="E30").exists()


def test_an_unknown_column_is_reported_together_with_every_row_problem():
    header = (*COLUMNS, "favourite_colour")
    rows = [
        row(employee_id="E1", email="bad-email"),
        row(employee_id="E2", email="e2@example.org", manager_id="NOPE"),
    ]
    found = problems_of(csv_bytes(rows, header=header))
    assert (1, "favourite_colour") in found
    assert (2, "email") in found
    assert (3, "manager_id") in found
