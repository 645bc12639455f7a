"""The external mentors' selection score: weights, log-scaled reach, and missing values."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from revmentor.enrolment.scoring import Weights, reach_share, selection_score


def score(**changes):
    values = {
        "passion_rating": 5,
        "topic_levels": [5, 5, 5],
        "followers": 1_000_000,
        "typical_views": 0,
        "posts": 500,
        "videos": 0,
        "weights": Weights(),
    }
    values.update(changes)
    return selection_score(**values)


def test_the_best_possible_applicant_scores_100():
    assert score().score == 100.0


def test_zero_reach_scores_zero_for_reach_but_keeps_the_rest():
    parts = score(followers=0, typical_views=0, posts=0, videos=0)
    assert parts.reach == 0.0
    assert parts.score == 70.0


def test_missing_counts_count_as_zero():
    parts = score(followers=None, typical_views=None, posts=None, videos=None)
    assert parts.reach == 0.0


def test_huge_reach_is_capped_and_cannot_outweigh_passion_and_topics():
    viral = score(
        passion_rating=1,
        topic_levels=[1],
        followers=10**12,
        typical_views=10**12,
        posts=10**9,
        videos=10**9,
    )
    assert viral.reach == 1.0
    assert viral.score == 30.0
    steady = score(followers=5_000, posts=80)
    assert steady.score > viral.score


def test_reach_grows_on_a_log_scale():
    thousand = reach_share(followers=1_000, typical_views=0, posts=0, videos=0)
    million = reach_share(followers=1_000_000, typical_views=0, posts=0, videos=0)
    assert thousand == pytest.approx(0.3, abs=0.01)  # half of the audience part (0.6)
    assert million == pytest.approx(0.6)


def test_a_missing_passion_rating_counts_as_zero_and_is_flagged():
    parts = score(passion_rating=None)
    assert parts.passion_missing
    assert parts.score == 60.0


def test_only_the_three_strongest_topics_count():
    assert score(topic_levels=[5, 5, 5, 1, 1]).topics == score(topic_levels=[5, 5, 5]).topics


def test_all_weights_zero_gives_zero_instead_of_dividing_by_zero():
    assert score(weights=Weights(0, 0, 0)).score == 0.0


@given(
    passion=st.one_of(st.none(), st.integers(1, 5)),
    levels=st.lists(st.integers(1, 5), max_size=8),
    counts=st.lists(st.one_of(st.none(), st.integers(0, 10**12)), min_size=4, max_size=4),
    weights=st.tuples(st.integers(0, 100), st.integers(0, 100), st.integers(0, 100)),
)
def test_the_score_always_stays_between_0_and_100(passion, levels, counts, weights):
    parts = selection_score(
        passion_rating=passion,
        topic_levels=levels,
        followers=counts[0],
        typical_views=counts[1],
        posts=counts[2],
        videos=counts[3],
        weights=Weights(*weights),
    )
    assert 0.0 <= parts.score <= 100.0
