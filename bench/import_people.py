"""Benchmark: import generated organisations of 1,000 and 10,000 people (not a timed test).

Run with `make bench` or `.venv/bin/python bench/import_people.py`. Uses a throw-away SQLite
database unless DATABASE_URL is set. Prints seconds and query counts for a first import, a
re-import with nothing changed, and a re-import where every tenth person changed.
"""

from __future__ import annotations

import os
import platform
import random
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
_tmp = tempfile.mkdtemp(prefix="revmentor-bench-")
os.environ.setdefault("DATABASE_URL", f"sqlite:///{_tmp}/bench.sqlite3")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "revmentor.settings")
# A development run: the settings default to DEBUG off, which needs production keys.
os.environ.setdefault("DEBUG", "true")

import django  # noqa: E402

django.setup()

from django.core.management import call_command  # noqa: E402
from django.db import connection  # noqa: E402
from django.test.utils import CaptureQueriesContext  # noqa: E402

from revmentor.core.demo import HEADER, rows_to_csv  # noqa: E402
from revmentor.people.models import OrgUnit, Person  # noqa: E402
from revmentor.people.services import people_import_file  # noqa: E402


def generate(size: int, seed: int = 1) -> list[dict[str, str]]:
    """A tree of `size` people: 12 departments, sub-teams, 6 levels of management."""
    rng = random.Random(seed)
    rows: list[dict[str, str]] = []
    managers_by_level: list[list[str]] = [[] for _ in range(6)]
    for index in range(size):
        employee_id = f"B{index:06d}"
        level = 0 if index == 0 else min(5, 1 + int(rng.random() ** 0.35 * 5))
        candidates = (
            [m for lvl in range(level) for m in managers_by_level[lvl][-50:]] if level else []
        )
        manager = rng.choice(candidates) if candidates else ""
        department = f"Department {rng.randrange(12)}/Team {rng.randrange(8)}"
        rows.append(
            {
                "employee_id": employee_id,
                "name": f"Person {index}",
                "email": f"p{index}@bench.example.org",
                "department": department,
                "manager_id": manager,
                "job_title": f"Role {level}",
                "grade": str(10 - level),
                "languages": "nl;en",
                "location": "Utrecht",
                "time_zone": "Europe/Amsterdam",
                "external": "no",
                "institution": "",
            }
        )
        managers_by_level[level].append(employee_id)
    assert set(rows[0]) == set(HEADER)
    return rows


def measure(label: str, content: bytes) -> tuple[str, float, int, str]:
    with CaptureQueriesContext(connection) as queries:
        started = time.perf_counter()
        plan = people_import_file(file_name="bench.csv", content=content)
        elapsed = time.perf_counter() - started
    result = f"{len(plan.creates)}/{len(plan.updates)}/{len(plan.unchanged)}"
    return label, elapsed, len(queries.captured_queries), result


def main() -> None:
    call_command("migrate", verbosity=0)
    results = []
    for size in (1_000, 10_000):
        Person.objects.all().delete()
        OrgUnit.objects.all().delete()
        rows = generate(size)
        results.append(measure(f"{size:>6} people, first import", rows_to_csv(rows)))
        results.append(measure(f"{size:>6} people, unchanged re-import", rows_to_csv(rows)))
        for row in rows[::10]:
            row["job_title"] = "Changed"
        results.append(measure(f"{size:>6} people, 10% changed", rows_to_csv(rows)))
    engine = connection.vendor
    print(
        f"Machine: {platform.machine()}, {os.cpu_count()} cores, Python {platform.python_version()}, {engine}"
    )
    print()
    print(f"| {'case':<34} | {'seconds':>7} | {'queries':>7} | created/updated/unchanged |")
    print(f"|{'-' * 36}|{'-' * 9}|{'-' * 9}|{'-' * 27}|")
    for label, elapsed, count, result in results:
        print(f"| {label:<34} | {elapsed:>7.2f} | {count:>7} | {result:<25} |")


if __name__ == "__main__":
    main()
