"""Mentorship services: every state change, its refusal from a wrong state, meetings and notes."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone
from icalendar import Calendar

from revmentor.matching.models import PairRule
from revmentor.mentorships import services
from revmentor.mentorships.models import Meeting, MeetingKind, Note, State, Transition
from revmentor.mentorships.selectors import cadence_of, visible_notes
from revmentor.mentorships.tests.factories import pair
from revmentor.support.services import complete_required_training

pytestmark = pytest.mark.django_db

YES = services.CheckAnswers(True, True, True, True, True)
NO_TRUST = services.CheckAnswers(True, True, True, True, False, reason="trust")


def soon(days: int = 3, hour: int = 10) -> dt.datetime:
    return (timezone.now() + dt.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def active(manager):
    mentorship, mentor, mentee = pair(manager)
    services.mentorship_accept(mentorship=mentorship, user=mentee)
    services.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
    mentorship = services.contract_check_submit(mentorship=mentorship, user=mentee, answers=YES)
    complete_required_training(mentorship.mentor)
    return mentorship, mentor, mentee


def test_only_the_senior_answers_the_proposal(program_manager):
    mentorship, mentor, mentee = pair(program_manager)
    with pytest.raises(services.NotAllowed):
        services.mentorship_accept(mentorship=mentorship, user=mentor)
    assert services.mentorship_accept(mentorship=mentorship, user=mentee).state == State.CONTRACTING


def test_asking_for_another_match_needs_a_reason_and_blocks_the_pair(program_manager):
    mentorship, _mentor, mentee = pair(program_manager)
    with pytest.raises(services.InvalidMeeting):
        services.mentorship_decline(mentorship=mentorship, user=mentee, reason="")
    declined = services.mentorship_decline(
        mentorship=mentorship, user=mentee, reason="We already work together"
    )
    assert declined.state == State.DECLINED
    assert declined.rematch_requested
    assert PairRule.objects.filter(
        kind="block", mentor=mentorship.mentor, mentee=mentorship.mentee
    ).exists()


def test_two_yeses_make_the_mentorship_active_with_both_confirmation_times(program_manager):
    mentorship, _mentor, _mentee = active(program_manager)
    assert mentorship.state == State.ACTIVE
    assert mentorship.mentor_confirmed_at is not None
    assert mentorship.mentee_confirmed_at is not None
    # The last step is taken by nobody in particular: the log cannot tell who answered last.
    assert Transition.objects.get(mentorship=mentorship, to_state=State.ACTIVE).actor is None


def test_one_no_dissolves_the_pair_without_saying_who(program_manager):
    mentorship, mentor, mentee = pair(program_manager)
    services.mentorship_accept(mentorship=mentorship, user=mentee)
    services.contract_check_submit(mentorship=mentorship, user=mentor, answers=NO_TRUST)
    dissolved = services.contract_check_submit(mentorship=mentorship, user=mentee, answers=YES)
    assert dissolved.state == State.DISSOLVED
    assert dissolved.dissolve_reason == "trust"
    assert dissolved.rematch_requested
    assert Transition.objects.get(mentorship=mentorship, to_state=State.DISSOLVED).actor is None
    assert PairRule.objects.filter(kind="block").count() == 1


def test_a_partner_answers_the_check_only_once(program_manager):
    mentorship, mentor, mentee = pair(program_manager)
    services.mentorship_accept(mentorship=mentorship, user=mentee)
    services.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
    with pytest.raises(services.AlreadyAnswered):
        services.contract_check_submit(mentorship=mentorship, user=mentor, answers=NO_TRUST)


@pytest.mark.parametrize(
    ("state", "call"),
    [
        (
            State.ACTIVE,
            lambda m, mentor, mentee: services.mentorship_accept(mentorship=m, user=mentee),
        ),
        (
            State.PROPOSED,
            lambda m, mentor, mentee: services.contract_check_submit(
                mentorship=m, user=mentor, answers=YES
            ),
        ),
        (
            State.PROPOSED,
            lambda m, mentor, mentee: services.mentorship_pause(
                mentorship=m,
                user=mentor,
                category="workload",
                resume_on=timezone.localdate() + dt.timedelta(days=9),
            ),
        ),
        (
            State.ACTIVE,
            lambda m, mentor, mentee: services.mentorship_resume(mentorship=m, user=mentor),
        ),
        (
            State.CONTRACTING,
            lambda m, mentor, mentee: services.mentorship_end(
                mentorship=m, user=mentor, category="time"
            ),
        ),
        (
            State.DISSOLVED,
            lambda m, mentor, mentee: services.meeting_schedule(
                mentorship=m, user=mentor, data=services.MeetingInput("conversation", soon(), 60)
            ),
        ),
        (
            State.COMPLETED,
            lambda m, mentor, mentee: services.mentorship_extend(
                mentorship=m, user=mentor, end_date=dt.date(2030, 1, 1)
            ),
        ),
    ],
)
def test_a_transition_from_a_wrong_state_is_refused_and_changes_nothing(
    program_manager, state, call
):
    mentorship, mentor, mentee = pair(program_manager, state=state)
    with pytest.raises(services.WrongState):
        call(mentorship, mentor, mentee)
    mentorship.refresh_from_db()
    assert mentorship.state == state


def test_pause_resume_extend_and_end_are_logged_with_who(program_manager):
    mentorship, mentor, mentee = active(program_manager)
    services.mentorship_pause(
        mentorship=mentorship,
        user=mentor,
        category="leave",
        reason="Holiday",
        resume_on=timezone.localdate() + dt.timedelta(days=14),
    )
    services.mentorship_resume(mentorship=mentorship, user=mentee)
    end = (mentorship.end_date or timezone.localdate()) + dt.timedelta(days=30)
    mentorship = services.mentorship_extend(mentorship=mentorship, user=mentee, end_date=end)
    assert mentorship.end_date == end
    ended = services.mentorship_end(
        mentorship=mentorship, user=mentee, category="leaving", reason="Changed jobs", rematch=True
    )
    assert ended.state == State.ENDED
    actors = list(Transition.objects.filter(mentorship=mentorship).values_list("to_state", "actor"))
    assert (State.PAUSED, mentor.pk) in actors
    assert (State.ENDED, mentee.pk) in actors


def test_a_mentorship_completes_after_its_end_date_and_a_pause_resumes_on_time(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    services.mentorship_pause(
        mentorship=mentorship,
        user=mentor,
        category="workload",
        reason="Busy",
        resume_on=timezone.localdate() + dt.timedelta(days=3),
    )
    services.mentorships_complete_due(today=timezone.localdate() + dt.timedelta(days=3))
    mentorship.refresh_from_db()
    assert mentorship.state == State.ACTIVE
    assert services.mentorships_complete_due(today=mentorship.end_date + dt.timedelta(days=1)) == 1
    mentorship.refresh_from_db()
    assert mentorship.state == State.COMPLETED


@pytest.mark.parametrize(
    ("data", "message"),
    [
        (services.MeetingInput("conversation", timezone.now() - dt.timedelta(hours=1), 60), "past"),
        (services.MeetingInput("conversation", soon(), 0), "duration"),
        (
            services.MeetingInput("shadowing", soon(), 60, shadow_title="MT meeting"),
            "does not allow",
        ),
        (services.MeetingInput("remote", soon(), 60), "video link"),
    ],
)
def test_impossible_meetings_get_a_clear_message_and_change_nothing(program_manager, data, message):
    mentorship, mentor, _mentee = active(program_manager)
    mentorship.program.formats = ["conversation", "remote"]
    mentorship.program.save()
    with pytest.raises(services.InvalidMeeting) as caught:
        services.meeting_schedule(mentorship=mentorship, user=mentor, data=data)
    assert message in caught.value.message
    assert not Meeting.objects.exists()


def test_a_meeting_overlapping_another_of_the_same_person_is_refused(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    services.meeting_schedule(
        mentorship=mentorship, user=mentor, data=services.MeetingInput("conversation", soon(), 60)
    )
    with pytest.raises(services.InvalidMeeting) as caught:
        services.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=services.MeetingInput("conversation", soon() + dt.timedelta(minutes=30), 60),
        )
    assert "overlaps" in caught.value.message


def test_shadowing_proposes_a_debrief_right_after(program_manager):
    mentorship, _mentor, mentee = active(program_manager)
    mentorship.program.formats = ["conversation", "shadowing"]
    mentorship.program.save()
    shadow = services.meeting_schedule(
        mentorship=mentorship,
        user=mentee,
        data=services.MeetingInput("shadowing", soon(), 90, shadow_title="MT meeting"),
    )
    debrief = Meeting.objects.get(debrief_of=shadow)
    assert debrief.kind == MeetingKind.DEBRIEF
    assert debrief.starts_at == shadow.starts_at + dt.timedelta(minutes=90 + 30)
    services.meeting_cancel(meeting=shadow, user=mentee, reason="MT moved")
    debrief.refresh_from_db()
    assert debrief.is_cancelled


def test_a_conversation_gets_the_junior_led_step_plan_as_agenda(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    meeting = services.meeting_schedule(
        mentorship=mentorship, user=mentor, data=services.MeetingInput("conversation", soon(), 60)
    )
    titles = [item.title for item in meeting.agenda.all()]
    assert titles[0].startswith("Check-in")
    assert titles[-2].startswith("The senior's advice")


def test_invitations_are_sent_updated_and_cancelled_as_calendar_files(
    program_manager, django_capture_on_commit_callbacks
):
    mentorship, mentor, _mentee = active(program_manager)
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        meeting = services.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=services.MeetingInput("conversation", soon(), 60),
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_reschedule(
            meeting=meeting, user=mentor, starts_at=soon(days=4), reason="Clash"
        )
    with django_capture_on_commit_callbacks(execute=True):
        services.meeting_cancel(meeting=meeting, user=mentor, reason="Ill")
    assert len(mail.outbox) == 6  # both partners, three times
    methods = []
    for message in mail.outbox:
        _name, content, _mimetype = message.attachments[0]
        calendar = Calendar.from_ical(content)
        event = calendar.walk("VEVENT")[0]
        methods.append((str(calendar["METHOD"]), int(event["SEQUENCE"])))
        assert str(event["UID"]) == meeting.uid
    assert methods == [("REQUEST", 0)] * 2 + [("REQUEST", 1)] * 2 + [("CANCEL", 2)] * 2


def test_a_meeting_is_marked_held_only_after_its_time(program_manager):
    mentorship, mentor, mentee = active(program_manager)
    meeting = services.meeting_schedule(
        mentorship=mentorship, user=mentor, data=services.MeetingInput("conversation", soon(), 60)
    )
    with pytest.raises(services.InvalidMeeting):
        services.meeting_mark(meeting=meeting, user=mentor, held=True)
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - dt.timedelta(days=1))
    meeting.refresh_from_db()
    services.meeting_mark(meeting=meeting, user=mentor, held=True)
    meeting = services.meeting_mark(meeting=meeting, user=mentee, held=True)
    assert meeting.held is True


def test_cadence_makes_a_pair_overdue_after_one_and_a_half_cadences(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    meeting = services.meeting_schedule(
        mentorship=mentorship, user=mentor, data=services.MeetingInput("conversation", soon(), 60)
    )
    held_on = timezone.now() - dt.timedelta(days=10)
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=held_on, mentor_held=True)
    cadence = dt.timedelta(weeks=mentorship.cadence_weeks)
    today = timezone.localdate(held_on)
    assert cadence_of(mentorship, today=today + cadence).next_due == today + cadence
    assert not cadence_of(mentorship, today=today + cadence * 1.5).overdue
    assert cadence_of(mentorship, today=today + cadence * 1.5 + dt.timedelta(days=1)).overdue


def test_private_notes_are_for_their_author_and_shared_notes_for_the_pair(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    services.note_add(
        mentorship=mentorship, user=mentor, body="mine alone", visibility=Note.Visibility.PRIVATE
    )
    services.note_add(
        mentorship=mentorship, user=mentor, body="for us", visibility=Note.Visibility.SHARED
    )
    assert {n.body for n in visible_notes(mentorship, "mentor")} == {"mine alone", "for us"}
    assert {n.body for n in visible_notes(mentorship, "mentee")} == {"for us"}


def test_note_bodies_are_encrypted_at_rest(program_manager):
    from django.db import connection

    mentorship, mentor, _mentee = active(program_manager)
    services.note_add(
        mentorship=mentorship,
        user=mentor,
        body="VERY-PRIVATE-THOUGHT",
        visibility=Note.Visibility.PRIVATE,
    )
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM mentorships_note")
        stored = cursor.fetchone()[0]
    assert "VERY-PRIVATE-THOUGHT" not in stored
    assert Note.objects.get().body == "VERY-PRIVATE-THOUGHT"


def test_actions_carry_a_due_date_that_is_not_in_the_past(program_manager):
    mentorship, mentor, _mentee = active(program_manager)
    with pytest.raises(services.InvalidDate):
        services.action_add(
            mentorship=mentorship,
            user=mentor,
            text="Try Copilot",
            owner="mentee",
            due_date=timezone.localdate() - dt.timedelta(days=1),
        )
    action = services.action_add(
        mentorship=mentorship, user=mentor, text="Try Copilot", owner="mentee", due_date=None
    )
    assert services.action_done(action=action, user=mentor).done_at is not None


def test_strangers_cannot_act_on_a_mentorship(program_manager):
    mentorship, _mentor, _mentee = active(program_manager)
    with pytest.raises(services.NotAllowed):
        services.note_add(
            mentorship=mentorship, user=program_manager, body="x", visibility="shared"
        )


def test_a_proposed_partner_sees_only_the_profile_fields_the_charter_shares(program_manager):
    from django.test import Client
    from django.urls import reverse

    mentorship, _mentor, mentee = pair(program_manager)
    person = mentorship.mentor.person
    person.location = "SECRET-LOCATION"
    person.job_title = "VISIBLE-TITLE"
    person.save()
    mentorship.program.shared_profile_fields = ["job_title", "languages"]
    mentorship.program.save()
    client = Client()
    client.force_login(mentee)
    body = client.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk})).content.decode()
    assert "VISIBLE-TITLE" in body
    assert "SECRET-LOCATION" not in body
    mentorship.program.shared_profile_fields = ["location"]
    mentorship.program.save()
    body = client.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk})).content.decode()
    assert "SECRET-LOCATION" in body
    assert "VISIBLE-TITLE" not in body
