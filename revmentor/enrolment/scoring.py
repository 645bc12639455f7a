"""The selection score for external mentors: passion, topic levels and media reach.

Reach counts on a log scale, so one viral video cannot outweigh a steady record: a million
followers or views scores the maximum, a thousand scores half of it. Missing counts count as
zero; a missing passion rating counts as zero and the page says the rating is still missing.
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from dataclasses import dataclass

REACH_FULL = 1_000_000  # followers + typical views that earn the full reach part
ACTIVITY_FULL = 500  # posts + videos that earn the full activity part


@dataclass(frozen=True)
class Weights:
    passion: int = 40
    topics: int = 30
    reach: int = 30

    @property
    def total(self) -> int:
        return self.passion + self.topics + self.reach


@dataclass(frozen=True)
class ScoreParts:
    passion: float
    topics: float
    reach: float
    score: float  # 0–100
    passion_missing: bool


def _log_share(value: int, full: int) -> float:
    if value <= 0:
        return 0.0
    return min(1.0, math.log10(1 + value) / math.log10(1 + full))


def reach_share(
    *, followers: int | None, typical_views: int | None, posts: int | None, videos: int | None
) -> float:
    """0–1: audience (followers, views) and activity (posts, videos), each on a log scale."""
    audience = _log_share((followers or 0) + (typical_views or 0), REACH_FULL)
    activity = _log_share((posts or 0) + (videos or 0), ACTIVITY_FULL)
    return 0.6 * audience + 0.4 * activity


def selection_score(
    *,
    passion_rating: int | None,
    topic_levels: Sequence[int],
    followers: int | None,
    typical_views: int | None,
    posts: int | None,
    videos: int | None,
    weights: Weights,
) -> ScoreParts:
    passion = (passion_rating - 1) / 4 if passion_rating else 0.0
    # The three strongest topics count: breadth beyond that does not make a better mentor.
    best = sorted(topic_levels, reverse=True)[:3]
    topics = sum((level - 1) / 4 for level in best) / 3 if best else 0.0
    reach = reach_share(
        followers=followers, typical_views=typical_views, posts=posts, videos=videos
    )
    total = weights.total
    score = (
        100 * (weights.passion * passion + weights.topics * topics + weights.reach * reach) / total
        if total
        else 0.0
    )
    return ScoreParts(
        passion=passion,
        topics=topics,
        reach=reach,
        score=round(score, 1),
        passion_missing=passion_rating is None,
    )
