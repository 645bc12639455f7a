"""Pinned pairs: always in the result, or a `PinError` naming the pin and the broken rule."""

from __future__ import annotations

import pytest

from revmentor.matching.engine import (
    OBJECTIVES,
    MatchingProblem,
    MatchSettings,
    PairRef,
    PinError,
    broken_rules,
    match,
)

from .test_rules import mentee, mentor


def test_a_pinned_pair_is_in_the_result_even_when_it_costs_score() -> None:
    problem = MatchingProblem(
        mentors=(mentor("strong", topics={"ai_tools": 5}), mentor("weak", topics={"ai_tools": 1})),
        mentees=(mentee("e"),),
        pinned=(PairRef("weak", "e"),),
    )
    for objective in OBJECTIVES:
        problem = MatchingProblem(
            mentors=problem.mentors,
            mentees=problem.mentees,
            pinned=problem.pinned,
            settings=MatchSettings(objective=objective),
        )
        (pair,) = match(problem).pairs
        assert (pair.mentor_id, pair.mentee_id, pair.pinned) == ("weak", "e", True)


def test_a_pin_inside_a_reporting_line_fails_naming_pin_and_rule() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r"),),
        mentees=(mentee("e"),),
        managers={"e": None, "r": "e"},
        pinned=(PairRef("r", "e"),),
    )
    with pytest.raises(PinError) as caught:
        match(problem)
    assert caught.value.code == "pin_breaks_rule"
    assert caught.value.params == {
        "mentor_id": "r",
        "mentee_id": "e",
        "rule": "reporting_line",
        "rules": ["reporting_line"],
    }
    assert "r - e" in caught.value.message
    assert "reporting_line" in caught.value.message


@pytest.mark.parametrize(
    ("pins", "capacity", "code"),
    [
        ((PairRef("r", "nobody"),), 1, "pin_unknown_participant"),
        ((PairRef("r", "a"), PairRef("r2", "a")), 2, "pin_mentee_twice"),
        ((PairRef("r", "a"), PairRef("r", "b")), 1, "pin_over_capacity"),
    ],
)
def test_impossible_pins_fail_with_a_code(
    pins: tuple[PairRef, ...], capacity: int, code: str
) -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", capacity=capacity), mentor("r2", "HR")),
        mentees=(mentee("a"), mentee("b")),
        pinned=pins,
    )
    with pytest.raises(PinError) as caught:
        match(problem)
    assert caught.value.code == code


def test_broken_rules_lists_every_rule_a_pair_breaks_and_nothing_for_an_allowed_pair() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", languages=frozenset({"de"})), mentor("ok")),
        mentees=(mentee("e"),),
        managers={"e": None, "r": "e", "ok": None},
    )
    assert broken_rules(problem, "r", "e") == ["reporting_line", "no_shared_language"]
    assert broken_rules(problem, "ok", "e") == []
    with pytest.raises(PinError):
        broken_rules(problem, "nobody", "e")
