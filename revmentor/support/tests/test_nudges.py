"""Scheduled nudges: meeting reminders, check-ins and training due, the article drip, the digest.
Each is sent once per event, however often housekeeping runs."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, State
from revmentor.mentorships.tests.factories import pair
from revmentor.notifications.models import Notification
from revmentor.support import services
from revmentor.support.models import ArticleShare

pytestmark = pytest.mark.django_db


def meeting_in(mentorship, user, hours):
    return pairs.meeting_schedule(
        mentorship=mentorship,
        user=user,
        data=pairs.MeetingInput("conversation", timezone.now() + dt.timedelta(hours=hours), 60),
    )


def test_both_partners_are_reminded_once_of_a_meeting_within_a_day(
    program_manager, django_capture_on_commit_callbacks
):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    meeting_in(mentorship, mentor, 20)
    meeting_in(mentorship, mentor, 60)  # too far ahead for a reminder
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        assert services.send_meeting_reminders() == 2
        assert services.send_meeting_reminders() == 0
    assert len(mail.outbox) == 2


def test_a_check_in_reminder_goes_only_to_who_has_not_answered(program_manager):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    meeting = meeting_in(mentorship, mentor, 30)
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - dt.timedelta(days=1))
    meeting.refresh_from_db()
    services.check_in_after_meeting(
        meeting=meeting, user=mentor, answers=services.PulseAnswers(4, 4, 4, True, "balanced", True)
    )
    assert services.send_check_in_reminders() == 1
    assert Notification.objects.get(kind="check_in_due").user.person == mentorship.mentee.person


def test_a_mentor_missing_required_training_is_reminded_once(program_manager):
    pair(program_manager, trained=False)
    assert services.send_training_reminders() == 1
    assert services.send_training_reminders() == 0


def test_the_drip_shares_one_article_on_the_pairs_topics_before_a_meeting(program_manager):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    topic = mentorship.program.topics.first()
    mentorship.topics.set([topic])
    services.article_add(
        program=mentorship.program,
        url="https://example.org/1",
        title="On topic",
        summary="",
        language="en",
        topic_ids=[topic.pk],
    )
    meeting_in(mentorship, mentor, 40)
    assert services.drip_articles() == 1
    assert services.drip_articles() == 0  # one per meeting
    assert ArticleShare.objects.get().article.title == "On topic"


def test_program_managers_get_one_digest_per_program_and_week(program_manager):
    mentorship, _mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    mentorship.program.status = "running"
    mentorship.program.save()
    assert services.send_digests() == 1
    assert services.send_digests() == 0
    assert services.send_digests(today=timezone.localdate() + dt.timedelta(days=7)) == 1


def test_the_monthly_pulse_reminder_comes_from_the_20th_once_a_month_to_who_has_not_answered(
    program_manager,
):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    assert services.send_pulse_reminders(today=dt.date(2026, 11, 19)) == 0
    services.monthly_pulse(
        mentorship=mentorship,
        user=mentor,
        answers=services.PulseAnswers(4, 4, 4, True, "balanced", True),
        today=dt.date(2026, 11, 5),
    )
    assert services.send_pulse_reminders(today=dt.date(2026, 11, 20)) == 1
    reminder = Notification.objects.get(kind="pulse_due")
    assert reminder.user.person == mentorship.mentee.person
    assert reminder.link.endswith(f"/mentorships/{mentorship.pk}/pulse/")
    assert services.send_pulse_reminders(today=dt.date(2026, 11, 28)) == 0  # once a month
    # A new month: nobody has answered it yet, so both partners are reminded.
    assert services.send_pulse_reminders(today=dt.date(2026, 12, 21)) == 2
