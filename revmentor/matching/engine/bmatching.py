"""Exact maximum-weight bipartite b-matching with a checked LP-duality certificate.

Rows (mentees) take at most one column; column j (a mentor) takes at most ``capacity[j]`` rows.
The score of every pair comes from a `ScoreSource` in row blocks, ``-inf`` meaning "not allowed".

Why not hand the whole problem to a solver: at 10,000 x 5,000 with millions of eligible pairs,
dense assignment solvers take minutes on correlated ("popular") scores and a simplex LP on even
a tenth of the pairs takes many seconds. Why not just keep each mentee's top-k mentors: when
everyone wants the same mentors, the top-k lists overlap and the optimum lies outside them.

So this is column generation with a proof:

1. keep a small *candidate* set of pairs (each row's best columns, each column's best rows);
2. solve the restricted problem exactly (SciPy's sparse LAPJV on columns replicated by capacity,
   with one private "stay unmatched" column per row);
3. recover LP dual prices (u for rows, v for columns) from the restricted optimum: v is the
   longest-path potential of the alternating-path graph, found by vectorised Bellman-Ford;
4. price *every* eligible pair against the duals in one vectorised pass; pairs with positive
   reduced cost ``w - u - v`` join the candidates and we go back to 2. When only a few rows
   gained pairs and every row is matched (the last rounds of most-matched, where a cold solve
   costs seconds for a handful of new pairs), step 2 is a warm-started Hungarian repair of the
   previous optimum instead (`repair.py`); if it cannot, the cold solve runs.

At every pricing pass the duals are repaired to be feasible for all eligible pairs
(``u_i = max(u_i, max_j w_ij - v_j, 0)``), which makes ``sum(u) + sum(capacity * v)`` a valid
upper bound on any fractional, hence any integral, matching (weak LP duality). We stop when that
bound meets the primal value: the gap is the certificate, computed here, not trusted from a solver.

Most-matched is lexicographic (count first, then score). It is solved with weights ``w + M``
where ``M`` exceeds any possible total score, so one extra pair always beats any score
difference. The same duals then prove both parts: every matching with k pairs has
``k*M + score <= bound``, so k <= bound / M (the cardinality bound) and, at k = matched, the score
is at most ``bound - matched*M``.
"""

from __future__ import annotations

import math
from dataclasses import dataclass
from typing import Protocol

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import maximum_bipartite_matching, min_weight_full_bipartite_matching

from .repair import repair

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

# Reduced costs above this are violations; below it, rounding noise of float64 sums of scores.
VIOLATION_TOL = 1e-9
# A run is proven optimal when the checked dual bound is within this of the primal score.
GAP_TOL = 1e-6


class ScoreSource(Protocol):
    """Anything that can hand out the score matrix in row blocks (``-inf`` = ineligible)."""

    @property
    def n_rows(self) -> int: ...

    @property
    def n_cols(self) -> int: ...

    block_rows: int

    def scores(self, start: int, stop: int) -> FloatArray: ...


class DenseSource:
    """A score matrix held in memory: for tests and the OR-Library check."""

    def __init__(self, matrix: FloatArray, block_rows: int = 1024):
        self.matrix = np.asarray(matrix, dtype=np.float64)
        self.block_rows = block_rows

    @property
    def n_rows(self) -> int:
        return int(self.matrix.shape[0])

    @property
    def n_cols(self) -> int:
        return int(self.matrix.shape[1])

    def scores(self, start: int, stop: int) -> FloatArray:
        return self.matrix[start:stop]


class CachedSource:
    """Computes each block once and keeps it when the whole matrix fits the memory budget.

    Pricing passes scan every pair again; recomputing all rule masks each time costs more than
    keeping 8 bytes per pair when that fits (400 MB for 10,000 x 5,000).
    """

    def __init__(self, inner: ScoreSource, budget_bytes: int):
        self.inner = inner
        self.block_rows = inner.block_rows
        self.keep = inner.n_rows * inner.n_cols * 8 <= budget_bytes
        self.cache: dict[int, FloatArray] = {}

    @property
    def n_rows(self) -> int:
        return self.inner.n_rows

    @property
    def n_cols(self) -> int:
        return self.inner.n_cols

    def scores(self, start: int, stop: int) -> FloatArray:
        if not self.keep:
            return self.inner.scores(start, stop)
        block = self.cache.get(start)
        if block is None or block.shape[0] != stop - start:
            block = self.inner.scores(start, stop)
            self.cache[start] = block
        return block


@dataclass(frozen=True)
class BMatching:
    """Solver output: ``mate[i]`` is row i's column or -1; the rest is the certificate."""

    mate: IntArray
    weight: FloatArray  # score of (i, mate[i]), 0 where unmatched
    matched: int
    primal: float
    dual_bound: float
    cardinality_bound: int | None
    rounds: int
    candidate_pairs: int
    eligible_pairs: int

    @property
    def gap(self) -> float:
        return self.dual_bound - self.primal


class _Candidates:
    """A growing set of (row, col, score) triples, unique by (row, col)."""

    def __init__(self, n_cols: int):
        self.n_cols = n_cols
        self.keys = np.empty(0, dtype=np.int64)
        self.weights = np.empty(0, dtype=np.float64)

    def add(self, rows: IntArray, cols: IntArray, weights: FloatArray) -> int:
        keys = rows.astype(np.int64) * self.n_cols + cols
        merged = np.concatenate([self.keys, keys])
        merged_w = np.concatenate([self.weights, weights])
        before = len(self.keys)
        unique_keys, first = np.unique(merged, return_index=True)
        self.keys = unique_keys.astype(np.int64)
        self.weights = merged_w[first]
        return len(self.keys) - before

    @property
    def rows(self) -> IntArray:
        return self.keys // self.n_cols

    @property
    def cols(self) -> IntArray:
        return self.keys % self.n_cols


def _top_per_row(block: FloatArray, k: int) -> tuple[IntArray, IntArray]:
    """Row offsets and columns of each row's k largest finite entries (ties: any, deterministic)."""
    n_rows, n_cols = block.shape
    if n_cols == 0 or k <= 0:
        return np.empty(0, dtype=np.int64), np.empty(0, dtype=np.int64)
    if k >= n_cols:
        top = np.broadcast_to(np.arange(n_cols), (n_rows, n_cols))
    else:
        top = np.argpartition(-block, k - 1, axis=1)[:, :k]
    rows = np.repeat(np.arange(n_rows, dtype=np.int64), top.shape[1])
    cols = top.ravel().astype(np.int64)
    keep = np.isfinite(block[rows, cols])
    return rows[keep], cols[keep]


def _solve_restricted(
    n_rows: int,
    capacity: IntArray,
    cand: _Candidates,
    unmatched_penalty: float | None,
) -> IntArray:
    """Exact optimum on the candidate pairs via SciPy's sparse LAPJV; returns ``mate``.

    Each column is copied once per unit of capacity. For most-matched, when the candidates can
    match every row (a Hopcroft-Karp check costs a few ms), the rows must all be matched and the
    problem is solved as is: about 3x faster than with the general form, where each row gets a
    private dummy column standing for "unmatched" at cost ``base + unmatched_penalty``
    (``None``: rows may stay unmatched at no cost, best-total). Costs are kept positive
    (``base - w``) so no explicit zero can be mistaken for a missing edge.
    """
    rows, cols, w = cand.rows, cand.cols, cand.weights
    mate = np.full(n_rows, -1, dtype=np.int64)
    if n_rows == 0:
        return mate
    copies = capacity[cols]
    offsets = np.concatenate([[0], np.cumsum(capacity)])
    n_slots = int(offsets[-1])
    rep_rows = np.repeat(rows, copies)
    rep_cols = np.repeat(cols, copies)
    # slot index within each mentor: 0..capacity-1 for every repeated edge
    within = np.arange(len(rep_rows)) - np.repeat(np.cumsum(copies) - copies, copies)
    slots = offsets[rep_cols] + within
    base = float(w.max()) + 1.0 if len(w) else 1.0
    slot_owner = np.repeat(np.arange(len(capacity), dtype=np.int64), capacity)
    if unmatched_penalty is not None and n_slots >= n_rows and len(rep_rows):
        graph = sparse.csr_matrix(
            (base - np.repeat(w, copies), (rep_rows, slots)), shape=(n_rows, n_slots)
        )
        if (
            int(np.count_nonzero(maximum_bipartite_matching(graph, perm_type="column") >= 0))
            == n_rows
        ):
            row_ind, col_ind = min_weight_full_bipartite_matching(graph)
            mate[row_ind] = slot_owner[col_ind]
            return mate
    penalty = 0.0 if unmatched_penalty is None else unmatched_penalty
    graph = sparse.csr_matrix(
        (
            np.concatenate([base - np.repeat(w, copies), np.full(n_rows, base + penalty)]),
            (
                np.concatenate([rep_rows, np.arange(n_rows)]),
                np.concatenate([slots, n_slots + np.arange(n_rows)]),
            ),
        ),
        shape=(n_rows, n_slots + n_rows),
    )
    row_ind, col_ind = min_weight_full_bipartite_matching(graph)
    real = col_ind < n_slots
    mate[row_ind[real]] = slot_owner[col_ind[real]]
    return mate


def _seed_cardinality(
    cand: _Candidates, capacity: IntArray, rows: IntArray, cols: IntArray, weights: FloatArray
) -> None:
    """Add a maximum-cardinality matching of (candidates + a random sample) to the candidates.

    Each row's best columns are the *same* popular mentors for everyone, so the first candidate
    sets cannot match all rows and the first rounds of pricing would be spent discovering
    cardinality. A few random eligible columns per row make an expander-like graph whose
    maximum matching (Hopcroft-Karp, milliseconds) is usually maximum for the full graph too.
    """
    all_rows = np.concatenate([cand.rows, rows])
    all_cols = np.concatenate([cand.cols, cols])
    all_w = np.concatenate([cand.weights, weights])
    copies = capacity[all_cols]
    offsets = np.concatenate([[0], np.cumsum(capacity)])
    rep_rows = np.repeat(all_rows, copies)
    within = np.arange(len(rep_rows)) - np.repeat(np.cumsum(copies) - copies, copies)
    slots = offsets[np.repeat(all_cols, copies)] + within
    n_rows = int(all_rows.max()) + 1 if len(all_rows) else 0
    if n_rows == 0 or offsets[-1] == 0:
        return
    graph = sparse.csr_matrix(
        (np.ones(len(rep_rows)), (rep_rows, slots)), shape=(n_rows, int(offsets[-1]))
    )
    slot_of_row = maximum_bipartite_matching(graph, perm_type="column")
    matched = np.flatnonzero(slot_of_row >= 0)
    owner = np.repeat(np.arange(len(capacity), dtype=np.int64), capacity)
    mentor = owner[slot_of_row[matched]]
    # Look the weights up from the pooled triples (first occurrence of each pair).
    keys = all_rows * cand.n_cols + all_cols
    order = np.argsort(keys, kind="stable")
    found = order[np.searchsorted(keys[order], matched * cand.n_cols + mentor)]
    cand.add(matched, mentor, all_w[found])


def _duals(
    n_rows: int,
    n_cols: int,
    cand: _Candidates,
    mate: IntArray,
    bonus: float,
) -> tuple[FloatArray, FloatArray]:
    """LP duals of the restricted optimum (complementary slackness + longest paths).

    With weights w' = w + bonus, a matched row i (at column c) has ``u_i = w'_ic - v_c``; every
    other candidate (i, j) then needs ``v_j >= v_c + w'_ij - w'_ic``, and an unmatched row needs
    ``v_j >= w'_ij``. The least such v is a longest-path potential; on an optimal restricted
    matching the graph has no positive cycle, so Bellman-Ford rounds converge. Each round is one
    vectorised ``maximum.at`` over all arcs.
    """
    rows, cols, w = cand.rows, cand.cols, cand.weights
    v = np.zeros(n_cols, dtype=np.float64)
    row_mate = mate[rows]
    free = row_mate < 0
    np.maximum.at(v, cols[free], w[free] + bonus)
    arcs = (~free) & (row_mate != cols)
    src = row_mate[arcs]
    dst = cols[arcs]
    matched_w = np.zeros(n_rows, dtype=np.float64)
    is_matched = (~free) & (row_mate == cols)
    matched_w[rows[is_matched]] = w[is_matched]
    length = w[arcs] - matched_w[rows[arcs]]
    for _ in range(n_cols + 1):
        relaxed = v.copy()
        np.maximum.at(relaxed, dst, v[src] + length)
        # A tolerance, not equality: float rounding on zero-length cycles can creep by an ulp.
        if not np.any(relaxed > v + 1e-12):
            v = relaxed
            break
        v = relaxed
    u = np.zeros(n_rows, dtype=np.float64)
    has = mate >= 0
    u[has] = matched_w[has] + bonus - v[mate[has]]
    return np.maximum(u, 0.0), v


def solve(
    source: ScoreSource,
    capacity: IntArray,
    *,
    most_matched: bool,
    row_candidates: int = 10,
    col_candidates: int = 20,
    add_per_row: int = 20,
    random_per_row: int = 24,
    max_rounds: int = 200,
    repair_max_rows: int = 64,
) -> BMatching:
    """Optimal b-matching of ``source`` (maximise score, or count then score)."""
    n, m = source.n_rows, source.n_cols
    capacity = np.asarray(capacity, dtype=np.int64)
    cand = _Candidates(m)
    blocks = [(s, min(s + source.block_rows, n)) for s in range(0, n, source.block_rows)]

    # Pass 1: best pairs per row and per column, and the bound M on any total score.
    best_row = np.full(n, -np.inf)
    eligible = 0
    col_pool_r: list[IntArray] = []
    col_pool_c: list[IntArray] = []
    col_pool_w: list[FloatArray] = []
    seed_r: list[IntArray] = []
    seed_c: list[IntArray] = []
    seed_w: list[FloatArray] = []
    # Fixed seed: the random sample only guides the search, yet the output must not vary.
    rng = np.random.default_rng(20240403)
    for start, stop in blocks:
        block = source.scores(start, stop)
        finite = np.isfinite(block)
        eligible += int(np.count_nonzero(finite))
        best_row[start:stop] = block.max(axis=1, initial=-np.inf)
        r, c = _top_per_row(block, row_candidates)
        cand.add(r + start, c, block[r, c])
        tr, tc = _top_per_row(block.T, col_candidates)
        col_pool_r.append(tc + start)
        col_pool_c.append(tr)
        col_pool_w.append(block[tc, tr])
        if m and random_per_row:
            rr = np.repeat(np.arange(stop - start, dtype=np.int64), random_per_row)
            rc = rng.integers(0, m, size=len(rr))
            ok = np.isfinite(block[rr, rc])
            seed_r.append(rr[ok] + start)
            seed_c.append(rc[ok])
            seed_w.append(block[rr[ok], rc[ok]])
    if col_pool_r:
        pr, pc, pw = (
            np.concatenate(col_pool_r),
            np.concatenate(col_pool_c),
            np.concatenate(col_pool_w),
        )
        # Per column keep its best col_candidates rows across blocks (ties by row: deterministic).
        order = np.lexsort((pr, -pw, pc))
        pr, pc, pw = pr[order], pc[order], pw[order]
        rank = np.arange(len(pc)) - np.searchsorted(pc, pc)
        keep = rank < col_candidates
        cand.add(pr[keep], pc[keep], pw[keep])

    if seed_r:
        _seed_cardinality(
            cand, capacity, np.concatenate(seed_r), np.concatenate(seed_c), np.concatenate(seed_w)
        )

    total_bound = float(np.sum(best_row[np.isfinite(best_row)]))
    bonus = (total_bound + 1.0) if most_matched else 0.0
    # Dummy cost for "unmatched": for most-matched it must outweigh any score difference.
    penalty = bonus if most_matched else None

    rounds = 0
    repair_rows: IntArray | None = None
    mate = np.full(n, -1, dtype=np.int64)
    u = np.zeros(n)
    v = np.zeros(m)
    while True:
        rounds += 1
        repaired_mate = None
        if repair_rows is not None:
            repaired_mate = repair(
                cand.rows, cand.cols, cand.weights, capacity, mate, u, v, bonus, repair_rows
            )
        mate = (
            repaired_mate
            if repaired_mate is not None
            else _solve_restricted(n, capacity, cand, penalty)
        )
        u, v = _duals(n, m, cand, mate, bonus)
        # Pricing pass over every eligible pair.
        row_best = np.full(n, -np.inf)
        add_r: list[IntArray] = []
        add_c: list[IntArray] = []
        add_w: list[FloatArray] = []
        for start, stop in blocks:
            block = source.scores(start, stop)
            reduced = block - v[None, :]
            best = reduced.max(axis=1, initial=-np.inf)
            row_best[start:stop] = best
            violating = np.flatnonzero(best + bonus - u[start:stop] > VIOLATION_TOL)
            if len(violating):
                sub = reduced[violating]
                sub[sub + bonus - u[start + violating, None] <= VIOLATION_TOL] = -np.inf
                r, c = _top_per_row(sub, add_per_row)
                add_r.append(violating[r] + start)
                add_c.append(c)
                add_w.append(block[violating[r], c])
        repaired_u = np.maximum(u, np.maximum(row_best + bonus, 0.0))
        matched_rows = np.flatnonzero(mate >= 0)
        weights = np.zeros(n)
        if len(matched_rows):
            lookup = np.searchsorted(cand.keys, matched_rows * m + mate[matched_rows])
            weights[matched_rows] = cand.weights[lookup]
        matched = len(matched_rows)
        primal = math.fsum(weights.tolist())
        # fsum: the bound can be ~1e8 for most-matched; exact summation keeps the gap meaningful.
        dual = math.fsum([*repaired_u.tolist(), *(capacity * v).tolist(), -bonus * matched])
        gap = dual - primal
        card_bound: int | None = None
        if most_matched:
            card_bound = math.floor((dual + bonus * matched) / bonus) if bonus > 0 else 0
        proven = gap <= GAP_TOL and (card_bound is None or card_bound == matched)
        new = cand.add(
            np.concatenate(add_r) if add_r else np.empty(0, dtype=np.int64),
            np.concatenate(add_c) if add_c else np.empty(0, dtype=np.int64),
            np.concatenate(add_w) if add_w else np.empty(0, dtype=np.float64),
        )
        repair_rows = None
        if most_matched and new and bool(np.all(mate >= 0)):
            violating_rows = np.unique(np.concatenate(add_r))
            if len(violating_rows) <= repair_max_rows:
                repair_rows = violating_rows
        if proven or new == 0 or rounds >= max_rounds:
            return BMatching(
                mate=mate,
                weight=weights,
                matched=matched,
                primal=primal,
                dual_bound=dual,
                cardinality_bound=card_bound,
                rounds=rounds,
                candidate_pairs=len(cand.keys),
                eligible_pairs=eligible,
            )
