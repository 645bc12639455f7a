"""End to end in headless Chromium: run matching, pin a pair, run again and publish."""

from __future__ import annotations

from typing import Any

import pytest
from playwright.sync_api import Page, expect

from revmentor.accounts.models import User
from revmentor.enrolment import services as enrolment
from revmentor.enrolment.tests.factories import intake, recruiting_program
from revmentor.matching.models import MatchingRun
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.programs.models import Program, Status
from tests.browser.test_foundation_flows import log_in

pytestmark = [pytest.mark.browser, pytest.mark.django_db(transaction=True)]


def matching_program(manager: Any) -> Program:
    program = recruiting_program()
    topics = list(program.topics.all())
    for index in range(3):
        for role, grade, unit in (("mentee", 9, f"Board {index}"), ("mentor", 2, f"Team {index}")):
            person = PersonFactory(
                grade=grade, org_unit=OrgUnitFactory(path=unit), name=f"{role.title()} {index}"
            )
            user = User.objects.create_user(person.email, "pw-123456789", person=person)
            answers = [
                enrolment.TopicAnswer(topic_id=topics[(index + k) % len(topics)].pk, value=3 + k)
                for k in range(2)
            ]
            application = enrolment.application_submit(
                program=program,
                user=user,
                role=role,
                intake=intake(program, topics=answers, capacity=1),
                accepted_ground_rules=True,
                consented=True,
            )
            enrolment.application_decide(
                application=application, decision="accepted", reason="ok", by=manager, notify=False
            )
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    return program


def test_a_program_manager_runs_matching_pins_a_pair_reruns_and_publishes(
    page: Page, live_server: Any, program_manager: Any
):
    program = matching_program(program_manager)
    log_in(page, live_server.url, program_manager.email)
    page.goto(f"{live_server.url}/programs/{program.pk}/")
    page.get_by_role("link", name="Matching").click()
    page.get_by_role("button", name="Run matching").click()
    expect(page.get_by_role("heading", name="Run 1")).to_be_visible()
    expect(page.locator("#run-summary")).to_contain_text("Proven optimal")
    first_row = page.locator("#proposals tbody tr").first
    mentor = first_row.locator("td").nth(0).inner_text().split("\n")[0]
    mentee = first_row.locator("td").nth(1).inner_text().split("\n")[0]
    first_row.get_by_role("button", name=f"Pin {mentor} with {mentee}").click()
    expect(page.get_by_text(f"Pinned: {mentor} with {mentee}.")).to_be_visible()
    page.get_by_role("button", name="Run again").click()
    expect(page.get_by_role("heading", name="Run 2")).to_be_visible()
    expect(page.locator("#comparison")).to_contain_text("Compared with run 1")
    pinned_row = page.locator("#proposals tbody tr", has_text=mentee)
    expect(pinned_row).to_contain_text(mentor)
    expect(pinned_row).to_contain_text("pinned")
    page.on("dialog", lambda dialog: dialog.accept())
    page.get_by_role("button", name="Publish this run").click()
    expect(page.get_by_text("Run 2 is published")).to_be_visible()
    expect(page.get_by_role("button", name="Publish this run")).to_have_count(0)
    published = MatchingRun.objects.get(published_at__isnull=False)
    assert published.number == 2
    assert published.proposals.get(mentee__person__name=mentee).pinned
