"""Two-step login (TOTP): required for program managers, HR support and operators, optional for
participants and sponsors; a code at every login for anyone with an authenticator app."""

from __future__ import annotations

import re

import pytest
from django.core.management import call_command
from django.test import Client
from django.urls import reverse
from django_otp.oath import totp
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from conftest import PASSWORD
from revmentor.accounts.models import User

pytestmark = [pytest.mark.django_db, pytest.mark.usefixtures("login_protection")]


def _logged_in(user) -> Client:
    client = Client(REMOTE_ADDR="198.51.100.1")
    response = client.post(
        reverse("accounts:login"), {"username": user.email, "password": PASSWORD}
    )
    assert response.status_code == 302, response.content
    return client


def _app(user) -> TOTPDevice:
    return TOTPDevice.objects.create(user=user, name="revmentor", confirmed=True)


def _code(device: TOTPDevice) -> str:
    return f"{totp(device.bin_key):06d}"


def _recovery(user, codes=("rc1", "rc2")) -> None:
    static = StaticDevice.objects.create(user=user, name="recovery", confirmed=True)
    for code in codes:
        StaticToken.objects.create(device=static, token=code)


def test_a_program_manager_reaches_no_program_page_before_setting_up_an_app(program_manager):
    client = _logged_in(program_manager)
    programs = reverse("programs:list")
    response = client.get(programs)
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_setup"))
    assert not TOTPDevice.objects.exists()  # opening the set-up page writes no device

    page = client.get(response["Location"])
    body = page.content.decode()
    assert "<svg" in body
    secret = re.search(r'<code id="mfa-secret">([A-Z2-7 ]+)</code>', body).group(1)

    wrong = client.post(page.request["PATH_INFO"], {"code": "000000", "next": programs})
    assert wrong.status_code == 400
    assert "This code is not right" in wrong.content.decode()
    assert not TOTPDevice.objects.exists()
    assert client.get(programs).status_code == 302

    import base64

    key = base64.b32decode(secret.replace(" ", ""))
    done = client.post(
        reverse("accounts:mfa_setup"), {"code": f"{totp(key):06d}", "next": programs}
    )
    assert done.status_code == 200
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", done.content.decode())
    assert len(codes) == 10
    assert TOTPDevice.objects.get(user=program_manager).confirmed
    assert client.get(programs).status_code == 200


def test_after_setting_up_every_login_asks_for_a_code(program_manager):
    device = _app(program_manager)
    for _login in range(2):
        client = _logged_in(program_manager)
        response = client.get(reverse("programs:list"))
        assert response["Location"].startswith(reverse("accounts:mfa_verify"))
        answer = client.post(
            reverse("accounts:mfa_verify"), {"code": _code(device), "next": "/programs/"}
        )
        assert answer["Location"] == "/programs/"
        assert client.get(reverse("programs:list")).status_code == 200
        client.post(reverse("accounts:logout"))
        # A code is accepted once (replay protection): the next login needs the next code.
        TOTPDevice.objects.filter(pk=device.pk).update(last_t=-1)


def test_a_wrong_code_is_refused(program_manager):
    device = _app(program_manager)
    client = _logged_in(program_manager)
    wrong = f"{(int(_code(device)) + 1) % 1_000_000:06d}"
    response = client.post(reverse("accounts:mfa_verify"), {"code": wrong})
    assert response.status_code == 400
    assert "This code is not right" in response.content.decode()
    assert client.get(reverse("programs:list"))["Location"].startswith(
        reverse("accounts:mfa_verify")
    )


def test_a_recovery_code_works_once(program_manager):
    _app(program_manager)
    _recovery(program_manager)
    first = _logged_in(program_manager)
    assert first.post(reverse("accounts:mfa_verify"), {"code": "rc1"}).status_code == 302
    assert first.get(reverse("programs:list")).status_code == 200
    second = _logged_in(program_manager)
    assert second.post(reverse("accounts:mfa_verify"), {"code": "rc1"}).status_code == 400
    assert second.get(reverse("programs:list")).status_code == 302


def test_a_participant_logs_in_without_a_code_and_may_add_an_app(participant):
    client = _logged_in(participant)
    assert client.get(reverse("core:home")).status_code == 200
    preferences = client.get(reverse("accounts:preferences")).content.decode()
    assert "Off: you log in with your password only." in preferences
    assert reverse("accounts:mfa_setup") in preferences
    assert client.get(reverse("accounts:mfa_setup")).status_code == 200


def test_a_participant_who_added_an_app_gives_a_code_too_and_may_turn_it_off(participant):
    device = _app(participant)
    client = _logged_in(participant)
    assert client.get(reverse("core:home"))["Location"].startswith(reverse("accounts:mfa_verify"))
    client.post(reverse("accounts:mfa_verify"), {"code": _code(device)})
    assert client.get(reverse("core:home")).status_code == 200
    assert client.post(reverse("accounts:mfa_remove")).status_code == 302
    assert not TOTPDevice.objects.filter(user=participant).exists()


def test_a_program_manager_cannot_turn_it_off(program_manager):
    device = _app(program_manager)
    client = _logged_in(program_manager)
    client.post(reverse("accounts:mfa_verify"), {"code": _code(device)})
    assert client.post(reverse("accounts:mfa_remove")).status_code == 403
    assert TOTPDevice.objects.filter(user=program_manager).exists()


def test_new_recovery_codes_replace_the_old_ones(participant):
    device = _app(participant)
    _recovery(participant)
    client = _logged_in(participant)
    client.post(reverse("accounts:mfa_verify"), {"code": _code(device)})
    response = client.post(reverse("accounts:mfa_recovery_codes"))
    codes = re.findall(r"<li><code>([a-z0-9]+)</code></li>", response.content.decode())
    assert len(codes) == 10
    assert set(StaticToken.objects.values_list("token", flat=True)) == set(codes)


def test_the_django_admin_asks_an_operator_for_the_second_step(db):
    operator = User.objects.create_superuser("op@example.org", PASSWORD)
    client = _logged_in(operator)
    response = client.get(reverse("admin:index"))
    assert response.status_code == 302
    assert response["Location"].startswith(reverse("accounts:mfa_setup"))
    device = _app(operator)
    client.post(reverse("accounts:mfa_verify"), {"code": _code(device)})
    assert client.get(reverse("admin:index")).status_code == 200


def test_hr_support_is_sent_to_set_up_an_app_too(hr_support):
    client = _logged_in(hr_support)
    assert client.get(reverse("support:caseload"))["Location"].startswith(
        reverse("accounts:mfa_setup")
    )


def test_the_set_password_link_and_logout_work_before_the_second_step(program_manager):
    client = _logged_in(program_manager)
    link = reverse("accounts:password_reset_confirm", kwargs={"uidb64": "MQ", "token": "x"})
    # A page for people who are not logged in: the middleware sends this user to set up first.
    assert client.get(link)["Location"].startswith(reverse("accounts:mfa_setup"))
    assert client.post(reverse("accounts:set_language"), {"language": "nl"}).status_code == 302
    assert client.post(reverse("accounts:logout")).status_code == 302
    assert Client().get(link).status_code == 200


def test_an_operator_removes_a_lost_app_with_a_command(program_manager):
    _app(program_manager)
    _recovery(program_manager)
    call_command("mfa_reset", program_manager.email)
    assert not TOTPDevice.objects.filter(user=program_manager).exists()
    assert not StaticToken.objects.exists()
    client = _logged_in(program_manager)
    assert client.get(reverse("programs:list"))["Location"].startswith(
        reverse("accounts:mfa_setup")
    )


def test_without_the_requirement_staff_log_in_with_a_password_only(program_manager, settings):
    settings.MFA_REQUIRED_FOR_STAFF = False
    client = _logged_in(program_manager)
    assert client.get(reverse("programs:list")).status_code == 200


def test_each_wrong_code_makes_the_next_try_wait(program_manager, settings):
    # A large factor makes the wait long enough to see without a clock in the test.
    settings.OTP_TOTP_THROTTLE_FACTOR = 1000
    device = _app(program_manager)
    client = _logged_in(program_manager)
    client.post(reverse("accounts:mfa_verify"), {"code": "000000"})
    response = client.post(reverse("accounts:mfa_verify"), {"code": _code(device)})
    assert response.status_code == 400
    assert client.get(reverse("programs:list")).status_code == 302


def test_no_operator_reads_an_authenticator_secret_in_the_admin():
    from django.contrib import admin

    assert not admin.site.is_registered(TOTPDevice)
    assert not admin.site.is_registered(StaticDevice)
