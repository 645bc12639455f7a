"""Enrolment services: eligibility, applying, the external route, selection and housekeeping."""

from __future__ import annotations

import datetime as dt

import pytest
from django.core import mail
from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.enrolment import services
from revmentor.enrolment.models import (
    Application,
    ApplicationStatus,
    AvoidedPerson,
    Invitation,
    Participant,
)
from revmentor.enrolment.selectors import eligibility, supply_demand
from revmentor.enrolment.tests.factories import employee_user, intake, recruiting_program
from revmentor.outbox.models import OutboxMessage
from revmentor.people.models import Person
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.programs.models import Program, Status

pytestmark = pytest.mark.django_db


def apply_as(user, program, role, **changes):
    return services.application_submit(
        program=program,
        user=user,
        role=role,
        intake=intake(program, **changes),
        accepted_ground_rules=True,
        consented=True,
    )


def test_target_groups_decide_who_may_apply_for_which_role():
    program = recruiting_program()  # mentors up to grade 5, mentees from grade 8
    junior = PersonFactory(grade=3)
    senior = PersonFactory(grade=9)
    assert eligibility(program=program, person=junior, role="mentor").allowed
    assert not eligibility(program=program, person=junior, role="mentee").allowed
    assert eligibility(program=program, person=senior, role="mentee").allowed
    verdict = eligibility(program=program, person=senior, role="mentor")
    assert not verdict.allowed
    assert "grade 5 and below" in verdict.reason


def test_departments_in_the_target_group_limit_who_may_apply():
    program = recruiting_program()
    program.mentor_units.set([OrgUnitFactory(path="IT")])
    inside = PersonFactory(grade=3, org_unit=OrgUnitFactory(path="IT/Data"))
    outside = PersonFactory(grade=3, org_unit=OrgUnitFactory(path="Sales"))
    assert eligibility(program=program, person=inside, role="mentor").allowed
    assert not eligibility(program=program, person=outside, role="mentor").allowed


def test_nobody_may_apply_before_recruitment_opens():
    program = recruiting_program()
    Program.objects.filter(pk=program.pk).update(status=Status.DRAFT)
    program.refresh_from_db()
    assert not eligibility(program=program, person=PersonFactory(grade=3), role="mentor").allowed


def test_applying_records_the_agreements_with_time_and_charter_version():
    program = recruiting_program()
    Program.objects.filter(pk=program.pk).update(charter_version=3)
    program.refresh_from_db()
    user = employee_user("junior@example.org", grade=2)
    application = apply_as(user, program, "mentor")
    assert application.status == ApplicationStatus.SUBMITTED
    assert application.ground_rules_accepted_at is not None
    assert application.consent_given_at is not None
    assert application.charter_version == 3
    assert application.topics.get().value == 4
    assert not eligibility(program=program, person=user.person, role="mentor").allowed


def test_applying_without_the_agreements_writes_nothing():
    program = recruiting_program()
    user = employee_user("junior@example.org", grade=2)
    with pytest.raises(services.AgreementMissing):
        services.application_submit(
            program=program,
            user=user,
            role="mentor",
            intake=intake(program),
            accepted_ground_rules=True,
            consented=False,
        )
    assert not Application.objects.exists()


@pytest.mark.parametrize(
    "changes",
    [
        {"languages": []},
        {"formats": []},
        {"formats": ["carrier_pigeon"]},
        {"topics": []},
        {"capacity": 4},
        {"follower_count": -1},
        {"blog_url": "javascript:alert(1)"},
    ],
)
def test_invalid_intake_is_refused_with_a_message(changes):
    program = recruiting_program()
    user = employee_user("junior@example.org", grade=2)
    with pytest.raises(services.InvalidIntake) as caught:
        apply_as(user, program, "mentor", **changes)
    assert caught.value.message
    assert not Application.objects.exists()


def test_people_a_mentee_avoids_are_kept_as_blocked_pairs():
    program = recruiting_program()
    user = employee_user("senior@example.org", grade=9)
    rival = PersonFactory()
    application = apply_as(user, program, "mentee", avoided_person_ids=[rival.pk, user.person.pk])
    assert list(
        AvoidedPerson.objects.filter(application=application).values_list("person_id", flat=True)
    ) == [rival.pk]


def test_an_external_student_confirms_the_e_mail_once_and_gets_an_account_only_when_accepted(
    program_manager, django_capture_on_commit_callbacks
):
    program = recruiting_program("digital_fluency_students")
    token = services.recruitment_for_program(program).external_token
    with_captured = services.application_submit_external(
        token=token,
        name="Sam Student",
        email="Sam@Uni.example",
        institution="HU",
        language="nl",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )
    assert with_captured.status == ApplicationStatus.UNCONFIRMED
    assert not User.objects.filter(email="sam@uni.example").exists()
    confirmation = services.confirmation_token(with_captured)
    services.application_confirm_email(token=confirmation)
    again = services.application_confirm_email(token=confirmation)
    assert again.status == ApplicationStatus.SUBMITTED
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.application_decide(
            application=again, decision="accepted", reason="Great portfolio", by=program_manager
        )
    student = User.objects.get(email="sam@uni.example")
    assert student.person is not None
    assert student.person.is_external
    assert not student.has_usable_password()
    assert Participant.objects.get(program=program).person == student.person
    assert len(mail.outbox) == 1
    assert "/accounts/password/set/" in mail.outbox[0].body
    assert "Great portfolio" in mail.outbox[0].body
    assert mail.outbox[0].subject.startswith("Welkom")  # in the applicant's language


def test_a_closed_or_unknown_link_says_so():
    program = recruiting_program("digital_fluency_students")
    recruitment = services.recruitment_for_program(program)
    services.recruitment_update(recruitment=recruitment, external_link_open=False)
    with pytest.raises(services.LinkClosed):
        services.external_program(recruitment.external_token)
    with pytest.raises(services.LinkClosed):
        services.external_program("unknown")


def test_a_tampered_confirmation_link_is_refused():
    with pytest.raises(services.ConfirmationInvalid):
        services.application_confirm_email(token="abc:def")


def test_a_decision_needs_a_reason(program_manager):
    program = recruiting_program()
    application = apply_as(employee_user("junior@example.org", grade=2), program, "mentor")
    with pytest.raises(services.ReasonRequired):
        services.application_decide(
            application=application, decision="accepted", reason=" ", by=program_manager
        )
    assert Application.objects.get(pk=application.pk).status == ApplicationStatus.SUBMITTED


def test_withdrawing_after_acceptance_leaves_the_matching_pool(program_manager):
    program = recruiting_program()
    application = apply_as(employee_user("junior@example.org", grade=2), program, "mentor")
    services.application_decide(
        application=application, decision="accepted", reason="Welcome", by=program_manager
    )
    services.application_withdraw(application=application)
    assert not Participant.objects.exists()


def test_applications_cannot_change_once_recruitment_closed():
    program = recruiting_program()
    application = apply_as(employee_user("junior@example.org", grade=2), program, "mentor")
    Program.objects.filter(pk=program.pk).update(status=Status.MATCHING)
    with pytest.raises(services.ApplicationLocked):
        services.application_update(application=application, intake=intake(program, capacity=1))


def test_supply_and_demand_counts_accepted_people_and_strong_mentors(program_manager):
    program = recruiting_program()
    topic = program.topics.first()
    mentor = apply_as(employee_user("m@example.org", grade=2), program, "mentor", capacity=3)
    weak = apply_as(employee_user("w@example.org", grade=2), program, "mentor", capacity=1)
    weak.topics.update(value=2)
    mentee = apply_as(employee_user("s@example.org", grade=9), program, "mentee")
    for application in (mentor, weak, mentee):
        services.application_decide(
            application=application, decision="accepted", reason="ok", by=program_manager
        )
    balance = supply_demand(program=program)
    assert (balance.mentees, balance.mentor_capacity, balance.mentors) == (1, 4, 2)
    row = next(row for row in balance.topics if row.topic == topic.name)
    assert (row.demand, row.supply) == (1, 1)


def test_invitations_are_all_or_nothing_and_report_every_unknown_line(
    program_manager, django_capture_on_commit_callbacks
):
    program = recruiting_program()
    PersonFactory(email="known@example.org", employee_id="K1")
    PersonFactory(email="other@example.org", employee_id="K2")
    content = b"email\nknown@example.org\nnobody@example.org\nK2\nK9\n"
    with pytest.raises(services.InvitationRejected) as caught:
        services.invitations_upload(
            program=program, file_name="list.csv", content=content, by=program_manager
        )
    assert [p.row for p in caught.value.problems] == [3, 5]
    assert not Invitation.objects.exists()
    with django_capture_on_commit_callbacks(execute=True):
        created = services.invitations_upload(
            program=program,
            file_name="list.csv",
            content=b"known@example.org\nK2\n",
            by=program_manager,
        )
    assert len(created) == 2
    assert len(mail.outbox) == 2
    assert User.objects.filter(email="known@example.org", person__employee_id="K1").exists()


def test_reminders_go_once_a_week_at_most_twice_and_not_to_people_who_applied(program_manager):
    program = recruiting_program()
    lazy = PersonFactory(email="lazy@example.org")
    keen = employee_user("keen@example.org", grade=2)
    services.invitations_upload(
        program=program,
        file_name="l.csv",
        content=b"lazy@example.org\nkeen@example.org\n",
        by=program_manager,
    )
    apply_as(keen, program, "mentor")
    now = timezone.now()
    assert services.send_reminders(now=now) == 0
    assert services.send_reminders(now=now + dt.timedelta(days=8)) == 1
    assert services.send_reminders(now=now + dt.timedelta(days=9)) == 0
    assert services.send_reminders(now=now + dt.timedelta(days=16)) == 1
    assert services.send_reminders(now=now + dt.timedelta(days=30)) == 0
    assert Invitation.objects.get(person=lazy).reminder_count == 2


def test_withdrawn_and_rejected_applications_are_removed_after_the_retention_period(
    program_manager,
):
    program = recruiting_program()
    withdrawn = apply_as(employee_user("a@example.org", grade=2), program, "mentor")
    rejected = apply_as(employee_user("b@example.org", grade=2), program, "mentor")
    kept = apply_as(employee_user("c@example.org", grade=2), program, "mentor")
    services.application_withdraw(application=withdrawn)
    services.application_decide(
        application=rejected, decision="rejected", reason="Full", by=program_manager
    )
    now = timezone.now()
    assert services.purge_expired_applications(now=now + dt.timedelta(days=179)) == 0
    assert services.purge_expired_applications(now=now + dt.timedelta(days=181)) == 2
    assert list(Application.objects.values_list("pk", flat=True)) == [kept.pk]
    assert Person.objects.filter(email="a@example.org").exists()  # the employee record stays


class _BrokenMailServer:
    """An e-mail backend whose server is down."""

    def __init__(self, *args, **kwargs):
        pass

    def send_messages(self, messages):
        raise ConnectionRefusedError("mail server down")


def test_a_mail_server_that_is_down_never_fails_the_decision_and_the_outbox_records_it(
    program_manager, settings, django_capture_on_commit_callbacks
):
    settings.EMAIL_BACKEND = f"{__name__}._BrokenMailServer"
    program = recruiting_program()
    application = apply_as(employee_user("junior@example.org", grade=2), program, "mentor")
    with django_capture_on_commit_callbacks(execute=True):
        decided = services.application_decide(
            application=application,
            decision="rejected",
            reason="Full this time",
            by=program_manager,
        )
    assert decided.status == ApplicationStatus.REJECTED
    row = OutboxMessage.objects.get(kind=services.DECISION_MAIL)
    assert row.status == OutboxMessage.Status.PENDING  # retried later, with backoff
    assert row.attempts == 1
    assert "mail server down" in row.last_error
