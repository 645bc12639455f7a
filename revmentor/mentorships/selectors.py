"""Reads for mentorships. Pair content is read only through the pair's own access helpers;
the program manager's overview reads metadata only."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from django.db.models import Count, Max, Q, QuerySet
from django.http import Http404
from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.mentorships.models import (
    OPEN_STATES,
    ActionItem,
    Meeting,
    MeetingKind,
    MeetingLog,
    Mentorship,
    Note,
    State,
)
from revmentor.programs.models import Program

OVERDUE_FACTOR = 1.5


def _mentorships() -> QuerySet[Mentorship]:
    return Mentorship.objects.select_related(
        "program",
        "mentor__person",
        "mentor__person__org_unit",
        "mentee__person",
        "mentee__person__org_unit",
    )


def mentorship_for_user(*, user: User, pk: int) -> tuple[Mentorship, str]:
    """The mentorship and the user's side in it. Anyone who is not one of the two gets 404,
    program managers and HR included: what a pair does together is theirs."""
    mentorship = _mentorships().filter(pk=pk).first()
    side = mentorship.side_of(user.person_id) if mentorship else None
    if mentorship is None or side is None:
        raise Http404
    return mentorship, side


def meeting_for_user(*, user: User, pk: int) -> tuple[Meeting, str]:
    meeting = Meeting.objects.select_related("mentorship").filter(pk=pk).first()
    if meeting is None:
        raise Http404
    mentorship, side = mentorship_for_user(user=user, pk=meeting.mentorship_id)
    meeting.mentorship = mentorship
    return meeting, side


def mentorships_of_user(*, user: User) -> QuerySet[Mentorship]:
    if user.person_id is None:
        return Mentorship.objects.none()
    return _mentorships().filter(
        Q(mentor__person_id=user.person_id) | Q(mentee__person_id=user.person_id)
    )


def visible_notes(mentorship: Mentorship, side: str) -> QuerySet[Note]:
    """Shared notes of the pair, and this side's own private notes — never the partner's."""
    return mentorship.notes.filter(Q(visibility=Note.Visibility.SHARED) | Q(author_side=side))


def own_log(meeting: Meeting, side: str) -> MeetingLog | None:
    return MeetingLog.objects.filter(meeting=meeting, side=side).first()


def open_actions(mentorship: Mentorship) -> QuerySet[ActionItem]:
    return mentorship.actions.filter(done_at__isnull=True).order_by("due_date", "pk")


@dataclass(frozen=True)
class Cadence:
    last_held: dt.date | None
    next_due: dt.date | None
    overdue: bool
    days_since: int | None


def cadence_of(
    mentorship: Mentorship, *, today: dt.date | None = None, last_held: dt.datetime | None = None
) -> Cadence:
    """Next meeting due one cadence after the last held one; overdue past 1.5 × the cadence."""
    today = today or timezone.localdate()
    if mentorship.state != State.ACTIVE:
        return Cadence(None, None, False, None)
    if last_held is None:
        last_held = (
            mentorship.meetings.filter(cancelled_at__isnull=True, starts_at__lte=timezone.now())
            .exclude(mentor_held=False)
            .exclude(mentee_held=False)
            .filter(Q(mentor_held=True) | Q(mentee_held=True))
            .aggregate(last=Max("starts_at"))["last"]
        )
    cadence = dt.timedelta(weeks=mentorship.cadence_weeks)
    reference = timezone.localtime(last_held).date() if last_held else _activated_on(mentorship)
    if reference is None:
        return Cadence(None, None, False, None)
    gap = today - reference
    return Cadence(
        last_held=timezone.localtime(last_held).date() if last_held else None,
        next_due=reference + cadence,
        overdue=gap > cadence * OVERDUE_FACTOR,
        days_since=gap.days,
    )


def _activated_on(mentorship: Mentorship) -> dt.date | None:
    # Iterating .all() uses a prefetched list when the caller loaded one (no query per pair).
    moves = [t for t in mentorship.transitions.all() if t.to_state == State.ACTIVE]
    return timezone.localtime(max(t.at for t in moves)).date() if moves else mentorship.start_date


def upcoming_meetings(mentorship: Mentorship) -> QuerySet[Meeting]:
    return mentorship.meetings.filter(
        cancelled_at__isnull=True, starts_at__gte=timezone.now()
    ).order_by("starts_at")


def past_meetings(mentorship: Mentorship) -> QuerySet[Meeting]:
    return mentorship.meetings.filter(starts_at__lt=timezone.now()).order_by("-starts_at")


@dataclass(frozen=True)
class PairOverview:
    """What a program manager may know about a pair: no notes, logs, agendas or actions."""

    mentorship: Mentorship
    meetings_held: int
    meetings_cancelled: int
    last_held: dt.datetime | None
    cadence: Cadence


def program_pairs(program: Program) -> list[PairOverview]:
    rows = (
        _mentorships()
        .filter(program=program)
        .annotate(
            held=Count(
                "meetings",
                filter=Q(meetings__mentor_held=True) | Q(meetings__mentee_held=True),
                distinct=True,
            ),
            cancelled=Count(
                "meetings", filter=Q(meetings__cancelled_at__isnull=False), distinct=True
            ),
            last=Max(
                "meetings__starts_at",
                filter=(Q(meetings__mentor_held=True) | Q(meetings__mentee_held=True))
                & ~Q(meetings__mentor_held=False)
                & ~Q(meetings__mentee_held=False),
            ),
        )
        .prefetch_related("transitions")
        .order_by("state", "mentee__person__name")
    )
    return [
        PairOverview(
            mentorship=row,
            meetings_held=row.held,
            meetings_cancelled=row.cancelled,
            last_held=row.last,
            cadence=cadence_of(row, last_held=row.last),
        )
        for row in rows
    ]


def open_mentorship_of(user: User) -> Mentorship | None:
    return mentorships_of_user(user=user).filter(state__in=OPEN_STATES).first()


def next_meeting(mentorship: Mentorship) -> Meeting | None:
    return upcoming_meetings(mentorship).first()


def check_ins_due(mentorship: Mentorship, side: str) -> list[Meeting]:
    """Past meetings this side has not answered the check-in for (at most three)."""
    from revmentor.support.models import CheckIn  # support builds on mentorships

    answered = set(
        CheckIn.objects.filter(mentorship=mentorship, side=side, meeting__isnull=False).values_list(
            "meeting_id", flat=True
        )
    )
    past = mentorship.meetings.filter(
        cancelled_at__isnull=True, starts_at__lte=timezone.now()
    ).exclude(**{f"{side}_held": False})
    return [meeting for meeting in past.order_by("-starts_at")[:5] if meeting.pk not in answered][
        :3
    ]


def contract_meeting(mentorship: Mentorship) -> Meeting | None:
    return (
        mentorship.meetings.filter(kind=MeetingKind.CONTRACT, cancelled_at__isnull=True)
        .order_by("-starts_at")
        .first()
    )
