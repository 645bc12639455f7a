"""Slow, obviously-correct reference implementations the engine is checked against.

Written pair by pair in plain Python, straight from the wording of issue 3, sharing no code with
the vectorised engine: if both agree on thousands of random instances, both are probably right.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache

from revmentor.matching.engine import MatchingProblem, Mentee, Mentor


def ancestors(problem: MatchingProblem, person: str) -> set[str]:
    found: set[str] = set()
    node = problem.managers.get(person)
    while node is not None and node not in found:
        found.add(node)
        node = problem.managers.get(node)
    return found


def unit(department: str | None, scope: str) -> str | None:
    if department is None or department.strip() == "":
        return None
    return department.split("/")[0].strip() if scope == "top-level" else department.strip()


def broken_rules(problem: MatchingProblem, mentor: Mentor, mentee: Mentee) -> list[str]:
    s = problem.settings
    broken = []
    a, b = unit(mentor.department, s.department_scope), unit(mentee.department, s.department_scope)
    if a is not None and a == b:
        broken.append("same_department")
    same = mentor.id == mentee.id
    if (
        same
        or mentor.id in ancestors(problem, mentee.id)
        or mentee.id in ancestors(problem, mentor.id)
    ):
        broken.append("reporting_line")
    if not mentor.languages & mentee.languages:
        broken.append("no_shared_language")
    if not mentor.formats & mentee.formats:
        broken.append("no_shared_format")
    pair = (mentor.id, mentee.id)
    if pair in {(p.mentor_id, p.mentee_id) for p in problem.blocked}:
        broken.append("blocked")
    if s.min_grade_gap is not None and (
        mentor.grade is None
        or mentee.grade is None
        or mentor.grade > mentee.grade - s.min_grade_gap
    ):
        broken.append("grade_gap")
    if s.exclude_earlier_pairs and pair in {(p.mentor_id, p.mentee_id) for p in problem.earlier}:
        broken.append("earlier_pair")
    if not set(mentor.topics) & set(mentee.topics):
        broken.append("no_shared_topic")
    return broken


def topic_fit(mentor: Mentor, mentee: Mentee) -> float:
    total = sum(mentee.topics.values())
    if total == 0:
        return 0.0
    return sum(mentor.topics.get(t, 0) * p for t, p in mentee.topics.items()) / (5 * total)


def jaccard(a: frozenset[str], b: frozenset[str]) -> float:
    return len(a & b) / len(a | b) if a | b else 0.0


def score(problem: MatchingProblem, mentor: Mentor, mentee: Mentee) -> float:
    s = problem.settings
    return (
        topic_fit(mentor, mentee)
        + s.availability_weight * jaccard(mentor.availability, mentee.availability)
        + s.format_weight * jaccard(mentor.formats, mentee.formats)
    )


def eligible_scores(problem: MatchingProblem) -> dict[tuple[str, str], float]:
    """(mentor id, mentee id) -> score for every pair that breaks no rule."""
    return {
        (r.id, e.id): score(problem, r, e)
        for r in problem.mentors
        for e in problem.mentees
        if not broken_rules(problem, r, e)
    }


def brute_force(problem: MatchingProblem, most_matched: bool) -> tuple[int, float]:
    """Exhaustive optimum over all matchings honouring capacity and pins: (count, score).

    Memoised over (mentee index, remaining capacities); with 8 mentors of capacity <= 2 that is at
    most 8 x 3^8 states, each trying every mentor: exhaustive, not clever.
    """
    allowed = eligible_scores(problem)
    mentors = sorted(problem.mentors, key=lambda p: p.id)
    mentees = sorted(problem.mentees, key=lambda p: p.id)
    pinned = {p.mentee_id: p.mentor_id for p in problem.pinned}
    index = {r.id: j for j, r in enumerate(mentors)}

    options = [
        [
            (index[r.id], allowed[(r.id, e.id)])
            for r in mentors
            if (r.id, e.id) in allowed and pinned.get(e.id, r.id) == r.id
        ]
        for e in mentees
    ]

    def better(x: tuple[int, float], y: tuple[int, float]) -> bool:
        if most_matched and x[0] != y[0]:
            return x[0] > y[0]
        return x[1] > y[1] + 1e-12

    @cache
    def best(i: int, room: tuple[int, ...]) -> tuple[int, float]:
        if i == len(mentees):
            return (0, 0.0)
        mentee = mentees[i]
        result: tuple[int, float] | None = None
        if mentee.id not in pinned:
            result = best(i + 1, room)
        for j, w in options[i]:
            if room[j] == 0:
                continue
            rest = best(i + 1, (*room[:j], room[j] - 1, *room[j + 1 :]))
            candidate = (rest[0] + 1, rest[1] + w)
            if result is None or better(candidate, result):
                result = candidate
        # None: a pinned mentee found their mentor already full on this branch; never the best.
        return (-(10**9), float("-inf")) if result is None else result

    return best(0, tuple(r.capacity for r in mentors))


def deferred_acceptance(problem: MatchingProblem) -> dict[str, str]:
    """Textbook mentee-proposing deferred acceptance (pins fixed first); mentee id -> mentor id."""
    allowed = eligible_scores(problem)
    room = {r.id: r.capacity for r in problem.mentors}
    result: dict[str, str] = {}
    for pin in problem.pinned:
        result[pin.mentee_id] = pin.mentor_id
        room[pin.mentor_id] -= 1

    def mentee_rank(mentee: str) -> Callable[[str], tuple[float, str]]:
        return lambda mentor: (-allowed[(mentor, mentee)], mentor)

    def mentor_rank(mentor: str) -> Callable[[str], tuple[float, str]]:
        return lambda mentee: (-allowed[(mentor, mentee)], mentee)

    prefs = {
        e.id: sorted((r for (r, m) in allowed if m == e.id), key=mentee_rank(e.id))
        for e in problem.mentees
        if e.id not in result
    }
    held: dict[str, list[str]] = {r: [] for r in room}
    free = sorted(prefs)
    nxt = dict.fromkeys(prefs, 0)
    while free:
        mentee = free.pop(0)
        if nxt[mentee] >= len(prefs[mentee]):
            continue
        mentor = prefs[mentee][nxt[mentee]]
        nxt[mentee] += 1
        held[mentor].append(mentee)
        held[mentor].sort(key=mentor_rank(mentor))
        while len(held[mentor]) > max(room[mentor], 0):
            free.append(held[mentor].pop())
            free.sort()
    for mentor, mentees in held.items():
        for mentee in mentees:
            result[mentee] = mentor
    return result
