"""Reading and checking an organisation file (CSV or XLSX) into an import plan.

One pass collects *every* problem, each with its row (as a spreadsheet shows it: the header is
row 1), its column and a translated reason. Nothing here writes; `services.people_import_apply`
writes a plan only when it has no errors, so an import is all-or-nothing.
"""

from __future__ import annotations

import csv
import io
import zipfile
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache
from typing import Any, TypedDict
from zoneinfo import available_timezones

import pycountry
from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import validate_email
from django.utils.functional import Promise
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy

from revmentor.people.models import OrgUnit, Person

COLUMNS = (
    "employee_id",
    "name",
    "email",
    "department",
    "manager_id",
    "job_title",
    "grade",
    "languages",
    "location",
    "time_zone",
    "external",
    "institution",
)
REQUIRED_COLUMNS = ("employee_id", "name", "email", "department", "manager_id")

# Header names are compared after lower-casing and turning spaces and dashes into underscores.
HEADER_ALIASES: dict[str, str] = {
    **{name: name for name in COLUMNS},
    "id": "employee_id",
    "personeelsnummer": "employee_id",
    "medewerkernummer": "employee_id",
    "medewerker_id": "employee_id",
    "naam": "name",
    "e_mail": "email",
    "emailadres": "email",
    "e_mailadres": "email",
    "afdeling": "department",
    "leidinggevende_id": "manager_id",
    "leidinggevende": "manager_id",
    "manager": "manager_id",
    "functie": "job_title",
    "functietitel": "job_title",
    "niveau": "grade",
    "schaal": "grade",
    "talen": "languages",
    "locatie": "location",
    "standplaats": "location",
    "timezone": "time_zone",
    "tijdzone": "time_zone",
    "extern": "external",
    "instelling": "institution",
    "onderwijsinstelling": "institution",
}

COLUMN_LABELS: dict[str, Promise] = {
    "employee_id": gettext_lazy("employee id"),
    "name": gettext_lazy("name"),
    "email": gettext_lazy("e-mail"),
    "department": gettext_lazy("department"),
    "manager_id": gettext_lazy("manager id"),
    "job_title": gettext_lazy("job title"),
    "grade": gettext_lazy("grade"),
    "languages": gettext_lazy("languages"),
    "location": gettext_lazy("location"),
    "time_zone": gettext_lazy("time zone"),
    "external": gettext_lazy("external"),
    "institution": gettext_lazy("institution"),
}

_TRUE = {"1", "yes", "y", "true", "ja", "j", "waar", "x"}
_FALSE = {"", "0", "no", "n", "false", "nee", "onwaar"}
MAX_GRADE = 100


@dataclass(frozen=True)
class ImportProblem:
    """One reason the file cannot be imported. Row 0 means the file as a whole."""

    row: int
    column: str
    message: str

    @property
    def column_label(self) -> str:
        """The column as the reader's language names it (unknown columns as written)."""
        label = COLUMN_LABELS.get(self.column)
        return str(label) if label is not None else self.column


@dataclass
class PersonRow:
    row: int
    employee_id: str
    values: dict[str, Any]


@dataclass(frozen=True)
class PersonChange:
    employee_id: str
    name: str
    fields: tuple[str, ...]


@dataclass
class ImportPlan:
    columns: tuple[str, ...] = ()
    rows: list[PersonRow] = field(default_factory=list)
    creates: list[PersonRow] = field(default_factory=list)
    updates: list[tuple[PersonRow, PersonChange]] = field(default_factory=list)
    unchanged: list[PersonRow] = field(default_factory=list)
    new_unit_paths: list[str] = field(default_factory=list)
    problems: list[ImportProblem] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


class _Reader:
    def __init__(self) -> None:
        self.problems: list[ImportProblem] = []

    def problem(self, row: int, column: str, message: str) -> None:
        self.problems.append(ImportProblem(row=row, column=column, message=message))


@cache
def _language_codes() -> frozenset[str]:
    return frozenset(lang.alpha_2 for lang in pycountry.languages if getattr(lang, "alpha_2", None))


@cache
def _time_zones() -> frozenset[str]:
    return frozenset(available_timezones())


def _normalise_header(raw: str) -> str:
    return raw.strip().lower().replace(" ", "_").replace("-", "_").lstrip("\ufeff")


def _cell_text(value: object) -> str:
    if value is None:
        return ""
    # Spreadsheets turn "1001" into 1001.0; an id or grade should read back as typed.
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value).strip()


@dataclass(frozen=True)
class TableLimits:
    """How much of a table is read at most; beyond it the file is refused with a message."""

    rows: int
    columns: int
    unpacked_bytes: int

    @classmethod
    def from_settings(cls) -> TableLimits:
        return cls(
            rows=int(settings.UPLOAD_MAX_ROWS),
            columns=int(settings.UPLOAD_MAX_COLUMNS),
            unpacked_bytes=int(settings.UPLOAD_MAX_XLSX_UNPACKED_MB) * 1024 * 1024,
        )


# Called now and then while a table is read, with the part of the file read so far (0 to 1).
Progress = Callable[[float], None]
_PROGRESS_EVERY = 1000  # rows


class _TableRefused(Exception):
    """A cap was reached: the table is not read further."""

    def __init__(self, problem: ImportProblem) -> None:
        self.problem = problem


def _file_problem(message: str) -> tuple[list[str], list[list[str]], list[ImportProblem]]:
    return [], [], [ImportProblem(row=0, column="", message=message)]


def column_name(index: int) -> str:
    """The spreadsheet name of a 0-based column index: 0 → A, 26 → AA."""
    name = ""
    index += 1
    while index:
        index, remainder = divmod(index - 1, 26)
        name = chr(ord("A") + remainder) + name
    return name


def _capped(
    records: Iterable[list[str]], limits: TableLimits, progress: Progress | None, where: Any
) -> list[list[str]]:
    """Collect rows until a cap is passed; `where()` tells how far into the file the reader is."""
    rows: list[list[str]] = []
    filled = 0
    for index, record in enumerate(records):
        row_number = index + 1
        blank = not any(cell.strip() for cell in record)
        filled += not blank
        # The header is not a data row, and blank rows (spreadsheets keep formatted empty rows)
        # do not count, up to a bound: a sheet that skips to row 1,000,000 is still refused.
        if filled > limits.rows + 1 or row_number > 3 * limits.rows + 1:
            raise _TableRefused(
                ImportProblem(
                    row=row_number,
                    column="",
                    message=_(
                        "The file has more than %(limit)s rows (the header not counted): row "
                        "%(row)s is past the limit. Split it into files of at most %(limit)s rows."
                    )
                    % {"limit": limits.rows, "row": row_number},
                )
            )
        if len(record) > limits.columns:
            extra = next((i for i in range(limits.columns, len(record)) if record[i].strip()), None)
            if extra is not None:
                raise _TableRefused(
                    ImportProblem(
                        row=row_number,
                        column=column_name(extra),
                        message=_(
                            "Row %(row)s has a value in column %(column)s (column %(number)s); "
                            "a file may have at most %(limit)s columns."
                        )
                        % {
                            "row": row_number,
                            "column": column_name(extra),
                            "number": extra + 1,
                            "limit": limits.columns,
                        },
                    )
                )
            # Empty cells past the cap (spreadsheets pad rows) carry nothing; keep them out.
            del record[limits.columns :]
        rows.append(record)
        if progress is not None and row_number % _PROGRESS_EVERY == 0:
            progress(where())
    return rows


def read_table(
    file_name: str,
    content: bytes,
    *,
    limits: TableLimits | None = None,
    progress: Progress | None = None,
) -> tuple[list[str], list[list[str]], list[ImportProblem]]:
    """Return (header, data rows, problems) for a CSV or XLSX file, read as a stream and
    refused (one problem, no rows) past the row, column or unpacked-size caps."""
    limits = limits or TableLimits.from_settings()
    is_xlsx = file_name.lower().endswith((".xlsx", ".xlsm")) or content[:2] == b"PK"
    try:
        rows = (
            _read_xlsx(file_name, content, limits, progress)
            if is_xlsx
            else _read_csv(content, limits, progress)
        )
    except _TableRefused as refused:
        return [], [], [refused.problem]
    if not rows:
        return [], [], []
    return rows[0], rows[1:], []


def _read_csv(content: bytes, limits: TableLimits, progress: Progress | None) -> list[list[str]]:
    if b"\x00" in content and _is_utf8(content):
        raise _TableRefused(
            ImportProblem(row=0, column="", message=_("The file contains binary data, not text."))
        )
    first_line = content.split(b"\n", 1)[0].decode("utf-8", errors="replace")
    # Dutch spreadsheet programs write semicolons; pick whichever separator the header uses most.
    delimiter = max((",", ";", "\t"), key=first_line.count)
    raw = io.BytesIO(content)
    # Decoded and split a buffer at a time: the file is never held as one string or row list
    # beyond the caps.
    text = io.TextIOWrapper(raw, encoding="utf-8-sig", newline="")
    total = max(len(content), 1)
    try:
        return _capped(
            ([cell.strip() for cell in record] for record in csv.reader(text, delimiter=delimiter)),
            limits,
            progress,
            lambda: raw.tell() / total,
        )
    except UnicodeDecodeError:
        position = _utf8_error_position(content)
        raise _TableRefused(
            ImportProblem(
                row=0,
                column="",
                message=_(
                    "The file is not UTF-8 text (unreadable byte at position %(position)s). "
                    "Save it as CSV UTF-8 or as an Excel workbook (.xlsx)."
                )
                % {"position": position},
            )
        ) from None
    except csv.Error as exc:
        raise _TableRefused(
            ImportProblem(
                row=0,
                column="",
                message=_("The file is not valid CSV: %(error)s") % {"error": exc},
            )
        ) from None


def _is_utf8(content: bytes) -> bool:
    return _utf8_error_position(content) is None


def _utf8_error_position(content: bytes) -> int | None:
    try:
        content.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        return int(exc.start)
    return None


def _unpacked_size(content: bytes) -> int | None:
    """What the zip's members unpack to, from its directory; None when it is not a zip.

    Python's zipfile never yields more than a member's declared size (it checks the CRC at the
    end), so the directory is a bound that a forged header cannot exceed."""
    try:
        with zipfile.ZipFile(io.BytesIO(content)) as archive:
            return sum(info.file_size for info in archive.infolist())
    except (zipfile.BadZipFile, OSError, ValueError, EOFError):
        return None


def _read_xlsx(
    file_name: str, content: bytes, limits: TableLimits, progress: Progress | None
) -> list[list[str]]:
    from openpyxl import load_workbook

    def unreadable(exc: BaseException) -> _TableRefused:
        return _TableRefused(
            ImportProblem(
                row=0,
                column="",
                message=_("The file is not a readable Excel workbook (%(error)s).")
                % {"error": exc.__class__.__name__},
            )
        )

    unpacked = _unpacked_size(content)
    if unpacked is not None and unpacked > limits.unpacked_bytes:
        raise _TableRefused(
            ImportProblem(
                row=0,
                column="",
                message=_(
                    "The Excel file “%(file)s” unpacks to %(size)s MB, more than the %(limit)s MB "
                    "this site reads. Save it again without unused rows, columns and sheets, "
                    "or as CSV."
                )
                % {
                    "file": file_name,
                    "size": f"{unpacked / (1024 * 1024):.0f}",
                    "limit": limits.unpacked_bytes // (1024 * 1024),
                },
            )
        )
    try:
        workbook = load_workbook(io.BytesIO(content), read_only=True, data_only=True)
    except (zipfile.BadZipFile, KeyError, ValueError, OSError, TypeError) as exc:
        raise unreadable(exc) from None
    try:
        sheet = workbook.worksheets[0]
        declared_rows = getattr(sheet, "max_row", None) or 0
        # Read-only mode streams the sheet's XML. Rows are read as wide as their last cell, not
        # as the sheet declares (a sheet may declare 16,384 columns for every row).
        if hasattr(sheet, "reset_dimensions"):
            sheet.reset_dimensions()
        cap = limits.columns
        seen = [0]

        def records() -> Iterable[list[str]]:
            for record in sheet.iter_rows(values_only=True):
                seen[0] += 1
                if len(record) > cap:
                    tail = record[cap:]
                    if tail.count(None) == len(tail):  # counted in C: no cell made per column
                        record = record[:cap]
                yield [_cell_text(value) for value in record]

        return _capped(
            records(),
            limits,
            progress,
            lambda: seen[0] / declared_rows if declared_rows else 0.0,
        )
    except _TableRefused:
        raise
    except Exception as exc:  # openpyxl raises many types for damaged parts of a workbook
        raise unreadable(exc) from None
    finally:
        workbook.close()


def _split_list(raw: str) -> list[str]:
    parts = raw.replace(",", ";").split(";")
    return [part.strip().lower() for part in parts if part.strip()]


def _check_header(reader: _Reader, header: Sequence[str]) -> list[str | None]:
    """Map each header cell to a column name, reporting unknown, duplicate and missing columns."""
    mapped: list[str | None] = []
    seen: set[str] = set()
    for raw in header:
        key = _normalise_header(raw)
        if key == "":
            mapped.append(None)
            continue
        column = HEADER_ALIASES.get(key)
        if column is None:
            reader.problem(
                1,
                raw,
                _("Unknown column “%(column)s”. Known columns: %(known)s.")
                % {"column": raw, "known": ", ".join(COLUMNS)},
            )
        elif column in seen:
            reader.problem(1, raw, _("The column “%(column)s” appears twice.") % {"column": raw})
            column = None
        else:
            seen.add(column)
        mapped.append(column)
    for column in REQUIRED_COLUMNS:
        if column not in seen:
            reader.problem(
                1,
                column,
                _("The required column “%(column)s” is missing.") % {"column": column},
            )
    return mapped


def _check_row(reader: _Reader, row_number: int, cells: dict[str, str]) -> dict[str, Any]:
    values: dict[str, Any] = {}

    def need(column: str) -> str:
        value = cells.get(column, "")
        if value == "":
            reader.problem(
                row_number,
                column,
                _("%(column)s is required.") % {"column": str(COLUMN_LABELS[column]).capitalize()},
            )
        return value

    employee_id = need("employee_id")
    if len(employee_id) > 64:
        reader.problem(
            row_number, "employee_id", _("The employee id is longer than 64 characters.")
        )
    values["employee_id"] = employee_id
    name = need("name")
    if len(name) > 200:
        reader.problem(row_number, "name", _("The name is longer than 200 characters."))
    values["name"] = name

    email = need("email").lower()
    if email:
        try:
            validate_email(email)
        except ValidationError:
            reader.problem(
                row_number,
                "email",
                _("“%(value)s” is not a valid e-mail address.") % {"value": email},
            )
    values["email"] = email

    if "external" in cells:
        raw = cells["external"].lower()
        if raw in _TRUE:
            values["is_external"] = True
        elif raw in _FALSE:
            values["is_external"] = False
        else:
            reader.problem(
                row_number,
                "external",
                _("“%(value)s” is not yes or no.") % {"value": cells["external"]},
            )
            values["is_external"] = False
    is_external = bool(values.get("is_external", False))

    if "department" in cells:
        raw = cells["department"]
        segments = [segment.strip() for segment in raw.split("/")]
        if raw == "":
            if not is_external:
                reader.problem(
                    row_number,
                    "department",
                    _("Department is required for internal people."),
                )
            values["department"] = ""
        elif any(segment == "" for segment in segments):
            reader.problem(
                row_number,
                "department",
                _("“%(value)s” has an empty part; write a path such as Marketing/Digital.")
                % {"value": raw},
            )
            values["department"] = ""
        elif len(raw) > 1000 or any(len(segment) > 200 for segment in segments):
            reader.problem(row_number, "department", _("The department path is too long."))
            values["department"] = ""
        else:
            values["department"] = "/".join(segments)

    if "manager_id" in cells:
        values["manager_id"] = cells["manager_id"]
        if cells["manager_id"] and cells["manager_id"] == employee_id:
            reader.problem(row_number, "manager_id", _("A person cannot be their own manager."))

    for column, limit in (("job_title", 200), ("location", 200), ("institution", 200)):
        if column in cells:
            if len(cells[column]) > limit:
                reader.problem(
                    row_number,
                    column,
                    _("This value is longer than %(limit)s characters.") % {"limit": limit},
                )
            values[column] = cells[column][:limit]

    if "grade" in cells:
        raw = cells["grade"]
        if raw == "":
            values["grade"] = None
        else:
            try:
                grade = int(raw)
            except ValueError:
                grade = None
                reader.problem(
                    row_number,
                    "grade",
                    _("“%(value)s” is not a whole number.") % {"value": raw},
                )
            if grade is not None and not 0 <= grade <= MAX_GRADE:
                reader.problem(
                    row_number,
                    "grade",
                    _("The grade must be between 0 and %(maximum)s.") % {"maximum": MAX_GRADE},
                )
                grade = None
            values["grade"] = grade

    if "languages" in cells:
        codes = _split_list(cells["languages"])
        unknown = [code for code in codes if code not in _language_codes()]
        if unknown:
            reader.problem(
                row_number,
                "languages",
                _("Unknown language code “%(code)s”; use two-letter ISO codes such as nl;en.")
                % {"code": ", ".join(unknown)},
            )
        values["languages"] = list(dict.fromkeys(codes))

    if "time_zone" in cells:
        tz = cells["time_zone"]
        if tz and tz not in _time_zones():
            reader.problem(
                row_number,
                "time_zone",
                _("Unknown time zone “%(value)s”; use a name such as Europe/Amsterdam.")
                % {"value": tz},
            )
        values["time_zone"] = tz

    if is_external and "institution" in cells and not cells["institution"]:
        reader.problem(row_number, "institution", _("Institution is required for external people."))
    return values


def _find_cycles(managers: dict[str, str]) -> list[list[str]]:
    """Cycles in a graph where each id points to at most one manager."""
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = done
    cycles: list[list[str]] = []
    for start in sorted(managers):
        if state.get(start):
            continue
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in managers and not state.get(node):
            state[node] = 1
            walk.append(node)
            node = managers.get(node) or None
        if node is not None and state.get(node) == 1:
            cycles.append(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = 2
    return cycles


def build_plan(
    file_name: str,
    content: bytes,
    *,
    limits: TableLimits | None = None,
    progress: Progress | None = None,
) -> ImportPlan:
    """Read, check and compare a file with the organisation as it is now. `progress` hears
    the part done (0 to 1): reading is most of the work, checking the rest."""
    reader = _Reader()
    header, data, file_problems = read_table(
        file_name,
        content,
        limits=limits,
        progress=(lambda part: progress(0.8 * part)) if progress else None,
    )
    reader.problems.extend(file_problems)
    plan = ImportPlan()
    if file_problems:
        plan.problems = reader.problems
        return plan
    if not header:
        reader.problem(0, "", _("The file is empty."))
        plan.problems = reader.problems
        return plan
    mapped = _check_header(reader, header)
    present = {column for column in mapped if column}
    if any(column not in present for column in REQUIRED_COLUMNS):
        # Without the required columns every row would report the same problem again.
        plan.problems = reader.problems
        return plan
    plan.columns = tuple(column for column in mapped if column)

    rows: list[PersonRow] = []
    for offset, record in enumerate(data):
        row_number = offset + 2
        if not any(cell.strip() for cell in record):
            continue  # blank lines at the end of spreadsheets are common and carry nothing
        if len(record) > len(mapped) and any(cell.strip() for cell in record[len(mapped) :]):
            reader.problem(
                row_number,
                "",
                _(
                    "This row has %(found)s cells but the header has %(expected)s columns. "
                    "In a file separated by semicolons, write languages as nl,en or in quotes."
                )
                % {"found": len(record), "expected": len(mapped)},
            )
        cells = {
            column: (record[index].strip() if index < len(record) else "")
            for index, column in enumerate(mapped)
            if column is not None
        }
        values = _check_row(reader, row_number, cells)
        rows.append(PersonRow(row=row_number, employee_id=values["employee_id"], values=values))
    if not rows and not reader.problems:
        reader.problem(0, "", _("The file has a header but no people."))
    if progress is not None:
        progress(0.85)

    existing = {
        person.employee_id: person
        for person in Person.objects.select_related("org_unit").only(
            *_COMPARE_FIELDS, "employee_id", "org_unit__path", "manager_id"
        )
    }
    _check_across_rows(reader, rows, existing)
    plan.rows = rows
    plan.problems = sorted(reader.problems, key=lambda p: (p.row, _column_order(p.column)))
    if plan.problems:
        return plan
    _compare(plan, rows, existing)
    return plan


def _column_order(column: str) -> int:
    return COLUMNS.index(column) if column in COLUMNS else -1


def _check_across_rows(reader: _Reader, rows: list[PersonRow], existing: dict[str, Person]) -> None:
    first_row_of_id: dict[str, int] = {}
    for person_row in rows:
        if not person_row.employee_id:
            continue
        if person_row.employee_id in first_row_of_id:
            reader.problem(
                person_row.row,
                "employee_id",
                _("Duplicate employee id “%(value)s” (also on row %(other)s).")
                % {
                    "value": person_row.employee_id,
                    "other": first_row_of_id[person_row.employee_id],
                },
            )
        else:
            first_row_of_id[person_row.employee_id] = person_row.row

    # E-mail addresses must stay unique in the organisation as it will be after the import.
    in_file = {row.employee_id for row in rows}
    email_owner: dict[str, tuple[str, int]] = {
        person.email: (employee_id, 0)
        for employee_id, person in existing.items()
        if employee_id not in in_file
    }
    for person_row in rows:
        email = person_row.values.get("email", "")
        if not email:
            continue
        owner = email_owner.get(email)
        if owner is not None and owner[0] != person_row.employee_id:
            if owner[1]:
                message = _("Duplicate e-mail address “%(value)s” (also on row %(other)s).") % {
                    "value": email,
                    "other": owner[1],
                }
            else:
                message = _("The e-mail address “%(value)s” already belongs to %(other)s.") % {
                    "value": email,
                    "other": owner[0],
                }
            reader.problem(person_row.row, "email", message)
        else:
            email_owner[email] = (person_row.employee_id, person_row.row)

    # Managers: known in the file or already in the organisation, and no reporting-line cycles.
    managers: dict[str, str] = {
        employee_id: person.manager_id or ""
        for employee_id, person in existing.items()
        if employee_id not in in_file
    }
    row_of: dict[str, int] = {}
    for person_row in rows:
        if person_row.employee_id and person_row.employee_id not in row_of:
            row_of[person_row.employee_id] = person_row.row
            if "manager_id" in person_row.values:
                manager_id = person_row.values["manager_id"]
            else:
                known = existing.get(person_row.employee_id)
                manager_id = (known.manager_id or "") if known else ""
            managers[person_row.employee_id] = manager_id
    for person_row in rows:
        manager_id = person_row.values.get("manager_id", "")
        if manager_id and manager_id != person_row.employee_id and manager_id not in managers:
            reader.problem(
                person_row.row,
                "manager_id",
                _("Unknown manager id “%(value)s”: not in this file or the organisation.")
                % {"value": manager_id},
            )
    known_managers = {
        employee_id: manager
        for employee_id, manager in managers.items()
        if manager in managers and manager != employee_id
    }
    for cycle in _find_cycles(known_managers):
        in_this_file = [employee_id for employee_id in cycle if employee_id in row_of]
        if not in_this_file:
            continue
        first = min(in_this_file, key=lambda employee_id: row_of[employee_id])
        chain = " → ".join([*cycle, cycle[0]])
        reader.problem(
            row_of[first],
            "manager_id",
            _("Cycle in reporting lines: %(chain)s.") % {"chain": chain},
        )


_COMPARE_FIELDS = (
    "name",
    "email",
    "job_title",
    "grade",
    "languages",
    "location",
    "time_zone",
    "is_external",
    "institution",
)


def _compare(plan: ImportPlan, rows: Iterable[PersonRow], existing: dict[str, Person]) -> None:
    known_units = set(OrgUnit.objects.values_list("path", flat=True))
    wanted_units: set[str] = set()
    for person_row in rows:
        department = person_row.values.get("department", "")
        if department:
            parts = department.split("/")
            wanted_units.update("/".join(parts[: depth + 1]) for depth in range(len(parts)))
        person = existing.get(person_row.employee_id)
        if person is None:
            plan.creates.append(person_row)
            continue
        changed = [
            name
            for name in _COMPARE_FIELDS
            if name in person_row.values and getattr(person, name) != person_row.values[name]
        ]
        if "department" in person_row.values and (
            (person.org_unit.path if person.org_unit else "") != person_row.values["department"]
        ):
            changed.append("department")
        if (
            "manager_id" in person_row.values
            and (person.manager_id or "") != person_row.values["manager_id"]
        ):
            changed.append("manager_id")
        if changed:
            plan.updates.append(
                (
                    person_row,
                    PersonChange(
                        employee_id=person.employee_id,
                        name=person_row.values.get("name", person.name),
                        fields=tuple(changed),
                    ),
                )
            )
        else:
            plan.unchanged.append(person_row)
    plan.new_unit_paths = sorted(wanted_units - known_units, key=lambda p: (p.count("/"), p))


# What a preview page shows, kept with the upload so that it is read once (see PeopleImport).
PREVIEW_ROWS = 200
PREVIEW_UNITS = 100
PREVIEW_PROBLEMS = 1000


class PreviewProblem(TypedDict):
    row: int
    column: str
    message: str


class Preview(TypedDict, total=False):
    creates: int
    updates: int
    unchanged: int
    new_units: int
    update_rows: list[dict[str, Any]]
    create_rows: list[dict[str, Any]]
    new_unit_paths: list[str]
    problem_count: int
    problems: list[PreviewProblem]


def plan_preview(plan: ImportPlan) -> Preview:
    """The part of a plan that the preview page shows, as JSON-ready data."""
    if not plan.ok:
        return {
            "problem_count": len(plan.problems),
            "problems": [
                {"row": p.row, "column": p.column, "message": p.message}
                for p in plan.problems[:PREVIEW_PROBLEMS]
            ],
        }
    return {
        "creates": len(plan.creates),
        "updates": len(plan.updates),
        "unchanged": len(plan.unchanged),
        "new_units": len(plan.new_unit_paths),
        "update_rows": [
            {"employee_id": change.employee_id, "name": change.name, "fields": list(change.fields)}
            for _row, change in plan.updates[:PREVIEW_ROWS]
        ],
        "create_rows": [
            {
                "row": row.row,
                "employee_id": row.employee_id,
                "name": row.values.get("name", ""),
                "department": row.values.get("department", ""),
            }
            for row in plan.creates[:PREVIEW_ROWS]
        ],
        "new_unit_paths": plan.new_unit_paths[:PREVIEW_UNITS],
    }


def preview_problems(preview: Preview) -> list[ImportProblem]:
    return [ImportProblem(**problem) for problem in preview.get("problems", [])]
