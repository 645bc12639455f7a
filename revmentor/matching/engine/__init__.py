"""revmentor's matching engine: plain Python + NumPy/SciPy (inner loops compiled by Numba), no Django.

The web app and the ``match_csv`` command call `match` (dataclasses in, `MatchResult` out) or
`run_csv` (files in, files out). Errors a user can fix are `MatchingError` subclasses with a
machine ``code`` and ``params`` for translation.
"""

from __future__ import annotations

from .api import broken_rules, match
from .csvio import (
    CsvError,
    CsvRunSummary,
    read_csv_problem,
    run_csv,
    write_explain_csv,
    write_pairs_csv,
)
from .errors import InvalidInput, MatchingError, OptimalityNotProven, PinError
from .model import (
    OBJECTIVES,
    RULES,
    Alternative,
    Certificate,
    DepartmentScope,
    MatchedPair,
    MatchingProblem,
    MatchResult,
    MatchSettings,
    Mentee,
    Mentor,
    Objective,
    PairRef,
    TopicContribution,
    UnmatchedMentee,
)

__all__ = [
    "OBJECTIVES",
    "RULES",
    "Alternative",
    "Certificate",
    "CsvError",
    "CsvRunSummary",
    "DepartmentScope",
    "InvalidInput",
    "MatchResult",
    "MatchSettings",
    "MatchedPair",
    "MatchingError",
    "MatchingProblem",
    "Mentee",
    "Mentor",
    "Objective",
    "OptimalityNotProven",
    "PairRef",
    "PinError",
    "TopicContribution",
    "UnmatchedMentee",
    "broken_rules",
    "match",
    "read_csv_problem",
    "run_csv",
    "write_explain_csv",
    "write_pairs_csv",
]
