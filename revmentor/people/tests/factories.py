"""Factories and file builders for people tests."""

from __future__ import annotations

import csv
import io
from typing import Any

import factory
from openpyxl import Workbook

from revmentor.people.importing import COLUMNS
from revmentor.people.models import OrgUnit, Person


class OrgUnitFactory(factory.django.DjangoModelFactory[OrgUnit]):
    class Meta:
        model = OrgUnit
        django_get_or_create = ("path",)

    name = factory.LazyAttribute(lambda o: o.path.rsplit("/", 1)[-1])
    path = factory.Sequence(lambda n: f"Unit {n}")
    depth = factory.LazyAttribute(lambda o: o.path.count("/"))


class PersonFactory(factory.django.DjangoModelFactory[Person]):
    class Meta:
        model = Person

    employee_id = factory.Sequence(lambda n: f"P{n:05d}")
    name = factory.Faker("name")
    email = factory.LazyAttribute(lambda o: f"{o.employee_id.lower()}@example.org")
    org_unit = factory.SubFactory(OrgUnitFactory)
    languages = factory.LazyFunction(lambda: ["nl", "en"])
    grade = 5


def row(**values: Any) -> dict[str, str]:
    """A valid import row; pass columns to change."""
    base = {
        "employee_id": "E1",
        "name": "Anna de Vries",
        "email": "anna@example.org",
        "department": "Marketing/Digital",
        "manager_id": "",
        "job_title": "Director",
        "grade": "9",
        "languages": "nl;en",
        "location": "Utrecht",
        "time_zone": "Europe/Amsterdam",
        "external": "no",
        "institution": "",
    }
    base.update({key: str(value) for key, value in values.items()})
    return base


def csv_bytes(
    rows: list[dict[str, str]], header: tuple[str, ...] = COLUMNS, delimiter: str = ","
) -> bytes:
    buffer = io.StringIO()
    writer = csv.writer(buffer, delimiter=delimiter)
    writer.writerow(header)
    for item in rows:
        writer.writerow([item.get(column, "") for column in header])
    return buffer.getvalue().encode("utf-8")


def xlsx_bytes(rows: list[dict[str, str]], header: tuple[str, ...] = COLUMNS) -> bytes:
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(header))
    for item in rows:
        sheet.append([_typed(item.get(column, "")) for column in header])
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def _typed(value: str) -> Any:
    # Spreadsheets store numbers as numbers; the import must read them back as typed.
    return int(value) if value.isdigit() else value


def small_org() -> list[dict[str, str]]:
    return [
        row(
            employee_id="E1",
            name="Anna",
            email="anna@example.org",
            department="Board",
            manager_id="",
            grade="10",
        ),
        row(
            employee_id="E2",
            name="Bert",
            email="bert@example.org",
            department="Marketing",
            manager_id="E1",
            grade="8",
        ),
        row(
            employee_id="E3",
            name="Cem",
            email="cem@example.org",
            department="Marketing/Digital",
            manager_id="E2",
            grade="3",
        ),
        row(
            employee_id="E4",
            name="Dana",
            email="dana@example.org",
            department="IT/Data",
            manager_id="E1",
            grade="2",
        ),
    ]
