"""Sessions end after an idle period: 8 hours for staff roles, 14 days for participants by
default, counted from the last request."""

from __future__ import annotations

import datetime as dt

from django.test import Client
from django.urls import reverse
from freezegun import freeze_time

from conftest import PASSWORD

START = dt.datetime(2026, 3, 2, 9, 0, tzinfo=dt.UTC)


def _home_status(client: Client) -> int:
    return client.get(reverse("core:home")).status_code


def _logged_in(user) -> Client:
    client = Client()
    client.force_login(user)
    return client


def test_a_staff_session_lasts_while_used_and_ends_after_eight_idle_hours(program_manager):
    with freeze_time(START) as clock:
        client = _logged_in(program_manager)
        for _ in range(4):  # a request every 7 h 58 min: almost 32 hours in all
            assert _home_status(client) == 200
            clock.tick(dt.timedelta(hours=7, minutes=58))
        assert _home_status(client) == 200
        clock.tick(dt.timedelta(hours=8, minutes=2))
        response = client.get(reverse("core:home"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:login"))


def test_a_participants_session_lasts_while_used_and_ends_after_two_idle_weeks(participant):
    with freeze_time(START) as clock:
        client = _logged_in(participant)
        for _ in range(3):  # a request every 13 days: 26 days in all
            assert _home_status(client) == 200
            clock.tick(dt.timedelta(days=13))
        assert _home_status(client) == 200
        clock.tick(dt.timedelta(days=14, minutes=5))
        assert _home_status(client) == 302


def test_logging_in_sets_the_staff_expiry(sponsor):
    with freeze_time(START):
        client = _logged_in(sponsor)
        assert client.session.get_expiry_age() == 8 * 3600
        assert _home_status(client) == 200
        assert client.session.get_expiry_age() == 8 * 3600


def test_logging_in_through_the_login_page_sets_the_participant_expiry(participant):
    with freeze_time(START):
        client = Client()
        response = client.post(
            reverse("accounts:login"), {"username": participant.email, "password": PASSWORD}
        )
        assert response.status_code == 302
        assert client.session.get_expiry_age() == 14 * 24 * 3600


def test_the_idle_period_is_configurable(program_manager, settings):
    settings.SESSION_IDLE_TIMEOUT_HOURS = 1
    with freeze_time(START) as clock:
        client = _logged_in(program_manager)
        assert _home_status(client) == 200
        clock.tick(dt.timedelta(minutes=55))
        assert _home_status(client) == 200
        clock.tick(dt.timedelta(hours=1, minutes=5))
        assert _home_status(client) == 302
