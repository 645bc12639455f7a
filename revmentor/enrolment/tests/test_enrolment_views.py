"""Enrolment pages: what applicants may and may not see, and list pages without N+1 queries."""

from __future__ import annotations

import pytest
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.urls import reverse

from revmentor.enrolment import services
from revmentor.enrolment.tests.factories import employee_user, intake, recruiting_program

pytestmark = pytest.mark.django_db


def test_an_applicant_never_sees_the_reviewers_rating_or_note(program_manager):
    program = recruiting_program()
    user = employee_user("junior@example.org", grade=2)
    application = services.application_submit(
        program=program,
        user=user,
        role="mentor",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    services.application_review(
        application=application,
        passion=2,
        fit=1,
        note="SECRET-REVIEW-NOTE",
        reviewer=program_manager,
    )
    client = Client()
    client.force_login(user)
    for url in (
        reverse("enrolment:application", kwargs={"pk": application.pk}),
        reverse("enrolment:application_edit", kwargs={"pk": application.pk}),
        reverse("enrolment:program", kwargs={"pk": program.pk}),
        reverse("core:home"),
    ):
        body = client.get(url).content.decode()
        assert "SECRET-REVIEW-NOTE" not in body
        assert "Passion" not in body


def test_a_mentee_never_learns_who_avoided_them(program_manager):
    program = recruiting_program()
    avoided = employee_user("avoided@example.org", grade=9)
    avoider = employee_user("avoider@example.org", grade=9)
    services.application_submit(
        program=program,
        user=avoider,
        role="mentee",
        accepted_ground_rules=True,
        consented=True,
        intake=intake(program, avoided_person_ids=[avoided.person.pk]),
    )
    own = services.application_submit(
        program=program,
        user=avoided,
        role="mentee",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    client = Client()
    client.force_login(avoided)
    body = client.get(reverse("enrolment:application", kwargs={"pk": own.pk})).content.decode()
    assert avoider.person.name not in body


def test_the_review_list_query_count_does_not_grow_with_applications(program_manager):
    program = recruiting_program()
    client = Client()
    client.force_login(program_manager)
    url = reverse("enrolment:review_list", kwargs={"pk": program.pk})

    def add(count: int, start: int) -> None:
        for index in range(start, start + count):
            services.application_submit(
                program=program,
                user=employee_user(f"m{index}@example.org", grade=2),
                role="mentor",
                intake=intake(program),
                accepted_ground_rules=True,
                consented=True,
            )

    add(2, 0)
    client.get(url)  # the first visit creates the program's recruitment settings
    with CaptureQueriesContext(connection) as few:
        client.get(url)
    add(6, 10)
    with CaptureQueriesContext(connection) as many:
        client.get(url)
    assert len(many.captured_queries) == len(few.captured_queries)


def test_a_closed_link_says_so_without_showing_the_program():
    program = recruiting_program("digital_fluency_students")
    recruitment = services.recruitment_for_program(program)
    services.recruitment_update(recruitment=recruitment, external_link_open=False)
    response = Client().get(
        reverse("enrolment:external_apply", kwargs={"token": recruitment.external_token})
    )
    assert response.status_code == 404
    assert "closed or does not exist" in response.content.decode()
    assert program.name not in response.content.decode()


def test_an_applicant_edits_their_application_while_recruiting_and_withdraws_it():
    program = recruiting_program()
    user = employee_user("junior@example.org", grade=2)
    application = services.application_submit(
        program=program,
        user=user,
        role="mentor",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    client = Client()
    client.force_login(user)
    url = reverse("enrolment:application_edit", kwargs={"pk": application.pk})
    form = client.get(url).context["form"]
    data = {key: value for key, value in form.initial.items() if value not in (None, "")}
    data["capacity"] = "3"
    response = client.post(url, data)
    assert response.status_code == 302
    application.refresh_from_db()
    assert application.capacity == 3
    assert application.topics.count() == 1  # unchanged answers are kept
    client.post(reverse("enrolment:application_withdraw", kwargs={"pk": application.pk}))
    application.refresh_from_db()
    assert application.status == "withdrawn"
    assert client.get(url).status_code == 302
    assert client.post(url, data).status_code == 302
    application.refresh_from_db()
    assert application.status == "withdrawn"  # a withdrawn application cannot be edited back
