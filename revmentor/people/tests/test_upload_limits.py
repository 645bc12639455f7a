"""Bounded input: the size, row, column and unpacked-size limits on uploads, the background read
of big organisation files, the stored preview and the purge of unconfirmed uploads."""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from revmentor.core.uploads import UploadTooLarge
from revmentor.enrolment.models import Invitation
from revmentor.people import importing, services
from revmentor.people.importing import COLUMNS, read_table
from revmentor.people.models import PeopleImport, Person
from revmentor.people.tests.factories import PersonFactory, csv_bytes, row, small_org, xlsx_bytes
from revmentor.programs.models import Program, Status
from revmentor.programs.services import program_create_from_template

pytestmark = pytest.mark.django_db


def _people(count: int) -> list[dict[str, str]]:
    return [
        row(employee_id=f"E{index}", name=f"Person {index}", email=f"p{index}@example.org")
        for index in range(count)
    ]


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def _never_read(*_args: Any, **_kwargs: Any) -> Any:
    raise AssertionError("the file was read")


def test_an_upload_over_the_limit_is_refused_before_parsing(program_manager, settings, monkeypatch):
    settings.UPLOAD_MAX_MB = 1
    monkeypatch.setattr(importing, "read_table", _never_read)
    content = csv_bytes(_people(1)) + b"#" * (1024 * 1024)
    response = _client(program_manager).post(
        reverse("people:import"), {"file": SimpleUploadedFile("huge-org.csv", content)}
    )
    body = response.content.decode()
    assert response.status_code == 400
    assert "“huge-org.csv” is 1.0 MB; files up to 1 MB can be uploaded" in body
    assert not PeopleImport.objects.exists()


def test_the_import_service_refuses_an_over_size_file_without_reading_it(
    program_manager, settings, monkeypatch
):
    settings.UPLOAD_MAX_MB = 1
    monkeypatch.setattr(importing, "read_table", _never_read)
    with pytest.raises(UploadTooLarge):
        services.people_import_preview(
            file_name="org.csv", content=b"x" * (1024 * 1024 + 1), uploaded_by=program_manager
        )


def test_an_invitation_list_over_the_limit_is_refused_before_parsing(
    program_manager, settings, monkeypatch
):
    from revmentor.enrolment import services as enrolment_services

    settings.UPLOAD_MAX_MB = 1
    monkeypatch.setattr(enrolment_services, "read_table", _never_read)
    program = program_create_from_template(
        template_key="digital_fluency",
        name="Open",
        language="en",
        start_date=None,
        created_by=program_manager,
    )
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING)
    content = b"someone@example.org\n" * 60_000
    response = _client(program_manager).post(
        reverse("enrolment:invitations", kwargs={"pk": program.pk}),
        {"file": SimpleUploadedFile("everyone.csv", content)},
    )
    assert response.status_code == 400
    assert "“everyone.csv” is 1.1 MB; files up to 1 MB can be uploaded" in response.content.decode()
    assert not Invitation.objects.exists()


def test_a_file_with_more_rows_than_the_cap_is_refused_naming_the_row(settings):
    settings.UPLOAD_MAX_ROWS = 5
    header, rows, problems = read_table("org.csv", csv_bytes(_people(6)))
    assert (header, rows) == ([], [])
    assert [(p.row, p.column) for p in problems] == [(7, "")]
    assert "more than 5 rows" in problems[0].message
    assert "row 7" in problems[0].message
    assert read_table("org.csv", csv_bytes(_people(5)))[2] == []


def test_an_excel_file_with_more_rows_than_the_cap_is_refused(settings):
    settings.UPLOAD_MAX_ROWS = 5
    problems = read_table("org.xlsx", xlsx_bytes(_people(6)))[2]
    assert [(p.row, p.column) for p in problems] == [(7, "")]


def test_a_file_with_a_value_past_the_column_cap_is_refused_naming_the_column(settings):
    settings.UPLOAD_MAX_COLUMNS = len(COLUMNS)
    wide = csv_bytes(_people(2)).replace(b"\r\n", b",\r\n")
    lines = wide.split(b"\r\n")
    lines[2] = lines[2] + b"surprise"
    problems = read_table("org.csv", b"\r\n".join(lines))[2]
    assert [(p.row, p.column) for p in problems] == [(3, "M")]
    assert "column M (column 13)" in problems[0].message
    assert "at most 12 columns" in problems[0].message


def test_empty_cells_past_the_column_cap_are_not_a_problem(settings):
    settings.UPLOAD_MAX_COLUMNS = len(COLUMNS)
    padded = csv_bytes(_people(2)).replace(b"\r\n", b",,,,\r\n")
    header, _rows, problems = read_table("org.csv", padded)
    assert problems == []
    assert len(header) == len(COLUMNS)


def test_an_excel_sheet_that_declares_thousands_of_columns_is_refused_at_the_first_value(
    settings,
):
    from openpyxl import Workbook

    settings.UPLOAD_MAX_COLUMNS = len(COLUMNS)
    workbook = Workbook()
    sheet = workbook.active
    assert sheet is not None
    sheet.append(list(COLUMNS))
    sheet.cell(row=2, column=16_000, value="far away")
    buffer = io.BytesIO()
    workbook.save(buffer)
    problems = read_table("org.xlsx", buffer.getvalue())[2]
    assert [(p.row, p.column) for p in problems] == [(2, "WQJ")]
    assert "column WQJ (column 16000)" in problems[0].message


def _zip_bomb(unpacked_mb: int) -> bytes:
    """A valid workbook whose sheet XML unpacks to `unpacked_mb` MB of empty rows."""
    plain = zipfile.ZipFile(io.BytesIO(xlsx_bytes(_people(1))))
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bomb:
        for info in plain.infolist():
            if info.filename != "xl/worksheets/sheet1.xml":
                bomb.writestr(info, plain.read(info))
                continue
            with bomb.open("xl/worksheets/sheet1.xml", "w") as sheet:
                sheet.write(
                    b'<?xml version="1.0"?><worksheet xmlns="http://schemas.openxmlformats.org/spreadsheetml/2006/main"><sheetData>'
                )
                chunk = b'<row><c t="inlineStr"><is><t>x</t></is></c></row>' * 20_000
                for _ in range(unpacked_mb * 1024 * 1024 // len(chunk) + 1):
                    sheet.write(chunk)
                sheet.write(b"</sheetData></worksheet>")
    return buffer.getvalue()


def test_an_xlsx_zip_bomb_is_refused_before_openpyxl_reads_it(monkeypatch):
    import openpyxl

    content = _zip_bomb(120)
    assert len(content) < 2 * 1024 * 1024  # a small upload, far under the size limit
    monkeypatch.setattr(openpyxl, "load_workbook", _never_read)
    problems = read_table("bomb.xlsx", content)[2]
    assert len(problems) == 1
    assert "“bomb.xlsx” unpacks to 121 MB, more than the 100 MB this site reads" in (
        problems[0].message
    )


def test_a_preview_older_than_a_day_is_purged_by_housekeeping(program_manager):
    old = services.people_import_preview(
        file_name="old.csv", content=csv_bytes(small_org()), uploaded_by=program_manager
    )
    services.people_import_preview(
        file_name="fresh.csv", content=csv_bytes(small_org()), uploaded_by=program_manager
    )
    stuck = PeopleImport.objects.create(
        file_name="stuck.csv", content=b"x", status=PeopleImport.Status.READING
    )
    PeopleImport.objects.filter(pk__in=[old.pk, stuck.pk]).update(
        created_at=timezone.now() - dt.timedelta(hours=25)
    )
    call_command("housekeeping", stdout=io.StringIO())
    assert list(PeopleImport.objects.values_list("file_name", flat=True)) == ["fresh.csv"]


def test_a_confirmed_upload_keeps_no_file_content(program_manager):
    pending = services.people_import_preview(
        file_name="org.csv", content=csv_bytes(small_org()), uploaded_by=program_manager
    )
    services.people_import_apply(people_import=pending)
    applied = PeopleImport.objects.get(pk=pending.pk)
    assert bytes(applied.content) == b""
    assert applied.preview == {}
    assert (applied.file_name, applied.created_count) == ("org.csv", 4)


def test_a_big_file_is_read_by_the_task_with_progress(
    program_manager, settings, monkeypatch, django_capture_on_commit_callbacks
):
    settings.UPLOAD_BACKGROUND_KB = 1
    content = csv_bytes(_people(3500))
    client = _client(program_manager)
    with django_capture_on_commit_callbacks(execute=False) as callbacks:
        response = client.post(
            reverse("people:import"), {"file": SimpleUploadedFile("big.csv", content)}
        )
    pending = PeopleImport.objects.get()
    assert response["Location"] == reverse("people:import_preview", kwargs={"pk": pending.pk})
    assert pending.status == PeopleImport.Status.READING
    waiting = client.get(response["Location"]).content.decode()
    assert "Reading the file: 0% done." in waiting
    assert 'hx-trigger="every 1s"' in waiting

    seen: list[int] = []
    real_build_plan = services.build_plan

    def recording_build_plan(file_name: str, data: bytes, **kwargs: Any) -> Any:
        reported = kwargs.pop("progress")

        def progress(part: float) -> None:
            reported(part)
            seen.append(PeopleImport.objects.get(pk=pending.pk).progress)

        return real_build_plan(file_name, data, progress=progress, **kwargs)

    monkeypatch.setattr(services, "build_plan", recording_build_plan)
    for callback in callbacks:
        callback()  # the task, run by the in-process backend of the tests

    assert seen == sorted(seen)
    assert len(seen) >= 3
    assert 0 < seen[0] < seen[-1] < 100
    pending.refresh_from_db()
    assert (pending.status, pending.progress, pending.created_count) == ("previewed", 100, 3500)
    ready = client.get(response["Location"]).content.decode()
    assert 'id="count-creates">3500<' in ready
    assert "hx-trigger" not in ready


def test_a_big_file_with_problems_is_rejected_by_the_task_and_its_file_dropped(
    program_manager, settings, django_capture_on_commit_callbacks
):
    settings.UPLOAD_BACKGROUND_KB = 1
    people = _people(50)
    people[10]["email"] = "not-an-address"
    with django_capture_on_commit_callbacks(execute=True):
        pending = services.people_import_preview(
            file_name="big.csv", content=csv_bytes(people), uploaded_by=program_manager
        )
    pending.refresh_from_db()
    assert pending.status == PeopleImport.Status.REJECTED
    assert bytes(pending.content) == b""
    page = _client(program_manager).get(reverse("people:import_preview", kwargs={"pk": pending.pk}))
    body = page.content.decode()
    assert "1 problem found — nothing was imported" in body
    assert "“not-an-address” is not a valid e-mail address" in body
    confirm = _client(program_manager).post(
        reverse("people:import_confirm", kwargs={"pk": pending.pk})
    )
    assert confirm.status_code == 302
    assert not Person.objects.exists()


def test_a_page_view_does_not_parse_the_file_again(program_manager, monkeypatch):
    PersonFactory(employee_id="E1", name="Old name", email="anna@example.org")
    pending = services.people_import_preview(
        file_name="org.csv", content=csv_bytes(small_org()), uploaded_by=program_manager
    )
    monkeypatch.setattr(importing, "read_table", _never_read)
    client = _client(program_manager)
    url = reverse("people:import_preview", kwargs={"pk": pending.pk})
    for _ in range(2):
        body = client.get(url).content.decode()
        assert 'id="count-creates">3<' in body
        assert 'id="count-updates">1<' in body


def test_an_over_size_file_is_not_kept_while_the_request_is_received(settings):
    from revmentor.core.uploads import BoundedUploadHandler

    settings.UPLOAD_MAX_MB = 1
    handler = BoundedUploadHandler()
    handler.new_file("file", "huge.csv", "text/csv", 3 * 1024 * 1024)
    chunk = b"x" * (64 * 1024)
    passed_on = [handler.receive_data_chunk(chunk, i * len(chunk)) for i in range(48)]
    assert sum(len(part) for part in passed_on if part) == 1024 * 1024
    upload = handler.file_complete(48 * len(chunk))
    assert upload is not None
    assert (upload.name, upload.size, upload.read()) == ("huge.csv", 3 * 1024 * 1024, b"")


def test_an_import_purged_while_the_task_reads_it_stays_gone(program_manager, monkeypatch):
    pending = PeopleImport.objects.create(
        file_name="big.csv", content=csv_bytes(small_org()), status=PeopleImport.Status.READING
    )
    real_build_plan = services.build_plan

    def purged_meanwhile(*args: Any, **kwargs: Any) -> Any:
        PeopleImport.objects.filter(pk=pending.pk).delete()
        return real_build_plan(*args, **kwargs)

    monkeypatch.setattr(services, "build_plan", purged_meanwhile)
    services.people_import_read(people_import_id=pending.pk)
    assert not PeopleImport.objects.exists()
