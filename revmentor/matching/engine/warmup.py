"""Compile the engine's kernels ahead of the first real matching.

Numba compiles each kernel the first time it is called (about 5 s for all of them) and keeps the
result in ``engine/__pycache__``. ``make run`` and ``make test`` run this once after installing,
so that no program manager's first click on "Run matching" waits for the compiler.

    python -m revmentor.matching.engine.warmup
"""

from __future__ import annotations

import time

import numpy as np

from .api import match
from .arrays import prepare
from .bmatching import CachedSource, DenseSource, Tuning, solve
from .model import MatchingProblem, MatchSettings, Mentee, Mentor


def _problem(size: int = 120) -> MatchingProblem:
    rng = np.random.default_rng(1)
    topics = [f"t{k}" for k in range(6)]

    def some_topics() -> dict[str, int]:
        chosen = rng.choice(topics, size=int(rng.integers(1, 4)), replace=False)
        return {str(t): int(rng.integers(1, 6)) for t in chosen}

    mentors = [
        Mentor(
            id=f"r{k}",
            department=f"D{k % 5}",
            languages=frozenset({"en"}),
            formats=frozenset({"conversation"}),
            topics=some_topics(),
            capacity=2,
        )
        for k in range(size // 2)
    ]
    mentees = [
        Mentee(
            id=f"e{k}",
            department=f"D{(k + 1) % 5}",
            languages=frozenset({"en"}),
            formats=frozenset({"conversation"}),
            topics=some_topics(),
        )
        for k in range(size)
    ]
    return MatchingProblem(mentors=tuple(mentors), mentees=tuple(mentees), managers={})


def warm_up() -> float:
    """Run every kernel once on a small problem; returns the seconds it took."""
    started = time.perf_counter()
    problem = _problem()
    for objective in ("most-matched", "best-total", "stable"):
        match(
            MatchingProblem(
                mentors=problem.mentors,
                mentees=problem.mentees,
                managers=problem.managers,
                settings=MatchSettings(objective=objective),
            )
        )
    # Tiny first candidate sets force the rounds that repair the previous optimum.
    prepared = prepare(problem)
    solve(
        CachedSource(DenseSource(prepared.scores(0, prepared.n_rows), block_rows=32), 1 << 30),
        prepared.capacity,
        most_matched=True,
        tuning=Tuning(row_candidates=1, col_candidates=1, random_per_row=0, warm_rows=10**6),
    )
    return time.perf_counter() - started


if __name__ == "__main__":
    print(f"matching kernels ready in {warm_up():.1f} s")
