"""Logging in by e-mail and remembering the chosen language per user."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from conftest import PASSWORD

pytestmark = pytest.mark.django_db


def test_a_user_logs_in_with_e_mail_and_password(program_manager):
    client = Client()
    response = client.post(
        reverse("accounts:login"), {"username": "PM@example.org".lower(), "password": PASSWORD}
    )
    assert response.status_code == 302
    assert client.get(reverse("core:home")).status_code == 200


def test_a_wrong_password_says_so_without_logging_in(program_manager):
    client = Client()
    response = client.post(
        reverse("accounts:login"), {"username": "pm@example.org", "password": "nope"}
    )
    assert response.status_code == 200
    assert "do not match an account" in response.content.decode()


def test_the_chosen_language_is_remembered_on_the_user(program_manager):
    client = Client()
    client.force_login(program_manager)
    client.post(reverse("accounts:set_language"), {"language": "nl", "next": "/"})
    program_manager.refresh_from_db()
    assert program_manager.language == "nl"
    # A new session (another device, no cookie) still gets Dutch.
    other = Client()
    other.force_login(program_manager)
    response = other.get(reverse("core:home"))
    assert 'lang="nl"' in response.content.decode()
    assert "Welkom" in response.content.decode()


def test_an_unknown_language_changes_nothing(program_manager):
    client = Client()
    client.force_login(program_manager)
    client.post(reverse("accounts:set_language"), {"language": "xx", "next": "/"})
    program_manager.refresh_from_db()
    assert program_manager.language == "en"


def test_the_language_switch_never_redirects_off_site(program_manager):
    client = Client()
    response = client.post(
        reverse("accounts:set_language"), {"language": "nl", "next": "https://evil.example/"}
    )
    assert response["Location"] == "/"
