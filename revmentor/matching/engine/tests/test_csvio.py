"""The CSV layer: good files give PAIRS.csv and EXPLAIN.csv; bad files list every error."""

from __future__ import annotations

import csv
from pathlib import Path

import pytest

from revmentor.matching.engine import run_csv

ORG = """id,name,department,manager_id
ceo,Ceo,Board,
ann,Ann,Sales,ceo
bob,Bob,IT,ceo
cas,Cas,IT/Data,bob
dee,Dee,Sales,ann
"""

PARTICIPANTS = """id,role,languages,formats,topics,capacity
ann,mentee,en;nl,remote;conversation,social_media:4;ai_tools:2,
bob,mentee,en,remote,ai_tools:5,
dee,mentor,en,remote,ai_tools:3,2
cas,mentor,nl,conversation,social_media:5,
ext,mentor,en,remote,ai_tools:5;social_media:1,
"""


def write(tmp_path: Path, org: str = ORG, participants: str = PARTICIPANTS) -> tuple[Path, Path]:
    (tmp_path / "ORG.csv").write_text(org, encoding="utf-8")
    (tmp_path / "PARTICIPANTS.csv").write_text(participants, encoding="utf-8")
    return tmp_path / "ORG.csv", tmp_path / "PARTICIPANTS.csv"


def test_it_writes_pairs_with_six_decimals_and_an_explanation(tmp_path: Path) -> None:
    org, participants = write(tmp_path)
    out, explain = tmp_path / "PAIRS.csv", tmp_path / "EXPLAIN.csv"
    summary = run_csv(org, participants, out, explain_path=explain)
    assert summary.ok, summary.errors
    assert summary.matched == 2
    assert summary.unmatched == 0
    rows = list(csv.DictReader(out.open()))
    assert {(r["mentor_id"], r["mentee_id"]) for r in rows} == {("cas", "ann"), ("ext", "bob")}
    by_mentee = {r["mentee_id"]: r for r in rows}
    # ann: social_media 5*4 / (5 * (4 + 2)) = 20/30; dee is her direct report, so not dee.
    assert by_mentee["ann"]["score"] == "0.666667"
    assert by_mentee["bob"]["score"] == "1.000000"
    explained = list(csv.DictReader(explain.open()))
    assert {r["status"] for r in explained} == {"matched"}
    assert "social_media (level 5, priority 4)" in next(
        r["top_topics"] for r in explained if r["mentee_id"] == "ann"
    )
    assert summary.certificate is not None
    assert summary.certificate.proven


def test_an_unmatched_mentee_is_explained_rule_by_rule(tmp_path: Path) -> None:
    participants = PARTICIPANTS.replace("ext,mentor,en,remote,ai_tools:5;social_media:1,\n", "")
    participants = participants.replace(
        "dee,mentor,en,remote,ai_tools:3,2", "dee,mentor,fr,remote,ai_tools:3,2"
    )
    org, part = write(tmp_path, participants=participants)
    explain = tmp_path / "EXPLAIN.csv"
    summary = run_csv(org, part, tmp_path / "PAIRS.csv", explain_path=explain)
    assert summary.ok
    bob = next(r for r in csv.DictReader(explain.open()) if r["mentee_id"] == "bob")
    assert bob["status"] == "unmatched"
    assert bob["reason"] == "no_eligible_mentor"
    # cas reports to bob and shares no language/format/topic; dee speaks only French.
    assert bob["excluded_by_reporting_line"] == "1"
    assert bob["excluded_by_no_shared_language"] == "2"


BAD_CASES = [
    (
        "unknown column",
        ORG.replace("manager_id\n", "manager_id,shoe_size\n", 1).replace(
            "\nceo,Ceo,Board,\n", "\nceo,Ceo,Board,,\n"
        ),
        PARTICIPANTS,
        ("ORG.csv", 1, "shoe_size", "unknown_column"),
    ),
    (
        "malformed topic",
        ORG,
        PARTICIPANTS.replace("ai_tools:5,\n", "ai_tools=5,\n", 1),
        ("PARTICIPANTS.csv", 3, "topics", "malformed_topic"),
    ),
    (
        "level out of range",
        ORG,
        PARTICIPANTS.replace("ai_tools:3,2", "ai_tools:9,2"),
        ("PARTICIPANTS.csv", 4, "topics", "level_out_of_range"),
    ),
    (
        "duplicate id in participants",
        ORG,
        PARTICIPANTS + "bob,mentor,en,remote,ai_tools:5,\n",
        ("PARTICIPANTS.csv", 7, "id", "duplicate_id"),
    ),
    (
        "duplicate id in the organisation",
        ORG + "bob,Bob Two,HR,ceo\n",
        PARTICIPANTS,
        ("ORG.csv", 7, "id", "duplicate_id"),
    ),
    (
        "mentee missing from the organisation",
        ORG,
        PARTICIPANTS + "zed,mentee,en,remote,ai_tools:5,\n",
        ("PARTICIPANTS.csv", 7, "id", "mentee_not_in_org"),
    ),
    (
        "cycle in manager ids",
        ORG.replace("ceo,Ceo,Board,\n", "ceo,Ceo,Board,dee\n"),
        PARTICIPANTS,
        ("ORG.csv", 2, "manager_id", "manager_cycle"),
    ),
    (
        "unknown manager",
        ORG.replace("cas,Cas,IT/Data,bob", "cas,Cas,IT/Data,nobody"),
        PARTICIPANTS,
        ("ORG.csv", 5, "manager_id", "unknown_manager"),
    ),
    (
        "unknown role",
        ORG,
        PARTICIPANTS.replace("bob,mentee", "bob,boss"),
        ("PARTICIPANTS.csv", 3, "role", "unknown_role"),
    ),
    (
        "unknown format",
        ORG,
        PARTICIPANTS.replace("bob,mentee,en,remote", "bob,mentee,en,telepathy"),
        ("PARTICIPANTS.csv", 3, "formats", "unknown_format"),
    ),
    (
        "bad capacity",
        ORG,
        PARTICIPANTS.replace("ai_tools:3,2", "ai_tools:3,two"),
        ("PARTICIPANTS.csv", 4, "capacity", "bad_capacity"),
    ),
    (
        "missing column",
        ORG,
        PARTICIPANTS.replace(",capacity\n", "\n", 1),
        ("PARTICIPANTS.csv", 1, "capacity", "missing_column"),
    ),
]


@pytest.mark.parametrize(
    ("case", "org", "participants", "expected"), BAD_CASES, ids=[c[0] for c in BAD_CASES]
)
def test_bad_input_is_listed_with_file_row_and_column_and_nothing_is_written(
    tmp_path: Path, case: str, org: str, participants: str, expected: tuple[str, int, str, str]
) -> None:
    org_path, part_path = write(tmp_path, org, participants)
    out = tmp_path / "PAIRS.csv"
    summary = run_csv(org_path, part_path, out, explain_path=tmp_path / "EXPLAIN.csv")
    assert not summary.ok
    found = [(Path(e.file).name, e.row, e.column, e.code) for e in summary.errors]
    assert expected in found, found
    assert all(e.message for e in summary.errors)
    assert not out.exists()
    assert not (tmp_path / "EXPLAIN.csv").exists()


def test_every_error_is_listed_not_just_the_first(tmp_path: Path) -> None:
    participants = (
        PARTICIPANTS.replace("ai_tools:5,\n", "ai_tools:7,\n", 1).replace(
            "ai_tools:3,2", "ai_tools,2"
        )
        + "zed,mentee,en,remote,ai_tools:5,\n"
    )
    org = ORG.replace("ceo,Ceo,Board,\n", "ceo,Ceo,Board,dee\n")
    summary = run_csv(*write(tmp_path, org, participants), tmp_path / "PAIRS.csv")
    codes = sorted(e.code for e in summary.errors)
    assert codes == ["level_out_of_range", "malformed_topic", "manager_cycle", "mentee_not_in_org"]


def test_an_unreadable_file_is_an_error_not_a_crash(tmp_path: Path) -> None:
    _org, participants = write(tmp_path)
    summary = run_csv(tmp_path / "missing.csv", participants, tmp_path / "PAIRS.csv")
    assert [(Path(e.file).name, e.code) for e in summary.errors] == [
        ("missing.csv", "unreadable_file")
    ]
    (tmp_path / "binary.csv").write_bytes(b"\xff\xfe\x00bad")
    summary = run_csv(tmp_path / "binary.csv", participants, tmp_path / "PAIRS.csv")
    assert [e.code for e in summary.errors] == ["unreadable_file"]
    assert not (tmp_path / "PAIRS.csv").exists()


def test_an_unknown_objective_is_an_error(tmp_path: Path) -> None:
    summary = run_csv(*write(tmp_path), tmp_path / "PAIRS.csv", objective="fastest")
    assert [e.code for e in summary.errors] == ["unknown_objective"]


@pytest.mark.parametrize("objective", ["most-matched", "best-total", "stable"])
def test_every_objective_runs_through_the_csv_path(tmp_path: Path, objective: str) -> None:
    summary = run_csv(*write(tmp_path), tmp_path / "PAIRS.csv", objective=objective)
    assert summary.ok
    assert summary.matched == 2
    assert (summary.certificate is None) == (objective == "stable")
