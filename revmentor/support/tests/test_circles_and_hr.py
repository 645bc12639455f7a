"""Peer circles and HR 1:1 support."""

from __future__ import annotations

import datetime as dt

import pytest
from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.enrolment import services as enrolment
from revmentor.enrolment.models import Participant
from revmentor.enrolment.tests.factories import intake, recruiting_program
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.support import services
from revmentor.support.models import SupportTalk

pytestmark = pytest.mark.django_db


def mentors(manager, count):
    program = recruiting_program()
    result = []
    for index in range(count):
        person = PersonFactory(grade=2, org_unit=OrgUnitFactory(path=f"Dept {index % 3}"))
        user = User.objects.create_user(person.email, "pw-123456789", person=person)
        application = enrolment.application_submit(
            program=program,
            user=user,
            role="mentor",
            intake=intake(program, capacity=1),
            accepted_ground_rules=True,
            consented=True,
        )
        enrolment.application_decide(
            application=application, decision="accepted", reason="ok", by=manager, notify=False
        )
        result.append(Participant.objects.get(application=application))
    return program, result


def test_suggested_circles_mix_departments(program_manager):
    program, _people = mentors(program_manager, 12)
    circles = services.suggest_circles(program)
    assert len(circles) == 2
    for circle in circles:
        assert 4 <= len(circle) <= 8
        assert len({m.person.org_unit_id for m in circle}) == 3


def test_mentors_already_in_a_circle_are_not_suggested_again(program_manager):
    program, people = mentors(program_manager, 8)
    services.circle_create(program=program, name="First", members=people[:4])
    suggested = [m for circle in services.suggest_circles(program) for m in circle]
    assert sorted(m.pk for m in suggested) == sorted(m.pk for m in people[4:])


def test_a_circle_has_four_to_eight_mentors(program_manager):
    program, people = mentors(program_manager, 3)
    with pytest.raises(services.SupportError):
        services.circle_create(program=program, name="Too small", members=people)


def test_sessions_are_planned_ahead_and_only_members_attend_and_write(program_manager):
    program, people = mentors(program_manager, 5)
    circle = services.circle_create(program=program, name="Circle", members=people[:4])
    with pytest.raises(services.SupportError):
        services.circle_session_plan(
            circle=circle,
            starts_at=timezone.now() - dt.timedelta(days=1),
            place="Room",
            guide_questions="",
        )
    session = services.circle_session_plan(
        circle=circle,
        starts_at=timezone.now() + dt.timedelta(days=1),
        place="Room",
        guide_questions="",
    )
    with pytest.raises(services.SupportError):
        services.circle_attendance(session=session, attendees=[people[4]])
    services.circle_attendance(session=session, attendees=people[:2])
    assert session.attendees.count() == 2
    with pytest.raises(services.SupportError):
        services.circle_note_add(circle=circle, author=people[4], body="not a member")


def test_a_support_case_plans_talks_at_start_middle_and_end_and_the_mentee_can_ask_for_more(
    program_manager, hr_support
):
    program = recruiting_program()
    person = PersonFactory(grade=9)
    user = User.objects.create_user(person.email, "pw-123456789", person=person)
    application = enrolment.application_submit(
        program=program,
        user=user,
        role="mentee",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    enrolment.application_decide(
        application=application, decision="accepted", reason="ok", by=program_manager, notify=False
    )
    mentee = Participant.objects.get(application=application)
    case = services.support_case_open(program=program, hr_user=hr_support, mentee=mentee)
    moments = list(case.talks.values_list("moment", "planned_on"))
    assert [m for m, _d in moments] == ["start", "middle", "end"]
    assert moments[0][1] == program.start_date
    assert moments[2][1] == program.end_date
    services.support_talk_request(case=case)
    assert case.talks.filter(moment=SupportTalk.Moment.REQUESTED).count() == 1
    with pytest.raises(services.SupportError):
        services.hr_note_add(case=case, author=program_manager, body="not my case")
    assert (
        services.hr_note_add(case=case, author=hr_support, body="Prefers mornings").body
        == "Prefers mornings"
    )


def test_a_mentee_is_never_moved_silently_to_another_caseload(program_manager, hr_support):
    from revmentor.notifications.models import Notification

    program = recruiting_program()
    person = PersonFactory(grade=9)
    user = User.objects.create_user(person.email, "pw-123456789", person=person)
    application = enrolment.application_submit(
        program=program,
        user=user,
        role="mentee",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    enrolment.application_decide(
        application=application, decision="accepted", reason="ok", by=program_manager, notify=False
    )
    mentee = Participant.objects.get(application=application)
    case = services.support_case_open(program=program, hr_user=hr_support, mentee=mentee)
    other_hr = User.objects.create_user("hr2@example.org", "pw-123456789", role="hr_support")
    with pytest.raises(services.SupportError):
        services.support_case_open(program=program, hr_user=other_hr, mentee=mentee)
    assert services.support_case_open(program=program, hr_user=hr_support, mentee=mentee) == case
    services.support_talk_request(case=case)
    assert Notification.objects.get(kind="hr_talk_requested").user == hr_support
