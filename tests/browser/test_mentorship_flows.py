"""End to end in headless Chromium: consultation, contract conversation and check, dissolution
without blame, shadowing with its debrief, and a calendar file in the right time zone."""

from __future__ import annotations

import datetime as dt
import re
from typing import Any

import pytest
from django.utils import timezone
from icalendar import Calendar
from playwright.sync_api import Browser, Page, expect

from revmentor.mentorships.models import Meeting, Mentorship, State
from revmentor.mentorships.tests.factories import pair

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]
PASSWORD = "pw-123456789"


def session(browser: Browser, base: str, email: str) -> Page:
    page = browser.new_context().new_page()
    page.goto(f"{base}/accounts/login/")
    page.get_by_label("E-mail address").fill(email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welcome")
    return page


def in_three_days(hour: int = 10) -> str:
    return (
        (timezone.localtime() + dt.timedelta(days=3))
        .replace(hour=hour, minute=0)
        .strftime("%Y-%m-%dT%H:%M")
    )


def answer_check(page: Page, trust: str) -> None:
    check = page.locator("#contract-check")
    for name in ("acquainted", "expectations_clear", "approach_agreed", "ground_rules_accepted"):
        check.locator(f"input[name={name}][value=yes]").check()
    check.locator(f"input[name=enough_trust][value={trust}]").check()
    if trust == "no":
        check.get_by_label(re.compile("main reason")).select_option("trust")
    check.get_by_role("button", name="Send my answers").click()


def consult_and_plan(
    browser: Browser, base: str, mentorship: Mentorship, mentor: Any, mentee: Any
) -> tuple[Page, Page]:
    senior = session(browser, base, mentee.email)
    senior.get_by_role("button", name="Open your mentorship").click()
    expect(senior.locator("#proposal")).to_contain_text(mentorship.mentor.person.name)
    senior.get_by_role("button", name="I would like to meet").click()
    expect(senior.locator("#mentorship-state")).to_have_text("Contract conversation")
    junior = session(browser, base, mentor.email)
    junior.get_by_role("button", name="Open your mentorship").click()
    junior.get_by_role("button", name="Plan the contract conversation").click()
    junior.get_by_label("Conversation on agreed topics").check()
    junior.get_by_label("Date and time").fill(in_three_days())
    junior.get_by_role("button", name="Schedule and send invitations").click()
    expect(junior.get_by_role("heading", level=1)).to_contain_text("Contract conversation")
    # The conversation takes place; afterwards both say it was held.
    Meeting.objects.filter(mentorship=mentorship).update(
        starts_at=timezone.now() - dt.timedelta(hours=2)
    )
    for page in (junior, senior):
        page.goto(f"{base}/meetings/{Meeting.objects.get(mentorship=mentorship).pk}/")
        page.get_by_role("button", name="Yes, it was held").click()
        expect(page.get_by_text("You said it was held.")).to_be_visible()
        page.goto(f"{base}/mentorships/{mentorship.pk}/")
    return junior, senior


def test_a_pair_is_consulted_holds_the_contract_conversation_and_becomes_active(
    browser: Browser, live_server: Any, program_manager: Any
):
    mentorship, mentor, mentee = pair(program_manager)
    for user in (mentor, mentee):
        user.set_password(PASSWORD)
        user.save()
    junior, senior = consult_and_plan(browser, live_server.url, mentorship, mentor, mentee)
    junior.get_by_label("Our goals").fill("Use LinkedIn and AI tools with confidence")
    junior.locator("#contracting").get_by_label(mentorship.program.topics.first().name).check()
    junior.locator("#contracting").get_by_label("Conversation on agreed topics").check()
    junior.get_by_label("Where and when we meet, and how we keep in touch").fill(
        "Every 3 weeks, Tuesday morning"
    )
    junior.get_by_role("button", name="Save agreement").click()
    answer_check(junior, "yes")
    expect(junior.locator("#contract-check")).to_contain_text("Your answers stay private")
    answer_check(senior, "yes")
    expect(senior.locator("#mentorship-state")).to_have_text("Active")
    agreement = senior.locator("#agreement")
    expect(agreement).to_contain_text("Use LinkedIn and AI tools with confidence")
    expect(agreement).to_contain_text("Every 3 weeks, Tuesday morning")
    mentorship.refresh_from_db()
    assert mentorship.state == State.ACTIVE
    assert mentorship.mentor_confirmed_at is not None
    assert mentorship.mentee_confirmed_at is not None


def test_when_one_says_no_the_pair_is_dissolved_and_neither_sees_who(
    browser: Browser, live_server: Any, program_manager: Any
):
    mentorship, mentor, mentee = pair(program_manager)
    for user in (mentor, mentee):
        user.set_password(PASSWORD)
        user.save()
    junior, senior = consult_and_plan(browser, live_server.url, mentorship, mentor, mentee)
    answer_check(junior, "no")
    answer_check(senior, "yes")
    for page in (junior, senior):
        page.reload()
        expect(page.locator("#mentorship-state")).to_have_text("Dissolved")
        expect(page.locator("#ended-note")).to_contain_text("nobody's fault")
        body = page.content()
        assert "said no" not in body
        assert "enough_trust" not in body
    mentorship.refresh_from_db()
    assert mentorship.state == State.DISSOLVED
    assert mentorship.dissolve_reason == "trust"


def test_a_shadowing_meeting_produces_a_debrief_and_a_calendar_file_in_the_right_time_zone(
    page: Page, live_server: Any, program_manager: Any
):
    mentorship, _mentor, mentee = pair(
        program_manager,
        formats=["conversation", "shadowing"],
        state=State.ACTIVE,
        tz="America/New_York",
    )
    mentee.set_password(PASSWORD)
    mentee.save()
    page.goto(f"{live_server.url}/accounts/login/")
    page.get_by_label("E-mail address").fill(mentee.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    page.goto(f"{live_server.url}/mentorships/{mentorship.pk}/meetings/new/")
    page.get_by_label("Shadowing with a debrief").check()
    page.get_by_label("Date and time").fill(in_three_days(14))
    page.get_by_label("Duration (minutes)").fill("90")
    page.get_by_label("Meeting the mentor attends (shadowing)").fill("Management team meeting")
    page.get_by_role("button", name="Schedule and send invitations").click()
    expect(page.locator("#debrief-link")).to_be_visible()
    shadow = Meeting.objects.get(mentorship=mentorship, format="shadowing")
    assert Meeting.objects.get(debrief_of=shadow).starts_at == shadow.starts_at + dt.timedelta(
        minutes=120
    )
    with page.expect_download() as download_info:
        page.locator("#ics-link").click()
    content = download_info.value.path().read_bytes()
    event = Calendar.from_ical(content).walk("VEVENT")[0]
    start = event.decoded("DTSTART")
    assert str(start.tzinfo) == "America/New_York"
    assert start.hour == 14  # entered in the mentee's own time zone
    assert start == shadow.starts_at
    assert b"BEGIN:VTIMEZONE" in content
