"""Turns a `MatchingProblem` into NumPy arrays and scores blocks of pairs in one vectorised pass.

Nothing here loops over pairs in Python: a Python double loop over 10,000 x 5,000 pairs takes more
than a minute, the vectorised block takes about a second for all of them. Every hard rule is a
broadcast comparison of one per-person array against another:

* department: integer codes of the unit (or top-level unit) compared for equality;
* reporting line: the manager tree is numbered by a depth-first walk, and *a* is an ancestor of
  *b* iff ``tin[a] <= tin[b] < tout[a]``, which tests every depth at once;
* languages and formats: bit sets, overlapping iff ``a & b != 0``;
* blocked and earlier pairs, and one id being on both sides, are sparse and patched in afterwards.

A block's scores come back as float64 with ``-inf`` for every ineligible pair, so solvers need
only one array.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from functools import cached_property

import numpy as np
from numpy.typing import NDArray

from . import kernels
from .errors import InvalidInput
from .model import MAX_LEVEL, MIN_LEVEL, UNIT_SEPARATOR, MatchingProblem, Mentee, Mentor

FloatArray = NDArray[np.float64]
IntArray = NDArray[np.int64]
BoolArray = NDArray[np.bool_]

# Rows per block: 1,024 mentees x 5,000 mentors is 5M pairs, 40 MB per float64 temporary; large
# enough that NumPy call overhead vanishes, small enough to stay in a modest memory budget.
DEFAULT_BLOCK_ROWS = 1024


def _euler_tour(managers: Mapping[str, str | None]) -> dict[str, tuple[int, int]]:
    """Entry/exit counters of an iterative depth-first walk; raises on cycles and unknown managers."""
    children: dict[str, list[str]] = {}
    roots: list[str] = []
    for person, manager in managers.items():
        if manager is None or manager == "":
            roots.append(person)
        elif manager not in managers:
            raise InvalidInput(
                "unknown_manager",
                f"Manager {manager!r} of {person!r} is not in the reporting tree.",
                {"person_id": person, "manager_id": manager},
            )
        else:
            children.setdefault(manager, []).append(person)
    tour: dict[str, tuple[int, int]] = {}
    counter = 0
    for root in sorted(roots):
        # Explicit stack instead of recursion: real org trees can be thousands deep in bad data.
        stack: list[tuple[str, bool]] = [(root, False)]
        entry: dict[str, int] = {}
        while stack:
            node, done = stack.pop()
            if done:
                tour[node] = (entry[node], counter)
                continue
            entry[node] = counter
            counter += 1
            stack.append((node, True))
            for child in sorted(children.get(node, ()), reverse=True):
                stack.append((child, False))
    if len(tour) != len(managers):
        # Whoever was never reached from a root sits on a cycle (or hangs below one).
        stuck = sorted(set(managers) - set(tour))
        raise InvalidInput(
            "manager_cycle",
            f"The manager ids form a cycle through {', '.join(stuck[:5])}.",
            {"person_ids": stuck},
        )
    return tour


def _bitsets(sets: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> NDArray[np.uint64]:
    """One row of 64-bit words per person; bit k of word k // 64 set when they have item k."""
    words = max(1, (len(vocabulary) + 63) // 64)
    out = np.zeros((len(sets), words), dtype=np.uint64)
    for row, items in enumerate(sets):
        for item in items:
            k = vocabulary[item]
            out[row, k // 64] |= np.uint64(1) << np.uint64(k % 64)
    return out


def _indicator(sets: Sequence[frozenset[str]], vocabulary: dict[str, int]) -> FloatArray:
    out = np.zeros((len(sets), max(1, len(vocabulary))), dtype=np.float64)
    for row, items in enumerate(sets):
        for item in items:
            out[row, vocabulary[item]] = 1.0
    return out


def _vocabulary(*groups: Iterable[Iterable[str]]) -> dict[str, int]:
    items = sorted({item for group in groups for person in group for item in person})
    return {item: k for k, item in enumerate(items)}


def _unit(department: str | None, scope: str) -> str | None:
    if department is None or department.strip() == "":
        return None
    if scope == "top-level":
        return department.split(UNIT_SEPARATOR, 1)[0].strip()
    return department.strip()


def _check_people(mentors: Sequence[Mentor], mentees: Sequence[Mentee]) -> None:
    for kind, people in (("mentor", mentors), ("mentee", mentees)):
        seen: set[str] = set()
        for person in people:
            if person.id in seen:
                raise InvalidInput(
                    "duplicate_id",
                    f"{kind.capitalize()} id {person.id!r} appears twice.",
                    {"role": kind, "id": person.id},
                )
            seen.add(person.id)
            for topic, level in person.topics.items():
                if not MIN_LEVEL <= level <= MAX_LEVEL:
                    raise InvalidInput(
                        "level_out_of_range",
                        f"{kind.capitalize()} {person.id!r} has {topic!r} at {level}; "
                        f"levels and priorities run from {MIN_LEVEL} to {MAX_LEVEL}.",
                        {"role": kind, "id": person.id, "topic": topic, "level": level},
                    )
    for mentor in mentors:
        if mentor.capacity < 0:
            raise InvalidInput(
                "negative_capacity",
                f"Mentor {mentor.id!r} has a negative capacity.",
                {"id": mentor.id, "capacity": mentor.capacity},
            )


@dataclass(frozen=True)
class PreparedProblem:
    """The problem as arrays; row i is ``mentee_ids[i]``, column j is ``mentor_ids[j]``."""

    mentor_ids: tuple[str, ...]
    mentee_ids: tuple[str, ...]
    capacity: IntArray
    topics: tuple[str, ...]
    mentee_priority: FloatArray  # (n, T)
    mentor_level_t: FloatArray  # (T, m): transposed once so every block is one matmul
    fit_denominator: FloatArray  # (n,) 5 * sum of priorities, 1 where the mentee has none
    mentee_unit: IntArray
    mentor_unit: IntArray
    mentee_tin: IntArray
    mentee_tout: IntArray
    mentor_tin: IntArray
    mentor_tout: IntArray
    mentee_lang: NDArray[np.uint64]
    mentor_lang: NDArray[np.uint64]
    mentee_fmt: NDArray[np.uint64]
    mentor_fmt: NDArray[np.uint64]
    mentee_grade: FloatArray  # NaN when unknown: every comparison with NaN is False
    mentor_grade: FloatArray
    min_grade_gap: int | None
    # Sparse exclusions as (row, col) index arrays, applied after the dense rules.
    blocked_rows: IntArray
    blocked_cols: IntArray
    earlier_rows: IntArray
    earlier_cols: IntArray
    same_rows: IntArray
    same_cols: IntArray
    # Weighted extras: (indicator rows, indicator cols, weight) or None when the weight is 0.
    availability: tuple[FloatArray, FloatArray, float] | None
    format_overlap: tuple[FloatArray, FloatArray, float] | None
    block_rows: int = DEFAULT_BLOCK_ROWS

    @property
    def n_rows(self) -> int:
        return len(self.mentee_ids)

    @cached_property
    def topic_ptr(self) -> IntArray:
        """The mentees' topics as sparse rows (``topic_ptr``, ``topic_idx``, ``topic_val``)."""
        counts = np.count_nonzero(self.mentee_priority, axis=1)
        return np.concatenate([[0], np.cumsum(counts)]).astype(np.int64)

    @cached_property
    def topic_idx(self) -> IntArray:
        return np.nonzero(self.mentee_priority)[1].astype(np.int64)

    @cached_property
    def topic_val(self) -> FloatArray:
        return self.mentee_priority[np.nonzero(self.mentee_priority)]

    @property
    def n_cols(self) -> int:
        return len(self.mentor_ids)

    # -- scoring ---------------------------------------------------------------------------------

    def topic_fit(self, start: int, stop: int) -> FloatArray:
        """Topic fit of rows ``start:stop`` against every mentor, exactly as the issue defines it."""
        # Levels and priorities are small integers, so the matmul is exact in float64 and the one
        # division is correctly rounded: the same pair always gets the same bits.
        fit = self.mentee_priority[start:stop] @ self.mentor_level_t
        np.divide(fit, self.fit_denominator[start:stop, None], out=fit)
        return fit

    def pair_topic_fit(self, row: int, col: int) -> float:
        value = self.mentee_priority[row] @ self.mentor_level_t[:, col]
        return float(value / self.fit_denominator[row])

    def _extras(self, rows: slice | IntArray, cols: slice | IntArray) -> FloatArray | None:
        total: FloatArray | None = None
        for extra in (self.availability, self.format_overlap):
            if extra is None:
                continue
            left, right, weight = extra
            a, b = left[rows], right[cols]
            inter = a @ b.T
            union = a.sum(axis=1)[:, None] + b.sum(axis=1)[None, :] - inter
            jaccard = np.divide(inter, union, out=np.zeros_like(inter), where=union > 0)
            total = weight * jaccard if total is None else total + weight * jaccard
        return total

    def scores(self, start: int, stop: int, out: FloatArray | None = None) -> FloatArray:
        """Scores of rows ``start:stop`` against every mentor; ``-inf`` where any rule fails.

        Written into ``out`` when given (the solver's cache hands out slices of one array)."""
        fit = np.empty((stop - start, self.n_cols), dtype=np.float64) if out is None else out
        kernels.score_block(
            fit,
            start,
            self.topic_ptr,
            self.topic_idx,
            self.topic_val,
            self.mentor_level_t,
            self.fit_denominator,
            self.mentee_unit,
            self.mentor_unit,
            self.mentee_tin,
            self.mentee_tout,
            self.mentor_tin,
            self.mentor_tout,
            self.mentee_lang,
            self.mentor_lang,
            self.mentee_fmt,
            self.mentor_fmt,
            self.mentee_grade,
            self.mentor_grade,
            self.min_grade_gap is not None,
            float(self.min_grade_gap or 0),
        )
        for rows, cols in (
            (self.blocked_rows, self.blocked_cols),
            (self.earlier_rows, self.earlier_cols),
            (self.same_rows, self.same_cols),
        ):
            inside = (rows >= start) & (rows < stop)
            fit[rows[inside] - start, cols[inside]] = -np.inf
        extras = self._extras(slice(start, stop), slice(None))
        if extras is not None:
            # -inf + extra stays -inf: ineligible pairs stay out.
            fit += extras
        return fit

    def _related(self, rows: slice | IntArray) -> BoolArray:
        e_in, e_out = self.mentee_tin[rows, None], self.mentee_tout[rows, None]
        m_in, m_out = self.mentor_tin[None, :], self.mentor_tout[None, :]
        # People outside the tree have tin = tout = -1, which makes both tests False.
        mentor_above = (m_in <= e_in) & (e_in < m_out)
        mentee_above = (e_in <= m_in) & (m_in < e_out)
        related: BoolArray = mentor_above | mentee_above
        return related

    def _grade_ok(self, rows: slice | IntArray) -> BoolArray:
        assert self.min_grade_gap is not None
        ok: BoolArray = self.mentor_grade[None, :] <= (
            self.mentee_grade[rows, None] - self.min_grade_gap
        )
        return ok

    # -- explanations ----------------------------------------------------------------------------

    def rule_failures(self, rows: IntArray) -> dict[str, BoolArray]:
        """For the given mentee rows, a (len(rows), m) mask per rule: True where the rule fails."""
        fails: dict[str, BoolArray] = {}
        fails["same_department"] = self.mentee_unit[rows, None] == self.mentor_unit[None, :]
        fails["reporting_line"] = self._related(rows)
        fails["no_shared_language"] = ~_overlaps(self.mentee_lang[rows], self.mentor_lang)
        fails["no_shared_format"] = ~_overlaps(self.mentee_fmt[rows], self.mentor_fmt)
        position = {int(r): k for k, r in enumerate(rows)}

        def sparse(r: IntArray, c: IntArray) -> BoolArray:
            mask = np.zeros((len(rows), self.n_cols), dtype=bool)
            for row, col in zip(r.tolist(), c.tolist(), strict=True):
                if row in position:
                    mask[position[row], col] = True
            return mask

        fails["blocked"] = sparse(self.blocked_rows, self.blocked_cols)
        same = sparse(self.same_rows, self.same_cols)
        fails["reporting_line"] |= same  # being the same person is the shortest reporting line
        if self.min_grade_gap is None:
            fails["grade_gap"] = np.zeros((len(rows), self.n_cols), dtype=bool)
        else:
            fails["grade_gap"] = ~self._grade_ok(rows)
        fails["earlier_pair"] = sparse(self.earlier_rows, self.earlier_cols)
        fit = self.mentee_priority[rows] @ self.mentor_level_t
        fails["no_shared_topic"] = ~(fit > 0.0)
        return fails

    def pair_score(self, row: int, col: int) -> float:
        """The score of one pair computed with the same arithmetic as `scores`."""
        return float(self.scores(row, row + 1)[0, col])


def _overlaps(left: NDArray[np.uint64], right: NDArray[np.uint64]) -> BoolArray:
    out: BoolArray = np.zeros((left.shape[0], right.shape[0]), dtype=bool)
    for word in range(left.shape[1]):
        out |= (left[:, word, None] & right[None, :, word]) != 0
    return out


def prepare(problem: MatchingProblem, *, block_rows: int = DEFAULT_BLOCK_ROWS) -> PreparedProblem:
    """Validate the problem and build its arrays (mentors and mentees sorted by id)."""
    settings = problem.settings
    mentors = sorted(problem.mentors, key=lambda p: p.id)
    mentees = sorted(problem.mentees, key=lambda p: p.id)
    _check_people(mentors, mentees)
    if settings.availability_weight < 0 or settings.format_weight < 0:
        raise InvalidInput(
            "negative_weight",
            "Weights of extras must be zero or positive.",
            {
                "availability_weight": settings.availability_weight,
                "format_weight": settings.format_weight,
            },
        )
    tour = _euler_tour(problem.managers)
    n, m = len(mentees), len(mentors)

    topic_index = _vocabulary(
        [p.topics.keys() for p in mentors], [p.topics.keys() for p in mentees]
    )
    priority = np.zeros((n, max(1, len(topic_index))), dtype=np.float64)
    for i, mentee in enumerate(mentees):
        for topic, value in mentee.topics.items():
            priority[i, topic_index[topic]] = value
    level = np.zeros((m, max(1, len(topic_index))), dtype=np.float64)
    for j, mentor in enumerate(mentors):
        for topic, value in mentor.topics.items():
            level[j, topic_index[topic]] = value
    denominator = MAX_LEVEL * priority.sum(axis=1)
    denominator[denominator == 0] = 1.0  # no topics: fit is 0 anyway, avoid 0/0

    units: dict[str, int] = {}

    def unit_codes(people: Sequence[Mentor | Mentee], missing: int) -> IntArray:
        codes = np.full(len(people), missing, dtype=np.int64)
        for k, person in enumerate(people):
            unit = _unit(person.department, settings.department_scope)
            if unit is not None:
                codes[k] = units.setdefault(unit, len(units))
        return codes

    def tour_arrays(people: Sequence[Mentor | Mentee]) -> tuple[IntArray, IntArray]:
        tin = np.full(len(people), -1, dtype=np.int64)
        tout = np.full(len(people), -1, dtype=np.int64)
        for k, person in enumerate(people):
            if person.id in tour:
                tin[k], tout[k] = tour[person.id]
        return tin, tout

    languages = _vocabulary([p.languages for p in mentors], [p.languages for p in mentees])
    formats = _vocabulary([p.formats for p in mentors], [p.formats for p in mentees])
    row_of = {p.id: i for i, p in enumerate(mentees)}
    col_of = {p.id: j for j, p in enumerate(mentors)}

    def pair_arrays(pairs: Iterable[tuple[str, str]]) -> tuple[IntArray, IntArray]:
        # Pairs naming someone who is not taking part cannot exclude anything: skip them.
        found = [(row_of[e], col_of[r]) for r, e in pairs if e in row_of and r in col_of]
        rows = np.array([f[0] for f in found], dtype=np.int64)
        cols = np.array([f[1] for f in found], dtype=np.int64)
        return rows, cols

    blocked = pair_arrays((p.mentor_id, p.mentee_id) for p in problem.blocked)
    earlier = (
        pair_arrays((p.mentor_id, p.mentee_id) for p in problem.earlier)
        if settings.exclude_earlier_pairs
        else pair_arrays(())
    )
    same = pair_arrays((i, i) for i in sorted(set(row_of) & set(col_of)))

    availability = None
    if settings.availability_weight > 0:
        slots = _vocabulary([p.availability for p in mentors], [p.availability for p in mentees])
        availability = (
            _indicator([p.availability for p in mentees], slots),
            _indicator([p.availability for p in mentors], slots),
            float(settings.availability_weight),
        )
    format_overlap = None
    if settings.format_weight > 0:
        format_overlap = (
            _indicator([p.formats for p in mentees], formats),
            _indicator([p.formats for p in mentors], formats),
            float(settings.format_weight),
        )

    e_tin, e_tout = tour_arrays(mentees)
    m_tin, m_tout = tour_arrays(mentors)
    return PreparedProblem(
        mentor_ids=tuple(p.id for p in mentors),
        mentee_ids=tuple(p.id for p in mentees),
        capacity=np.array([p.capacity for p in mentors], dtype=np.int64),
        topics=tuple(sorted(topic_index, key=topic_index.__getitem__)),
        mentee_priority=priority,
        mentor_level_t=np.ascontiguousarray(level.T),
        fit_denominator=denominator,
        mentee_unit=unit_codes(mentees, -1),
        mentor_unit=unit_codes(mentors, -2),  # -1 vs -2: two unknown departments never clash
        mentee_tin=e_tin,
        mentee_tout=e_tout,
        mentor_tin=m_tin,
        mentor_tout=m_tout,
        mentee_lang=_bitsets([p.languages for p in mentees], languages),
        mentor_lang=_bitsets([p.languages for p in mentors], languages),
        mentee_fmt=_bitsets([p.formats for p in mentees], formats),
        mentor_fmt=_bitsets([p.formats for p in mentors], formats),
        mentee_grade=np.array(
            [np.nan if p.grade is None else p.grade for p in mentees], dtype=np.float64
        ),
        mentor_grade=np.array(
            [np.nan if p.grade is None else p.grade for p in mentors], dtype=np.float64
        ),
        min_grade_gap=settings.min_grade_gap,
        blocked_rows=blocked[0],
        blocked_cols=blocked[1],
        earlier_rows=earlier[0],
        earlier_cols=earlier[1],
        same_rows=same[0],
        same_cols=same[1],
        availability=availability,
        format_overlap=format_overlap,
        block_rows=block_rows,
    )
