"""Exact maximum-weight bipartite b-matching with a checked LP-duality certificate.

Rows (mentees) take at most one column; column j (a mentor) takes at most ``capacity[j]`` rows.
The score of every pair comes from a `ScoreSource` in row blocks, ``-inf`` meaning "not allowed".

Why not hand the whole problem to a solver: at 10,000 x 5,000 with millions of eligible pairs,
dense assignment solvers take minutes on correlated ("popular") scores and a simplex LP on even
a tenth of the pairs takes many seconds. Why not just keep each mentee's top-k mentors: when
everyone wants the same mentors, the top-k lists overlap and the optimum lies outside them.

So this is column generation with a proof:

1. keep a small *candidate* set of pairs (each row's best columns, each column's best rows, and
   a maximum-cardinality matching of a random sample so that every row can be matched);
2. solve the restricted problem exactly (`kernels`): a forward auction finds near-optimal prices
   in cheap bids, then successive shortest augmenting paths (Dijkstra on reduced costs) start
   from those prices and end at an exact optimum with LP dual prices (u for rows, v for columns)
   read off the node potentials. After a round that touched only a few rows, the previous
   optimum is repaired instead: those rows are freed and placed again by shortest paths;
3. price *every* eligible pair against the duals in one compiled pass per block of rows (two
   threads); pairs with positive reduced cost ``w - u - v`` join the candidates and we go back
   to 2.

At every pricing pass the row duals are recomputed to be feasible for all eligible pairs
(``u_i = max(max_j w_ij - v_j, 0)``), which makes ``sum(u) + sum(capacity * v)`` a valid upper
bound on any fractional, hence any integral, matching (weak LP duality). We stop when that bound
meets the primal value, and the primal is checked against the score source itself (capacity,
eligibility, every score): the certificate is computed here, not trusted from the solver, so the
auction, the tuning and the warm starts can only change how fast it is found, never the result.

Most-matched is lexicographic (count first, then score). It is solved with weights ``w + M``
where ``M`` exceeds any possible total score, so one extra pair always beats any score
difference. The same duals then prove both parts: every matching with k pairs has
``k*M + score <= bound``, so k <= bound / M (the cardinality bound) and, at k = matched, the score
is at most ``bound - matched*M``.
"""

from __future__ import annotations

import logging
import math
import mmap
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass
from typing import Literal, Protocol

import numpy as np
from numpy.typing import NDArray
from scipy import sparse
from scipy.sparse.csgraph import maximum_bipartite_matching

from . import kernels

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]

logger = logging.getLogger(__name__)

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

    def scores(self, start: int, stop: int, out: FloatArray | None = None) -> FloatArray:
        """Rows ``start:stop`` against every column, written into ``out`` when given."""
        ...


def populated_empty(shape: tuple[int, int]) -> FloatArray:
    """An uninitialised float64 array whose pages are mapped up front where Linux allows it.

    Touching 400 MB of fresh memory page by page costs 0.8 s on the virtual machines we measured
    (one fault per 4 KB page); ``MAP_POPULATE`` maps them all in one call (0.1 s).
    """
    size = int(np.prod(shape)) * 8
    flags = getattr(mmap, "MAP_POPULATE", 0)
    if not flags or size == 0:
        return np.empty(shape, dtype=np.float64)
    buffer = mmap.mmap(-1, size, flags=mmap.MAP_PRIVATE | mmap.MAP_ANONYMOUS | flags)
    return np.frombuffer(buffer, dtype=np.float64).reshape(shape)


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

    def scores(self, start: int, stop: int, out: FloatArray | None = None) -> FloatArray:
        if out is None:
            return self.matrix[start:stop]
        out[:] = self.matrix[start:stop]
        return out


class CachedSource:
    """Computes each block once and keeps it when the whole matrix fits the memory budget.

    Pricing passes scan every pair again; recomputing all rule masks each time costs more than
    keeping 8 bytes per pair when that fits (400 MB for 10,000 x 5,000).
    """

    def __init__(self, inner: ScoreSource, budget_bytes: int):
        self.inner = inner
        self.block_rows = inner.block_rows
        self.keep = inner.n_rows * inner.n_cols * 8 <= budget_bytes
        # Allocated here, not on first use: blocks are filled from two threads at once.
        self.matrix = populated_empty((self.n_rows, self.n_cols)) if self.keep else None
        self.filled: set[tuple[int, int]] = set()

    @property
    def n_rows(self) -> int:
        return self.inner.n_rows

    @property
    def n_cols(self) -> int:
        return self.inner.n_cols

    def scores(self, start: int, stop: int, out: FloatArray | None = None) -> FloatArray:
        if self.matrix is None:
            return self.inner.scores(start, stop, out)
        block = self.matrix[start:stop]
        if (start, stop) not in self.filled:
            self.inner.scores(start, stop, block)
            # Threads may fill different blocks at once; each block has one writer.
            self.filled.add((start, stop))
        if out is None:
            return block
        out[:] = block
        return out


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


def _min_by_col(slot_price: FloatArray, slot_off: IntArray, capacity: IntArray) -> FloatArray:
    """A mentor's price is the price of its cheapest seat (0 for a mentor without seats)."""
    v = np.zeros(len(capacity))
    has = capacity > 0
    if has.any():
        v[has] = np.minimum.reduceat(slot_price, slot_off[has])
    return v


@dataclass(frozen=True)
class Tuning:
    """How the search is steered; none of it changes the result, only how fast it is found."""

    row_candidates: int = 20  # each row's best mentors in the first candidate set
    col_candidates: int = 40  # each mentor's best rows in the first candidate set
    add_per_row: int = 60  # violating pairs added per row and pricing pass
    random_per_row: int = 24  # random eligible pairs per row for the cardinality seed
    eps_min: float = 1e-3  # the auction's last epsilon
    eps_step: float = 4.0  # epsilon shrinks by this factor per auction phase
    # A round that changed at most this many rows is repaired from the previous optimum.
    warm_rows: int = 50
    warm_fraction: float = 0.05
    max_rounds: int = 200
    # Where a round that changed many rows starts its shortest paths from (None: from the ratio
    # of seats to mentees). "auction": prices from a forward auction, when seats and mentees are
    # about as many (the benchmark's shape); with fewer seats the auction fights long price wars,
    # with many more it leaves seats empty at a price. "zero": no prices, when seats are plenty
    # (most mentors end below capacity at price 0, so zero is close to the optimal prices).
    # "duals": the previous round's prices, when seats are short (the optimal prices are high).
    start: Literal["auction", "zero", "duals"] | None = None
    auction_seats_per_row: tuple[float, float] = (1.0, 1.25)
    threads: int = 2


class _Restricted:
    """The restricted problem's optimal flow and potentials (see `kernels`), kept between rounds."""

    def __init__(self, n: int, capacity: IntArray, tuning: Tuning):
        m = len(capacity)
        self.n, self.m = n, m
        self.tuning = tuning
        self.capacity = capacity
        seats = int(capacity.sum())
        self.slot_off = np.concatenate([[0], np.cumsum(capacity)[:-1]]).astype(np.int64)
        self.slot_row = np.full(seats, -1, dtype=np.int64)
        self.mate = np.full(n, kernels.FREE, dtype=np.int64)
        self.mate_w = np.zeros(n, dtype=np.float64)
        self.flow = np.zeros(m, dtype=np.int64)
        self.load = np.zeros(m, dtype=np.int64)
        self.sink_list = np.zeros(n, dtype=np.int64)
        self.sink_pos = np.zeros(n, dtype=np.int64)
        self.sink_count = np.zeros(1, dtype=np.int64)
        self.pi = np.zeros(n + m + 1, dtype=np.float64)
        self.sink_deficit = np.zeros(1, dtype=np.int64)
        low, high = tuning.auction_seats_per_row
        self.start = tuning.start or (
            "duals" if seats < low * n else "zero" if seats > high * n else "auction"
        )
        # The auction's seats: prices and holders, carried from round to round.
        self.seat_price = np.zeros(seats, dtype=np.float64)
        self.seat_holder = np.full(seats, -1, dtype=np.int64)

    def optimise(
        self, cand: _Candidates, bonus: float, changed_rows: IntArray | None, violation: float
    ) -> None:
        """Exact optimum over ``cand``.

        After a round that added pairs for only a few rows, those rows are freed and placed again
        by shortest augmenting paths from the previous optimum. Otherwise every row is placed
        again by shortest augmenting paths starting from prices: an auction's (cheap bids
        instead of long paths, when seats and mentees are about as many) or the previous
        round's duals; the first round without an auction starts from no prices at all.
        """
        n, m, tuning = self.n, self.m, self.tuning
        indptr = np.searchsorted(cand.keys, np.arange(n + 1, dtype=np.int64) * m).astype(np.int64)
        adj = cand.cols
        wp = cand.weights + bonus
        warm_limit = max(tuning.warm_rows, int(n * tuning.warm_fraction))
        if changed_rows is not None and len(changed_rows) <= warm_limit:
            freed = kernels.free_violating_rows(
                indptr,
                adj,
                wp,
                self.capacity,
                self.slot_off,
                self.slot_row,
                self.mate,
                self.load,
                self.sink_list,
                self.sink_pos,
                self.sink_count,
                self.pi,
                self.sink_deficit,
                changed_rows,
                VIOLATION_TOL,
            )
            self._augment(indptr, adj, wp, freed)
        else:
            if self.start == "auction":
                clock = time.perf_counter()
                bids = self._auction(
                    indptr, adj, wp, cand, violation if changed_rows is not None else None
                )
                logger.debug("auction: %d bids in %.3f s", bids, time.perf_counter() - clock)
                self._reprice_empty_seats(indptr, adj, wp)
            # Exact from here: every row free again, the prices as potentials (no prices at all
            # for "zero", and for "duals" in the first round, when there are none yet).
            self.slot_row[:] = -1
            self.mate[:] = kernels.FREE
            self.mate_w[:] = 0.0
            prices = (
                np.zeros(m)
                if self.start == "zero" or (changed_rows is None and self.start == "duals")
                else _min_by_col(self.seat_price, self.slot_off, self.capacity)
            )
            # Seats of a priced mentor must be filled (or their price brought down along a
            # path); seats at price 0 may stay empty at no cost.
            self.flow[:] = np.where(prices > 0, self.capacity, 0)
            self.load[:] = 0
            self.sink_count[0] = 0
            self.sink_deficit[0] = n - int(self.flow.sum())
            self.pi[n : n + m] = -prices
            self.pi[n + m] = 0.0
            self._augment(indptr, adj, wp, np.arange(n, dtype=np.int64))
            excess = -int(self.sink_deficit[0])
            if excess > 0:
                # More seats than rows: seats at price 0 stay empty at no cost; any other
                # surplus seat is given up along a shortest path from the sink (its price falls).
                spare = self.flow - self.load
                free_seat = np.flatnonzero((spare > 0) & (self.pi[n + m] - self.pi[n : n + m] <= 0))
                for j in free_seat.tolist():
                    take = min(int(spare[j]), excess)
                    self.flow[j] -= take
                    excess -= take
                    if excess == 0:
                        break
                self.sink_deficit[0] = -excess
                if excess:
                    self._augment(indptr, adj, wp, np.full(excess, n + m, dtype=np.int64))
        self.seat_holder[:] = self.slot_row
        self.seat_price[:] = np.repeat(self.duals()[1], self.capacity)

    def _reprice_empty_seats(self, indptr: IntArray, adj: IntArray, wp: FloatArray) -> None:
        """Lower each empty seat's price to what the keenest row would pay for it (0 at least).

        Epsilon-scaling leaves seats empty at the price of an earlier phase; as duals these are
        wrong (a mentor with a price must be full) and the exact phase would spend long searches
        bringing them down. A reverse bid sets them right at once.
        """
        n = self.n
        holder = self.seat_holder
        if len(holder) == 0:
            return
        seat_of = np.full(n, -1, dtype=np.int64)
        taken = np.flatnonzero(holder >= 0)
        seat_of[holder[taken]] = taken
        owner = np.repeat(np.arange(self.m, dtype=np.int64), self.capacity)
        rows = np.repeat(np.arange(n, dtype=np.int64), np.diff(indptr))
        profit = np.zeros(n)
        has = seat_of >= 0
        # The row's current value: its pair's weight minus its seat's price.
        arc = np.full(n, -1, dtype=np.int64)
        mine = has[rows] & (adj == owner[np.maximum(seat_of[rows], 0)])
        arc[rows[mine]] = np.flatnonzero(mine)
        profit[has] = wp[arc[has]] - self.seat_price[seat_of[has]]
        keenest = np.zeros(self.m)
        np.maximum.at(keenest, adj, wp - profit[rows])
        empty = holder < 0
        self.seat_price[empty] = np.minimum(self.seat_price[empty], keenest[owner[empty]])

    def _auction(
        self,
        indptr: IntArray,
        adj: IntArray,
        wp: FloatArray,
        cand: _Candidates,
        violation: float | None,
    ) -> int:
        tuning = self.tuning
        spread = float(cand.weights.max() - cand.weights.min()) if len(cand.weights) else 0.0
        eps = max(spread, tuning.eps_min) / 4
        if violation is not None:
            # Warm: prices are off by at most the largest violation, so start no coarser.
            eps = min(eps, max(violation, tuning.eps_min))
        schedule = []
        while eps > tuning.eps_min:
            schedule.append(eps)
            eps /= tuning.eps_step
        schedule.append(tuning.eps_min)
        return kernels.auction(
            indptr,
            adj,
            wp,
            self.capacity,
            self.slot_off,
            self.seat_price,
            self.seat_holder,
            np.array(schedule),
        )

    def _augment(self, indptr: IntArray, adj: IntArray, wp: FloatArray, sources: IntArray) -> None:
        if not len(sources):
            return
        clock = time.perf_counter()
        settled = kernels.augment(
            indptr,
            adj,
            wp,
            self.capacity,
            self.slot_off,
            self.slot_row,
            self.mate,
            self.mate_w,
            self.flow,
            self.load,
            self.sink_list,
            self.sink_pos,
            self.sink_count,
            self.pi,
            self.sink_deficit,
            sources,
        )
        if settled < 0:  # pragma: no cover - a free row can always stay unmatched
            raise RuntimeError("no augmenting path from a free row")
        logger.debug(
            "augment: %d sources, %d nodes settled in %.3f s",
            len(sources),
            settled,
            time.perf_counter() - clock,
        )

    def duals(self) -> tuple[FloatArray, FloatArray]:
        """LP duals of the restricted optimum: ``u >= 0`` per row, ``v >= 0`` per column."""
        n, m = self.n, self.m
        sink = self.pi[n + m]
        # Empty columns may sit below zero; raising them keeps every constraint satisfied.
        v = np.maximum(sink - self.pi[n : n + m], 0.0)
        u = np.maximum(self.pi[:n] - sink, 0.0)
        return u, v


@dataclass
class _FirstPass:
    rows: IntArray
    cols: IntArray
    weights: FloatArray
    best: FloatArray
    eligible: int
    seed_rows: IntArray
    seed_cols: IntArray
    seed_weights: FloatArray


def _first_pass(block: FloatArray, start: int, index: int, m: int, tuning: Tuning) -> _FirstPass:
    """One block's best pairs per row, its eligible count and a random sample of its pairs."""
    n_rows = block.shape[0]
    best = np.empty(n_rows)
    r, c, w = _top(block, np.zeros(m), np.full(n_rows, -np.inf), tuning.row_candidates, best, 0)
    # Fixed seeds per block: the sample only guides the search, yet the output must not vary.
    rng = np.random.default_rng([20240403, index])
    rr = np.repeat(np.arange(n_rows, dtype=np.int64), tuning.random_per_row if m else 0)
    rc = rng.integers(0, max(m, 1), size=len(rr))
    ok = np.isfinite(block[rr, rc]) if len(rr) else np.zeros(0, dtype=bool)
    return _FirstPass(
        rows=r + start,
        cols=c,
        weights=w,
        best=best,
        eligible=kernels.count_finite(block),
        seed_rows=rr[ok] + start,
        seed_cols=rc[ok],
        seed_weights=block[rr[ok], rc[ok]],
    )


def solve(
    source: ScoreSource,
    capacity: IntArray,
    *,
    most_matched: bool,
    tuning: Tuning | None = None,
) -> BMatching:
    """Optimal b-matching of ``source`` (maximise score, or count then score)."""
    tuning = tuning or Tuning()
    started = time.perf_counter()
    n, m = source.n_rows, source.n_cols
    capacity = np.asarray(capacity, dtype=np.int64)
    cand = _Candidates(m)
    blocks = [(s, min(s + source.block_rows, n)) for s in range(0, n, source.block_rows)]
    # Blocks are scored and priced in two threads: the kernels and NumPy release the GIL.
    with ThreadPoolExecutor(max_workers=max(1, tuning.threads)) as pool:
        # Pass 1: best pairs per row and per column, and the bound M on any total score.
        first = list(
            pool.map(
                lambda k: _first_pass(source.scores(*blocks[k]), blocks[k][0], k, m, tuning),
                range(len(blocks)),
            )
        )
        best_row = np.concatenate([f.best for f in first]) if first else np.empty(0)
        eligible = sum(f.eligible for f in first)
        cand.add(
            np.concatenate([np.empty(0, dtype=np.int64), *(f.rows for f in first)]),
            np.concatenate([np.empty(0, dtype=np.int64), *(f.cols for f in first)]),
            np.concatenate([np.empty(0), *(f.weights for f in first)]),
        )
        if tuning.col_candidates and m:
            _add_column_best(source, blocks, m, tuning, pool, cand)
        if first:
            _seed_cardinality(
                cand,
                capacity,
                np.concatenate([f.seed_rows for f in first]),
                np.concatenate([f.seed_cols for f in first]),
                np.concatenate([f.seed_weights for f in first]),
            )

        logger.debug(
            "first pass: %d candidates of %d eligible pairs in %.3f s",
            len(cand.keys),
            eligible,
            time.perf_counter() - started,
        )
        total_bound = float(np.sum(best_row[np.isfinite(best_row)]))
        bonus = (total_bound + 1.0) if most_matched else 0.0

        restricted = _Restricted(n, capacity, tuning)
        changed: IntArray | None = None
        violation = np.inf
        rounds = 0
        while True:
            rounds += 1
            clock = time.perf_counter()
            restricted.optimise(cand, bonus, changed, violation)
            solved = time.perf_counter() - clock
            u, v = restricted.duals()
            mate = np.where(restricted.mate >= 0, restricted.mate, -1)
            # Pricing pass over every eligible pair: rows whose best reduced cost beats their dual.
            row_best = np.full(n, -np.inf)
            threshold = u - bonus + VIOLATION_TOL

            found = list(
                pool.map(
                    lambda k, v=v, threshold=threshold, row_best=row_best: _top(
                        source.scores(*blocks[k]),
                        v,
                        threshold[blocks[k][0] : blocks[k][1]],
                        tuning.add_per_row,
                        row_best,
                        blocks[k][0],
                    ),
                    range(len(blocks)),
                )
            )
            # The least dual feasible for *every* eligible pair: with it, a valid upper bound.
            repaired_u = np.maximum(row_best + bonus, 0.0)
            matched_rows = np.flatnonzero(mate >= 0)
            weights = np.zeros(n)
            if len(matched_rows):
                lookup = np.searchsorted(cand.keys, matched_rows * m + mate[matched_rows])
                weights[matched_rows] = cand.weights[lookup]
            matched = len(matched_rows)
            primal = math.fsum(weights.tolist())
            # fsum: the bound is ~1e4 x n for most-matched; exact summation keeps the gap meaningful.
            dual = math.fsum([*repaired_u.tolist(), *(capacity * v).tolist(), -bonus * matched])
            gap = dual - primal
            card_bound: int | None = None
            if most_matched:
                card_bound = math.floor((dual + bonus * matched) / bonus) if bonus > 0 else 0
            # A bound below the matching (beyond rounding) would mean an infeasible matching.
            proven = -GAP_TOL <= gap <= GAP_TOL and (card_bound is None or card_bound == matched)
            new_rows = np.concatenate([np.empty(0, dtype=np.int64), *(f[0] for f in found)])
            new = cand.add(
                new_rows,
                np.concatenate([np.empty(0, dtype=np.int64), *(f[1] for f in found)]),
                np.concatenate([np.empty(0), *(f[2] for f in found)]),
            )
            changed = np.unique(new_rows)
            violation = float(np.max(row_best + bonus - u, initial=0.0))
            logger.debug(
                "round %d: solve %.3f s, pricing %.3f s, %d pairs added for %d rows, gap %.3g",
                rounds,
                solved,
                time.perf_counter() - clock - solved,
                new,
                len(changed),
                gap,
            )
            if proven or new == 0 or rounds >= tuning.max_rounds:
                _check_feasible(source, blocks, capacity, mate, weights)
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


def _check_feasible(
    source: ScoreSource,
    blocks: list[tuple[int, int]],
    capacity: IntArray,
    mate: IntArray,
    weights: FloatArray,
) -> None:
    """The primal half of the certificate, checked against the source, not the solver's state:
    no mentor over capacity, every pair eligible and scored as the source scores it."""
    matched = mate >= 0
    if np.any(np.bincount(mate[matched], minlength=len(capacity)) > capacity):
        raise RuntimeError("the solver returned a mentor over capacity")
    for start, stop in blocks:
        rows = np.flatnonzero(matched[start:stop])
        scores = source.scores(start, stop)[rows, mate[start + rows]]
        if not np.array_equal(scores, weights[start + rows]):
            raise RuntimeError("the solver returned an ineligible or misscored pair")


def _add_column_best(
    source: ScoreSource,
    blocks: list[tuple[int, int]],
    m: int,
    tuning: Tuning,
    pool: ThreadPoolExecutor,
    cand: _Candidates,
) -> None:
    """Add each column's best rows; each thread keeps the lists of its own share of columns."""
    k = tuning.col_candidates
    col_rows = np.zeros((m, k), dtype=np.int64)
    col_vals = np.zeros((m, k), dtype=np.float64)
    col_count = np.zeros(m, dtype=np.int64)
    col_floor = np.full(m, -np.inf)
    parts = max(1, tuning.threads)
    edges = np.linspace(0, m, parts + 1).astype(np.int64)

    def columns(p: int) -> None:
        lo, hi = int(edges[p]), int(edges[p + 1])
        for start, stop in blocks:
            kernels.top_per_col(
                source.scores(start, stop),
                start,
                lo,
                hi,
                k,
                col_rows,
                col_vals,
                col_count,
                col_floor,
            )

    list(pool.map(columns, range(parts)))
    keep = np.arange(k)[None, :] < col_count[:, None]
    cols_of = np.broadcast_to(np.arange(m, dtype=np.int64)[:, None], keep.shape)
    cand.add(col_rows[keep], cols_of[keep], col_vals[keep])


def _top(
    block: FloatArray,
    shift: FloatArray,
    threshold: FloatArray,
    k: int,
    row_best: FloatArray,
    start: int,
) -> tuple[IntArray, IntArray, FloatArray]:
    """Each row's k best pairs by ``score - shift`` above its threshold, as (rows, cols, scores);
    also fills ``row_best[start:]`` with each row's best ``score - shift``."""
    n_rows = block.shape[0]
    k = max(k, 1)
    cols = np.zeros((n_rows, k), dtype=np.int64)
    vals = np.zeros((n_rows, k), dtype=np.float64)
    count = np.zeros(n_rows, dtype=np.int64)
    best = np.empty(n_rows, dtype=np.float64)
    kernels.top_per_row(block, shift, threshold, k, cols, vals, count, best)
    row_best[start : start + n_rows] = best
    keep = np.arange(k)[None, :] < count[:, None]
    rows = np.broadcast_to(np.arange(n_rows, dtype=np.int64)[:, None], keep.shape)[keep]
    chosen = cols[keep]
    return rows + start, chosen, block[rows, chosen]
