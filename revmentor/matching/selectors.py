"""Reads for matching: runs, their proposals, and what changed between two runs."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import QuerySet

from revmentor.enrolment.models import Participant, Role
from revmentor.matching.models import MatchingRun, PairRule, Proposal, UnmatchedReason
from revmentor.programs.models import Program


def runs_of(program: Program) -> QuerySet[MatchingRun]:
    return MatchingRun.objects.filter(program=program).select_related("created_by")


def proposals_of(run: MatchingRun) -> QuerySet[Proposal]:
    return run.proposals.select_related(
        "mentor__person", "mentor__person__org_unit", "mentee__person", "mentee__person__org_unit"
    ).order_by("-score", "mentee__person__name")


def unmatched_of(run: MatchingRun) -> QuerySet[UnmatchedReason]:
    return run.unmatched.select_related("mentee__person").order_by("mentee__person__name")


def pair_rules_of(program: Program) -> QuerySet[PairRule]:
    return PairRule.objects.filter(program=program).select_related(
        "mentor__person", "mentee__person"
    )


def participants_by_role(program: Program, role: str) -> QuerySet[Participant]:
    return (
        Participant.objects.filter(program=program, role=role)
        .select_related("person")
        .order_by("person__name")
    )


def mentors_of(program: Program) -> QuerySet[Participant]:
    return participants_by_role(program, Role.MENTOR)


def mentees_of(program: Program) -> QuerySet[Participant]:
    return participants_by_role(program, Role.MENTEE)


@dataclass(frozen=True)
class RunComparison:
    previous: MatchingRun
    added: list[Proposal]  # pairs in this run that the previous run did not have
    removed: list[Proposal]  # pairs of the previous run that are gone
    kept: int
    score_change: float
    matched_change: int


def compare_runs(run: MatchingRun, previous: MatchingRun) -> RunComparison:
    current = {(p.mentor_id, p.mentee_id): p for p in proposals_of(run)}
    before = {(p.mentor_id, p.mentee_id): p for p in proposals_of(previous)}
    return RunComparison(
        previous=previous,
        added=[proposal for key, proposal in current.items() if key not in before],
        removed=[proposal for key, proposal in before.items() if key not in current],
        kept=len(current.keys() & before.keys()),
        score_change=run.total_score - previous.total_score,
        matched_change=run.matched_count - previous.matched_count,
    )


def previous_run(run: MatchingRun) -> MatchingRun | None:
    return (
        MatchingRun.objects.filter(program=run.program, number__lt=run.number, succeeded=True)
        .order_by("-number")
        .first()
    )
