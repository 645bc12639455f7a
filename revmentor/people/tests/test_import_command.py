"""`manage.py import_people`: the same service and messages as the page, exit status 2 on errors."""

from __future__ import annotations

import io
from pathlib import Path

import pytest
from django.core.management import call_command
from django.core.management.base import CommandError

from revmentor.people.models import Person
from revmentor.people.tests.factories import csv_bytes, row, small_org

pytestmark = pytest.mark.django_db


def test_it_imports_a_file_and_reports_the_counts(tmp_path: Path):
    path = tmp_path / "org.csv"
    path.write_bytes(csv_bytes(small_org()))
    out = io.StringIO()
    call_command("import_people", str(path), stdout=out)
    assert "4 created, 0 updated, 0 unchanged" in out.getvalue()
    assert Person.objects.count() == 4


def test_it_lists_every_problem_and_exits_with_status_2(tmp_path: Path):
    path = tmp_path / "org.csv"
    path.write_bytes(
        csv_bytes(
            [
                row(employee_id="E1", email="bad"),
                row(employee_id="E2", email="b@example.org", manager_id="NOPE"),
            ]
        )
    )
    err = io.StringIO()
    with pytest.raises(SystemExit) as exited:
        call_command("import_people", str(path), stderr=err)
    assert exited.value.code == 2
    assert "row 2, column email" in err.getvalue()
    assert "row 3, column manager_id" in err.getvalue()
    assert "“NOPE”" in err.getvalue()
    assert Person.objects.count() == 0


def test_a_dry_run_writes_nothing(tmp_path: Path):
    path = tmp_path / "org.csv"
    path.write_bytes(csv_bytes(small_org()))
    out = io.StringIO()
    call_command("import_people", str(path), "--dry-run", stdout=out)
    assert "Would import" in out.getvalue()
    assert Person.objects.count() == 0


def test_a_missing_file_is_a_clear_error(tmp_path: Path):
    with pytest.raises(CommandError) as caught:
        call_command("import_people", str(tmp_path / "nope.csv"))
    assert "nope.csv" in str(caught.value)
