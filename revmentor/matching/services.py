"""Writes for matching: run the engine over a program's participants, pin and block pairs,
publish a run. This is the one place that turns ORM objects into engine input and back."""

from __future__ import annotations

import time
from dataclasses import asdict, dataclass
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.db.models import Max, Prefetch, Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.enrolment.models import ApplicationTopic, AvoidedPerson, Participant, Role
from revmentor.matching import engine
from revmentor.matching.messages import error_message
from revmentor.matching.models import (
    MatchingConfig,
    MatchingRun,
    PairRule,
    Proposal,
    UnmatchedReason,
)
from revmentor.people.models import Person
from revmentor.programs.models import Program, Status


class MatchingFailed(DomainError):
    code = "matching_failed"

    def __init__(self, run: MatchingRun, message: str) -> None:
        self.run = run
        super().__init__(message)


class NotInMatchingStage(DomainError):
    code = "not_in_matching_stage"
    default_message = _("Matching runs only while the program is in its matching stage.")


class AlreadyPublished(DomainError):
    code = "already_published"
    default_message = _(
        "A run of this program has been published already; runs are never replaced."
    )


class RunAlreadyPublished(AlreadyPublished):
    code = "run_already_published"
    default_message = _("This run has already been published.")


class MatchingClosed(DomainError):
    code = "matching_closed"
    default_message = _(
        "The pairs of this program are published: new runs, rules and weights no longer change "
        "anything."
    )


def _lock_program(program: Program) -> None:
    """Inside a transaction: the matching writes of one program wait here for each other, so
    each one sees what the others did (the last run's number, a published run, a mentee's pin)."""
    Program.objects.select_for_update().only("pk").get(pk=program.pk)


def _refuse_when_published(program: Program) -> None:
    # Runs are never replaced once one is published, so later settings could only mislead.
    if MatchingRun.objects.filter(program=program, published_at__isnull=False).exists():
        raise MatchingClosed()


class RunNotPublishable(DomainError):
    code = "run_not_publishable"
    default_message = _("Only a successful run can be published.")


class RunWithoutPairs(DomainError):
    code = "run_without_pairs"
    default_message = _(
        "This run proposes no pairs, so there is nothing to publish. Change the settings, pins "
        "or blocks and run again."
    )


class InvalidPair(DomainError):
    code = "invalid_pair"
    default_message = _("Choose a mentor and a mentee of this program.")


def matching_config_for(program: Program) -> MatchingConfig:
    config, _created = MatchingConfig.objects.get_or_create(program=program)
    return config


@transaction.atomic
def matching_config_update(*, config: MatchingConfig, **fields: Any) -> MatchingConfig:
    _lock_program(config.program)
    _refuse_when_published(config.program)
    for name, value in fields.items():
        setattr(config, name, value)
    config.full_clean()
    config.save()
    return config


def _participants(program: Program) -> list[Participant]:
    return list(
        Participant.objects.filter(program=program)
        .select_related("person", "person__org_unit", "application")
        .prefetch_related(
            Prefetch(
                "application__topics", queryset=ApplicationTopic.objects.select_related("topic")
            )
        )
    )


def _engine_person(participant: Participant) -> dict[str, Any]:
    application = participant.application
    person = participant.person
    return {
        "id": person.employee_id,
        "department": person.org_unit.path if person.org_unit and not person.is_external else None,
        "languages": frozenset(application.languages),
        "formats": frozenset(application.formats),
        "topics": {answer.topic.key: answer.value for answer in application.topics.all()},
        "availability": frozenset(application.availability),
        "grade": person.grade,
    }


def _settings(config: MatchingConfig) -> engine.MatchSettings:
    return engine.MatchSettings(
        objective=config.objective,  # type: ignore[arg-type]
        department_scope=config.department_scope,  # type: ignore[arg-type]
        min_grade_gap=config.min_grade_gap,
        exclude_earlier_pairs=config.exclude_earlier_pairs,
        availability_weight=float(config.availability_weight),
        format_weight=float(config.format_weight),
    )


def build_problem(
    program: Program, config: MatchingConfig
) -> tuple[engine.MatchingProblem, dict[str, Participant]]:
    """Engine input for a program, and the participant behind each engine id (employee id)."""
    participants = _participants(program)
    by_id = {participant.person.employee_id: participant for participant in participants}
    mentors = tuple(
        engine.Mentor(capacity=p.application.capacity or 1, **_engine_person(p))
        for p in participants
        if p.role == Role.MENTOR
    )
    mentees = tuple(
        engine.Mentee(**_engine_person(p)) for p in participants if p.role == Role.MENTEE
    )
    # The whole reporting tree, not only participants: a line runs through people who don't take part.
    # manager_id holds the manager's employee id (the foreign key points at employee_id).
    managers: dict[str, str | None] = {
        str(employee_id): (str(manager_id) if manager_id else None)
        for employee_id, manager_id in Person.objects.filter(is_external=False).values_list(
            "employee_id", "manager_id"
        )
    }
    mentor_ids = {mentor.id for mentor in mentors}
    rules = PairRule.objects.filter(program=program).select_related(
        "mentor__person", "mentee__person"
    )
    blocked = {
        engine.PairRef(
            mentor_id=rule.mentor.person.employee_id, mentee_id=rule.mentee.person.employee_id
        )
        for rule in rules
        if rule.kind == PairRule.Kind.BLOCK
    }
    # People a mentee would rather not meet are never proposed to them (and never told).
    for avoided in AvoidedPerson.objects.filter(
        application__program=program, application__participant__isnull=False
    ).values_list("application__person__employee_id", "person__employee_id"):
        mentee_id, mentor_id = avoided
        if mentor_id in mentor_ids:
            blocked.add(engine.PairRef(mentor_id=mentor_id, mentee_id=mentee_id))
    pinned = tuple(
        engine.PairRef(
            mentor_id=rule.mentor.person.employee_id, mentee_id=rule.mentee.person.employee_id
        )
        for rule in rules
        if rule.kind == PairRule.Kind.PIN
    )
    earlier = tuple(
        engine.PairRef(mentor_id=mentor_id, mentee_id=mentee_id)
        for mentor_id, mentee_id in Proposal.objects.filter(run__published_at__isnull=False)
        .exclude(run__program=program)
        .values_list("mentor__person__employee_id", "mentee__person__employee_id")
        .distinct()
    )
    problem = engine.MatchingProblem(
        mentors=mentors,
        mentees=mentees,
        managers=managers,
        blocked=tuple(sorted(blocked, key=lambda pair: (pair.mentee_id, pair.mentor_id))),
        pinned=pinned,
        earlier=earlier,
        settings=_settings(config),
    )
    return problem, by_id


def _named(params: dict[str, object], by_id: dict[str, Participant]) -> dict[str, object]:
    """Error parameters with people's names instead of employee ids."""
    named = dict(params)
    for key, label in (("mentor_id", "mentor"), ("mentee_id", "mentee"), ("id", "id")):
        if key in params:
            participant = by_id.get(str(params[key]))
            named[label] = participant.person.name if participant else params[key]
    return named


def matching_run(*, program: Program, by: User | None) -> MatchingRun:
    """Run the engine with the program's current settings, pins and blocks; keep the run.

    A run that fails is kept too (with its reason), and MatchingFailed says what to fix."""
    if program.status != Status.MATCHING:
        raise NotInMatchingStage()
    # A page opened before publishing still offers "Run again"; a run now would only mislead.
    _refuse_when_published(program)
    config = matching_config_for(program)
    problem, by_id = build_problem(program, config)
    started = time.perf_counter()
    failure: engine.MatchingError | None = None
    result: engine.MatchResult | None = None
    if not problem.mentors or not problem.mentees:
        failure = engine.InvalidInput("no_participants", "Nobody to match.")
    else:
        try:
            result = engine.match(problem)
        except engine.MatchingError as error:
            failure = error
    elapsed = time.perf_counter() - started
    with transaction.atomic():
        # Checked again under the lock: another run or the publication may have ended meanwhile.
        _lock_program(program)
        _refuse_when_published(program)
        number = (
            MatchingRun.objects.filter(program=program).aggregate(n=Max("number"))["n"] or 0
        ) + 1
        run = MatchingRun.objects.create(
            program=program,
            number=number,
            created_by=by,
            settings_used=_settings_record(config),
            rules_used=[
                {"kind": rule.kind, "mentor": rule.mentor_id, "mentee": rule.mentee_id}
                for rule in PairRule.objects.filter(program=program).order_by(
                    "kind", "mentee_id", "mentor_id"
                )
            ],
            objective=config.objective,
            succeeded=failure is None,
            error_code=failure.code if failure else "",
            error_params=_named(failure.params, by_id) if failure else {},
            mentor_count=len(problem.mentors),
            mentee_count=len(problem.mentees),
            matched_count=result.matched_count if result else 0,
            total_score=result.total_score if result else 0.0,
            certificate=asdict(result.certificate) if result and result.certificate else {},
            elapsed_seconds=elapsed,
        )
        if result is not None:
            _store_result(run, result, by_id, program)
    audit_record(
        action=Action.MATCHING_RUN,
        actor=by,
        obj=run,
        program_id=program.pk,
        detail={"number": run.number, "succeeded": failure is None, "pairs": run.matched_count},
    )
    if failure is not None:
        raise MatchingFailed(run, error_message(failure.code, run.error_params, failure.message))
    return run


def _settings_record(config: MatchingConfig) -> dict[str, object]:
    return {
        "objective": config.objective,
        "department_scope": config.department_scope,
        "min_grade_gap": config.min_grade_gap,
        "exclude_earlier_pairs": config.exclude_earlier_pairs,
        "availability_weight": str(Decimal(config.availability_weight)),
        "format_weight": str(Decimal(config.format_weight)),
    }


def _store_result(
    run: MatchingRun, result: engine.MatchResult, by_id: dict[str, Participant], program: Program
) -> None:
    names = dict(program.topics.values_list("key", "name"))
    Proposal.objects.bulk_create(
        Proposal(
            run=run,
            mentor=by_id[pair.mentor_id],
            mentee=by_id[pair.mentee_id],
            score=pair.score,
            topic_fit=pair.topic_fit,
            pinned=pair.pinned,
            top_topics=[
                {
                    "topic": item.topic,
                    "name": names.get(item.topic, item.topic),
                    "mentor_level": item.mentor_level,
                    "mentee_priority": item.mentee_priority,
                    "contribution": item.contribution,
                }
                for item in pair.top_topics
            ],
        )
        for pair in result.pairs
    )
    UnmatchedReason.objects.bulk_create(
        UnmatchedReason(
            run=run,
            mentee=by_id[item.mentee_id],
            reason=item.reason,
            eligible_mentors=item.eligible_mentors,
            excluded_by=dict(item.excluded_by),
            best_mentors=[
                {
                    "mentor": by_id[alt.mentor_id].pk,
                    "score": alt.score,
                    "taken_by": [by_id[mentee_id].pk for mentee_id in alt.taken_by],
                }
                for alt in item.best_mentors
            ],
        )
        for item in result.unmatched
    )


def _pair(program: Program, mentor_id: int, mentee_id: int) -> tuple[Participant, Participant]:
    mentor = Participant.objects.filter(program=program, pk=mentor_id, role=Role.MENTOR).first()
    mentee = Participant.objects.filter(program=program, pk=mentee_id, role=Role.MENTEE).first()
    if mentor is None or mentee is None:
        raise InvalidPair()
    return mentor, mentee


@dataclass(frozen=True)
class PairRuleSet:
    rule: PairRule
    # Earlier rules this one removed: the mentee's pin with another mentor (when pinning), or
    # the other kind of rule on the same pair. Nothing disappears unannounced.
    replaced: list[PairRule]


@transaction.atomic
def pair_rule_set(
    *, program: Program, kind: str, mentor_id: int, mentee_id: int, by: User | None
) -> PairRuleSet:
    """Pin or block a pair for the next runs. Pinning a mentee replaces their earlier pin."""
    _lock_program(program)
    _refuse_when_published(program)
    mentor, mentee = _pair(program, mentor_id, mentee_id)
    same_pair = Q(mentor=mentor, mentee=mentee) & ~Q(kind=kind)
    other_pin = Q(mentee=mentee, kind=PairRule.Kind.PIN) & ~Q(mentor=mentor)
    replaced = list(
        PairRule.objects.filter(program=program)
        .filter(same_pair | other_pin if kind == PairRule.Kind.PIN else same_pair)
        .select_related("mentor__person", "mentee__person")
    )
    if kind == PairRule.Kind.PIN:
        PairRule.objects.filter(program=program, kind=PairRule.Kind.PIN, mentee=mentee).delete()
    rule, _created = PairRule.objects.update_or_create(
        program=program, mentor=mentor, mentee=mentee, defaults={"kind": kind, "created_by": by}
    )
    audit_record(
        action=Action.PAIR_RULE_CHANGED,
        actor=by,
        obj=rule,
        program_id=program.pk,
        detail={"kind": kind, "change": "set"},
    )
    return PairRuleSet(rule=rule, replaced=replaced)


def pin_broken_rules(*, rule: PairRule) -> list[str]:
    """The hard rules a pinned pair breaks with the current settings (rule codes; empty if none).

    A pin that breaks a rule makes the next run fail (the issue wants that, not a silent drop);
    this lets the page say so when the pin is set."""
    program = rule.program
    problem, _by_id = build_problem(program, matching_config_for(program))
    try:
        return engine.broken_rules(
            problem, rule.mentor.person.employee_id, rule.mentee.person.employee_id
        )
    except engine.MatchingError:
        return []  # the run itself will name what is wrong with the input


@transaction.atomic
def pair_rule_remove(*, rule: PairRule, by: User | None = None) -> None:
    _lock_program(rule.program)
    _refuse_when_published(rule.program)
    audit_record(
        action=Action.PAIR_RULE_CHANGED,
        actor=by,
        obj=rule,
        program_id=rule.program_id,
        detail={"kind": rule.kind, "change": "removed"},
    )
    rule.delete()


@transaction.atomic
def matching_publish(*, run: MatchingRun, by: User | None) -> MatchingRun:
    """Record a run's pairs as the proposals for the next stage. Only one run is ever published."""
    _lock_program(run.program)
    run = MatchingRun.objects.select_for_update().select_related("program").get(pk=run.pk)
    # Read under the lock: of two publications sent at once, the second finds the first one's.
    if run.published_at is not None:
        raise RunAlreadyPublished()
    if run.program.status != Status.MATCHING:
        raise NotInMatchingStage()
    if not run.succeeded:
        raise RunNotPublishable()
    if run.matched_count == 0:
        # Publishing closes matching for good; a run without pairs would leave nothing to start.
        raise RunWithoutPairs()
    if MatchingRun.objects.filter(program=run.program, published_at__isnull=False).exists():
        raise AlreadyPublished()
    run.published_at = timezone.now()
    run.published_by = by
    run.save(update_fields=["published_at", "published_by"])
    # Imported here: mentorships builds on matching, not the other way round.
    from revmentor.mentorships.services import mentorships_from_run

    mentorships_from_run(run=run, program=run.program)
    audit_record(
        action=Action.MATCHING_PUBLISHED,
        actor=by,
        obj=run,
        program_id=run.program_id,
        detail={"pairs": run.matched_count},
    )
    return run
