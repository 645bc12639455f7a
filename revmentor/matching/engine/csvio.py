"""Reading ORG.csv and PARTICIPANTS.csv, writing PAIRS.csv and EXPLAIN.csv, and `run_csv`.

Reading never stops at the first problem: every error is collected with its file, row (the line
number, header = 1) and column, so a program manager fixes a file in one go. `run_csv` writes no
output file at all when there is any error, and writes outputs through a temporary file that is
renamed into place, so a crash never leaves half a PAIRS.csv behind.
"""

from __future__ import annotations

import csv
import io
import math
import os
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path

from .api import match
from .errors import MatchingError
from .model import (
    MAX_LEVEL,
    MIN_LEVEL,
    OBJECTIVES,
    RULES,
    Certificate,
    MatchingProblem,
    MatchResult,
    MatchSettings,
    Mentee,
    Mentor,
)

ORG_COLUMNS = ("id", "name", "department", "manager_id")
PARTICIPANT_COLUMNS = ("id", "role", "languages", "formats", "topics", "capacity")
FORMATS = frozenset({"conversation", "shadowing", "remote"})
ROLES = frozenset({"mentor", "mentee"})
LIST_SEPARATOR = ";"
TOPIC_SEPARATOR = ":"


@dataclass(frozen=True, slots=True)
class CsvError:
    """One problem in an input file. ``row`` is the line number (header = 1), None for the file."""

    file: str
    row: int | None
    column: str | None
    code: str
    message: str
    params: dict[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        where = self.file
        if self.row is not None:
            where += f", row {self.row}"
        if self.column is not None:
            where += f", column {self.column}"
        return f"{where}: {self.message}"


@dataclass(frozen=True, slots=True)
class CsvRunSummary:
    """What `run_csv` did; ``ok`` is False exactly when ``errors`` is not empty."""

    errors: tuple[CsvError, ...]
    matched: int = 0
    unmatched: int = 0
    total_score: float = 0.0
    elapsed_seconds: float = 0.0
    certificate: Certificate | None = None
    result: MatchResult | None = None

    @property
    def ok(self) -> bool:
        return not self.errors


@dataclass
class _Row:
    line: int
    values: dict[str, str]


@dataclass
class _OrgPerson:
    line: int
    department: str
    manager_id: str


def _read_rows(path: Path, expected: tuple[str, ...], errors: list[CsvError]) -> list[_Row] | None:
    """Rows of a CSV with exactly the expected columns (any order); None if unusable."""
    name = str(path)
    try:
        # utf-8-sig: spreadsheets often save a byte-order mark that would glue onto "id".
        text = path.read_text(encoding="utf-8-sig")
    except (OSError, UnicodeDecodeError) as exc:
        errors.append(
            CsvError(name, None, None, "unreadable_file", f"cannot read the file ({exc})")
        )
        return None
    reader = csv.reader(io.StringIO(text, newline=""))
    try:
        header = next(reader, None)
    except csv.Error as exc:
        errors.append(CsvError(name, 1, None, "unreadable_file", f"not valid CSV ({exc})"))
        return None
    if header is None:
        errors.append(CsvError(name, None, None, "empty_file", "the file is empty"))
        return None
    header = [h.strip() for h in header]
    usable = True
    for column in header:
        if column not in expected:
            errors.append(
                CsvError(
                    name,
                    1,
                    column,
                    "unknown_column",
                    f"unknown column {column!r}; expected {', '.join(expected)}",
                    {"column": column},
                )
            )
    for column in expected:
        if column not in header:
            usable = False
            errors.append(
                CsvError(
                    name,
                    1,
                    column,
                    "missing_column",
                    f"column {column!r} is missing",
                    {"column": column},
                )
            )
    if len(set(header)) != len(header):
        usable = False
        errors.append(CsvError(name, 1, None, "duplicate_column", "a column appears twice"))
    rows: list[_Row] = []
    try:
        for record in reader:
            line = reader.line_num
            if not any(cell.strip() for cell in record):
                continue  # blank lines are harmless
            if len(record) != len(header):
                errors.append(
                    CsvError(
                        name,
                        line,
                        None,
                        "wrong_field_count",
                        f"{len(record)} fields where the header has {len(header)}",
                    )
                )
                continue
            rows.append(
                _Row(line, {h: cell.strip() for h, cell in zip(header, record, strict=True)})
            )
    except csv.Error as exc:
        errors.append(
            CsvError(name, reader.line_num, None, "unreadable_file", f"not valid CSV ({exc})")
        )
        return None
    return rows if usable else None


def _split(cell: str) -> list[str]:
    return [item.strip() for item in cell.split(LIST_SEPARATOR) if item.strip()]


def _read_org(path: Path, errors: list[CsvError]) -> dict[str, _OrgPerson] | None:
    rows = _read_rows(path, ORG_COLUMNS, errors)
    if rows is None:
        return None
    name = str(path)
    people: dict[str, _OrgPerson] = {}
    for row in rows:
        person = row.values["id"]
        if not person:
            errors.append(CsvError(name, row.line, "id", "missing_value", "id is empty"))
            continue
        if person in people:
            errors.append(
                CsvError(
                    name,
                    row.line,
                    "id",
                    "duplicate_id",
                    f"id {person!r} already used on row {people[person].line}",
                    {"id": person, "first_row": people[person].line},
                )
            )
            continue
        people[person] = _OrgPerson(row.line, row.values["department"], row.values["manager_id"])
    for person, info in people.items():
        if info.manager_id and info.manager_id not in people:
            errors.append(
                CsvError(
                    name,
                    info.line,
                    "manager_id",
                    "unknown_manager",
                    f"manager_id {info.manager_id!r} is not an id in this file",
                    {"id": person, "manager_id": info.manager_id},
                )
            )
    for cycle in _cycles(people):
        first = min(cycle, key=lambda p: people[p].line)
        errors.append(
            CsvError(
                name,
                people[first].line,
                "manager_id",
                "manager_cycle",
                "manager ids form a cycle: " + " -> ".join([*cycle, cycle[0]]),
                {"ids": list(cycle)},
            )
        )
    return people


def _cycles(people: dict[str, _OrgPerson]) -> list[list[str]]:
    """Each cycle of manager pointers once (colouring walk, O(people))."""
    state: dict[str, int] = {}  # 1 = on the current walk, 2 = finished
    cycles: list[list[str]] = []
    for start in people:
        walk: list[str] = []
        node: str | None = start
        while node is not None and node in people and node not in state:
            state[node] = 1
            walk.append(node)
            node = people[node].manager_id or None
        if node is not None and state.get(node) == 1:
            cycles.append(walk[walk.index(node) :])
        for visited in walk:
            state[visited] = 2
    return cycles


def _parse_topics(cell: str, name: str, line: int, errors: list[CsvError]) -> dict[str, int] | None:
    topics: dict[str, int] = {}
    ok = True
    for item in _split(cell):
        topic, sep, value = (part.strip() for part in item.partition(TOPIC_SEPARATOR))
        if not sep or not topic or not value.lstrip("-").isdigit():
            ok = False
            errors.append(
                CsvError(
                    name,
                    line,
                    "topics",
                    "malformed_topic",
                    f"{item!r} is not topic:level (like social_media:4)",
                    {"item": item},
                )
            )
            continue
        level = int(value)
        if not MIN_LEVEL <= level <= MAX_LEVEL:
            ok = False
            errors.append(
                CsvError(
                    name,
                    line,
                    "topics",
                    "level_out_of_range",
                    f"{topic!r} has level {level}; levels run from {MIN_LEVEL} to {MAX_LEVEL}",
                    {"topic": topic, "level": level},
                )
            )
            continue
        if topic in topics:
            ok = False
            errors.append(
                CsvError(
                    name,
                    line,
                    "topics",
                    "duplicate_topic",
                    f"{topic!r} is listed twice",
                    {"topic": topic},
                )
            )
            continue
        topics[topic] = level
    return topics if ok else None


def read_csv_problem(
    org_path: str | os.PathLike[str],
    participants_path: str | os.PathLike[str],
    settings: MatchSettings | None = None,
) -> tuple[MatchingProblem | None, list[CsvError]]:
    """Parse and validate both files; the problem is None whenever the error list is not empty."""
    errors: list[CsvError] = []
    org = _read_org(Path(org_path), errors)
    rows = _read_rows(Path(participants_path), PARTICIPANT_COLUMNS, errors)
    name = str(participants_path)
    mentors: list[Mentor] = []
    mentees: list[Mentee] = []
    seen: dict[str, int] = {}
    for row in rows or []:
        values, line = row.values, row.line
        person = values["id"]
        if not person:
            errors.append(CsvError(name, line, "id", "missing_value", "id is empty"))
            continue
        if person in seen:
            errors.append(
                CsvError(
                    name,
                    line,
                    "id",
                    "duplicate_id",
                    f"id {person!r} already used on row {seen[person]}",
                    {"id": person, "first_row": seen[person]},
                )
            )
            continue
        seen[person] = line
        role = values["role"].lower()
        if role not in ROLES:
            errors.append(
                CsvError(
                    name,
                    line,
                    "role",
                    "unknown_role",
                    f"role {values['role']!r} is not mentor or mentee",
                    {"role": values["role"]},
                )
            )
        formats = _split(values["formats"].lower())
        for fmt in formats:
            if fmt not in FORMATS:
                errors.append(
                    CsvError(
                        name,
                        line,
                        "formats",
                        "unknown_format",
                        f"format {fmt!r} is not one of {', '.join(sorted(FORMATS))}",
                        {"format": fmt},
                    )
                )
        topics = _parse_topics(values["topics"], name, line, errors)
        capacity = 1
        if role == "mentor" and values["capacity"]:
            if values["capacity"].isdigit():
                capacity = int(values["capacity"])
            else:
                errors.append(
                    CsvError(
                        name,
                        line,
                        "capacity",
                        "bad_capacity",
                        f"capacity {values['capacity']!r} is not a whole number of 0 or more",
                        {"capacity": values["capacity"]},
                    )
                )
        in_org = org.get(person) if org is not None else None
        if role == "mentee" and org is not None and in_org is None:
            errors.append(
                CsvError(
                    name,
                    line,
                    "id",
                    "mentee_not_in_org",
                    f"mentee {person!r} is not in the organisation file",
                    {"id": person},
                )
            )
        if topics is None or role not in ROLES:
            continue
        languages = frozenset(_split(values["languages"].lower()))
        department = in_org.department if in_org is not None and in_org.department else None
        if role == "mentor":
            mentors.append(
                Mentor(
                    id=person,
                    department=department,
                    languages=languages,
                    formats=frozenset(formats),
                    topics=topics,
                    capacity=capacity,
                )
            )
        else:
            mentees.append(
                Mentee(
                    id=person,
                    department=department,
                    languages=languages,
                    formats=frozenset(formats),
                    topics=topics,
                )
            )
    if errors or org is None or rows is None:
        return None, errors
    managers = {person: (info.manager_id or None) for person, info in org.items()}
    problem = MatchingProblem(
        mentors=tuple(mentors),
        mentees=tuple(mentees),
        managers=managers,
        settings=settings or MatchSettings(),
    )
    return problem, errors


def _write_atomically(
    path: Path, fill: Callable[[csv.DictWriter[str]], None], header: list[str]
) -> None:
    directory = path.parent if str(path.parent) else Path(".")
    handle, tmp = tempfile.mkstemp(prefix=f".{path.name}.", dir=directory)
    try:
        with os.fdopen(handle, "w", newline="", encoding="utf-8") as stream:
            writer = csv.DictWriter(stream, fieldnames=header)
            writer.writeheader()
            fill(writer)
        os.replace(tmp, path)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_pairs_csv(result: MatchResult, path: str | os.PathLike[str]) -> None:
    """PAIRS.csv: ``mentor_id,mentee_id,score`` with the score to 6 decimals, one row per pair."""

    def fill(writer: csv.DictWriter[str]) -> None:
        for pair in result.pairs:
            writer.writerow(
                {
                    "mentor_id": pair.mentor_id,
                    "mentee_id": pair.mentee_id,
                    "score": f"{pair.score:.6f}",
                }
            )

    _write_atomically(Path(path), fill, ["mentor_id", "mentee_id", "score"])


EXPLAIN_COLUMNS = [
    "mentee_id",
    "status",
    "mentor_id",
    "score",
    "top_topics",
    "reason",
    "eligible_mentors",
    *(f"excluded_by_{rule}" for rule in RULES),
    "best_mentors",
]


def _explain_rows(result: MatchResult) -> Iterator[dict[str, str]]:
    for pair in result.pairs:
        yield {
            "mentee_id": pair.mentee_id,
            "status": "pinned" if pair.pinned else "matched",
            "mentor_id": pair.mentor_id,
            "score": f"{pair.score:.6f}",
            # topic (mentor level / mentee priority) = share of the topic fit
            "top_topics": "; ".join(
                f"{t.topic} (level {t.mentor_level}, priority {t.mentee_priority}) "
                f"= {t.contribution:.6f}"
                for t in pair.top_topics
            ),
        }
    for unmatched in result.unmatched:
        yield {
            "mentee_id": unmatched.mentee_id,
            "status": "unmatched",
            "reason": unmatched.reason,
            "eligible_mentors": str(unmatched.eligible_mentors),
            **{f"excluded_by_{rule}": str(unmatched.excluded_by[rule]) for rule in RULES},
            # mentor (score) -> the mentees that mentor has instead
            "best_mentors": "; ".join(
                f"{alt.mentor_id} ({alt.score:.6f}) -> {', '.join(alt.taken_by) or '-'}"
                for alt in unmatched.best_mentors
            ),
        }


def write_explain_csv(result: MatchResult, path: str | os.PathLike[str]) -> None:
    """EXPLAIN.csv: one row per mentee, matched (score, top topics) or unmatched (reasons)."""

    def fill(writer: csv.DictWriter[str]) -> None:
        for row in _explain_rows(result):
            writer.writerow(row)

    _write_atomically(Path(path), fill, EXPLAIN_COLUMNS)


def run_csv(
    org_path: str | os.PathLike[str],
    participants_path: str | os.PathLike[str],
    out_path: str | os.PathLike[str],
    *,
    objective: str = "most-matched",
    explain_path: str | os.PathLike[str] | None = None,
    settings: MatchSettings | None = None,
) -> CsvRunSummary:
    """Read, match, write: what ``manage.py match_csv`` does. Never raises for bad input.

    On any error nothing is written and ``summary.errors`` lists them all (the command exits 2).
    """
    started = time.perf_counter()
    if objective not in OBJECTIVES:
        error = CsvError(
            "",
            None,
            None,
            "unknown_objective",
            f"objective {objective!r} is not one of {', '.join(OBJECTIVES)}",
            {"objective": objective},
        )
        return CsvRunSummary(errors=(error,))
    base = settings or MatchSettings()
    chosen = replace(base, objective=objective)  # type: ignore[arg-type]  # checked just above
    problem, errors = read_csv_problem(org_path, participants_path, chosen)
    if problem is None:
        return CsvRunSummary(errors=tuple(errors))
    try:
        result = match(problem)
    except MatchingError as exc:
        error = CsvError(str(participants_path), None, None, exc.code, exc.message, exc.params)
        return CsvRunSummary(errors=(error,))
    try:
        write_pairs_csv(result, out_path)
        if explain_path is not None:
            write_explain_csv(result, explain_path)
    except OSError as exc:
        error = CsvError(str(out_path), None, None, "unwritable_file", f"cannot write ({exc})")
        return CsvRunSummary(errors=(error,))
    return CsvRunSummary(
        errors=(),
        matched=result.matched_count,
        unmatched=len(result.unmatched),
        total_score=math.fsum(p.score for p in result.pairs),
        elapsed_seconds=time.perf_counter() - started,
        certificate=result.certificate,
        result=result,
    )
