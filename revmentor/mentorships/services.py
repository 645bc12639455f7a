"""Writes for mentorships: the lifecycle, the contract check, meetings and what the pair writes.

Every state change is one function here, logged as a Transition with who and when.
"""

from __future__ import annotations

import datetime as dt
import uuid
from collections.abc import Sequence
from dataclasses import dataclass
from functools import partial
from typing import TYPE_CHECKING

from django.db import transaction
from django.db.models import Q
from django.utils import timezone, translation
from django.utils.formats import date_format
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record

if TYPE_CHECKING:
    from revmentor.matching.models import MatchingRun
from revmentor.core.exceptions import DomainError
from revmentor.mentorships import calendar as ical
from revmentor.mentorships.models import (
    CLOSED_STATES,
    OPEN_STATES,
    ActionItem,
    AgendaItem,
    ContractCheck,
    DissolveReason,
    EndCategory,
    Meeting,
    MeetingChange,
    MeetingKind,
    MeetingLog,
    Mentorship,
    Note,
    PauseCategory,
    Side,
    State,
    StepPlanStep,
    Transition,
)
from revmentor.programs.models import MeetingFormat, Program, Topic
from revmentor.support.services import first_meeting_training_gate

DEBRIEF_GAP = dt.timedelta(minutes=30)
DEBRIEF_MINUTES = 30


class NotAllowed(DomainError):
    code = "not_allowed"
    default_message = _("Only the mentee can answer this proposal.")


class WrongState(DomainError):
    code = "wrong_state"
    default_message = _("This cannot be done while the mentorship is “%(state)s”.")


class InvalidMeeting(DomainError):
    code = "invalid_meeting"


class AlreadyAnswered(DomainError):
    code = "already_answered"
    default_message = _("You have already completed the contract check.")


class InvalidDate(DomainError):
    code = "invalid_date"


def side_of(mentorship: Mentorship, user: User) -> str:
    side = mentorship.side_of(user.person_id)
    if side is None:
        raise NotAllowed(_("Only the two partners can do this."))
    return side


def _require(mentorship: Mentorship, *states: str) -> None:
    if mentorship.state not in states:
        raise WrongState(state=mentorship.get_state_display())


def _move(mentorship: Mentorship, to: str, actor: User | None, note: str = "") -> Mentorship:
    Transition.objects.create(
        mentorship=mentorship,
        actor=actor,
        from_state=mentorship.state,
        to_state=to,
        note=note[:300],
    )
    # The audit log, which program managers read, never names the partner who made a move:
    # who paused or ended a mentorship stays between the two (the Transition above keeps it).
    by_partner = actor is not None and mentorship.side_of(actor.person_id) is not None
    audit_record(
        action=Action.MENTORSHIP_STATE,
        actor=None if by_partner else actor,
        obj=mentorship,
        program_id=mentorship.program_id,
        detail={"from": mentorship.state, "to": to, "by": "partner" if by_partner else "system"},
    )
    mentorship.state = to
    mentorship.save()
    return mentorship


def _audit_meeting(meeting: Meeting, change: str) -> None:
    # Only partners plan, move, cancel or mark meetings: the log says "a partner", never who.
    audit_record(
        action=Action.MEETING_CHANGED,
        actor=None,
        obj=meeting,
        program_id=meeting.mentorship.program_id,
        detail={"change": change, "by": "partner"},
    )


def _locked(mentorship: Mentorship) -> Mentorship:
    return (
        Mentorship.objects.select_for_update()
        .select_related("program", "mentor__person", "mentee__person")
        .get(pk=mentorship.pk)
    )


DEFAULT_STEPS: tuple[tuple[str | Promise, int, str], ...] = (
    (_("Check-in and last time's actions"), 5, StepPlanStep.Lead.MENTOR),
    (_("The senior's question"), 5, StepPlanStep.Lead.MENTEE),
    (_("The mentor's input or demo"), 15, StepPlanStep.Lead.MENTOR),
    (_("Hands-on try-out"), 15, StepPlanStep.Lead.BOTH),
    (_("What it means for the senior's role"), 10, StepPlanStep.Lead.MENTEE),
    (_("The senior's advice (time-boxed, always last)"), 5, StepPlanStep.Lead.MENTEE),
    (_("Actions, next topic and date"), 5, StepPlanStep.Lead.MENTOR),
)


def step_plan_for(program: Program) -> list[StepPlanStep]:
    """The program's step plan; the default one, in the program's language, until it is edited."""
    steps = list(StepPlanStep.objects.filter(program=program))
    if steps:
        return steps
    with translation.override(program.language):
        StepPlanStep.objects.bulk_create(
            StepPlanStep(
                program=program, position=index, title=str(title), minutes=minutes, lead=lead
            )
            for index, (title, minutes, lead) in enumerate(DEFAULT_STEPS)
        )
    return list(StepPlanStep.objects.filter(program=program))


@dataclass(frozen=True)
class StepInput:
    title: str
    minutes: int
    lead: str


@transaction.atomic
def step_plan_update(*, program: Program, steps: Sequence[StepInput]) -> list[StepPlanStep]:
    if not steps:
        raise InvalidMeeting(_("A step plan needs at least one step."))
    StepPlanStep.objects.filter(program=program).delete()
    created = StepPlanStep.objects.bulk_create(
        StepPlanStep(
            program=program, position=index, title=step.title, minutes=step.minutes, lead=step.lead
        )
        for index, step in enumerate(steps)
    )
    return created


@transaction.atomic
def mentorships_from_run(*, run: MatchingRun, program: Program) -> list[Mentorship]:
    """A published run's pairs become proposed mentorships; the senior is asked first."""
    from revmentor.matching.models import Proposal

    proposals = Proposal.objects.filter(run=run).select_related("mentor__person", "mentee__person")
    created = [
        Mentorship.objects.create(
            program=program,
            mentor=proposal.mentor,
            mentee=proposal.mentee,
            proposal=proposal,
            start_date=program.start_date,
            end_date=program.end_date,
            cadence_weeks=program.meeting_every_weeks or 4,
            meeting_minutes=program.meeting_minutes or 60,
            formats=list(program.formats),
        )
        for proposal in proposals
    ]
    for mentorship in created:
        mentorship.topics.set(
            Topic.objects.filter(
                program=program, key__in=[t["topic"] for t in mentorship.proposal.top_topics]
            )
            if mentorship.proposal
            else []
        )
        _notify(mentorship, "proposed", to=(Side.MENTEE,))
    return created


def _notify(
    mentorship: Mentorship, template: str, *, to: Sequence[str] = (Side.MENTOR, Side.MENTEE)
) -> None:
    """In-app notification and e-mail (sent by a task, once per event and person)."""
    from django.urls import reverse

    from revmentor.notifications.services import notify

    link = reverse("mentorships:detail", kwargs={"pk": mentorship.pk})
    for side in to:
        participant = mentorship.mentor if side == Side.MENTOR else mentorship.mentee
        partner = mentorship.mentee if side == Side.MENTOR else mentorship.mentor
        user = User.objects.filter(person=participant.person).first()
        if user is None:
            continue
        notify(
            user=user,
            kind=template,
            event_key=f"mentorship:{mentorship.pk}:{template}:{side}",
            template=f"mentorships/email/{template}",
            context={
                "person": {"name": participant.person.name},
                "partner": {"name": partner.person.name},
                "mentorship": {"program": {"name": mentorship.program.name}},
            },
            link=link,
            essential=True,
        )


def _block_pair(mentorship: Mentorship, actor: User | None) -> None:
    """The two are never proposed to each other again in this program."""
    from revmentor.matching.models import PairRule

    PairRule.objects.update_or_create(
        program=mentorship.program,
        mentor=mentorship.mentor,
        mentee=mentorship.mentee,
        defaults={"kind": PairRule.Kind.BLOCK, "created_by": actor},
    )


@transaction.atomic
def mentorship_accept(*, mentorship: Mentorship, user: User) -> Mentorship:
    """The senior agrees to meet: on to the contract conversation."""
    mentorship = _locked(mentorship)
    if side_of(mentorship, user) != Side.MENTEE:
        raise NotAllowed()
    _require(mentorship, State.PROPOSED)
    _move(mentorship, State.CONTRACTING, user)
    _notify(mentorship, "contracting")
    return mentorship


@transaction.atomic
def mentorship_decline(*, mentorship: Mentorship, user: User, reason: str) -> Mentorship:
    """The senior asks for another match; only the program manager reads the reason."""
    mentorship = _locked(mentorship)
    if side_of(mentorship, user) != Side.MENTEE:
        raise NotAllowed()
    _require(mentorship, State.PROPOSED)
    if not reason.strip():
        raise InvalidMeeting(_("Tell the program manager why, so the next match is better."))
    mentorship.decline_reason = reason.strip()
    mentorship.rematch_requested = True
    _move(mentorship, State.DECLINED, user)
    _block_pair(mentorship, user)
    return mentorship


@transaction.atomic
def agreement_update(
    *,
    mentorship: Mentorship,
    user: User,
    goals: str,
    topics: Sequence[Topic],
    formats: Sequence[str],
    where_and_how: str,
) -> Mentorship:
    mentorship = _locked(mentorship)
    side_of(mentorship, user)
    _require(mentorship, State.CONTRACTING)
    allowed = set(mentorship.program.formats) or set(MeetingFormat.values)
    if not formats or not set(formats) <= allowed:
        raise InvalidMeeting(_("Choose at least one of the program's meeting formats."))
    if any(topic.program_id != mentorship.program_id for topic in topics):
        raise InvalidMeeting(_("A topic is not in this program's catalogue."))
    mentorship.goals = goals
    mentorship.formats = list(formats)
    mentorship.where_and_how = where_and_how
    mentorship.save()
    mentorship.topics.set(topics)
    return mentorship


@dataclass(frozen=True)
class CheckAnswers:
    acquainted: bool
    expectations_clear: bool
    approach_agreed: bool
    ground_rules_accepted: bool
    enough_trust: bool
    reason: str = ""  # a category, only used when the answer is no


@transaction.atomic
def contract_check_submit(
    *, mentorship: Mentorship, user: User, answers: CheckAnswers
) -> Mentorship:
    """Each partner answers privately. Two yeses make the mentorship active; any no dissolves it
    without saying who said no."""
    mentorship = _locked(mentorship)
    side = side_of(mentorship, user)
    # Before the state: a second copy of one's answers, sent at once with the first, may find the
    # pair already active (or dissolved) and should still hear that it was answered already.
    if mentorship.checks.filter(side=side).exists():
        raise AlreadyAnswered()
    _require(mentorship, State.CONTRACTING)
    ContractCheck.objects.create(
        mentorship=mentorship,
        side=side,
        acquainted=answers.acquainted,
        expectations_clear=answers.expectations_clear,
        approach_agreed=answers.approach_agreed,
        ground_rules_accepted=answers.ground_rules_accepted,
        enough_trust=answers.enough_trust,
        reason=answers.reason if answers.reason in DissolveReason.values else "",
    )
    checks = list(mentorship.checks.all())
    if len(checks) < 2:
        return mentorship
    if all(check.says_yes for check in checks):
        for check in checks:
            setattr(mentorship, f"{check.side}_confirmed_at", check.answered_at)
        # The system, not either partner, makes the move: nobody can tell who answered last.
        _move(mentorship, State.ACTIVE, None)
        _notify(mentorship, "active")
    else:
        said_no = [check for check in checks if not check.says_yes]
        category = next((check.reason for check in said_no if check.reason), "")
        if not category:
            trust = all(check.enough_trust for check in checks)
            category = DissolveReason.EXPECTATIONS if trust else DissolveReason.TRUST
        mentorship.dissolve_reason = category
        mentorship.rematch_requested = True
        _move(mentorship, State.DISSOLVED, None)
        _block_pair(mentorship, None)
        _notify(mentorship, "dissolved")
    return mentorship


@dataclass(frozen=True)
class MeetingInput:
    format: str
    starts_at: dt.datetime
    duration_minutes: int
    location: str = ""
    video_link: str = ""
    shadow_title: str = ""
    shadow_context: str = ""


def _check_time(
    mentorship: Mentorship, start: dt.datetime, minutes: int, *, exclude: Sequence[int] = ()
) -> None:
    if minutes <= 0:
        raise InvalidMeeting(_("A meeting needs a duration of at least one minute."))
    if minutes > 600:
        raise InvalidMeeting(_("A meeting cannot last longer than 10 hours."))
    if start <= timezone.now():
        raise InvalidMeeting(_("A meeting cannot be scheduled in the past."))
    _check_overlap(mentorship, start, minutes, exclude=exclude)


def _check_meeting(mentorship: Mentorship, data: MeetingInput) -> None:
    allowed = set(mentorship.program.formats) or set(MeetingFormat.values)
    if data.format not in allowed:
        raise InvalidMeeting(_("The program's charter does not allow this meeting format."))
    if data.format == MeetingFormat.REMOTE and not data.video_link:
        raise InvalidMeeting(_("A remote meeting needs a video link."))
    if data.format == MeetingFormat.SHADOWING and not data.shadow_title:
        raise InvalidMeeting(_("Say which meeting the mentor will attend."))
    _check_time(mentorship, data.starts_at, data.duration_minutes)


def _check_overlap(
    mentorship: Mentorship, start: dt.datetime, minutes: int, *, exclude: Sequence[int] = ()
) -> None:
    end = start + dt.timedelta(minutes=minutes)
    people = [mentorship.mentor.person_id, mentorship.mentee.person_id]
    candidates = (
        Meeting.objects.filter(
            cancelled_at__isnull=True,
            starts_at__lt=end,
            starts_at__gt=start - dt.timedelta(hours=11),
        )
        .filter(
            Q(mentorship__mentor__person_id__in=people)
            | Q(mentorship__mentee__person_id__in=people)
        )
        .exclude(pk__in=list(exclude))
    )
    for other in candidates:
        if other.starts_at + dt.timedelta(minutes=other.duration_minutes) > start:
            raise InvalidMeeting(
                _("This overlaps another meeting of one of you (%(when)s).")
                % {"when": date_format(timezone.localtime(other.starts_at), "DATETIME_FORMAT")}
            )


def _build_agenda(meeting: Meeting) -> None:
    mentorship = meeting.mentorship
    steps = step_plan_for(mentorship.program)
    topics = list(mentorship.topics.order_by("position", "pk"))
    held_before = mentorship.meetings.filter(
        kind=MeetingKind.REGULAR, starts_at__lt=meeting.starts_at
    ).count()
    topic = topics[held_before % len(topics)].name if topics else ""
    items = []
    for index, step in enumerate(steps):
        title = step.title
        if index == 2 and topic:
            title = f"{title}: {topic}"
        items.append(
            AgendaItem(
                meeting=meeting, position=index, title=title, minutes=step.minutes, lead=step.lead
            )
        )
    AgendaItem.objects.bulk_create(items)


@transaction.atomic
def meeting_schedule(*, mentorship: Mentorship, user: User, data: MeetingInput) -> Meeting:
    """Schedule the contract conversation (while contracting) or a meeting (while active)."""
    mentorship = _locked(mentorship)
    side_of(mentorship, user)
    _require(mentorship, State.CONTRACTING, State.ACTIVE)
    kind = MeetingKind.CONTRACT if mentorship.state == State.CONTRACTING else MeetingKind.REGULAR
    _check_meeting(mentorship, data)
    first_meeting_training_gate(mentorship, kind)
    meeting = Meeting.objects.create(
        mentorship=mentorship,
        kind=kind,
        format=data.format,
        starts_at=data.starts_at,
        duration_minutes=data.duration_minutes,
        location=data.location,
        video_link=data.video_link,
        shadow_title=data.shadow_title,
        shadow_context=data.shadow_context,
        uid=f"{uuid.uuid4()}@revmentor",
    )
    if kind == MeetingKind.REGULAR and data.format != MeetingFormat.SHADOWING:
        _build_agenda(meeting)
    meetings = [meeting]
    if data.format == MeetingFormat.SHADOWING:
        # The junior observes; the learning happens in the one-to-one debrief right after.
        debrief_start = data.starts_at + dt.timedelta(minutes=data.duration_minutes) + DEBRIEF_GAP
        _check_overlap(mentorship, debrief_start, DEBRIEF_MINUTES)
        debrief = Meeting.objects.create(
            mentorship=mentorship,
            kind=MeetingKind.DEBRIEF,
            format=MeetingFormat.CONVERSATION
            if MeetingFormat.CONVERSATION
            in (mentorship.program.formats or [MeetingFormat.CONVERSATION])
            else data.format,
            starts_at=debrief_start,
            duration_minutes=DEBRIEF_MINUTES,
            location=data.location,
            debrief_of=meeting,
            uid=f"{uuid.uuid4()}@revmentor",
        )
        meetings.append(debrief)
    for item in meetings:
        transaction.on_commit(partial(ical.send_invitations, item, method="REQUEST"))
        _audit_meeting(item, "planned")
    return meeting


@transaction.atomic
def meeting_reschedule(
    *, meeting: Meeting, user: User, starts_at: dt.datetime, reason: str
) -> Meeting:
    meeting = (
        Meeting.objects.select_for_update().select_related("mentorship__program").get(pk=meeting.pk)
    )
    side_of(meeting.mentorship, user)
    if meeting.is_cancelled:
        raise InvalidMeeting(_("A cancelled meeting cannot be moved."))
    if not reason.strip():
        raise InvalidMeeting(_("Say why the meeting moves."))
    debrief = getattr(meeting, "debrief", None)
    _check_time(
        meeting.mentorship,
        starts_at,
        meeting.duration_minutes,
        exclude=[meeting.pk, *([debrief.pk] if debrief else [])],
    )
    MeetingChange.objects.create(
        meeting=meeting,
        actor=user,
        old_starts_at=meeting.starts_at,
        new_starts_at=starts_at,
        reason=reason.strip(),
    )
    shift = starts_at - meeting.starts_at
    meeting.starts_at = starts_at
    meeting.sequence += 1
    meeting.save()
    transaction.on_commit(lambda: ical.send_invitations(meeting, method="REQUEST"))
    if debrief is not None and not debrief.is_cancelled:
        debrief.starts_at += shift
        debrief.sequence += 1
        debrief.save()
        transaction.on_commit(lambda: ical.send_invitations(debrief, method="REQUEST"))
    _audit_meeting(meeting, "moved")
    return meeting


@transaction.atomic
def meeting_cancel(*, meeting: Meeting, user: User, reason: str) -> Meeting:
    meeting = (
        Meeting.objects.select_for_update().select_related("mentorship__program").get(pk=meeting.pk)
    )
    side_of(meeting.mentorship, user)
    if meeting.is_cancelled:
        return meeting
    if not reason.strip():
        raise InvalidMeeting(_("Say why the meeting is cancelled."))
    to_cancel = [meeting]
    debrief = getattr(meeting, "debrief", None)
    if debrief is not None and not debrief.is_cancelled:
        to_cancel.append(debrief)
    for item in to_cancel:
        MeetingChange.objects.create(
            meeting=item, actor=user, old_starts_at=item.starts_at, reason=reason.strip()
        )
        item.cancelled_at = timezone.now()
        item.cancelled_by = user
        item.cancel_reason = reason.strip()[:300]
        item.sequence += 1
        item.save()
        transaction.on_commit(partial(ical.send_invitations, item, method="CANCEL"))
        _audit_meeting(item, "cancelled")
    return meeting


@transaction.atomic
def meeting_mark(*, meeting: Meeting, user: User, held: bool) -> Meeting:
    meeting = (
        Meeting.objects.select_for_update()
        .select_related("mentorship__mentor", "mentorship__mentee")
        .get(pk=meeting.pk)
    )
    side = side_of(meeting.mentorship, user)
    if meeting.is_cancelled:
        raise InvalidMeeting(_("A cancelled meeting cannot be marked."))
    if meeting.starts_at > timezone.now():
        raise InvalidMeeting(_("You can say whether a meeting was held once its time has come."))
    setattr(meeting, f"{side}_held", held)
    meeting.save()
    _audit_meeting(meeting, "marked")
    return meeting


@transaction.atomic
def meeting_log_save(
    *, meeting: Meeting, user: User, topics: Sequence[Topic], most_talking: str, reflection: str
) -> MeetingLog:
    side = side_of(meeting.mentorship, user)
    if meeting.starts_at > timezone.now():
        raise InvalidMeeting(_("You can write your log once the meeting has started."))
    log, _created = MeetingLog.objects.update_or_create(
        meeting=meeting,
        side=side,
        defaults={
            "most_talking": most_talking,
            "reflection": reflection.strip()[:500],
            "topic_ids": sorted(
                topic.pk for topic in topics if topic.program_id == meeting.mentorship.program_id
            ),
        },
    )
    return log


@transaction.atomic
def agenda_update(*, meeting: Meeting, user: User, items: Sequence[StepInput]) -> None:
    side_of(meeting.mentorship, user)
    if meeting.is_cancelled:
        raise InvalidMeeting(_("A cancelled meeting has no agenda."))
    meeting.agenda.all().delete()
    AgendaItem.objects.bulk_create(
        AgendaItem(
            meeting=meeting, position=index, title=item.title, minutes=item.minutes, lead=item.lead
        )
        for index, item in enumerate(items)
        if item.title.strip()
    )


@transaction.atomic
def note_add(
    *,
    mentorship: Mentorship,
    user: User,
    body: str,
    visibility: str,
    meeting: Meeting | None = None,
) -> Note:
    side = side_of(mentorship, user)
    if not body.strip():
        raise InvalidMeeting(_("An empty note cannot be saved."))
    if visibility not in Note.Visibility.values:
        raise InvalidMeeting(_("Choose who may read the note."))
    return Note.objects.create(
        mentorship=mentorship,
        meeting=meeting,
        author_side=side,
        visibility=visibility,
        body=body.strip(),
    )


@transaction.atomic
def action_add(
    *,
    mentorship: Mentorship,
    user: User,
    text: str,
    owner: str,
    due_date: dt.date | None,
    meeting: Meeting | None = None,
) -> ActionItem:
    side_of(mentorship, user)
    if not text.strip():
        raise InvalidMeeting(_("Describe the action."))
    if owner not in Side.values:
        raise InvalidMeeting(_("Choose who owns the action."))
    if due_date is not None and due_date < timezone.localdate():
        raise InvalidDate(_("The due date cannot be in the past."))
    return ActionItem.objects.create(
        mentorship=mentorship, meeting=meeting, owner=owner, text=text.strip(), due_date=due_date
    )


@transaction.atomic
def action_done(*, action: ActionItem, user: User) -> ActionItem:
    side_of(action.mentorship, user)
    action.done_at = None if action.done_at else timezone.now()
    action.save(update_fields=["done_at"])
    return action


@transaction.atomic
def mentorship_pause(
    *, mentorship: Mentorship, user: User, category: str, resume_on: dt.date, reason: str = ""
) -> Mentorship:
    """Pause until a date. The program manager sees the category; `reason` is for the pair."""
    mentorship = _locked(mentorship)
    side_of(mentorship, user)
    _require(mentorship, State.ACTIVE)
    if resume_on <= timezone.localdate():
        raise InvalidDate(_("The resume date must be in the future."))
    if mentorship.end_date and resume_on > mentorship.end_date:
        raise InvalidDate(_("The resume date must be before the end date."))
    if category not in PauseCategory.values:
        raise InvalidMeeting(_("Choose why you pause."))
    mentorship.pause_category = category
    mentorship.pause_reason = reason.strip()[:300]
    mentorship.resume_on = resume_on
    return _move(mentorship, State.PAUSED, user, category)


@transaction.atomic
def mentorship_resume(*, mentorship: Mentorship, user: User | None) -> Mentorship:
    mentorship = _locked(mentorship)
    if user is not None:
        side_of(mentorship, user)
    _require(mentorship, State.PAUSED)
    mentorship.resume_on = None
    return _move(mentorship, State.ACTIVE, user)


@transaction.atomic
def mentorship_extend(*, mentorship: Mentorship, user: User, end_date: dt.date) -> Mentorship:
    mentorship = _locked(mentorship)
    side_of(mentorship, user)
    _require(mentorship, State.ACTIVE, State.PAUSED)
    if mentorship.end_date and end_date <= mentorship.end_date:
        raise InvalidDate(_("The new end date must be after the current one."))
    if mentorship.start_date and end_date <= mentorship.start_date:
        raise InvalidDate(_("The end date must be after the start date."))
    old = mentorship.end_date
    mentorship.end_date = end_date
    Transition.objects.create(
        mentorship=mentorship,
        actor=user,
        from_state=mentorship.state,
        to_state=mentorship.state,
        note=f"end {old} → {end_date}",
    )
    mentorship.save()
    return mentorship


@transaction.atomic
def mentorship_end(
    *, mentorship: Mentorship, user: User, category: str, reason: str = "", rematch: bool = False
) -> Mentorship:
    """End early, optionally asking for a rematch; the pair is not proposed again.

    The program manager sees the category; `reason` is for the pair."""
    mentorship = _locked(mentorship)
    side_of(mentorship, user)
    _require(mentorship, State.ACTIVE, State.PAUSED)
    if category not in EndCategory.values:
        raise InvalidMeeting(_("Choose why you end the mentorship."))
    mentorship.end_category = category
    mentorship.end_reason = reason.strip()[:300]
    mentorship.rematch_requested = rematch
    _move(mentorship, State.ENDED, user, category)
    if rematch:
        _block_pair(mentorship, user)
    return mentorship


@transaction.atomic
def mentorship_close_for_departure(*, mentorship: Mentorship, leaving_side: str) -> Mentorship:
    """A partner leaves revmentor (their data is erased): an open mentorship ends, and the other
    partner is told, without the leaver's name, that it ended and that their own notes stay."""
    mentorship = _locked(mentorship)
    if mentorship.state not in OPEN_STATES:
        return mentorship
    if mentorship.state in {State.PROPOSED, State.CONTRACTING}:
        _move(mentorship, State.DISSOLVED, None, "partner_left")
    else:
        mentorship.end_category = EndCategory.LEAVING
        _move(mentorship, State.ENDED, None, EndCategory.LEAVING)
    stays = Side.MENTEE if leaving_side == Side.MENTOR else Side.MENTOR
    _notify(mentorship, "partner_left", to=(stays,))
    return mentorship


DEFAULT_CONTENT_RETENTION_DAYS = 365


def purge_ended_content(*, now: dt.datetime | None = None) -> int:
    """Remove what pairs wrote once their mentorship has been closed for the program's retention
    period (Recruitment.content_retention_days): notes, logs, agendas, actions, contract checks,
    check-ins, the agreement's texts, reasons and places. States, dates and counts stay."""
    from revmentor.enrolment.models import Recruitment
    from revmentor.support.models import CheckIn

    now = now or timezone.now()
    retention = dict(Recruitment.objects.values_list("program_id", "content_retention_days"))
    closed_at = dict(
        Transition.objects.filter(
            to_state__in=CLOSED_STATES,
            mentorship__state__in=CLOSED_STATES,
            mentorship__content_removed_at__isnull=True,
        ).values_list("mentorship_id", "at")
    )
    due = [
        mentorship
        for mentorship in Mentorship.objects.filter(pk__in=closed_at)
        if closed_at[mentorship.pk]
        <= now
        - dt.timedelta(days=retention.get(mentorship.program_id, DEFAULT_CONTENT_RETENTION_DAYS))
    ]
    for mentorship in due:
        with transaction.atomic():
            Note.objects.filter(mentorship=mentorship).delete()
            ActionItem.objects.filter(mentorship=mentorship).delete()
            AgendaItem.objects.filter(meeting__mentorship=mentorship).delete()
            MeetingLog.objects.filter(meeting__mentorship=mentorship).delete()
            ContractCheck.objects.filter(mentorship=mentorship).delete()
            CheckIn.objects.filter(mentorship=mentorship).delete()
            MeetingChange.objects.filter(meeting__mentorship=mentorship).update(reason="")
            for meeting in Meeting.objects.filter(mentorship=mentorship):
                for field in ("location", "video_link", "shadow_title", "shadow_context"):
                    setattr(meeting, field, "")
                meeting.cancel_reason = ""
                meeting.save(
                    update_fields=[
                        "location",
                        "video_link",
                        "shadow_title",
                        "shadow_context",
                        "cancel_reason",
                    ]
                )
            for field in ("goals", "where_and_how", "decline_reason", "pause_reason", "end_reason"):
                setattr(mentorship, field, "")
            mentorship.content_removed_at = now
            mentorship.save()
    return len(due)


def mentorships_complete_due(*, today: dt.date | None = None) -> int:
    """The scheduled task: mentorships past their end date complete; paused ones resume on time."""
    today = today or timezone.localdate()
    completed = 0
    for mentorship in Mentorship.objects.filter(
        state__in=[State.ACTIVE, State.PAUSED], end_date__lt=today
    ):
        with transaction.atomic():
            locked = _locked(mentorship)
            # A partner may have ended it between the query and the lock.
            if locked.state not in {State.ACTIVE, State.PAUSED}:
                continue
            _move(locked, State.COMPLETED, None)
        completed += 1
    for mentorship in Mentorship.objects.filter(state=State.PAUSED, resume_on__lte=today):
        try:
            mentorship_resume(mentorship=mentorship, user=None)
        except WrongState:
            continue  # resumed or ended by a partner meanwhile; nothing left to do
    return completed
