"""A person's own data: everyone downloads theirs (nobody else's), and erasure removes theirs
without reaching into anyone else's content."""

from __future__ import annotations

import io
import json
import zipfile
from typing import Any

import pytest
from django.core.management import call_command
from django.db.models.deletion import ProtectedError
from django.test import Client
from django.urls import reverse

from revmentor.accounts.models import User
from revmentor.audit.models import Action, AuditEntry
from revmentor.core.tests.test_nothing_plain_at_rest import _every_cell
from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Mentorship, Note, State
from revmentor.mentorships.tests.factories import pair
from revmentor.notifications.models import Notification
from revmentor.people.models import Person
from revmentor.privacy.services import NobodyToErase, person_erase
from revmentor.support.models import HrNote
from revmentor.support.services import hr_note_add, support_case_open

pytestmark = pytest.mark.django_db

MENTOR_PRIVATE = "MENTOR-PRIVATE-3301"
MENTOR_SHARED = "MENTOR-SHARED-3302"
MENTEE_PRIVATE = "MENTEE-PRIVATE-3303"
MENTEE_SHARED = "MENTEE-SHARED-3304"
HR_NOTE = "HR-ABOUT-MENTEE-3305"


@pytest.fixture
def written(program_manager, hr_support):
    mentorship, mentor, mentee = pair(program_manager, state=State.ACTIVE)
    for user, private, shared in (
        (mentor, MENTOR_PRIVATE, MENTOR_SHARED),
        (mentee, MENTEE_PRIVATE, MENTEE_SHARED),
    ):
        pairs.note_add(
            mentorship=mentorship, user=user, body=private, visibility=Note.Visibility.PRIVATE
        )
        pairs.note_add(
            mentorship=mentorship, user=user, body=shared, visibility=Note.Visibility.SHARED
        )
    case = support_case_open(
        program=mentorship.program, hr_user=hr_support, mentee=mentorship.mentee
    )
    hr_note_add(case=case, author=hr_support, body=HR_NOTE)
    return mentorship, mentor, mentee


def _zip(content: bytes) -> tuple[dict[str, Any], str]:
    with zipfile.ZipFile(io.BytesIO(content)) as archive:
        return json.loads(archive.read("data.json")), archive.read("summary.html").decode()


def _every_cell_text() -> str:
    return "\n".join(value for _table, _column, value in _every_cell())


def test_deleting_a_person_in_a_pair_is_refused_so_nothing_cascades(written):
    mentorship, mentor, _mentee = written
    with pytest.raises(ProtectedError):
        Person.objects.get(pk=mentor.person_id).delete()
    assert Note.objects.filter(mentorship=mentorship).count() == 4
    assert HrNote.objects.count() == 1


def test_the_admin_offers_no_delete_for_people_or_programs():
    from django.contrib import admin

    from revmentor.programs.models import Program

    for model in (Person, Program, User):
        assert not admin.site._registry[model].has_delete_permission(request=None)


def test_erasing_a_mentor_keeps_the_partners_notes_and_tells_the_partner(
    written, django_capture_on_commit_callbacks
):
    mentorship, mentor, mentee = written
    name, email = mentor.person.name, mentor.email
    with django_capture_on_commit_callbacks(execute=True):
        erasure = person_erase(email=email, by=None)
    assert erasure.mentorships_closed == 1
    bodies = set(Note.objects.filter(mentorship=mentorship).values_list("body", flat=True))
    assert bodies == {MENTEE_PRIVATE, MENTEE_SHARED}
    assert HrNote.objects.get().body == HR_NOTE
    mentorship.refresh_from_db()
    assert (mentorship.state, mentorship.end_category) == (State.ENDED, "leaving")
    told = Notification.objects.get(user=mentee, kind="partner_left")
    assert name not in json.dumps(told.context)
    mentor.refresh_from_db()
    assert not mentor.is_active
    assert not mentor.has_usable_password()
    assert Client().login(username=email, password="pw-123456789") is False
    assert AuditEntry.objects.filter(action=Action.PERSON_ERASED).count() == 1
    # The partner still reads the pair's page, with their own notes.
    client = Client()
    client.force_login(mentee)
    page = client.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk})).content.decode()
    assert MENTEE_SHARED in page


def test_after_erasure_the_name_and_address_are_nowhere_in_the_database(written):
    _mentorship, mentor, _mentee = written
    name, email, employee_id = mentor.person.name, mentor.email, mentor.person.employee_id
    person_erase(email=email, by=None)
    everything = _every_cell_text()
    for trace in (name, email, employee_id, MENTOR_PRIVATE, MENTOR_SHARED):
        assert trace not in everything, trace


def test_erasing_an_unknown_address_says_so_and_changes_nothing(written):
    with pytest.raises(NobodyToErase):
        person_erase(email="nobody@example.org", by=None)
    assert Mentorship.objects.get().state == State.ACTIVE


def test_the_export_holds_my_content_and_nobody_elses(written):
    _mentorship, mentor, _mentee = written
    client = Client()
    client.force_login(mentor)
    response = client.post(reverse("privacy:my_data_download"))
    assert response["Content-Type"] == "application/zip"
    assert response["Cache-Control"] == "no-store"
    data, html = _zip(response.content)
    text = json.dumps(data, ensure_ascii=False)
    for mine in (MENTOR_PRIVATE, MENTOR_SHARED, mentor.email):
        assert mine in text
        assert mine in html
    for theirs in (MENTEE_PRIVATE, MENTEE_SHARED, HR_NOTE):
        assert theirs not in text
        assert theirs not in html
    assert AuditEntry.objects.filter(action=Action.PERSON_EXPORTED, actor=mentor).exists()


@pytest.mark.parametrize("who", ["program_manager", "hr_support", "sponsor", "partner"])
def test_nobody_elses_download_holds_the_pairs_words(written, who, request):
    _mentorship, _mentor, mentee = written
    user = mentee if who == "partner" else request.getfixturevalue(who)
    client = Client()
    client.force_login(user)
    data, html = _zip(client.post(reverse("privacy:my_data_download")).content)
    text = json.dumps(data, ensure_ascii=False) + html
    assert MENTOR_PRIVATE not in text
    assert MENTOR_SHARED not in text
    if who != "hr_support":
        assert HR_NOTE not in text


def test_the_my_data_page_shows_my_own_notes_only(written):
    _mentorship, mentor, _mentee = written
    client = Client()
    client.force_login(mentor)
    page = client.get(reverse("privacy:my_data")).content.decode()
    assert MENTOR_PRIVATE in page
    assert MENTEE_PRIVATE not in page
    assert MENTEE_SHARED not in page


def test_the_commands_export_and_erase_a_person(written, tmp_path):
    _mentorship, mentor, _mentee = written
    out = tmp_path / "export.zip"
    call_command("export_person", mentor.email, "--out", str(out), stdout=io.StringIO())
    data, _html = _zip(out.read_bytes())
    assert data["account"]["email"] == mentor.email
    call_command("erase_person", mentor.email, "--yes", stdout=io.StringIO())
    assert not User.objects.filter(email=mentor.email).exists()


def test_the_operator_erases_a_person_in_the_admin_after_confirming(written):
    _mentorship, mentor, _mentee = written
    operator = User.objects.create_superuser("operator@example.org", "pw-operator-1")
    client = Client()
    client.force_login(operator)
    url = reverse("admin:people_person_changelist")
    data = {"action": "erase_people", "_selected_action": [mentor.person_id]}
    page = client.post(url, data)
    assert "Yes, erase them" in page.content.decode()
    assert Person.objects.get(pk=mentor.person_id).email == mentor.email  # not yet
    client.post(url, {**data, "confirmed": "yes"})
    assert Person.objects.get(pk=mentor.person_id).email.endswith("@erased.invalid")
    assert MENTEE_PRIVATE in {note.body for note in Note.objects.all()}


def test_ended_pairs_content_goes_after_the_programs_retention_period(written):
    import datetime as dt

    from django.utils import timezone

    from revmentor.enrolment.models import Recruitment
    from revmentor.mentorships.services import purge_ended_content

    mentorship, mentor, _mentee = written
    Recruitment.objects.update_or_create(
        program=mentorship.program, defaults={"content_retention_days": 30}
    )
    pairs.mentorship_end(mentorship=mentorship, user=mentor, category="time", reason="END-WORD")
    assert purge_ended_content(now=timezone.now() + dt.timedelta(days=29)) == 0
    assert Note.objects.filter(mentorship=mentorship).count() == 4
    assert purge_ended_content(now=timezone.now() + dt.timedelta(days=31)) == 1
    mentorship.refresh_from_db()
    assert not Note.objects.filter(mentorship=mentorship).exists()
    assert (mentorship.state, mentorship.end_category, mentorship.end_reason) == (
        State.ENDED,
        "time",
        "",
    )
    assert mentorship.content_removed_at is not None
    assert purge_ended_content(now=timezone.now() + dt.timedelta(days=60)) == 0
    client = Client()
    client.force_login(mentor)
    page = client.get(reverse("mentorships:detail", kwargs={"pk": mentorship.pk})).content.decode()
    assert 'id="content-removed"' in page
    assert MENTOR_SHARED not in page
