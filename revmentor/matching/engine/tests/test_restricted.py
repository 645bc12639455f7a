"""The restricted problem of column generation is solved exactly, cold and warm.

Checked against SciPy's dense assignment solver on small random problems with many ties (real
topic fits take few distinct values), seat surpluses and shortages, mentors without seats and
rows without pairs.
"""

from __future__ import annotations

import time

import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from revmentor.matching.engine import bmatching
from revmentor.matching.engine.bmatching import DenseSource, Tuning, _Candidates, _Restricted

FORBIDDEN = -1e9


def _reference(n: int, capacity: np.ndarray, cand: _Candidates, bonus: float) -> float:
    """Best total of w + bonus over the candidates, rows free to stay unmatched (worth 0)."""
    seats = np.repeat(np.arange(len(capacity)), capacity)
    matrix = np.full((n, len(seats) + n), FORBIDDEN)
    for r, c, w in zip(cand.rows, cand.cols, cand.weights, strict=True):
        matrix[r, np.flatnonzero(seats == c)] = w + bonus
    matrix[np.arange(n), len(seats) + np.arange(n)] = 0.0
    rows, cols = linear_sum_assignment(matrix, maximize=True)
    return float(matrix[rows, cols].sum())


def _check(restricted: _Restricted, cand: _Candidates, bonus: float) -> float:
    """Feasible, complementary and equal to its dual bound; returns the total of w + bonus."""
    m = restricted.m
    mate = np.where(restricted.mate >= 0, restricted.mate, -1)
    assert np.all(restricted.mate != -2), "a row was never placed"
    assert np.all(np.bincount(mate[mate >= 0], minlength=m) <= restricted.capacity)
    rows = np.flatnonzero(mate >= 0)
    found = np.searchsorted(cand.keys, rows * m + mate[rows])
    assert np.array_equal(cand.keys[found], rows * m + mate[rows]), "a pair outside the candidates"
    total = float((cand.weights[found] + bonus).sum())
    u, v = restricted.duals()
    # Dual feasible on every candidate, and no gap: the restricted optimum is proven.
    assert np.all(u[cand.rows] + v[cand.cols] >= cand.weights + bonus - 1e-7)
    assert float(u.sum() + (restricted.capacity * v).sum()) == pytest.approx(total, abs=1e-7)
    return total


def _instance(rng: np.random.Generator) -> tuple[int, np.ndarray, np.ndarray, np.ndarray]:
    n, m = int(rng.integers(1, 25)), int(rng.integers(1, 15))
    capacity = rng.integers(0, 4, size=m).astype(np.int64)
    # Few distinct scores: ties everywhere, as with real topic fits.
    scores = rng.integers(1, 6, size=(n, m)) / 5.0
    eligible = rng.random((n, m)) < rng.uniform(0.2, 0.9)
    return n, capacity, scores, eligible


@pytest.mark.parametrize("start", ["auction", "zero", "duals"])
@pytest.mark.parametrize("most_matched", [True, False])
def test_the_restricted_optimum_equals_a_dense_assignment_solver(
    most_matched: bool, start: str
) -> None:
    rng = np.random.default_rng(2026 + most_matched)
    for _ in range(300):
        n, capacity, scores, eligible = _instance(rng)
        rows, cols = np.nonzero(eligible)
        cand = _Candidates(len(capacity))
        cand.add(rows, cols, scores[rows, cols])
        bonus = float(n + 1) if most_matched else 0.0
        restricted = _Restricted(n, capacity, Tuning(start=start))
        restricted.optimise(cand, bonus, None, np.inf)
        assert _check(restricted, cand, bonus) == pytest.approx(
            _reference(n, capacity, cand, bonus), abs=1e-7
        )
        # Again from the optimum's own prices, every row placed anew (the path of later rounds).
        restricted.optimise(cand, bonus, np.arange(n), 1.0)
        assert _check(restricted, cand, bonus) == pytest.approx(
            _reference(n, capacity, cand, bonus), abs=1e-7
        )


def test_a_warm_repair_equals_a_cold_solve_of_the_enlarged_candidates() -> None:
    rng = np.random.default_rng(7)
    repaired = 0
    for _ in range(300):
        n, capacity, scores, eligible = _instance(rng)
        rows, cols = np.nonzero(eligible)
        bonus = float(n + 1)
        first = rng.random(len(rows)) < 0.5
        cand = _Candidates(len(capacity))
        cand.add(rows[first], cols[first], scores[rows[first], cols[first]])
        # Every later round takes the warm path, however many rows changed.
        restricted = _Restricted(n, capacity, Tuning(warm_rows=10**6, start="duals"))
        restricted.optimise(cand, bonus, None, np.inf)
        u, v = restricted.duals()
        r, c = rows[~first], cols[~first]
        violating = scores[r, c] + bonus - u[r] - v[c] > 1e-9
        if not violating.any():
            continue
        cand.add(r[violating], c[violating], scores[r[violating], c[violating]])
        restricted.optimise(cand, bonus, np.unique(r[violating]), 1.0)
        assert _check(restricted, cand, bonus) == pytest.approx(
            _reference(n, capacity, cand, bonus), abs=1e-7
        )
        repaired += 1
    assert repaired > 50


def _popular(rng: np.random.Generator, n: int, m: int) -> tuple[np.ndarray, np.ndarray]:
    popular = rng.random(m)
    matrix = 0.6 * popular[None, :] + 0.4 * rng.random((n, m))
    matrix[rng.random((n, m)) < 0.3] = -np.inf
    return matrix, rng.integers(1, 4, size=m).astype(np.int64)


def test_warm_repairs_and_auction_rounds_reach_the_same_optimum() -> None:
    rng = np.random.default_rng(11)
    for _ in range(20):
        matrix, capacity = _popular(rng, 60, 40)
        source = DenseSource(matrix, block_rows=16)
        # Tiny first candidate sets force several rounds of pricing.
        small = {"row_candidates": 1, "col_candidates": 1, "random_per_row": 0}
        warm = bmatching.solve(
            source, capacity, most_matched=True, tuning=Tuning(**small, warm_rows=10**6)
        )
        auction = bmatching.solve(
            source,
            capacity,
            most_matched=True,
            tuning=Tuning(**small, warm_rows=0, warm_fraction=0, start="auction"),
        )
        for start in ("zero", "duals"):
            other = bmatching.solve(
                source,
                capacity,
                most_matched=True,
                tuning=Tuning(**small, warm_rows=0, warm_fraction=0, start=start),
            )
            assert other.gap <= 1e-6
            assert other.primal == pytest.approx(auction.primal, abs=1e-9)
        assert warm.rounds > 1
        assert auction.rounds > 1
        assert warm.gap <= 1e-6
        assert auction.gap <= 1e-6
        assert warm.matched == auction.matched
        assert warm.primal == pytest.approx(auction.primal, abs=1e-9)


def test_the_same_input_gives_the_same_pairs_with_one_thread_or_two() -> None:
    rng = np.random.default_rng(5)
    matrix, capacity = _popular(rng, 300, 120)
    source = DenseSource(matrix, block_rows=32)
    one = bmatching.solve(source, capacity, most_matched=True, tuning=Tuning(threads=1))
    two = bmatching.solve(source, capacity, most_matched=True, tuning=Tuning(threads=2))
    again = bmatching.solve(source, capacity, most_matched=True, tuning=Tuning(threads=2))
    assert np.array_equal(one.mate, two.mate)
    assert np.array_equal(two.mate, again.mate)
    assert one.primal == two.primal


def test_a_cached_source_filled_by_two_threads_gives_the_dense_result(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    allocate = bmatching.populated_empty

    def slowly(shape: tuple[int, int]) -> np.ndarray:
        # Widens the window in which two threads could each allocate their own matrix.
        time.sleep(0.05)
        return allocate(shape)

    monkeypatch.setattr(bmatching, "populated_empty", slowly)
    rng = np.random.default_rng(9)
    matrix, capacity = _popular(rng, 400, 150)
    dense = DenseSource(matrix, block_rows=16)
    for _ in range(5):
        cached = bmatching.CachedSource(DenseSource(matrix, block_rows=16), 10**9)
        one = bmatching.solve(dense, capacity, most_matched=True, tuning=Tuning(threads=1))
        two = bmatching.solve(cached, capacity, most_matched=True, tuning=Tuning(threads=2))
        assert np.array_equal(one.mate, two.mate)
        assert np.array_equal(cached.scores(0, 400), matrix)


def test_the_primal_check_rejects_a_mentor_over_capacity_or_an_ineligible_pair() -> None:
    matrix = np.array([[0.5, -np.inf], [0.4, 0.3]])
    source = DenseSource(matrix)
    blocks = [(0, 2)]
    capacity = np.array([1, 1], dtype=np.int64)
    bmatching._check_feasible(source, blocks, capacity, np.array([0, 1]), np.array([0.5, 0.3]))
    with pytest.raises(RuntimeError, match="capacity"):
        bmatching._check_feasible(source, blocks, capacity, np.array([0, 0]), np.array([0.5, 0.4]))
    with pytest.raises(RuntimeError, match="ineligible"):
        bmatching._check_feasible(source, blocks, capacity, np.array([1, 0]), np.array([0.5, 0.4]))
    with pytest.raises(RuntimeError, match="misscored"):
        bmatching._check_feasible(source, blocks, capacity, np.array([0, 1]), np.array([0.5, 0.2]))
