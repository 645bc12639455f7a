"""What a pair writes stays with the pair: no page, export or admin screen shows it to a program
manager, HR support, a sponsor or another participant."""

from __future__ import annotations

from typing import Any

import pytest
from django.contrib import admin
from django.test import Client
from django.urls import reverse

from revmentor.accounts.models import User
from revmentor.core.tests.test_permission_matrix import MATRIX, world  # noqa: F401  (fixture)
from revmentor.mentorships import services
from revmentor.mentorships.models import Meeting, Note
from revmentor.programs.models import Topic
from revmentor.support.services import circle_note_add, hr_note_add

MARKERS = (
    "PRIVATE-NOTE-7731",
    "SHARED-NOTE-5521",
    "REFLECTION-9914",
    "ACTION-4410",
    "GOALS-2277",
    "CONTEXT-6603",
    "CIRCLE-NOTE-3390",
)
HR_NOTE = "HR-NOTE-8812"  # its author (HR support) may read it; nobody else


@pytest.fixture
def written(world):  # noqa: F811
    mentorship = world["mentorship"]
    mentee = world["partner"]
    services.note_add(
        mentorship=mentorship, user=mentee, body=MARKERS[0], visibility=Note.Visibility.PRIVATE
    )
    services.note_add(
        mentorship=mentorship, user=mentee, body=MARKERS[1], visibility=Note.Visibility.SHARED
    )
    meeting = world["meeting"]
    services.meeting_log_save(
        meeting=meeting,
        user=mentee,
        topics=list(Topic.objects.filter(program=mentorship.program)[:1]),
        most_talking="partner",
        reflection=MARKERS[2],
    )
    services.action_add(
        mentorship=mentorship, user=mentee, text=MARKERS[3], owner="mentee", due_date=None
    )
    mentorship.goals = MARKERS[4]
    mentorship.save()
    Meeting.objects.filter(pk=meeting.pk).update(shadow_context="")
    meeting.shadow_context = MARKERS[5]
    meeting.save()
    services.meeting_mark(meeting=meeting, user=mentee, held=True)
    circle_note_add(circle=world["circle"], author=mentorship.mentor, body=MARKERS[6])
    hr_note_add(case=world["case"], author=world["users"]["hr_support"], body=HR_NOTE)
    return world


def _body(response: Any) -> str:
    if hasattr(response, "streaming_content"):
        return str(b"".join(response.streaming_content).decode(errors="replace"))
    return str(response.content.decode(errors="replace"))


@pytest.mark.parametrize("role", ["program_manager", "hr_support", "sponsor", "participant"])
def test_nobody_but_the_pair_reads_a_note_log_action_or_agreement_anywhere(written, role):
    client = Client()
    client.force_login(written["users"][role])
    seen = 0
    for url_name, (method, kwargs, _expected) in MATRIX.items():
        if method != "get":
            continue
        response = client.get(reverse(url_name, kwargs=kwargs(written)), follow=True)
        body = _body(response)
        seen += 1
        for marker in MARKERS:
            assert marker not in body, (role, url_name, marker)
        if role != "hr_support":
            assert HR_NOTE not in body, (role, url_name)
    assert seen > 20


def test_the_program_managers_pair_overview_shows_that_meetings_happened_not_what_was_said(written):
    client = Client()
    client.force_login(written["users"]["program_manager"])
    body = client.get(
        reverse("mentorships:program_pairs", kwargs={"pk": written["mentorship"].program_id})
    ).content.decode()
    assert written["mentorship"].mentee.person.name in body
    assert "<td>1</td>" in body  # one meeting held
    for marker in MARKERS:
        assert marker not in body


def test_the_admin_shows_no_pair_content_even_to_an_operator(written):
    operator = User.objects.create_superuser("operator@example.org", "pw-operator-1")
    client = Client()
    client.force_login(operator)
    pages = [reverse("admin:index")]
    for model in admin.site._registry:
        pages.append(reverse(f"admin:{model._meta.app_label}_{model._meta.model_name}_changelist"))
    for page in pages:
        body = client.get(page).content.decode()
        for marker in MARKERS:
            assert marker not in body, (page, marker)
    registered = {model._meta.label for model in admin.site._registry}
    assert not any(label.startswith("mentorships.") for label in registered)


def test_the_partner_reads_shared_notes_but_never_the_other_ones_private_note(written):
    mentor_user = written["mentorship"].mentor.person.user
    client = Client()
    client.force_login(mentor_user)
    body = client.get(
        reverse("mentorships:detail", kwargs={"pk": written["mentorship"].pk})
    ).content.decode()
    assert MARKERS[1] in body
    assert MARKERS[0] not in body
    meeting_body = client.get(
        reverse("mentorships:meeting", kwargs={"pk": written["meeting"].pk})
    ).content.decode()
    assert MARKERS[2] not in meeting_body  # the mentee's private log


def test_circle_members_read_their_circle_notes_and_hr_reads_its_own_case_notes(written):
    member = Client()
    member.force_login(written["mentor_user"])
    assert (
        MARKERS[6]
        in member.get(
            reverse("support:circle", kwargs={"pk": written["circle"].pk})
        ).content.decode()
    )
    hr = Client()
    hr.force_login(written["users"]["hr_support"])
    assert (
        HR_NOTE
        in hr.get(reverse("support:case", kwargs={"pk": written["case"].pk})).content.decode()
    )
