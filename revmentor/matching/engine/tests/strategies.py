"""Hypothesis strategies: random programs of up to 8 mentors x 8 mentees in a random org tree."""

from __future__ import annotations

from hypothesis import strategies as st

from revmentor.matching.engine import (
    MatchingProblem,
    MatchSettings,
    Mentee,
    Mentor,
    Objective,
    PairRef,
)

DEPARTMENTS = ["Sales", "Sales/Retail", "Sales/Online", "IT", "IT/Data", "HR", None]
LANGUAGES = ["en", "nl", "fr"]
FORMATS = ["conversation", "shadowing", "remote"]
TOPICS = ["ai_tools", "social_media", "gaming", "podcasts"]


def _subset(items: list[str], min_size: int = 0) -> st.SearchStrategy[frozenset[str]]:
    return st.frozensets(st.sampled_from(items), min_size=min_size, max_size=len(items))


_topics = st.dictionaries(st.sampled_from(TOPICS), st.integers(1, 5), max_size=3)
_grade = st.one_of(st.none(), st.integers(1, 6))


@st.composite
def problems(
    draw: st.DrawFn, max_side: int = 8, objective: Objective = "most-matched"
) -> MatchingProblem:
    n_mentors = draw(st.integers(1, max_side))
    n_mentees = draw(st.integers(1, max_side))
    mentor_ids = [f"r{k}" for k in range(n_mentors)]
    mentee_ids = [f"e{k}" for k in range(n_mentees)]
    external = set(draw(st.lists(st.sampled_from(mentor_ids), max_size=2)))
    # Random tree: everyone in the org (plus two managers who are not taking part) points to
    # someone earlier in a random order, or to nobody.
    org = [p for p in mentor_ids + mentee_ids if p not in external] + ["boss", "lead"]
    order = draw(st.permutations(org))
    managers: dict[str, str | None] = {}
    for k, person in enumerate(order):
        managers[person] = None if k == 0 else draw(st.sampled_from([None, *order[:k]]))
    mentors = tuple(
        Mentor(
            id=pid,
            department=None if pid in external else draw(st.sampled_from(DEPARTMENTS)),
            languages=draw(_subset(LANGUAGES, 1)),
            formats=draw(_subset(FORMATS, 1)),
            topics=draw(_topics),
            capacity=draw(st.integers(0, 2)),
            availability=draw(_subset(["mon", "tue", "wed"])),
            grade=draw(_grade),
        )
        for pid in mentor_ids
    )
    mentees = tuple(
        Mentee(
            id=pid,
            department=draw(st.sampled_from(DEPARTMENTS)),
            languages=draw(_subset(LANGUAGES, 1)),
            formats=draw(_subset(FORMATS, 1)),
            topics=draw(_topics),
            availability=draw(_subset(["mon", "tue", "wed"])),
            grade=draw(_grade),
        )
        for pid in mentee_ids
    )
    pair = st.builds(PairRef, st.sampled_from(mentor_ids), st.sampled_from(mentee_ids))
    settings = MatchSettings(
        objective=objective,
        department_scope=draw(st.sampled_from(["unit", "top-level"])),
        min_grade_gap=draw(st.one_of(st.none(), st.integers(0, 2))),
        exclude_earlier_pairs=draw(st.booleans()),
        availability_weight=draw(st.sampled_from([0.0, 0.0, 0.25])),
        format_weight=draw(st.sampled_from([0.0, 0.0, 0.5])),
    )
    return MatchingProblem(
        mentors=mentors,
        mentees=mentees,
        managers=managers,
        blocked=tuple(draw(st.lists(pair, max_size=3))),
        earlier=tuple(draw(st.lists(pair, max_size=3))),
        settings=settings,
    )
