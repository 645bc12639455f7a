"""The same state change called several times at once, each call in its own thread and
transaction, on PostgreSQL (whose row locks are real; on SQLite a write transaction holds the
whole database, see test_concurrent_requests): exactly one call changes the state, the others
raise the domain error that says why they changed nothing."""

from __future__ import annotations

import datetime as dt

import pytest
from django.db import connection
from django.utils import timezone

from revmentor.enrolment import services as enrolment
from revmentor.enrolment.models import Application, Participant
from revmentor.enrolment.tests.factories import employee_user, intake, recruiting_program
from revmentor.matching import services as matching
from revmentor.matching.models import MatchingRun
from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, MeetingChange, Mentorship, State
from revmentor.mentorships.tests.factories import pair
from revmentor.programs import services as programs
from revmentor.programs.models import Program, Status
from revmentor.support import services as support
from revmentor.support.models import SupportCase
from tests.concurrency.race import accepted_pair, at_once, program_with_runs

pytestmark = pytest.mark.django_db(transaction=True)


@pytest.fixture(autouse=True)
def _postgresql_only() -> None:
    if connection.vendor != "postgresql":
        pytest.skip("row locks are PostgreSQL's; set DATABASE_URL to a PostgreSQL database")


YES = pairs.CheckAnswers(True, True, True, True, True)


def later(days: int) -> dt.datetime:
    return (timezone.now() + dt.timedelta(days=days)).replace(
        hour=10, minute=0, second=0, microsecond=0
    )


def raised(results, kind) -> int:
    return sum(isinstance(result, kind) for result in results)


def unexpected(results) -> list[Exception]:
    from revmentor.core.exceptions import DomainError

    return [r for r in results if isinstance(r, Exception) and not isinstance(r, DomainError)]


def test_one_application_decided_at_once_by_several_calls_is_decided_once(program_manager):
    program = recruiting_program()
    application = enrolment.application_submit(
        program=program,
        user=employee_user("ayla@example.org", grade=2, unit="IT"),
        role="mentor",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    results = at_once(
        *(
            lambda: enrolment.application_decide(
                application=application, decision="accepted", reason="ok", by=program_manager
            )
            for _ in range(4)
        )
    )
    assert unexpected(results) == []
    assert raised(results, enrolment.AlreadyDecided) == 3
    assert Participant.objects.filter(application=application).count() == 1


def test_an_application_sent_several_times_at_once_is_kept_once():
    program = recruiting_program()
    applicant = employee_user("ayla@example.org", grade=2, unit="IT")
    results = at_once(
        *(
            lambda: enrolment.application_submit(
                program=program,
                user=applicant,
                role="mentor",
                intake=intake(program),
                accepted_ground_rules=True,
                consented=True,
            )
            for _ in range(4)
        )
    )
    assert unexpected(results) == []
    refused = [r for r in results if isinstance(r, enrolment.NotEligible)]
    assert [r.message for r in refused] == ["You have already applied to this program."] * 3
    assert Application.objects.filter(program=program).count() == 1


def test_a_mentee_put_in_two_caseloads_at_once_is_in_one(program_manager, hr_support):
    program = recruiting_program()
    _mentor, mentee = accepted_pair(program, program_manager)
    results = at_once(
        *(
            lambda user=user: support.support_case_open(
                program=program, hr_user=user, mentee=mentee
            )
            for user in (hr_support, program_manager, hr_support, program_manager)
        )
    )
    assert unexpected(results) == []
    # The one who came first has the case (twice); the other is told whose caseload it is in.
    assert raised(results, support.SupportError) == 2
    assert SupportCase.objects.filter(mentee=mentee).count() == 1


def test_one_run_published_at_once_by_several_calls_is_published_once(program_manager):
    program, (run,) = program_with_runs(program_manager)
    results = at_once(
        *(lambda: matching.matching_publish(run=run, by=program_manager) for _ in range(4))
    )
    assert unexpected(results) == []
    assert raised(results, matching.RunAlreadyPublished) == 3
    assert Mentorship.objects.filter(program=program).count() == 1


def test_two_runs_published_at_once_leave_one_published(program_manager):
    program, runs = program_with_runs(program_manager, runs=2)
    results = at_once(
        *(lambda run=run: matching.matching_publish(run=run, by=program_manager) for run in runs)
    )
    assert unexpected(results) == []
    assert raised(results, matching.AlreadyPublished) == 1
    assert MatchingRun.objects.filter(program=program, published_at__isnull=False).count() == 1
    assert Mentorship.objects.filter(program=program).count() == 1


def test_matching_runs_started_at_once_each_get_their_own_number(program_manager):
    program = recruiting_program()
    accepted_pair(program, program_manager)
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    program.refresh_from_db()
    results = at_once(
        *(lambda: matching.matching_run(program=program, by=program_manager) for _ in range(3))
    )
    assert unexpected(results) == []
    assert sorted(MatchingRun.objects.filter(program=program).values_list("number", flat=True)) == [
        1,
        2,
        3,
    ]


def test_a_stage_change_called_several_times_at_once_happens_once():
    program = recruiting_program()
    results = at_once(*(lambda: programs.program_start_matching(program=program) for _ in range(4)))
    assert unexpected(results) == []
    assert raised(results, programs.AlreadyInStage) == 3
    assert Program.objects.get(pk=program.pk).status == Status.MATCHING


def test_contract_checks_sent_twice_by_both_partners_at_once_count_once(program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.CONTRACTING)
    results = at_once(
        *(
            lambda user=user: pairs.contract_check_submit(
                mentorship=mentorship, user=user, answers=YES
            )
            for user in (mentor, mentee, mentor, mentee)
        )
    )
    assert unexpected(results) == []
    assert raised(results, pairs.AlreadyAnswered) == 2
    mentorship.refresh_from_db()
    assert mentorship.state == State.ACTIVE
    assert mentorship.checks.count() == 2


def test_one_meeting_slot_asked_for_at_once_is_given_once(program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    data = pairs.MeetingInput(format="conversation", starts_at=later(12), duration_minutes=60)
    results = at_once(
        *(
            lambda user=user: pairs.meeting_schedule(mentorship=mentorship, user=user, data=data)
            for user in (mentor, mentee, mentor, mentee)
        )
    )
    assert unexpected(results) == []
    assert raised(results, pairs.InvalidMeeting) == 3
    assert Meeting.objects.filter(mentorship=mentorship).count() == 1


def test_two_meetings_moved_into_one_slot_at_once_are_not_both_moved(program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    meetings = [
        pairs.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=pairs.MeetingInput(
                format="conversation", starts_at=later(days), duration_minutes=60
            ),
        )
        for days in (5, 6)
    ]
    results = at_once(
        *(
            lambda m=m, user=user: pairs.meeting_reschedule(
                meeting=m, user=user, starts_at=later(9), reason="Holiday"
            )
            for m, user in zip(meetings, (mentor, mentee), strict=True)
        )
    )
    assert unexpected(results) == []
    assert raised(results, pairs.InvalidMeeting) == 1
    assert Meeting.objects.filter(mentorship=mentorship, starts_at=later(9)).count() == 1


def test_a_meeting_cancelled_at_once_by_both_partners_is_cancelled_once(program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    meeting = pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput(format="conversation", starts_at=later(5), duration_minutes=60),
    )
    results = at_once(
        *(
            lambda user=user: pairs.meeting_cancel(meeting=meeting, user=user, reason="Ill")
            for user in (mentor, mentee, mentor, mentee)
        )
    )
    assert unexpected(results) == []
    assert MeetingChange.objects.filter(meeting=meeting).count() == 1


@pytest.mark.parametrize(
    ("start", "call", "target"),
    [
        (
            State.PROPOSED,
            lambda m, mentor, mentee: pairs.mentorship_accept(mentorship=m, user=mentee),
            State.CONTRACTING,
        ),
        (
            State.ACTIVE,
            lambda m, mentor, mentee: pairs.mentorship_pause(
                mentorship=m,
                user=mentor,
                category="workload",
                reason="Busy month",
                resume_on=timezone.localdate() + dt.timedelta(days=9),
            ),
            State.PAUSED,
        ),
        (
            State.ACTIVE,
            lambda m, mentor, mentee: pairs.mentorship_end(
                mentorship=m, user=mentee, category="leaving", reason="New job"
            ),
            State.ENDED,
        ),
    ],
)
def test_a_mentorship_moved_at_once_by_several_calls_moves_once(
    program_manager, start, call, target
):
    mentorship, mentor, mentee = pair(program_manager, state=start)
    results = at_once(*(lambda: call(mentorship, mentor, mentee) for _ in range(4)))
    assert unexpected(results) == []
    assert raised(results, pairs.WrongState) == 3
    assert mentorship.transitions.filter(to_state=target).count() == 1
