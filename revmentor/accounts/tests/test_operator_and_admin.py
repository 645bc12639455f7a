"""The Django admin is for operators only and never a way to become someone in a pair.

The route a security review found: the program manager (then a superuser) unlinked a mentor's
account from its person in the admin, linked their own account to that person and read the
pair's private notes. Each test below walks a piece of that route and fails if it still works.
"""

from __future__ import annotations

import pytest
from django.contrib import admin
from django.db import IntegrityError
from django.test import Client
from django.urls import reverse

from conftest import PASSWORD
from revmentor.accounts.models import Role, User
from revmentor.accounts.services import AccountChangeRefused, user_link_person, user_set_role
from revmentor.audit.models import Action, AuditEntry
from revmentor.enrolment.services import InvitationRejected, invitations_upload, queue_invitation
from revmentor.enrolment.tests.factories import recruiting_program
from revmentor.mentorships import services as mentorships
from revmentor.mentorships.models import Note, State
from revmentor.mentorships.tests.factories import pair
from revmentor.notifications.models import Notification
from revmentor.people.models import Person
from revmentor.people.tests.factories import PersonFactory

pytestmark = pytest.mark.django_db
SECRET = "MENTOR-PRIVATE-NOTE-4242"

# What the admin may show: accounts and organisation data, the program charter (its objectives
# and topics as inlines) and task results and queues (ids only). Never anything a pair or HR
# wrote.
ADMIN_MAY_LIST = {
    "accounts.User",
    "people.OrgUnit",
    "people.Person",
    "programs.Program",
    "django_tasks_database.DBTaskResult",
    # With REDIS_URL set: django-rq's queue dashboard (job ids and states).
    "django_rq.Dashboard",
}


@pytest.fixture
def operator():
    return User.objects.create_superuser("operator@example.org", PASSWORD)


@pytest.fixture
def written(program_manager):
    mentorship, mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    mentorships.note_add(
        mentorship=mentorship, user=mentor, body=SECRET, visibility=Note.Visibility.PRIVATE
    )
    return mentorship, mentor


def _change_url(user: User) -> str:
    return reverse("admin:accounts_user_change", args=[user.pk])


def _form(user: User, **changes: object) -> dict[str, object]:
    data: dict[str, object] = {
        "full_name": user.full_name,
        "language": user.language,
        "role": user.role,
        "is_active": "on",
    }
    data.update(changes)
    return data


def test_createsuperuser_makes_an_operator_without_a_product_role(operator):
    assert operator.role == Role.OPERATOR
    assert operator.is_staff
    assert operator.is_superuser


def test_no_product_role_can_hold_admin_access(program_manager):
    program_manager.is_staff = True
    with pytest.raises(IntegrityError):
        program_manager.save()


def test_a_program_manager_cannot_log_in_to_the_admin(program_manager):
    client = Client()
    response = client.post(
        reverse("admin:login"), {"username": program_manager.email, "password": PASSWORD}
    )
    assert response.status_code == 200  # the login form again, with an error
    assert client.get(reverse("admin:index")).status_code == 302
    client.force_login(program_manager)
    assert client.get(reverse("admin:index")).status_code == 302


def test_an_operator_sees_no_program_page(operator, written):
    mentorship, _mentor = written
    client = Client()
    client.force_login(operator)
    assert client.get(reverse("core:home")).url == reverse("admin:index")
    response = client.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk}))
    assert response.status_code in {403, 404}
    assert SECRET not in response.content.decode()
    assert client.get(reverse("programs:list")).status_code == 403


def test_the_admin_relinking_route_never_makes_a_pairs_notes_readable(
    operator, program_manager, written
):
    mentorship, mentor = written
    person_id = mentor.person_id
    admin_client = Client()
    admin_client.force_login(operator)
    # Unlink the mentor's account, then link the program manager's account to the mentor.
    admin_client.post(_change_url(mentor), _form(mentor, person=""))
    admin_client.post(_change_url(program_manager), _form(program_manager, person=person_id))
    mentor.refresh_from_db()
    program_manager.refresh_from_db()
    assert mentor.person_id == person_id
    assert program_manager.person_id is None

    pm = Client()
    pm.force_login(program_manager)
    for url in (
        reverse("mentorships:detail", kwargs={"pk": mentorship.pk}),
        reverse("core:home"),
    ):
        assert SECRET not in pm.get(url, follow=True).content.decode()
    assert pm.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk})).status_code == 404


def test_the_admin_cannot_set_another_users_password(operator, written):
    _mentorship, mentor = written
    admin_client = Client()
    admin_client.force_login(operator)
    url = _change_url(mentor) + "password/"
    page = admin_client.get(url, follow=True).content.decode()
    assert 'name="password1"' not in page
    admin_client.post(url, {"password1": "taken-over-123", "password2": "taken-over-123"})
    mentor.refresh_from_db()
    assert not mentor.check_password("taken-over-123")
    assert 'name="password' not in admin_client.get(_change_url(mentor)).content.decode()


def test_the_admin_cannot_grant_admin_access_or_the_operator_role(operator, program_manager):
    admin_client = Client()
    admin_client.force_login(operator)
    admin_client.post(
        _change_url(program_manager),
        _form(program_manager, is_staff="on", is_superuser="on", role=Role.OPERATOR),
    )
    program_manager.refresh_from_db()
    assert not program_manager.is_staff
    assert not program_manager.is_superuser
    assert program_manager.role == Role.PROGRAM_MANAGER


def test_the_admin_cannot_add_or_delete_accounts(operator, program_manager):
    admin_client = Client()
    admin_client.force_login(operator)
    assert admin_client.get(reverse("admin:accounts_user_add")).status_code == 403
    admin_client.post(
        reverse("admin:accounts_user_delete", args=[program_manager.pk]), {"post": "yes"}
    )
    assert User.objects.filter(pk=program_manager.pk).exists()


def test_a_role_changed_in_the_admin_is_audited_and_the_user_is_told(operator, sponsor):
    admin_client = Client()
    admin_client.force_login(operator)
    response = admin_client.post(_change_url(sponsor), _form(sponsor, role=Role.HR_SUPPORT))
    assert response.status_code == 302
    sponsor.refresh_from_db()
    assert sponsor.role == Role.HR_SUPPORT
    entry = AuditEntry.objects.get(action=Action.ROLE_CHANGED)
    assert (entry.actor, entry.object_id) == (operator, str(sponsor.pk))
    assert entry.detail == {"from": "sponsor", "to": "hr_support"}
    assert Notification.objects.filter(user=sponsor, kind="account_changed").exists()


def test_no_content_model_is_registered_in_the_admin():
    registered = {model._meta.label for model in admin.site._registry}
    assert registered <= ADMIN_MAY_LIST, registered - ADMIN_MAY_LIST


def test_an_account_is_never_moved_to_another_person(written, participant):
    _mentorship, mentor = written
    with pytest.raises(AccountChangeRefused):
        user_link_person(user=mentor, person=PersonFactory(), by=None)
    with pytest.raises(AccountChangeRefused):
        # The mentor's person has an account: nobody else's account can take it.
        user_link_person(user=participant, person=mentor.person, by=None)
    participant.refresh_from_db()
    assert participant.person_id is None


def test_only_a_participant_account_is_linked_to_a_person(program_manager):
    with pytest.raises(AccountChangeRefused):
        user_link_person(user=program_manager, person=PersonFactory(), by=None)


def test_linking_an_account_is_audited_and_the_user_is_told(participant):
    person = PersonFactory()
    user_link_person(user=participant, person=person, by=None)
    assert AuditEntry.objects.filter(
        action=Action.PERSON_LINKED, object_id=str(participant.pk), detail={"person": person.pk}
    ).exists()
    assert Notification.objects.filter(user=participant, kind="account_changed").exists()


def test_an_operator_keeps_the_operator_role(operator):
    with pytest.raises(AccountChangeRefused):
        user_set_role(user=operator, role=Role.PROGRAM_MANAGER, by=None)
    with pytest.raises(AccountChangeRefused):
        user_set_role(user=User.objects.create_user("x@example.org"), role="operator", by=None)


def test_audit_entries_cannot_be_changed_or_deleted(participant):
    user_link_person(user=participant, person=PersonFactory(), by=None)
    entry = AuditEntry.objects.get()
    entry.detail = {"person": 0}
    with pytest.raises(Exception, match="cannot be changed"):
        entry.save()
    with pytest.raises(Exception, match="cannot be deleted"):
        entry.delete()


def test_an_import_giving_a_person_a_managers_address_never_hands_the_manager_that_person(
    program_manager,
):
    # The second route: an import sets someone's e-mail to the manager's address, then an
    # invitation would link whichever account has that address to the person.
    person = PersonFactory(email=program_manager.email)
    program = recruiting_program()
    with pytest.raises(InvitationRejected) as refused:
        invitations_upload(
            program=program,
            file_name="list.csv",
            content=person.employee_id.encode(),
            by=program_manager,
        )
    assert "belongs to someone else's account" in refused.value.problems[0].message
    program_manager.refresh_from_db()
    assert program_manager.person_id is None


def test_a_set_password_link_goes_to_the_accounts_own_address(
    mailoutbox, django_capture_on_commit_callbacks
):
    person = PersonFactory(email="before@example.org")
    program = recruiting_program()
    with django_capture_on_commit_callbacks(execute=True):
        invitations_upload(
            program=program, file_name="list.csv", content=person.employee_id.encode(), by=None
        )
    assert mailoutbox[-1].to == ["before@example.org"]
    # An import changes the address on the record; the account (no password yet) keeps its own.
    Person.objects.filter(pk=person.pk).update(email="attacker@example.org")
    person.refresh_from_db()
    with django_capture_on_commit_callbacks(execute=True):
        queue_invitation(program, person, reminder=True)
    assert mailoutbox[-1].to == ["before@example.org"]
    assert "/accounts/password/set/" in mailoutbox[-1].body
