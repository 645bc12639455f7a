"""Input and output shapes of the matching engine: plain frozen dataclasses, no behaviour.

Ids are strings everywhere. The engine sorts people by id before doing anything, so the order of
the input lists never changes the result, and "ties broken by id" means string order of ids.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from typing import Final, Literal

Objective = Literal["most-matched", "best-total", "stable"]
OBJECTIVES: Final[tuple[Objective, ...]] = ("most-matched", "best-total", "stable")

DepartmentScope = Literal["unit", "top-level"]

# Separator of an org-unit path such as "Sales/Benelux/Retail"; the first part is the top-level unit.
UNIT_SEPARATOR: Final = "/"

# Hard rules in the order of the issue; the codes are used in explanations and in pin errors.
RULES: Final[tuple[str, ...]] = (
    "same_department",
    "reporting_line",
    "no_shared_language",
    "no_shared_format",
    "blocked",
    "grade_gap",
    "earlier_pair",
    "no_shared_topic",
)

MIN_LEVEL: Final = 1
MAX_LEVEL: Final = 5


@dataclass(frozen=True, slots=True)
class Mentor:
    """A mentor. ``department=None`` and an id outside the reporting tree make them external."""

    id: str
    department: str | None
    languages: frozenset[str]
    formats: frozenset[str]
    # topic -> level 1..5 (how well the mentor knows it)
    topics: Mapping[str, int]
    capacity: int = 1
    availability: frozenset[str] = frozenset()
    grade: int | None = None


@dataclass(frozen=True, slots=True)
class Mentee:
    """A mentee; their position in the reporting tree is their id in ``MatchingProblem.managers``."""

    id: str
    department: str | None
    languages: frozenset[str]
    formats: frozenset[str]
    # topic -> priority 1..5 (how much the mentee wants it)
    topics: Mapping[str, int]
    availability: frozenset[str] = frozenset()
    grade: int | None = None


@dataclass(frozen=True, slots=True)
class PairRef:
    """A (mentor, mentee) pair by id, used for blocked, pinned and earlier pairs."""

    mentor_id: str
    mentee_id: str


@dataclass(frozen=True, slots=True)
class MatchSettings:
    """What the program manager chooses. Defaults give: score == topic fit, most-matched."""

    objective: Objective = "most-matched"
    department_scope: DepartmentScope = "unit"
    # Inverted seniority: when set, the mentor's grade must be at least this much below the mentee's.
    min_grade_gap: int | None = None
    exclude_earlier_pairs: bool = False
    availability_weight: float = 0.0
    format_weight: float = 0.0


@dataclass(frozen=True, slots=True)
class MatchingProblem:
    """Everything one run needs.

    ``managers`` maps a person's id to their manager's id (``None`` at the top). A participant
    whose id is absent has no reporting line (an external mentor).
    """

    mentors: tuple[Mentor, ...]
    mentees: tuple[Mentee, ...]
    managers: Mapping[str, str | None] = field(default_factory=dict)
    blocked: tuple[PairRef, ...] = ()
    pinned: tuple[PairRef, ...] = ()
    earlier: tuple[PairRef, ...] = ()
    settings: MatchSettings = MatchSettings()


@dataclass(frozen=True, slots=True)
class TopicContribution:
    """One topic's share of a pair's topic fit."""

    topic: str
    mentor_level: int
    mentee_priority: int
    contribution: float


@dataclass(frozen=True, slots=True)
class MatchedPair:
    mentor_id: str
    mentee_id: str
    score: float
    topic_fit: float
    pinned: bool
    top_topics: tuple[TopicContribution, ...]


@dataclass(frozen=True, slots=True)
class Alternative:
    """An eligible mentor an unmatched mentee could have had, and who got that mentor instead."""

    mentor_id: str
    score: float
    taken_by: tuple[str, ...]


@dataclass(frozen=True, slots=True)
class UnmatchedMentee:
    """Why a mentee got no mentor.

    ``reason`` is ``"no_eligible_mentor"`` (then ``excluded_by`` says how many mentors each rule
    excluded; one mentor can fail several rules) or ``"eligible_mentors_used"``: the mentee had
    ``eligible_mentors`` possible mentors, all taken by assignments that are better overall;
    ``best_mentors`` names the best of them and who has them.
    """

    mentee_id: str
    reason: Literal["no_eligible_mentor", "eligible_mentors_used"]
    eligible_mentors: int
    excluded_by: Mapping[str, int]
    # For "eligible_mentors_used": the best of those mentors by score (at most three), each with
    # the mentees it was given instead.
    best_mentors: tuple[Alternative, ...] = ()


@dataclass(frozen=True, slots=True)
class Certificate:
    """Proof of optimality by LP duality, checked by the engine itself.

    ``dual_bound`` comes from dual prices that were verified feasible against *every* eligible
    pair, so no matching (with ``matched`` pairs, for most-matched) can score above it; ``gap`` is
    ``dual_bound - primal``. For most-matched, ``cardinality_bound`` is an upper bound on the
    number of pairs any matching can have; it equals ``matched`` when the count is proven maximal.
    """

    objective: Objective
    primal: float
    dual_bound: float
    gap: float
    matched: int
    cardinality_bound: int | None
    rounds: int
    candidate_pairs: int
    eligible_pairs: int
    proven: bool


@dataclass(frozen=True, slots=True)
class MatchResult:
    objective: Objective
    pairs: tuple[MatchedPair, ...]
    unmatched: tuple[UnmatchedMentee, ...]
    total_score: float
    certificate: Certificate | None

    @property
    def matched_count(self) -> int:
        return len(self.pairs)
