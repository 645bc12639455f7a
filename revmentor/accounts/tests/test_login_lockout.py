"""Repeated wrong passwords lock the account and the address (django-axes)."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from conftest import PASSWORD

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("login_protection")]


def _login(email: str, password: str, ip: str = "198.51.100.1", **headers: str):
    return Client(REMOTE_ADDR=ip, **headers).post(
        reverse("accounts:login"), {"username": email, "password": password}
    )


def _fail(email: str, times: int, ip: str = "198.51.100.1") -> None:
    for _ in range(times):
        assert _login(email, "wrong password", ip).status_code in {200, 429}


@pytest.fixture
def limit(settings):
    settings.AXES_FAILURE_LIMIT = 5
    settings.AXES_COOLOFF_TIME = dt.timedelta(minutes=15)
    return 5


def test_the_right_password_is_refused_once_the_account_is_locked(participant, limit):
    _fail(participant.email, limit)
    response = _login(participant.email, PASSWORD)
    assert response.status_code == 429
    assert "_auth_user_id" not in response.client.session
    body = response.content.decode()
    assert "Login locked" in body
    retry = timezone.localtime(timezone.now() + dt.timedelta(minutes=15)).strftime("%H:")
    assert f"Try again after {retry}" in body


def test_the_lock_holds_from_another_address_too(participant, limit):
    _fail(participant.email, limit, ip="198.51.100.1")
    assert _login(participant.email, PASSWORD, ip="203.0.113.9").status_code == 429


def test_one_address_trying_many_accounts_is_locked_for_all_of_them(
    participant, sponsor, hr_support, limit
):
    for number in range(limit):
        _login(f"guess{number}@example.org", "wrong password", ip="192.0.2.66")
    assert _login(sponsor.email, PASSWORD, ip="192.0.2.66").status_code == 429
    # The same account from another address is not locked: only the address is.
    assert _login(sponsor.email, PASSWORD, ip="192.0.2.67").status_code == 302


def test_fewer_failures_than_the_limit_still_let_the_right_password_in(participant, limit):
    _fail(participant.email, limit - 1)
    assert _login(participant.email, PASSWORD).status_code == 302


def test_the_lock_ends_after_the_cool_off(participant, limit, settings):
    _fail(participant.email, limit)
    assert _login(participant.email, PASSWORD).status_code == 429
    from axes.models import AccessAttempt

    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=16))
    assert _login(participant.email, PASSWORD).status_code == 302


def test_a_successful_login_does_not_reset_someone_elses_lock(participant, sponsor, limit):
    _fail(participant.email, limit, ip="198.51.100.1")
    # Another user logs in from the same network, behind a different address.
    assert _login(sponsor.email, PASSWORD, ip="198.51.100.2").status_code == 302
    assert _login(participant.email, PASSWORD, ip="198.51.100.3").status_code == 429


def test_the_lockout_page_is_translated(participant, limit):
    _fail(participant.email, limit)
    response = Client(REMOTE_ADDR="198.51.100.1", HTTP_ACCEPT_LANGUAGE="nl").post(
        reverse("accounts:login"), {"username": participant.email, "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "Inloggen geblokkeerd" in response.content.decode()


def test_behind_a_proxy_the_address_comes_from_x_forwarded_for(participant, limit, settings):
    settings.TRUSTED_PROXY_COUNT = 1
    for number in range(limit):
        # The client writes its own X-Forwarded-For entry each time; the proxy appends the
        # address it really came from, and only that one counts.
        Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR=f"1.1.1.{number}, 192.0.2.50").post(
            reverse("accounts:login"), {"username": f"x{number}@example.org", "password": "no"}
        )
    locked = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.50").post(
        reverse("accounts:login"), {"username": participant.email, "password": PASSWORD}
    )
    assert locked.status_code == 429
    # Another client behind the same proxy is not locked.
    other = Client(REMOTE_ADDR="10.0.0.1", HTTP_X_FORWARDED_FOR="192.0.2.51").post(
        reverse("accounts:login"), {"username": participant.email, "password": PASSWORD}
    )
    assert other.status_code == 302


def test_failed_logins_still_send_the_auth_signal(participant, limit):
    from django.contrib.auth.signals import user_login_failed

    seen: list[str] = []

    def record(sender, credentials, **kwargs):
        seen.append(credentials.get("username", ""))

    user_login_failed.connect(record)
    try:
        _fail(participant.email, limit + 1)
    finally:
        user_login_failed.disconnect(record)
    # Every attempt is reported, the ones refused during the lock too.
    assert seen == [participant.email] * (limit + 1)


def test_a_failure_during_the_lock_starts_the_cool_off_again(participant, limit):
    from axes.models import AccessAttempt

    _fail(participant.email, limit)
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=10))
    assert _login(participant.email, "still wrong").status_code == 429
    AccessAttempt.objects.update(attempt_time=timezone.now() - dt.timedelta(minutes=10))
    # 20 minutes after the first lock, but only 10 after the last try.
    assert _login(participant.email, PASSWORD).status_code == 429


def test_the_admin_login_is_locked_in_the_same_way(db, limit):
    from revmentor.accounts.models import User

    User.objects.create_superuser("op@example.org", PASSWORD)
    client = Client(REMOTE_ADDR="198.51.100.1")
    for _ in range(limit):
        client.post(reverse("admin:login"), {"username": "op@example.org", "password": "no"})
    response = client.post(
        reverse("admin:login"), {"username": "op@example.org", "password": PASSWORD}
    )
    assert response.status_code == 429
    assert "_auth_user_id" not in client.session


def test_an_operator_lifts_a_lock_with_axes_reset_username(participant, limit):
    from django.core.management import call_command

    _fail(participant.email, limit)
    call_command("axes_reset_username", participant.email, verbosity=0)
    assert _login(participant.email, PASSWORD).status_code == 302
