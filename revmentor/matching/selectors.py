"""Reads for matching: runs, their proposals, and what changed between two runs."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.db.models import Field, QuerySet
from django.utils import formats
from django.utils.translation import gettext as _

from revmentor.enrolment.models import Participant, Role
from revmentor.matching.models import (
    MatchingConfig,
    MatchingRun,
    PairRule,
    Proposal,
    UnmatchedReason,
)
from revmentor.programs.models import Program


def runs_of(program: Program) -> QuerySet[MatchingRun]:
    return MatchingRun.objects.filter(program=program).select_related("created_by")


def proposals_of(run: MatchingRun) -> QuerySet[Proposal]:
    return run.proposals.select_related(
        "mentor__person",
        "mentor__person__org_unit",
        "mentor__application",
        "mentee__person",
        "mentee__person__org_unit",
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


def _field(name: str) -> Field[Any, Any]:
    field = MatchingConfig._meta.get_field(name)
    assert isinstance(field, Field)
    return field


def _label(name: str) -> str:
    return str(_field(name).verbose_name)


def _setting_value(name: str, value: object) -> str:
    if value is None or value == "":
        return str(_("not required")) if name == "min_grade_gap" else "—"
    field = _field(name)
    if field.choices:
        return str(dict(field.flatchoices).get(value, value))
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if name.endswith("_weight"):
        return formats.number_format(Decimal(str(value)), 2)
    return str(value)


def _is_default(name: str, value: object) -> bool:
    default = _field(name).get_default()
    if name.endswith("_weight"):
        return Decimal(str(value)) == Decimal(str(default))
    return bool(value == default)


def settings_used(run: MatchingRun, *, changed_only: bool = False) -> list[tuple[str, str]]:
    """The rules and weights a run was made with, as (label, value), the objective left out (it
    has its own column); with ``changed_only``, only those not at their default."""
    return [
        (_label(name), _setting_value(name, value))
        for name, value in run.settings_used.items()
        if name != "objective" and not (changed_only and _is_default(name, value))
    ]


def settings_changed(run: MatchingRun, previous: MatchingRun) -> list[tuple[str, str, str]]:
    """Each setting that differs from the previous run, as (label, before, after)."""
    return [
        (
            _label(name),
            _setting_value(name, previous.settings_used.get(name)),
            _setting_value(name, value),
        )
        for name, value in run.settings_used.items()
        if not _same(name, previous.settings_used.get(name), value)
    ]


def _same(name: str, before: object, after: object) -> bool:
    # Weights are kept as decimal text: "0" and "0.00" are the same weight.
    if name.endswith("_weight") and before is not None and after is not None:
        return Decimal(str(before)) == Decimal(str(after))
    return before == after


@dataclass(frozen=True)
class RuleChange:
    kind: str  # "pin" or "block"
    mentor: str
    mentee: str
    added: bool  # True: set since the previous run; False: removed since


def _rule_keys(run: MatchingRun) -> set[tuple[str, int, int]]:
    return {(r["kind"], r["mentor"], r["mentee"]) for r in run.rules_used or []}


def rule_counts(run: MatchingRun) -> tuple[int, int] | None:
    """(pinned, blocked) pairs a run was made with; None when the run did not record them."""
    if run.rules_used is None:
        return None
    kinds = [r["kind"] for r in run.rules_used]
    return kinds.count(PairRule.Kind.PIN), kinds.count(PairRule.Kind.BLOCK)


def rules_changed(run: MatchingRun, previous: MatchingRun) -> list[RuleChange]:
    """Pins and blocks set or removed between two runs (nothing when either did not record)."""
    if run.rules_used is None or previous.rules_used is None:
        return []
    now, before = _rule_keys(run), _rule_keys(previous)
    changes = [(key, True) for key in sorted(now - before)]
    changes += [(key, False) for key in sorted(before - now)]
    ids = {pk for (_kind, mentor, mentee), _added in changes for pk in (mentor, mentee)}
    names = dict(Participant.objects.filter(pk__in=ids).values_list("pk", "person__name"))
    gone = _("(no longer taking part)")
    return [
        RuleChange(
            kind=kind,
            mentor=names.get(mentor) or gone,
            mentee=names.get(mentee) or gone,
            added=added,
        )
        for (kind, mentor, mentee), added in changes
    ]


def weights_changed(run: MatchingRun, previous: MatchingRun) -> bool:
    """Whether the weighted extras differ: then the two totals are on different scales."""
    return any(
        not _same(name, previous.settings_used.get(name), run.settings_used.get(name))
        for name in ("availability_weight", "format_weight")
    )


@dataclass(frozen=True)
class NamedAlternative:
    mentor: str
    score: float
    taken_by: list[str]


def alternatives_of(items: list[UnmatchedReason]) -> dict[int, list[NamedAlternative]]:
    """Per unmatched item (by pk): its best possible mentors with names, in one query."""
    ids = {
        pk
        for item in items
        for alt in item.best_mentors
        for pk in (alt["mentor"], *alt["taken_by"])
    }
    names = dict(Participant.objects.filter(pk__in=ids).values_list("pk", "person__name"))
    gone = _("(no longer taking part)")
    return {
        item.pk: [
            NamedAlternative(
                mentor=names.get(alt["mentor"]) or gone,
                score=alt["score"],
                taken_by=[names.get(pk) or gone for pk in alt["taken_by"]],
            )
            for alt in item.best_mentors
        ]
        for item in items
    }
