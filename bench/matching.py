"""Benchmark of the matching engine on a realistic organisation (issue 3).

Generates an organisation of 20,000 people in 6 levels with divisions and units, 10,000 mentees,
5,000 mentors of capacity 2 (5% external) and 30 topics with Zipf popularity (so everyone wants
the same few topics: the "popular" case where dense solvers struggle), writes ORG.csv and
PARTICIPANTS.csv to a temporary folder and then times, each in its own process so peak memory
(``ru_maxrss``) belongs to that contender alone:

* revmentor end to end through the CSV path: read CSV -> rules and scores -> optimal
  most-matched with its certificate -> write PAIRS.csv;
* the dense baseline: ``scipy.optimize.linear_sum_assignment`` on the full score matrix with
  mentor seats replicated by capacity (same objective, must reach the same value);
* at 2,000 mentees: the ``mentor-match`` package and the ``matching`` package's
  hospital-residents solver, when installed (skipped with a note otherwise).

Run: ``.venv/bin/python bench/matching.py`` (``--help`` for sizes and skips). Not a test.
"""

from __future__ import annotations

import argparse
import csv
import importlib
import json
import multiprocessing as mp
import os
import platform
import re
import resource
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path
from typing import Any

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))

LANGUAGES = {"en": 0.8, "nl": 0.5, "fr": 0.15, "de": 0.1, "es": 0.05}
FORMATS = {"conversation": 0.8, "remote": 0.6, "shadowing": 0.3}
N_TOPICS = 30
# Level sizes of the organisation, top to bottom: 6 levels, 20,000 people.
LEVELS = (1, 8, 80, 800, 4000, 15111)


def _pick(rng: np.random.Generator, probabilities: dict[str, float]) -> list[str]:
    chosen = [name for name, p in probabilities.items() if rng.random() < p]
    return chosen or [next(iter(probabilities))]


def generate(
    folder: Path, *, mentees: int = 10_000, mentors: int = 5_000, seed: int = 3
) -> tuple[Path, Path]:
    """Write ORG.csv and PARTICIPANTS.csv for a realistic instance; returns their paths."""
    rng = np.random.default_rng(seed)
    scale = max(1.0, (mentees + mentors) / 15_000)
    sizes = [max(1, round(size * scale)) if k else 1 for k, size in enumerate(LEVELS)]
    people: list[tuple[str, str, str, int]] = []  # id, department, manager, level
    by_level: list[list[int]] = []
    for level, size in enumerate(sizes):
        current: list[int] = []
        for _ in range(size):
            index = len(people)
            pid = f"p{index:06d}"
            if level == 0:
                people.append((pid, "Board", "", 0))
            else:
                parent = int(rng.choice(by_level[level - 1]))
                parent_id, parent_dept = people[parent][0], people[parent][1]
                if level == 1:
                    dept = f"D{len(current):02d}"
                elif level == 2:
                    dept = f"{parent_dept}/U{len(current):03d}"
                else:
                    dept = parent_dept
                people.append((pid, dept, parent_id, level))
            current.append(index)
        by_level.append(current)
    topic_weights = 1.0 / np.arange(1, N_TOPICS + 1) ** 1.1
    topic_weights /= topic_weights.sum()
    topic_names = [f"topic_{t:02d}" for t in range(N_TOPICS)]

    def topics(low: int, high: int) -> str:
        k = int(rng.integers(low, high + 1))
        chosen = rng.choice(N_TOPICS, size=k, replace=False, p=topic_weights)
        return ";".join(f"{topic_names[t]}:{int(rng.integers(1, 6))}" for t in sorted(chosen))

    # Reverse mentoring: the seniors are mentees, juniors mentor them.
    seniors = [i for level in by_level[:-1] for i in level]
    juniors = list(rng.permutation(by_level[-1]))
    mentee_idx = (seniors + juniors[: max(0, mentees - len(seniors))])[:mentees]
    rest = juniors[max(0, mentees - len(seniors)) :]
    n_external = mentors // 20
    mentor_idx = rest[: mentors - n_external]

    org_path, part_path = folder / "ORG.csv", folder / "PARTICIPANTS.csv"
    with org_path.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "name", "department", "manager_id"])
        for pid, dept, manager, _level in people:
            writer.writerow([pid, f"Person {pid}", dept, manager])
    with part_path.open("w", newline="") as stream:
        writer = csv.writer(stream)
        writer.writerow(["id", "role", "languages", "formats", "topics", "capacity"])
        for index in mentee_idx:
            writer.writerow(
                [
                    people[index][0],
                    "mentee",
                    ";".join(_pick(rng, LANGUAGES)),
                    ";".join(_pick(rng, FORMATS)),
                    topics(1, 4),
                    "",
                ]
            )
        mentor_ids = [people[i][0] for i in mentor_idx] + [f"x{k:05d}" for k in range(n_external)]
        for pid in mentor_ids:
            writer.writerow(
                [
                    pid,
                    "mentor",
                    ";".join(_pick(rng, LANGUAGES)),
                    ";".join(_pick(rng, FORMATS)),
                    topics(2, 6),
                    "2",
                ]
            )
    return org_path, part_path


# -- contenders; each runs in a child process and reports a dict -----------------------------


def _peak_mb() -> float:
    # ru_maxrss is KiB on Linux: the peak resident memory of this (child) process.
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def run_revmentor(
    org: str, participants: str, out: str, objective: str = "most-matched"
) -> dict[str, Any]:
    from revmentor.matching.engine import run_csv

    started = time.perf_counter()
    summary = run_csv(org, participants, out, objective=objective)
    elapsed = time.perf_counter() - started
    if not summary.ok:
        raise RuntimeError("; ".join(str(e) for e in summary.errors))
    cert = summary.certificate
    note = "stable: no optimality claim by design"
    if cert is not None:
        note = (
            f"gap {cert.gap:.1e}, {cert.rounds} rounds, {cert.candidate_pairs} of "
            f"{cert.eligible_pairs} pairs"
        )
    return {
        "time": elapsed,
        "peak_mb": _peak_mb(),
        "matched": summary.matched,
        "score": summary.total_score,
        "note": note,
    }


def run_command(org: str, participants: str, out: str) -> dict[str, Any]:
    """The whole `match_csv` command as a user runs it: Python start, Django, imports, matching.

    Child of a child, so that its peak memory (``RUSAGE_CHILDREN``) is its own.
    """
    import subprocess

    command = [sys.executable, str(ROOT / "manage.py"), "match_csv"]
    command += ["--org", org, "--participants", participants, "--out", out]
    # A development run: the settings default to DEBUG off, which needs production keys.
    env = {"DEBUG": "true", **os.environ}
    started = time.perf_counter()
    done = subprocess.run(command, capture_output=True, text=True, cwd=ROOT, env=env, check=False)
    elapsed = time.perf_counter() - started
    if done.returncode != 0:
        raise RuntimeError(done.stderr.strip() or done.stdout.strip())
    summary = re.search(r"matched (\d+),.*total score ([0-9.]+)", done.stdout)
    if summary is None:
        raise RuntimeError(f"unexpected output: {done.stdout!r}")
    return {
        "time": elapsed,
        "peak_mb": resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024,
        "matched": int(summary.group(1)),
        "score": float(summary.group(2)),
        "note": "wall clock of `manage.py match_csv` in a new process: Python start, Django, "
        "imports and the run above",
    }


def _problem_arrays(org: str, participants: str) -> tuple[Any, Any]:
    """The engine's own scores (same rules, same numbers) for the other contenders."""
    from revmentor.matching.engine import read_csv_problem
    from revmentor.matching.engine.arrays import prepare

    problem, errors = read_csv_problem(org, participants)
    assert problem is not None, errors
    prepared = prepare(problem)
    return prepared, prepared.scores(0, prepared.n_rows)


def run_dense(org: str, participants: str, out: str) -> dict[str, Any]:
    from scipy.optimize import linear_sum_assignment

    started = time.perf_counter()
    prepared, scores = _problem_arrays(org, participants)
    seats = np.repeat(np.arange(prepared.n_cols), prepared.capacity)
    n = prepared.n_rows
    eligible = np.isfinite(scores)
    # Same lexicographic objective as most-matched: an ineligible seat costs more than any
    # score difference, so the solver first maximises the number of real pairs.
    big = float(n) + 1.0
    cost = np.where(eligible, -scores, big)[:, seats]
    if cost.shape[1] < n:  # fewer seats than mentees: extra "unmatched" columns
        cost = np.hstack([cost, np.full((n, n - cost.shape[1]), big)])
    del eligible
    rows, cols = linear_sum_assignment(cost)
    real = cols < len(seats)
    rows, mentors = rows[real], seats[cols[real]]
    keep = np.isfinite(scores[rows, mentors])
    elapsed = time.perf_counter() - started
    return {
        "time": elapsed,
        "peak_mb": _peak_mb(),
        "matched": int(keep.sum()),
        "score": float(scores[rows[keep], mentors[keep]].sum()),
        "note": "scores built by the engine, solve by linear_sum_assignment",
    }


def _use_package(env: str) -> None:
    """Make a package importable that cannot live in the project's venv.

    `mentor-match` and `matching` both install a top-level ``matching`` package and overwrite
    each other's ``__init__.py``, so each is installed into its own folder
    (``uv pip install --target DIR PKG``) named by an environment variable. Appended, not
    prepended, so their copy of NumPy never shadows the venv's. This file is itself called
    ``matching.py``: its own folder must not win the import either.
    """
    here = str(Path(__file__).resolve().parent)
    sys.path[:] = [p for p in sys.path if os.path.abspath(p or ".") != here]
    sys.modules.pop("matching", None)
    folder = os.environ.get(env)
    if folder and folder not in sys.path:
        sys.path.append(folder)


def run_mentor_match(org: str, participants: str, out: str) -> dict[str, Any]:
    """The `mentor-match` package's solver: Munkres in pure Python (package `munkres`)."""
    _use_package("BENCH_MENTOR_MATCH_PATH")
    try:
        # importlib: optional packages that mypy and the lock file need not know about
        importlib.import_module("matching.process")  # mentor-match itself: proves it is there
        munkres = importlib.import_module("munkres")  # the solver mentor-match calls
    except ImportError as exc:
        return {"skipped": f"mentor-match not importable ({exc}); see BENCH_MENTOR_MATCH_PATH"}
    started = time.perf_counter()
    prepared, scores = _problem_arrays(org, participants)
    seats = np.repeat(np.arange(prepared.n_cols), prepared.capacity)
    n = prepared.n_rows
    big = float(n) + 1.0
    cost = np.where(np.isfinite(scores), -scores, big)[:, seats]
    # mentor-match builds a profit matrix of its own rules and hands it to munkres; we hand
    # munkres the engine's matrix so the totals are comparable.
    solver = munkres.Munkres()
    indexes = solver.compute(cost.tolist())
    pairs = [
        (r, seats[c]) for r, c in indexes if c < len(seats) and np.isfinite(scores[r, seats[c]])
    ]
    elapsed = time.perf_counter() - started
    return {
        "time": elapsed,
        "peak_mb": _peak_mb(),
        "matched": len(pairs),
        "score": float(sum(scores[r, c] for r, c in pairs)),
        "note": "munkres (mentor-match's solver) on the engine's scores",
    }


def run_hospital_residents(org: str, participants: str, out: str) -> dict[str, Any]:
    """The `matching` package's hospital-residents solver (stable, resident-optimal)."""
    _use_package("BENCH_MATCHING_PATH")
    try:
        HospitalResident = importlib.import_module("matching.games").HospitalResident
    except ImportError as exc:
        return {"skipped": f"matching not importable ({exc}); see BENCH_MATCHING_PATH"}
    started = time.perf_counter()
    prepared, scores = _problem_arrays(org, participants)
    n, m = scores.shape
    resident_prefs: dict[int, list[int]] = {}
    hospital_prefs: dict[int, list[int]] = {m_: [] for m_ in range(m)}
    for i in range(n):
        cols = np.flatnonzero(np.isfinite(scores[i]))
        ranked = cols[np.lexsort((cols, -scores[i, cols]))]
        resident_prefs[i] = ranked.tolist()
    for j in range(m):
        rows = np.flatnonzero(np.isfinite(scores[:, j]))
        hospital_prefs[j] = rows[np.lexsort((rows, -scores[rows, j]))].tolist()
    capacities = {j: int(prepared.capacity[j]) for j in range(m)}
    # The package deep-copies its players, which point at each other through their preference
    # lists: at 2,000 x 1,000 that recursion is far deeper than Python's default limit of 1,000
    # frames (RecursionError). The package is run as it is, in a thread with room for it.
    box: dict[str, Any] = {}

    def play() -> None:
        try:
            game = HospitalResident.create_from_dictionaries(
                resident_prefs, hospital_prefs, capacities
            )
            box["solution"] = game.solve(optimal="resident")
        except BaseException as exc:  # re-raised in the caller below
            box["error"] = exc

    sys.setrecursionlimit(1_000_000)
    threading.stack_size(1 << 30)
    worker = threading.Thread(target=play)
    worker.start()
    worker.join()
    if "error" in box:
        raise box["error"]
    solution = box["solution"]
    pairs = [(r.name, h.name) for h, residents in solution.items() for r in residents]
    elapsed = time.perf_counter() - started
    with open(out, "w", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(["mentor_id", "mentee_id"])
        for r, c in sorted(pairs):
            writer.writerow([prepared.mentor_ids[c], prepared.mentee_ids[r]])
    return {
        "time": elapsed,
        "peak_mb": _peak_mb(),
        "matched": len(pairs),
        "score": float(sum(scores[r, c] for r, c in pairs)),
        "note": "stable matching: not the most-matched optimum by design",
    }


def _pair_set(path: str) -> set[tuple[str, str]]:
    with open(path, newline="") as handle:
        return {(row["mentor_id"], row["mentee_id"]) for row in csv.DictReader(handle)}


def _child(target: Callable[..., dict[str, Any]], args: tuple[str, ...], queue: Any) -> None:
    try:
        queue.put(target(*args))
    except Exception as exc:  # report, don't kill the table
        queue.put({"skipped": f"failed: {type(exc).__name__}: {exc}"})


def contend(
    target: Callable[..., dict[str, Any]], args: tuple[str, ...], timeout: float
) -> dict[str, Any]:
    """Run one contender in a fresh process (fork-free) with a wall-clock limit."""
    ctx = mp.get_context("spawn")
    queue = ctx.Queue()
    process = ctx.Process(target=_child, args=(target, args, queue))
    process.start()
    process.join(timeout)
    if process.is_alive():
        process.terminate()
        process.join()
        return {"skipped": f"stopped after {timeout:.0f} s"}
    return dict(queue.get()) if not queue.empty() else {"skipped": "no result"}


def _row(name: str, result: dict[str, Any], reference: dict[str, Any] | None) -> str:
    """One table row; time and score also as a multiple of revmentor's on the same instance."""
    if "skipped" in result:
        return f"| {name} | — | — | — | — | — | {result['skipped']} |"
    versus = "—"
    if reference is not None and "skipped" not in reference and reference is not result:
        versus = (
            f"{result['time'] / reference['time']:.1f}x time, "
            f"{100 * result['score'] / reference['score']:.1f}% score"
        )
    return (
        f"| {name} | {result['time']:.2f} | {result['peak_mb']:.0f} | {result['matched']} | "
        f"{result['score']:.6f} | {versus} | {result.get('note', '')} |"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--mentees", type=int, default=10_000)
    parser.add_argument("--mentors", type=int, default=5_000)
    parser.add_argument("--small-mentees", type=int, default=2_000)
    parser.add_argument("--skip-dense", action="store_true")
    parser.add_argument("--skip-small", action="store_true")
    parser.add_argument("--timeout", type=float, default=900.0, help="seconds per contender")
    parser.add_argument("--json", type=Path, help="also write the raw results here")
    parser.add_argument(
        "--shapes",
        action="store_true",
        help="also run revmentor on other shapes: fewer and more mentors, the other objectives",
    )
    args = parser.parse_args(argv)

    print(
        f"machine: {platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}"
    )
    results: dict[str, dict[str, Any]] = {}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        big = folder / "big"
        big.mkdir()
        org, part = generate(big, mentees=args.mentees, mentors=args.mentors)
        files = (str(org), str(part), str(big / "PAIRS.csv"))
        label = f"{args.mentees} x {args.mentors}"
        results[f"revmentor, {label}"] = contend(run_revmentor, files, args.timeout)
        results[f"revmentor `match_csv` command, {label}"] = contend(
            run_command, files, args.timeout
        )
        if not args.skip_dense:
            results[f"dense linear_sum_assignment, {label}"] = contend(
                run_dense, files, args.timeout
            )
        if not args.skip_small:
            small = folder / "small"
            small.mkdir()
            s_org, s_part = generate(
                small, mentees=args.small_mentees, mentors=args.small_mentees // 2
            )
            s_files = (str(s_org), str(s_part), str(small / "PAIRS.csv"))
            s_label = f"{args.small_mentees} x {args.small_mentees // 2}"
            results[f"revmentor, {s_label}"] = contend(run_revmentor, s_files, args.timeout)
            results[f"mentor-match (munkres), {s_label}"] = contend(
                run_mentor_match, s_files, args.timeout
            )
            hr_pairs = str(small / "PAIRS-hr.csv")
            results[f"matching HospitalResident, {s_label}"] = contend(
                run_hospital_residents,
                (s_org.as_posix(), s_part.as_posix(), hr_pairs),
                args.timeout,
            )
            # The same kind of answer as HospitalResident (stable, mentee-proposing): the pairs
            # should agree, which checks both.
            stable = results[f"revmentor stable, {s_label}"] = contend(
                run_revmentor, (*s_files, "stable"), args.timeout
            )
            if Path(hr_pairs).exists() and "skipped" not in stable:
                same = _pair_set(hr_pairs) == _pair_set(s_files[2])
                stable["note"] = (
                    "the same pairs as HospitalResident"
                    if same
                    else "NOT the same pairs as HospitalResident"
                )
        if args.shapes:
            for objective in ("best-total", "stable"):
                results[f"revmentor {objective}, {label}"] = contend(
                    run_revmentor, (*files, objective), args.timeout
                )
            for mentors in (3_000, 4_500, 5_500, 8_000):
                shape = folder / f"shape-{mentors}"
                shape.mkdir()
                o, p = generate(shape, mentees=args.mentees, mentors=mentors)
                seats = f"{2 * mentors / args.mentees:.1f} seats per mentee"
                results[f"revmentor, {args.mentees} x {mentors} ({seats})"] = contend(
                    run_revmentor, (str(o), str(p), str(shape / "PAIRS.csv")), args.timeout
                )
    print("| contender | seconds | peak MB | matched | total score | vs revmentor | note |")
    print("|---|---|---|---|---|---|---|")
    for name, result in results.items():
        instance = name.rsplit(", ", 1)[-1]
        print(_row(name, result, results.get(f"revmentor, {instance}")))
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
