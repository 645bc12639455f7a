"""A note or action that fails validation comes back as typed, its form open: nothing is lost."""

from __future__ import annotations

from typing import Any

from django.test import Client
from django.urls import reverse

from revmentor.core.tests.test_permission_matrix import world  # noqa: F401  (fixture)
from revmentor.mentorships.models import ActionItem, Note


def _client(user: Any) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_note_that_fails_validation_comes_back_with_its_text_and_the_form_open(
    world: dict[str, Any],  # noqa: F811
) -> None:
    mentorship = world["mentorship"]
    before = Note.objects.count()
    response = _client(world["partner"]).post(
        reverse("mentorships:note_new", args=[mentorship.pk]),
        {"body": "Half a thought about TikTok ads 4471", "visibility": "everyone"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert "Half a thought about TikTok ads 4471" in page
    assert "<details open><summary>Write a note" in page
    assert 'id="id_visibility_error"' in page
    assert Note.objects.count() == before


def test_an_action_that_fails_on_a_meeting_page_comes_back_there_as_typed(
    world: dict[str, Any],  # noqa: F811
) -> None:
    mentorship, meeting = world["mentorship"], world["meeting"]
    before = ActionItem.objects.count()
    response = _client(world["partner"]).post(
        reverse("mentorships:action_new", args=[mentorship.pk]),
        {"text": "Set up a shared board 8830", "owner": "", "meeting": meeting.pk},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "mentorships/meeting.html"
    assert 'value="Set up a shared board 8830"' in page
    assert "<details open><summary>Add an action" in page
    assert ActionItem.objects.count() == before


def test_a_valid_note_is_saved_and_the_page_reloads_with_its_form_closed(
    world: dict[str, Any],  # noqa: F811
) -> None:
    mentorship = world["mentorship"]
    client = _client(world["partner"])
    response = client.post(
        reverse("mentorships:note_new", args=[mentorship.pk]),
        {"body": "Whole thought", "visibility": "private"},
    )
    assert response.status_code == 302
    page = client.get(response["Location"]).content.decode()
    assert "Whole thought" in page
    assert "<details><summary>Write a note" in page


def test_an_action_the_service_refuses_keeps_its_text_and_says_why_beside_the_form(
    world: dict[str, Any],  # noqa: F811
) -> None:
    mentorship = world["mentorship"]
    before = ActionItem.objects.count()
    response = _client(world["partner"]).post(
        reverse("mentorships:action_new", args=[mentorship.pk]),
        {"text": "Post the first reel 5512", "owner": "mentee", "due_date": "2020-01-01"},
    )
    page = response.content.decode()
    assert response.status_code == 200
    assert response.templates[0].name == "mentorships/detail.html"
    assert 'value="Post the first reel 5512"' in page
    assert "<details open><summary>Add an action" in page
    assert '<p class="error" role="alert">The due date cannot be in the past.</p>' in page
    assert ActionItem.objects.count() == before
