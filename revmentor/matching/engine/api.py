"""`match`: the one entry point that turns a `MatchingProblem` into an explained `MatchResult`."""

from __future__ import annotations

import math

import numpy as np
from numpy.typing import NDArray

from .arrays import FloatArray, IntArray, PreparedProblem, prepare
from .bmatching import CachedSource, solve
from .errors import OptimalityNotProven, PinError
from .model import (
    RULES,
    Alternative,
    Certificate,
    MatchedPair,
    MatchingProblem,
    MatchResult,
    TopicContribution,
    UnmatchedMentee,
)
from .stable import stable_matching

# Keep the whole score matrix in memory up to this size (10,000 x 5,000 pairs is 400 MB); beyond
# it every pricing pass recomputes the rules block by block instead.
DEFAULT_MEMORY_BUDGET = 768 * 1024 * 1024
TOP_TOPICS = 3
# Best eligible mentors named for an unmatched mentee.
TOP_ALTERNATIVES = 3
# Unmatched mentees are explained in chunks so the per-rule masks stay small.
EXPLAIN_CHUNK = 512


class _PinnedRowsRemoved:
    """The prepared problem with pinned mentees taken out of the market (their rows all -inf)."""

    def __init__(self, prepared: PreparedProblem, pinned_rows: IntArray):
        self.prepared = prepared
        self.pinned_rows = np.sort(pinned_rows)
        self.block_rows = prepared.block_rows

    @property
    def n_rows(self) -> int:
        return self.prepared.n_rows

    @property
    def n_cols(self) -> int:
        return self.prepared.n_cols

    def scores(self, start: int, stop: int, out: FloatArray | None = None) -> FloatArray:
        block = self.prepared.scores(start, stop, out)
        lo, hi = np.searchsorted(self.pinned_rows, [start, stop])
        block[self.pinned_rows[lo:hi] - start] = -np.inf
        return block


def _pins(prepared: PreparedProblem, problem: MatchingProblem) -> tuple[IntArray, IntArray]:
    """Validate pins against every rule; returns their (rows, cols) or raises `PinError`."""
    row_of = {mentee: i for i, mentee in enumerate(prepared.mentee_ids)}
    col_of = {mentor: j for j, mentor in enumerate(prepared.mentor_ids)}
    rows: list[int] = []
    cols: list[int] = []
    for pin in sorted(problem.pinned, key=lambda p: (p.mentee_id, p.mentor_id)):
        params = {"mentor_id": pin.mentor_id, "mentee_id": pin.mentee_id}
        if pin.mentor_id not in col_of or pin.mentee_id not in row_of:
            raise PinError(
                "pin_unknown_participant",
                f"Pinned pair {pin.mentor_id} - {pin.mentee_id} names someone who is not "
                "taking part.",
                params,
            )
        if row_of[pin.mentee_id] in rows:
            raise PinError(
                "pin_mentee_twice",
                f"Mentee {pin.mentee_id} is pinned to more than one mentor.",
                params,
            )
        rows.append(row_of[pin.mentee_id])
        cols.append(col_of[pin.mentor_id])
    pin_rows = np.array(rows, dtype=np.int64)
    pin_cols = np.array(cols, dtype=np.int64)
    if len(pin_rows):
        failures = prepared.rule_failures(pin_rows)
        for k, (row, col) in enumerate(zip(pin_rows.tolist(), pin_cols.tolist(), strict=True)):
            broken = [rule for rule in RULES if failures[rule][k, col]]
            if broken:
                mentor, mentee = prepared.mentor_ids[col], prepared.mentee_ids[row]
                raise PinError(
                    "pin_breaks_rule",
                    f"Pinned pair {mentor} - {mentee} breaks the rule '{broken[0]}'.",
                    {"mentor_id": mentor, "mentee_id": mentee, "rule": broken[0], "rules": broken},
                )
        load = np.bincount(pin_cols, minlength=prepared.n_cols)
        over = np.flatnonzero(load > prepared.capacity)
        if len(over):
            mentor = prepared.mentor_ids[int(over[0])]
            raise PinError(
                "pin_over_capacity",
                f"Mentor {mentor} has {int(load[over[0]])} pinned mentees but capacity "
                f"{int(prepared.capacity[over[0]])}.",
                {
                    "mentor_id": mentor,
                    "pinned": int(load[over[0]]),
                    "capacity": int(prepared.capacity[over[0]]),
                },
            )
    return pin_rows, pin_cols


def _top_topics(
    prepared: PreparedProblem, rows: IntArray, cols: IntArray
) -> tuple[FloatArray, list[tuple[TopicContribution, ...]]]:
    """Topic fit and the best contributing topics of every pair ``(rows[k], cols[k])``.

    One array pass for all pairs (a Python loop per pair cost a tenth of a second at 10,000
    pairs). Levels and priorities are small integers, so each fit's sum is exact in any order:
    the same number `PreparedProblem.scores` gives.
    """
    priority = prepared.mentee_priority[rows]
    level = prepared.mentor_level_t[:, cols].T
    share = priority * level / prepared.fit_denominator[rows, None]
    fit = (priority * level).sum(axis=1) / prepared.fit_denominator[rows]
    # Largest share first; a stable sort keeps ties in topic order (topics are sorted by name).
    order = np.argsort(-share, axis=1, kind="stable")[:, :TOP_TOPICS]
    top_share = np.take_along_axis(share, order, axis=1)
    top_level = np.take_along_axis(level, order, axis=1).astype(np.int64)
    top_priority = np.take_along_axis(priority, order, axis=1).astype(np.int64)
    topics = prepared.topics
    found = [
        tuple(
            TopicContribution(topic=topics[t], mentor_level=lv, mentee_priority=pr, contribution=sh)
            for t, lv, pr, sh in zip(ts, lvs, prs, shs, strict=True)
            if sh > 0
        )
        for ts, lvs, prs, shs in zip(
            order.tolist(),
            top_level.tolist(),
            top_priority.tolist(),
            top_share.tolist(),
            strict=True,
        )
    ]
    return fit, found


def _alternatives(
    prepared: PreparedProblem, row: int, assigned: dict[int, list[str]]
) -> tuple[Alternative, ...]:
    """The best eligible mentors of an unmatched mentee (by score, ties by mentor id)."""
    scores = prepared.scores(row, row + 1)[0]
    cols = np.flatnonzero(np.isfinite(scores))
    best = cols[np.lexsort((cols, -scores[cols]))][:TOP_ALTERNATIVES]
    return tuple(
        Alternative(
            mentor_id=prepared.mentor_ids[col],
            score=float(scores[col]),
            taken_by=tuple(sorted(assigned.get(col, ()))),
        )
        for col in best.tolist()
    )


def _explain_unmatched(
    prepared: PreparedProblem, rows: IntArray, assigned: dict[int, list[str]]
) -> list[UnmatchedMentee]:
    out: list[UnmatchedMentee] = []
    for begin in range(0, len(rows), EXPLAIN_CHUNK):
        chunk = rows[begin : begin + EXPLAIN_CHUNK]
        failures = prepared.rule_failures(chunk)
        any_fail: NDArray[np.bool_] = np.zeros((len(chunk), prepared.n_cols), dtype=bool)
        counts = {}
        for rule in RULES:
            any_fail |= failures[rule]
            counts[rule] = failures[rule].sum(axis=1)
        eligible = prepared.n_cols - any_fail.sum(axis=1)
        for k, row in enumerate(chunk.tolist()):
            out.append(
                UnmatchedMentee(
                    mentee_id=prepared.mentee_ids[row],
                    reason="eligible_mentors_used" if eligible[k] > 0 else "no_eligible_mentor",
                    eligible_mentors=int(eligible[k]),
                    excluded_by={rule: int(counts[rule][k]) for rule in RULES},
                    best_mentors=_alternatives(prepared, row, assigned) if eligible[k] else (),
                )
            )
    return out


def broken_rules(problem: MatchingProblem, mentor_id: str, mentee_id: str) -> list[str]:
    """The hard rules (codes of `RULES`) the pair breaks in this problem; empty when allowed.

    Lets a caller warn when a pin is set rather than only when the next run fails on it."""
    prepared = prepare(problem)
    if mentor_id not in prepared.mentor_ids or mentee_id not in prepared.mentee_ids:
        raise PinError(
            "pin_unknown_participant",
            f"Pair {mentor_id} - {mentee_id} names someone who is not taking part.",
            {"mentor_id": mentor_id, "mentee_id": mentee_id},
        )
    row = prepared.mentee_ids.index(mentee_id)
    col = prepared.mentor_ids.index(mentor_id)
    failures = prepared.rule_failures(np.array([row], dtype=np.int64))
    return [rule for rule in RULES if failures[rule][0, col]]


def match(
    problem: MatchingProblem, *, memory_budget_bytes: int = DEFAULT_MEMORY_BUDGET
) -> MatchResult:
    """Run one matching.

    Raises `InvalidInput` for contradictory input, `PinError` for a pin that cannot be honoured
    and `OptimalityNotProven` if the duality gap of an optimal objective does not close.
    """
    settings = problem.settings
    prepared = prepare(problem)
    pin_rows, pin_cols = _pins(prepared, problem)
    capacity = prepared.capacity - np.bincount(pin_cols, minlength=prepared.n_cols)
    source = CachedSource(_PinnedRowsRemoved(prepared, pin_rows), memory_budget_bytes)

    certificate: Certificate | None = None
    if settings.objective == "stable":
        mate, weight = stable_matching(source, capacity)
    else:
        solution = solve(source, capacity, most_matched=settings.objective == "most-matched")
        mate, weight = solution.mate, solution.weight
        pinned_score = math.fsum(
            prepared.pair_score(r, c)
            for r, c in zip(pin_rows.tolist(), pin_cols.tolist(), strict=True)
        )
        proven = abs(solution.gap) <= 1e-6 and (
            solution.cardinality_bound is None or solution.cardinality_bound == solution.matched
        )
        certificate = Certificate(
            objective=settings.objective,
            primal=solution.primal + pinned_score,
            dual_bound=solution.dual_bound + pinned_score,
            gap=solution.gap,
            matched=solution.matched + len(pin_rows),
            cardinality_bound=(
                None
                if solution.cardinality_bound is None
                else solution.cardinality_bound + len(pin_rows)
            ),
            rounds=solution.rounds,
            candidate_pairs=solution.candidate_pairs,
            eligible_pairs=solution.eligible_pairs,
            proven=proven,
        )
        if not proven:
            raise OptimalityNotProven(
                "optimality_not_proven",
                f"The solver stopped with a duality gap of {solution.gap:.3g}; the result is not "
                "returned because it is not proven optimal.",
                {"gap": solution.gap, "rounds": solution.rounds},
            )

    pinned_at = dict(zip(pin_rows.tolist(), pin_cols.tolist(), strict=True))
    col_of_row = np.asarray(mate, dtype=np.int64).copy()
    col_of_row[pin_rows] = pin_cols
    rows = np.flatnonzero(col_of_row >= 0)
    cols = col_of_row[rows]
    fits, tops = _top_topics(prepared, rows, cols)
    pairs: list[MatchedPair] = []
    for k, (row, col) in enumerate(zip(rows.tolist(), cols.tolist(), strict=True)):
        pinned = row in pinned_at
        pairs.append(
            MatchedPair(
                mentor_id=prepared.mentor_ids[col],
                mentee_id=prepared.mentee_ids[row],
                score=prepared.pair_score(row, col) if pinned else float(weight[row]),
                topic_fit=float(fits[k]),
                pinned=pinned,
                top_topics=tops[k],
            )
        )
    unmatched_rows = np.flatnonzero(col_of_row < 0)
    assigned: dict[int, list[str]] = {}
    for row, col in zip(rows.tolist(), cols.tolist(), strict=True):
        assigned.setdefault(col, []).append(prepared.mentee_ids[row])
    return MatchResult(
        objective=settings.objective,
        pairs=tuple(pairs),
        unmatched=tuple(_explain_unmatched(prepared, unmatched_rows, assigned)),
        total_score=math.fsum(p.score for p in pairs),
        certificate=certificate,
    )
