"""End to end in headless Chromium: an employee applies as mentee; a student applies through the
link, confirms the e-mail and is accepted; a broken form speaks Dutch to a Dutch user."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.core import mail
from django.utils import translation
from django.utils.translation import gettext
from playwright.sync_api import Page, expect

from conftest import PASSWORD
from revmentor.accounts.models import User
from revmentor.enrolment.models import Application, Participant
from revmentor.enrolment.services import recruitment_for_program
from revmentor.enrolment.tests.factories import recruiting_program
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from tests.browser.test_foundation_flows import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def employee(email: str, grade: int, language: str = "en") -> User:
    person = PersonFactory(
        email=email, grade=grade, org_unit=OrgUnitFactory(path="Sales"), languages=["nl", "en"]
    )
    return User.objects.create_user(
        email, PASSWORD, full_name=person.name, person=person, language=language
    )


def test_an_employee_applies_as_mentee(page: Page, live_server: Any):
    program = recruiting_program()
    senior = employee("senior@example.org", grade=9)
    log_in(page, live_server.url, senior.email)
    page.get_by_role("link", name=program.name).click()
    expect(page.locator("#charter")).to_contain_text("Why this program exists")
    page.get_by_role("button", name="Apply as Mentee").click()
    topic = program.topics.first()
    row = page.locator(".topic-row", has_text=topic.name)
    row.get_by_label("Priority").select_option("5")
    row.get_by_label("What I want to be able to do").fill("Post on LinkedIn without help")
    row.get_by_label("Where I am now (1–5)").select_option("1")
    page.get_by_label("Why this matters for your role").fill("Our customers are online")
    page.get_by_label(re.compile("Conversation on agreed topics")).check()
    page.get_by_label("I accept the program's ground rules, including confidentiality.").check()
    page.get_by_label(re.compile("I agree that my application is stored")).check()
    page.get_by_role("button", name="Send application").click()
    expect(page.locator("#application-status")).to_have_text("Submitted")
    application = Application.objects.get(person=senior.person)
    assert application.role == "mentee"
    assert application.languages == ["nl", "en"]  # pre-filled from the employee record
    answer = application.topics.get()
    assert (answer.value, answer.self_assessment) == (5, 1)
    assert application.charter_version == program.charter_version


def test_a_student_applies_through_the_link_confirms_and_is_accepted(
    page: Page, live_server: Any, program_manager: Any
):
    program = recruiting_program("digital_fluency_students")
    token = recruitment_for_program(program).external_token
    page.goto(f"{live_server.url}/apply/{token}/")
    page.get_by_label("Your name").fill("Sam Student")
    page.get_by_label("E-mail address").fill("sam@uni.example")
    page.get_by_label("School or university").fill("Hogeschool Utrecht")
    topic = program.topics.first()
    row = page.locator(".topic-row", has_text=topic.name)
    row.get_by_label("Your level").select_option("5")
    row.get_by_label("Evidence: what have you done with it?").fill(
        "I run a channel with 40k subscribers"
    )
    page.get_by_label("Video channel (YouTube, TikTok, …)").fill("https://video.example.org/@sam")
    page.get_by_label("Followers or subscribers").fill("40000")
    page.get_by_label("Why you want to mentor a senior manager").fill("I like explaining")
    page.get_by_label("English").check()
    page.get_by_label(re.compile("Conversation on agreed topics")).check()
    page.get_by_label("I accept the program's ground rules, including confidentiality.").check()
    page.get_by_label(re.compile("I agree that my application is stored")).check()
    page.get_by_role("button", name="Send application").click()
    expect(page.get_by_role("heading", name="Check your e-mail")).to_be_visible()
    assert not User.objects.filter(email="sam@uni.example").exists()

    link = re.search(r"https?://\S+/apply/confirm/\S+/", mail.outbox[-1].body)
    assert link is not None
    page.goto(live_server.url + "/apply/" + link.group(0).split("/apply/", 1)[1])
    expect(page.get_by_role("heading", name="E-mail confirmed")).to_be_visible()

    log_in(page, live_server.url, program_manager.email)
    page.goto(f"{live_server.url}/programs/{program.pk}/applications/?origin=external")
    page.get_by_role("link", name="Sam Student").click()
    expect(page.locator("#selection-score")).to_contain_text("The passion rating is still missing")
    page.get_by_label("Passion (1–5)").select_option("5")
    page.get_by_role("button", name="Save review").click()
    page.get_by_label("Accept").check()
    page.get_by_label("Reason (sent to the applicant)").fill(
        "Your channel shows exactly what we need."
    )
    page.get_by_role("button", name="Decide and e-mail the applicant").click()
    expect(page.locator("#application-status")).to_have_text("Accepted")
    student = User.objects.get(email="sam@uni.example")
    assert student.person is not None
    assert student.person.is_external
    assert Participant.objects.filter(
        program=program, person=student.person, role="mentor"
    ).exists()
    page.get_by_role("link", name="← Applications").click()
    page.get_by_role("link", name="Participants").click()
    expect(page.locator("#mentors")).to_contain_text("Sam Student")


def test_a_broken_form_shows_its_errors_in_dutch(page: Page, live_server: Any):
    program = recruiting_program()
    junior = employee("junior@example.org", grade=2, language="nl")
    log_in_dutch(page, live_server.url, junior.email)
    page.goto(f"{live_server.url}/join/{program.pk}/apply/mentor/")
    page.get_by_label("Blog").fill("ftp://blog.example.org")
    page.get_by_label("Aantal posts").fill("-3")
    page.get_by_role("button", name="Aanmelding versturen").click()
    expect(page.locator("#field-blog_url .error")).to_contain_text("http://")
    expect(page.locator("#field-post_count .error")).to_be_visible()
    with translation.override("nl"):
        no_topic = gettext("Choose at least one topic and give it a level or priority.")
        no_rules = gettext("You can only take part if you accept the ground rules.")
    assert no_topic != "Choose at least one topic and give it a level or priority."
    expect(page.locator("#intake-form")).to_contain_text(no_topic)
    expect(page.locator("#field-accept_ground_rules .error")).to_have_text(no_rules)
    assert not Application.objects.exists()


def log_in_dutch(page: Page, base: str, email: str) -> None:
    page.goto(f"{base}/accounts/login/")
    page.locator("input[name=username]").fill(email)
    page.locator("input[name=password]").fill(PASSWORD)
    page.locator("main form button[type=submit]").click()
    expect(page.get_by_role("heading", level=1)).to_contain_text("Welkom")
