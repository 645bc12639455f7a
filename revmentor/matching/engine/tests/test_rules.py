"""Each hard rule, the score and the objectives on small hand-made programs."""

from __future__ import annotations

import dataclasses

import pytest

from revmentor.matching.engine import (
    InvalidInput,
    MatchingProblem,
    MatchSettings,
    Mentee,
    Mentor,
    PairRef,
    match,
)

FS = frozenset
EN = FS({"en"})
REMOTE = FS({"remote"})


def mentor(
    pid: str,
    department: str | None = "IT",
    *,
    languages: frozenset[str] = EN,
    formats: frozenset[str] = REMOTE,
    topics: dict[str, int] | None = None,
    capacity: int = 1,
    availability: frozenset[str] = frozenset(),
    grade: int | None = None,
) -> Mentor:
    return Mentor(
        id=pid,
        department=department,
        languages=languages,
        formats=formats,
        topics={"ai_tools": 4} if topics is None else topics,
        capacity=capacity,
        availability=availability,
        grade=grade,
    )


def mentee(
    pid: str,
    department: str | None = "Sales",
    *,
    languages: frozenset[str] = EN,
    formats: frozenset[str] = REMOTE,
    topics: dict[str, int] | None = None,
    availability: frozenset[str] = frozenset(),
    grade: int | None = None,
) -> Mentee:
    return Mentee(
        id=pid,
        department=department,
        languages=languages,
        formats=formats,
        topics={"ai_tools": 5} if topics is None else topics,
        availability=availability,
        grade=grade,
    )


def pairs(problem: MatchingProblem) -> set[tuple[str, str]]:
    return {(p.mentor_id, p.mentee_id) for p in match(problem).pairs}


def only_reason(problem: MatchingProblem, rule: str) -> None:
    result = match(problem)
    assert result.pairs == ()
    (unmatched,) = result.unmatched
    assert unmatched.reason == "no_eligible_mentor"
    assert unmatched.excluded_by[rule] == 1
    assert sum(unmatched.excluded_by.values()) == 1


def test_it_pairs_two_compatible_people() -> None:
    problem = MatchingProblem(mentors=(mentor("r"),), mentees=(mentee("e"),))
    assert pairs(problem) == {("r", "e")}


def test_it_never_pairs_people_in_one_reporting_line() -> None:
    # The mentee is the mentor's manager's manager's manager: three levels up still counts.
    managers = {"ceo": None, "e": "ceo", "a": "e", "b": "a", "r": "b", "other": "ceo"}
    problem = MatchingProblem(mentors=(mentor("r"),), mentees=(mentee("e"),), managers=managers)
    only_reason(problem, "reporting_line")
    below = {"ceo": None, "r": "ceo", "x": "r", "e": "x"}
    only_reason(dataclasses.replace(problem, managers=below), "reporting_line")
    siblings = {"ceo": None, "r": "ceo", "e": "ceo"}
    assert pairs(dataclasses.replace(problem, managers=siblings)) == {("r", "e")}


def test_it_never_pairs_people_in_one_department() -> None:
    problem = MatchingProblem(mentors=(mentor("r", "Sales"),), mentees=(mentee("e", "Sales"),))
    only_reason(problem, "same_department")


def test_the_department_rule_can_compare_top_level_units() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", "Sales/Online"),), mentees=(mentee("e", "Sales/Retail"),)
    )
    assert pairs(problem) == {("r", "e")}
    top = dataclasses.replace(problem, settings=MatchSettings(department_scope="top-level"))
    only_reason(top, "same_department")


def test_external_mentors_have_no_department_and_no_line() -> None:
    managers = {"e": None}
    problem = MatchingProblem(
        mentors=(mentor("x", None),), mentees=(mentee("e", None),), managers=managers
    )
    assert pairs(problem) == {("x", "e")}


def test_it_needs_a_shared_language() -> None:
    problem = MatchingProblem(mentors=(mentor("r", languages=FS({"nl"})),), mentees=(mentee("e"),))
    only_reason(problem, "no_shared_language")


def test_it_needs_a_shared_meeting_format() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", formats=FS({"shadowing"})),), mentees=(mentee("e"),)
    )
    only_reason(problem, "no_shared_format")


def test_it_never_pairs_a_blocked_pair() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r"),), mentees=(mentee("e"),), blocked=(PairRef("r", "e"),)
    )
    only_reason(problem, "blocked")


def test_inverted_seniority_needs_the_mentor_a_grade_gap_below() -> None:
    settings = MatchSettings(min_grade_gap=2)
    problem = MatchingProblem(
        mentors=(mentor("r", grade=5),), mentees=(mentee("e", grade=6),), settings=settings
    )
    only_reason(problem, "grade_gap")
    ok = dataclasses.replace(problem, mentors=(mentor("r", grade=4),))
    assert pairs(ok) == {("r", "e")}
    unknown = dataclasses.replace(problem, mentors=(mentor("r", grade=None),))
    only_reason(unknown, "grade_gap")


def test_earlier_pairs_are_excluded_only_when_asked() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r"),), mentees=(mentee("e"),), earlier=(PairRef("r", "e"),)
    )
    assert pairs(problem) == {("r", "e")}
    excluded = dataclasses.replace(problem, settings=MatchSettings(exclude_earlier_pairs=True))
    only_reason(excluded, "earlier_pair")


def test_it_needs_a_shared_topic() -> None:
    problem = MatchingProblem(mentors=(mentor("r", topics={"gaming": 5}),), mentees=(mentee("e"),))
    only_reason(problem, "no_shared_topic")


def test_the_default_score_is_exactly_the_topic_fit() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", topics={"ai_tools": 4, "gaming": 2, "x": 5}),),
        mentees=(mentee("e", topics={"ai_tools": 3, "gaming": 1}),),
    )
    (pair,) = match(problem).pairs
    assert pair.score == (4 * 3 + 2 * 1) / (5 * (3 + 1))
    assert pair.score == pair.topic_fit
    assert [(t.topic, t.mentor_level, t.mentee_priority) for t in pair.top_topics] == [
        ("ai_tools", 4, 3),
        ("gaming", 2, 1),
    ]
    assert sum(t.contribution for t in pair.top_topics) == pytest.approx(pair.topic_fit)


def test_weighted_extras_add_availability_and_format_overlap() -> None:
    settings = MatchSettings(availability_weight=0.5, format_weight=0.25)
    problem = MatchingProblem(
        mentors=(
            mentor("r", availability=FS({"mon", "tue"}), formats=FS({"remote", "shadowing"})),
        ),
        mentees=(mentee("e", availability=FS({"mon"})),),
        settings=settings,
    )
    (pair,) = match(problem).pairs
    assert pair.score == pytest.approx(pair.topic_fit + 0.5 * (1 / 2) + 0.25 * (1 / 2))


def test_a_mentor_takes_no_more_than_their_capacity() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r", capacity=2),), mentees=(mentee("a"), mentee("b"), mentee("c"))
    )
    result = match(problem)
    assert result.matched_count == 2
    (unmatched,) = result.unmatched
    assert unmatched.reason == "eligible_mentors_used"
    assert unmatched.eligible_mentors == 1
    # The explanation names the mentor and who has them instead.
    (alternative,) = unmatched.best_mentors
    taken = {p.mentee_id for p in result.pairs}
    assert alternative.mentor_id == "r"
    assert alternative.score == pytest.approx(result.pairs[0].score)
    assert set(alternative.taken_by) == taken
    assert unmatched.mentee_id not in taken


def test_an_unmatched_mentee_is_shown_their_three_best_mentors_best_first() -> None:
    mentors = tuple(
        mentor(f"r{level}", topics={"ai_tools": level}, capacity=1) for level in (1, 2, 3, 4, 5)
    )
    # Five strong mentees take all five mentors; the sixth, weakest, stays unmatched.
    mentees = (
        *(mentee(f"a{k}", topics={"ai_tools": 5}) for k in range(5)),
        mentee("z", topics={"ai_tools": 1, "gaming": 4}),
    )
    result = match(MatchingProblem(mentors=mentors, mentees=mentees))
    (unmatched,) = result.unmatched
    assert [a.mentor_id for a in unmatched.best_mentors] == ["r5", "r4", "r3"]
    scores = [a.score for a in unmatched.best_mentors]
    assert scores == sorted(scores, reverse=True)
    holder = {p.mentor_id: p.mentee_id for p in result.pairs}
    assert all(a.taken_by == (holder[a.mentor_id],) for a in unmatched.best_mentors)


def test_most_matched_gives_up_score_for_one_more_pair_and_best_total_does_not() -> None:
    # r1 is the best mentor for both; only most-matched sends b to the weak r2.
    mentors = (
        mentor("r1", topics={"ai_tools": 5, "gaming": 5}),
        mentor("r2", topics={"gaming": 1}),
    )
    mentees = (
        mentee("a", topics={"ai_tools": 5}),
        mentee("b", topics={"ai_tools": 5, "gaming": 1}),
    )
    most = match(MatchingProblem(mentors=mentors, mentees=mentees))
    assert {(p.mentor_id, p.mentee_id) for p in most.pairs} == {("r1", "a"), ("r2", "b")}
    assert most.certificate is not None
    assert most.certificate.cardinality_bound == 2
    best = match(
        MatchingProblem(
            mentors=mentors, mentees=mentees, settings=MatchSettings(objective="best-total")
        )
    )
    # r1-a scores 1.0; r1-b 1.0 as well, r2-b only 1/30: both optima pick one r1 pair (+ r2-b).
    assert best.total_score == pytest.approx(1.0 + 1 / 30)


def test_the_certificate_states_a_closed_duality_gap() -> None:
    problem = MatchingProblem(
        mentors=(mentor("r1", capacity=2), mentor("r2", "HR")),
        mentees=(mentee("a"), mentee("b"), mentee("c", topics={"ai_tools": 1, "gaming": 3})),
    )
    certificate = match(problem).certificate
    assert certificate is not None
    assert certificate.proven
    assert certificate.dual_bound == pytest.approx(certificate.primal, abs=1e-9)
    assert certificate.gap <= 1e-6


def test_an_empty_program_matches_nobody() -> None:
    result = match(MatchingProblem(mentors=(), mentees=(mentee("e"),)))
    assert result.pairs == ()
    assert result.unmatched[0].reason == "no_eligible_mentor"
    assert match(MatchingProblem(mentors=(mentor("r"),), mentees=())).pairs == ()


@pytest.mark.parametrize(
    ("problem", "code"),
    [
        (MatchingProblem(mentors=(mentor("r"), mentor("r")), mentees=()), "duplicate_id"),
        (
            MatchingProblem(mentors=(mentor("r", topics={"a": 6}),), mentees=()),
            "level_out_of_range",
        ),
        (MatchingProblem(mentors=(mentor("r", capacity=-1),), mentees=()), "negative_capacity"),
        (
            MatchingProblem(mentors=(), mentees=(), managers={"a": "b", "b": "a", "c": None}),
            "manager_cycle",
        ),
        (MatchingProblem(mentors=(), mentees=(), managers={"a": "nobody"}), "unknown_manager"),
    ],
)
def test_it_rejects_contradictory_input_with_a_code(problem: MatchingProblem, code: str) -> None:
    with pytest.raises(InvalidInput) as caught:
        match(problem)
    assert caught.value.code == code
    assert caught.value.message
