"""External check of the solver core: Beasley's OR-Library assignment instances.

Each file is an N x N cost matrix with a published minimum cost. Maximising ``cmax + 1 - cost``
over perfect assignments (most-matched makes them perfect) is the same problem, so the engine's
optimum must be exactly the published one. All eight take well under a second together.
The data lives in the project's shared/ folder, beside the repository (``ORLIB_DIR`` overrides).
"""

from __future__ import annotations

import os
from pathlib import Path

import numpy as np
import pytest

from revmentor.matching.engine.bmatching import DenseSource, solve

_BESIDE_REPO = Path(__file__).resolve().parents[5] / "shared" / "data" / "orlib-assignment"
DATA = Path(os.environ.get("ORLIB_DIR", str(_BESIDE_REPO)))
OPTIMA = {100: 305, 200: 475, 300: 626, 400: 804, 500: 991, 600: 1176, 700: 1362, 800: 1552}


def _load(size: int) -> np.ndarray:
    numbers = np.array((DATA / f"assign{size}.txt").read_text().split(), dtype=np.int64)
    assert numbers[0] == size
    return numbers[1:].reshape(size, size)


@pytest.mark.parametrize("size", list(OPTIMA))
def test_it_reaches_the_published_optimum_of_or_library_instance(size: int) -> None:
    if not (DATA / f"assign{size}.txt").exists():
        pytest.skip(f"OR-Library data not found in {DATA}")
    cost = _load(size)
    profit = (cost.max() + 1 - cost).astype(np.float64)
    solution = solve(DenseSource(profit), np.ones(size, dtype=np.int64), most_matched=True)
    assert solution.matched == size
    assert solution.cardinality_bound == size
    assert abs(solution.gap) < 1e-6
    chosen = cost[np.arange(size), solution.mate]
    assert len(set(solution.mate.tolist())) == size
    assert int(chosen.sum()) == OPTIMA[size]
