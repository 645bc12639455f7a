"""End to end in headless Chromium: training before the first meeting, check-ins that put a pair
on the attention list, and an article sent to a pair."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
from django.core import mail
from django.utils import timezone
from playwright.sync_api import Browser, expect

from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, State
from revmentor.mentorships.tests.factories import pair
from revmentor.support.models import AttentionAction, TrainingModule
from revmentor.support.services import training_modules_for
from tests.browser.test_mentorship_flows import PASSWORD, in_three_days, session

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def with_passwords(*users: Any) -> None:
    for user in users:
        user.set_password(PASSWORD)
        user.save()


def test_a_mentor_completes_the_required_training_and_can_then_schedule(
    browser: Browser, live_server: Any, program_manager: Any
):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE, trained=False)
    with_passwords(mentor)
    page = session(browser, live_server.url, mentor.email)
    page.goto(f"{live_server.url}/mentorships/{mentorship.pk}/meetings/new/")
    missing = page.locator("#missing-training")
    required = [
        m for m in training_modules_for(mentorship.program) if m.required_before_first_meeting
    ]
    for module in required:
        expect(missing).to_contain_text(module.title)
    page.get_by_role("link", name="Mentor training").click()
    for module in required:
        page.get_by_role("link", name=module.title).click()
        for index, question in enumerate(module.self_check):
            page.locator(f"input[name=q{index}][value='{question['correct']}']").check()
        page.get_by_role("button", name="Check my answers").click()
        expect(page.get_by_text("Module completed.")).to_be_visible()
    page.goto(f"{live_server.url}/mentorships/{mentorship.pk}/meetings/new/")
    expect(page.locator("#missing-training")).to_have_count(0)
    page.get_by_label("Conversation on agreed topics").check()
    page.get_by_label("Date and time").fill(in_three_days())
    page.get_by_role("button", name="Schedule and send invitations").click()
    expect(page.locator("#agenda")).to_be_visible()


def test_check_ins_of_two_meetings_saying_the_senior_talked_most_put_the_pair_on_the_list(
    browser: Browser, live_server: Any, program_manager: Any
):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    with_passwords(mentor, program_manager)
    page = session(browser, live_server.url, mentor.email)
    for days_ago in (14, 4):
        meeting = pairs.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=pairs.MeetingInput(
                "conversation", timezone.now() + dt.timedelta(days=2, hours=days_ago), 60
            ),
        )
        Meeting.objects.filter(pk=meeting.pk).update(
            starts_at=timezone.now() - dt.timedelta(days=days_ago)
        )
        page.goto(f"{live_server.url}/support/meetings/{meeting.pk}/check-in/")
        page.locator("input[name=as_planned][value=yes]").check()
        page.locator("input[name=most_talking][value=partner]").check()
        page.locator("input[name=covered_topic][value=yes]").check()
        for name in ("openness", "trust", "value"):
            page.locator(f"input[name={name}][value='4']").check()
        page.get_by_role("button", name="Send").click()
        expect(page.get_by_text("Only you see your answers.")).to_be_visible()

    manager = session(browser, live_server.url, program_manager.email)
    manager.goto(f"{live_server.url}/support/programs/{mentorship.program_id}/attention/")
    row = manager.locator("#attention-items tbody tr", has_text=mentorship.mentee.person.name)
    expect(row).to_contain_text("Check-ins over time say the senior does most of the talking")
    expect(row).to_contain_text("Invite the junior to a peer circle")
    row.get_by_label("Note (optional)").fill("Invited to the March circle")
    row.get_by_role("button", name="Record").click()
    expect(manager.get_by_text("Recorded.")).to_be_visible()
    expect(manager.locator("#attention-items")).to_contain_text("Invited to the March circle")
    assert AttentionAction.objects.get().intervention == "peer_circle"


def test_an_article_sent_to_a_pair_reaches_both_partners(
    browser: Browser, live_server: Any, program_manager: Any
):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE)
    with_passwords(mentor, mentee, program_manager)
    manager = session(browser, live_server.url, program_manager.email)
    manager.goto(f"{live_server.url}/support/programs/{mentorship.program_id}/articles/")
    manager.get_by_label("Link").fill("https://example.org/genz-and-linkedin")
    manager.get_by_label("Title").fill("How Gen Z uses LinkedIn")
    manager.get_by_role("button", name="Add to the library").click()
    expect(manager.get_by_text("Article added to the library.")).to_be_visible()
    mail.outbox.clear()
    manager.get_by_role("button", name="Send to this pair").click()
    expect(manager.locator(".message-success")).to_contain_text("Sent to")
    recipients = sorted(address for message in mail.outbox for address in message.to)
    assert recipients == sorted([mentorship.mentor.person.email, mentorship.mentee.person.email])
    assert all("How Gen Z uses LinkedIn" in message.subject for message in mail.outbox)
    for user in (mentor, mentee):
        partner_page = session(browser, live_server.url, user.email)
        partner_page.goto(f"{live_server.url}/mentorships/{mentorship.pk}/")
        expect(partner_page.locator("#articles")).to_contain_text("How Gen Z uses LinkedIn")
    assert TrainingModule.objects.exists()
