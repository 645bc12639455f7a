"""The same form sent several times at once, over HTTP to a live server with a thread (and a
database connection) per request, as runserver serves them: never a server error ("database is
locked" on SQLite), exactly one result, and the others hear why nothing more happened."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from revmentor.enrolment.models import Application, ApplicationStatus, Participant
from revmentor.enrolment.tests.factories import employee_user, intake, recruiting_program
from revmentor.matching.models import MatchingRun
from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, MeetingChange, Mentorship, State
from revmentor.mentorships.tests.factories import pair
from revmentor.programs.models import Program, Status
from tests.concurrency.race import PollingWorker, Visitor, at_once, program_with_runs

pytestmark = pytest.mark.django_db(transaction=True)


def local(moment: dt.datetime) -> str:
    return timezone.localtime(moment).strftime("%Y-%m-%dT%H:%M")


def later(days: int, hour: int = 10) -> dt.datetime:
    return (timezone.now() + dt.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def statuses(pages):
    return sorted(page.status for page in pages)


def meeting_form(starts_at: dt.datetime) -> dict[str, str]:
    return {
        "format": "conversation",
        "starts_at": local(starts_at),
        "duration_minutes": "60",
        "location": "Room 4",
    }


def test_both_partners_scheduling_meetings_at_once_all_get_them(live_server, program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    visitors = [Visitor(live_server, (mentor, mentee)[i % 2]) for i in range(8)]
    path = f"/mentorships/{mentorship.pk}/meetings/new/"
    pages = at_once(
        *(
            lambda i=i, v=v: v.post(path, meeting_form(later(days=10 + i)))
            for i, v in enumerate(visitors)
        )
    )
    assert statuses(pages) == [302] * 8
    assert all("Meeting scheduled" in page.body for page in pages)
    assert Meeting.objects.filter(mentorship=mentorship).count() == 8


def test_one_meeting_slot_asked_for_at_once_is_given_once(live_server, program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    visitors = [Visitor(live_server, user) for user in (mentor, mentee, mentor, mentee)]
    path = f"/mentorships/{mentorship.pk}/meetings/new/"
    form = meeting_form(later(days=12))
    pages = at_once(*(lambda v=v: v.post(path, form) for v in visitors))
    assert statuses(pages) == [200, 200, 200, 302]
    refused = [page for page in pages if page.status == 200]
    assert all("This overlaps another meeting of one of you" in page.body for page in refused)
    assert Meeting.objects.filter(mentorship=mentorship).count() == 1


def test_contract_checks_sent_twice_by_both_partners_at_once_count_once(
    live_server, program_manager
):
    mentorship, mentor, mentee = pair(program_manager, state=State.CONTRACTING)
    yes = dict.fromkeys(
        (
            "acquainted",
            "expectations_clear",
            "approach_agreed",
            "ground_rules_accepted",
            "enough_trust",
        ),
        "yes",
    )
    path = f"/mentorships/{mentorship.pk}/check/"
    visitors = [Visitor(live_server, user) for user in (mentor, mentee, mentor, mentee)]
    pages = at_once(*(lambda v=v: v.post(path, yes) for v in visitors))
    assert statuses(pages) == [302] * 4
    bodies = [page.body for page in pages]
    assert sum("Thank you. Your answers stay private." in body for body in bodies) == 2
    assert sum("You have already completed the contract check." in body for body in bodies) == 2
    mentorship.refresh_from_db()
    assert mentorship.state == State.ACTIVE
    assert mentorship.checks.count() == 2


def test_an_application_accepted_several_times_at_once_is_decided_once(
    live_server, program_manager
):
    program = recruiting_program()
    applicant = employee_user("ayla@example.org", grade=2, unit="IT")
    from revmentor.enrolment import services as enrolment

    application = enrolment.application_submit(
        program=program,
        user=applicant,
        role="mentor",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    mail.outbox.clear()
    managers = [Visitor(live_server, program_manager) for _ in range(4)]
    path = f"/programs/{program.pk}/applications/{application.pk}/decide/"
    form = {"decision": "accepted", "reason": "A good fit"}
    pages = at_once(*(lambda v=v: v.post(path, form) for v in managers))
    assert statuses(pages) == [302] * 4
    bodies = [page.body for page in pages]
    assert sum("The applicant has been e-mailed." in body for body in bodies) == 1
    assert sum("This application has already been decided." in body for body in bodies) == 3
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.ACCEPTED
    assert Participant.objects.filter(application=application).count() == 1
    assert len(mail.outbox) == 1


def test_a_run_published_several_times_at_once_is_published_once(live_server, program_manager):
    program, (run,) = program_with_runs(program_manager)
    managers = [Visitor(live_server, program_manager) for _ in range(4)]
    path = f"/programs/{program.pk}/matching/runs/{run.number}/publish/"
    pages = at_once(*(lambda v=v: v.post(path, {}) for v in managers))
    assert statuses(pages) == [302] * 4
    bodies = [page.body for page in pages]
    assert sum("is published: its pairs are the proposals" in body for body in bodies) == 1
    assert sum("This run has already been published." in body for body in bodies) == 3
    assert Mentorship.objects.filter(program=program).count() == 1


def test_two_runs_published_at_once_leave_one_published(live_server, program_manager):
    program, runs = program_with_runs(program_manager, runs=2)
    managers = [Visitor(live_server, program_manager) for _ in runs]
    pages = at_once(
        *(
            lambda v=v, run=run: v.post(
                f"/programs/{program.pk}/matching/runs/{run.number}/publish/", {}
            )
            for v, run in zip(managers, runs, strict=True)
        )
    )
    assert statuses(pages) == [302, 302]
    bodies = [page.body for page in pages]
    assert sum("runs are never replaced" in body for body in bodies) == 1
    assert MatchingRun.objects.filter(program=program, published_at__isnull=False).count() == 1
    assert Mentorship.objects.filter(program=program).count() == 1


def test_a_stage_change_sent_several_times_at_once_happens_once(live_server, program_manager):
    program = recruiting_program()
    managers = [Visitor(live_server, program_manager) for _ in range(4)]
    path = f"/programs/{program.pk}/stage/"
    pages = at_once(*(lambda v=v: v.post(path, {"target": "matching"}) for v in managers))
    assert statuses(pages) == [302] * 4
    bodies = [page.body for page in pages]
    assert sum("The program is now in stage “Matching”." in body for body in bodies) == 1
    assert sum("The program is already in stage “Matching”." in body for body in bodies) == 3
    assert Program.objects.get(pk=program.pk).status == Status.MATCHING


def test_a_proposal_accepted_several_times_at_once_moves_once(live_server, program_manager):
    mentorship, _mentor, mentee = pair(program_manager)
    seniors = [Visitor(live_server, mentee) for _ in range(4)]
    path = f"/mentorships/{mentorship.pk}/accept/"
    pages = at_once(*(lambda v=v: v.post(path, {}) for v in seniors))
    assert statuses(pages) == [302] * 4
    bodies = [page.body for page in pages]
    assert sum("now plan your contract conversation together" in body for body in bodies) == 1
    assert sum("while the mentorship is “Contract conversation”" in body for body in bodies) == 3
    assert mentorship.transitions.filter(to_state=State.CONTRACTING).count() == 1


def test_a_meeting_cancelled_several_times_at_once_is_cancelled_once(live_server, program_manager):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE, formats=["conversation"])
    meeting = pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput(format="conversation", starts_at=later(5), duration_minutes=60),
    )
    visitors = [Visitor(live_server, user) for user in (mentor, mentee, mentor, mentee)]
    path = f"/meetings/{meeting.pk}/cancel/"
    pages = at_once(*(lambda v=v: v.post(path, {"reason": "Ill"}) for v in visitors))
    assert statuses(pages) == [302] * 4
    assert all("Meeting cancelled" in page.body for page in pages)
    assert MeetingChange.objects.filter(meeting=meeting).count() == 1


def test_two_meetings_moved_into_one_slot_at_once_are_not_both_moved(live_server, program_manager):
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
    visitors = [Visitor(live_server, mentor), Visitor(live_server, mentee)]
    form = {"starts_at": local(later(9)), "reason": "Holiday"}
    pages = at_once(
        *(
            lambda v=v, m=m: v.post(f"/meetings/{m.pk}/reschedule/", form)
            for v, m in zip(visitors, meetings, strict=True)
        )
    )
    assert statuses(pages) == [302, 302]
    bodies = [page.body for page in pages]
    assert sum("Meeting moved" in body for body in bodies) == 1
    assert sum("This overlaps another meeting of one of you" in body for body in bodies) == 1
    assert Meeting.objects.filter(mentorship=mentorship, starts_at=later(9)).count() == 1


def test_one_person_at_a_time_beside_the_task_worker_never_meets_a_locked_database(
    live_server, program_manager, settings
):
    # The default setup: runserver with the database task worker polling beside it.
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    mentorship, mentor, mentee = pair(program_manager, state=State.CONTRACTING)
    program = recruiting_program()
    yes = dict.fromkeys(
        (
            "acquainted",
            "expectations_clear",
            "approach_agreed",
            "ground_rules_accepted",
            "enough_trust",
        ),
        "yes",
    )
    manager = Visitor(live_server, program_manager)
    partners = [Visitor(live_server, mentor), Visitor(live_server, mentee)]
    mail.outbox.clear()
    with PollingWorker() as worker:
        pages = [
            partners[0].post(f"/mentorships/{mentorship.pk}/meetings/new/", meeting_form(later(3))),
            *(partner.post(f"/mentorships/{mentorship.pk}/check/", yes) for partner in partners),
            *(
                partners[i % 2].post(
                    f"/mentorships/{mentorship.pk}/meetings/new/", meeting_form(later(10 + i))
                )
                for i in range(6)
            ),
            *(
                manager.post(f"/programs/{program.pk}/stage/", {"target": target})
                for target in ("matching", "running", "closing", "closed")
            ),
        ]
    assert worker.error is None
    assert statuses(pages) == [302] * len(pages)
    assert Program.objects.get(pk=program.pk).status == Status.CLOSED
    assert Meeting.objects.filter(mentorship=mentorship).count() == 7
    # The worker did its job meanwhile: the invitations and notices were e-mailed.
    assert mail.outbox
