"""The warm-started repair gives the same optimum as a cold solve of the enlarged candidate set."""

from __future__ import annotations

import numpy as np
import pytest

from revmentor.matching.engine import bmatching
from revmentor.matching.engine.bmatching import DenseSource, _Candidates, _duals, _solve_restricted
from revmentor.matching.engine.repair import repair


def _weight(cand: _Candidates, mate: np.ndarray) -> float:
    rows = np.flatnonzero(mate >= 0)
    found = np.searchsorted(cand.keys, rows * cand.n_cols + mate[rows])
    assert np.array_equal(cand.keys[found], rows * cand.n_cols + mate[rows])
    return float(cand.weights[found].sum())


def test_repair_equals_a_cold_solve() -> None:
    rng = np.random.default_rng(2026)
    repaired = 0
    for _ in range(400):
        n, m = int(rng.integers(2, 25)), int(rng.integers(1, 15))
        capacity = rng.integers(1, 4, size=m).astype(np.int64)
        # Few distinct scores: ties everywhere, as with real topic fits.
        scores = rng.integers(1, 6, size=(n, m)) / 5.0
        eligible = rng.random((n, m)) < 0.6
        rows, cols = np.nonzero(eligible)
        bonus = float(np.where(eligible, scores, 0).max(axis=1).sum()) + 1.0
        first = rng.random(len(rows)) < 0.5
        cand = _Candidates(m)
        cand.add(rows[first], cols[first], scores[rows[first], cols[first]])
        mate = _solve_restricted(n, capacity, cand, bonus)
        if np.any(mate < 0):
            continue
        u, v = _duals(n, m, cand, mate, bonus)
        rest = ~first
        r, c = rows[rest], cols[rest]
        violating = scores[r, c] + bonus - u[r] - v[c] > 1e-9
        if not violating.any():
            continue
        cand.add(r[violating], c[violating], scores[r[violating], c[violating]])
        warm = repair(cand.rows, cand.cols, cand.weights, capacity, mate, u, v, bonus, r[violating])
        cold = _solve_restricted(n, capacity, cand, bonus)
        assert warm is not None
        assert np.all(warm >= 0)
        assert np.all(np.bincount(warm, minlength=m) <= capacity)
        assert _weight(cand, warm) == pytest.approx(_weight(cand, cold), abs=1e-9)
        repaired += 1
    assert repaired > 50


def test_solve_with_and_without_repair_agree(monkeypatch: pytest.MonkeyPatch) -> None:
    calls: list[int] = []

    def counting(*args: object, **kwargs: object) -> object:
        calls.append(1)
        return repair(*args, **kwargs)

    monkeypatch.setattr(bmatching, "repair", counting)
    rng = np.random.default_rng(7)
    for _ in range(30):
        n, m = 60, 40
        popular = rng.random(m)
        matrix = 0.6 * popular[None, :] + 0.4 * rng.random((n, m))
        matrix[rng.random((n, m)) < 0.3] = -np.inf
        capacity = rng.integers(1, 4, size=m).astype(np.int64)
        source = DenseSource(matrix, block_rows=16)
        warm = bmatching.solve(
            source, capacity, most_matched=True, row_candidates=1, col_candidates=1
        )
        cold = bmatching.solve(
            source,
            capacity,
            most_matched=True,
            row_candidates=1,
            col_candidates=1,
            repair_max_rows=0,
        )
        assert warm.matched == cold.matched
        assert warm.gap <= 1e-6
        assert cold.gap <= 1e-6
        assert warm.primal == pytest.approx(cold.primal, abs=1e-9)
    assert calls
