"""Property tests on random small programs, against the brute-force references."""

from __future__ import annotations

import dataclasses
import os
import random

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from revmentor.matching.engine import (
    OBJECTIVES,
    MatchingProblem,
    MatchResult,
    Objective,
    PairRef,
    PinError,
    match,
)
from revmentor.matching.engine.stable import TIE_DECIMALS

from . import reference
from .strategies import problems

SETTINGS = settings(
    deadline=None,
    max_examples=int(os.environ.get("HYPOTHESIS_EXAMPLES", "150")),
    suppress_health_check=[HealthCheck.too_slow],
)


def _with(problem: MatchingProblem, objective: Objective) -> MatchingProblem:
    return dataclasses.replace(
        problem, settings=dataclasses.replace(problem.settings, objective=objective)
    )


def _assert_feasible(problem: MatchingProblem, result: MatchResult) -> None:
    mentors = {r.id: r for r in problem.mentors}
    mentees = {e.id: e for e in problem.mentees}
    load: dict[str, int] = {}
    seen: set[str] = set()
    for pair in result.pairs:
        assert pair.mentee_id not in seen, "a mentee got two mentors"
        seen.add(pair.mentee_id)
        load[pair.mentor_id] = load.get(pair.mentor_id, 0) + 1
        mentor, mentee = mentors[pair.mentor_id], mentees[pair.mentee_id]
        assert reference.broken_rules(problem, mentor, mentee) == []
        assert pair.score == pytest.approx(reference.score(problem, mentor, mentee), abs=1e-12)
    for mentor_id, count in load.items():
        assert count <= mentors[mentor_id].capacity
    assert {u.mentee_id for u in result.unmatched} == set(mentees) - seen


@SETTINGS
@given(problems())
def test_most_matched_equals_the_brute_force_optimum(problem: MatchingProblem) -> None:
    result = match(_with(problem, "most-matched"))
    count, total = reference.brute_force(problem, most_matched=True)
    assert result.matched_count == count
    assert result.total_score == pytest.approx(total, abs=1e-9)
    assert result.certificate is not None
    assert result.certificate.proven
    assert result.certificate.cardinality_bound == count
    _assert_feasible(problem, result)


@SETTINGS
@given(problems())
def test_best_total_equals_the_brute_force_optimum(problem: MatchingProblem) -> None:
    result = match(_with(problem, "best-total"))
    _count, total = reference.brute_force(problem, most_matched=False)
    assert result.total_score == pytest.approx(total, abs=1e-9)
    assert result.certificate is not None
    assert result.certificate.gap <= 1e-6
    assert result.certificate.dual_bound >= total - 1e-9
    _assert_feasible(problem, result)


@SETTINGS
@given(problems())
def test_stable_results_have_no_blocking_pair(problem: MatchingProblem) -> None:
    problem = _with(problem, "stable")
    result = match(problem)
    _assert_feasible(problem, result)
    # Ties to 9 decimals, as the engine compares them: equal scores may differ in the last bit.
    allowed = {
        pair: round(score, TIE_DECIMALS)
        for pair, score in reference.eligible_scores(problem).items()
    }
    mentor_of = {p.mentee_id: p.mentor_id for p in result.pairs}
    held: dict[str, list[str]] = {}
    for pair in result.pairs:
        held.setdefault(pair.mentor_id, []).append(pair.mentee_id)
    capacity = {r.id: r.capacity for r in problem.mentors}

    def mentee_prefers(e: str, r: str) -> bool:
        current = mentor_of.get(e)
        if current is None:
            return True
        return (-allowed[(r, e)], r) < (-allowed[(current, e)], current)

    def mentor_prefers(r: str, e: str) -> bool:
        if len(held.get(r, [])) < capacity[r]:
            return True
        if not held.get(r):
            return False  # capacity 0: this mentor can take nobody
        worst = max(held[r], key=lambda x: (-allowed[(r, x)], x))
        return (-allowed[(r, e)], e) < (-allowed[(r, worst)], worst)

    for r, e in allowed:
        if mentor_of.get(e) == r:
            continue
        assert not (mentee_prefers(e, r) and mentor_prefers(r, e)), f"{r}-{e} blocks"


@SETTINGS
@given(problems())
def test_stable_equals_textbook_deferred_acceptance(problem: MatchingProblem) -> None:
    problem = _with(problem, "stable")
    result = match(problem)
    assert {p.mentee_id: p.mentor_id for p in result.pairs} == reference.deferred_acceptance(
        problem
    )


@SETTINGS
@given(problems(), st.data())
def test_it_always_honours_pins_or_names_the_broken_rule(
    problem: MatchingProblem, data: st.DataObject
) -> None:
    objective: Objective = data.draw(st.sampled_from(OBJECTIVES))
    mentor = data.draw(st.sampled_from(problem.mentors))
    mentee = data.draw(st.sampled_from(problem.mentees))
    pinned = dataclasses.replace(_with(problem, objective), pinned=(PairRef(mentor.id, mentee.id),))
    broken = reference.broken_rules(pinned, mentor, mentee)
    if broken or mentor.capacity == 0:
        with pytest.raises(PinError) as caught:
            match(pinned)
        assert caught.value.params["mentor_id"] == mentor.id
        if broken:
            assert caught.value.code == "pin_breaks_rule"
            assert caught.value.params["rule"] == broken[0]
        else:
            assert caught.value.code == "pin_over_capacity"
        return
    result = match(pinned)
    assert any(
        p.mentor_id == mentor.id and p.mentee_id == mentee.id and p.pinned for p in result.pairs
    )
    _assert_feasible(pinned, result)
    if objective != "stable":
        count, total = reference.brute_force(pinned, most_matched=objective == "most-matched")
        assert result.total_score == pytest.approx(total, abs=1e-9)
        if objective == "most-matched":
            assert result.matched_count == count


@settings(deadline=None, max_examples=40)
@given(problems(), st.randoms(use_true_random=False))
def test_the_same_input_in_any_order_gives_the_same_output(
    problem: MatchingProblem, rnd: random.Random
) -> None:
    shuffled_mentors = list(problem.mentors)
    shuffled_mentees = list(problem.mentees)
    rnd.shuffle(shuffled_mentors)
    rnd.shuffle(shuffled_mentees)
    shuffled = dataclasses.replace(
        problem, mentors=tuple(shuffled_mentors), mentees=tuple(shuffled_mentees)
    )
    assert match(problem) == match(shuffled)
