"""End to end in headless Chromium: a program manager's first login leads to setting up an
authenticator app, and the next login asks for a code."""

from __future__ import annotations

import base64
from typing import Any

import pytest
from django_otp.oath import totp
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import Browser, expect

from conftest import PASSWORD

pytestmark = [
    pytest.mark.browser,
    pytest.mark.django_db(transaction=True),
    pytest.mark.usefixtures("login_protection"),
]


def test_a_program_manager_sets_up_an_app_at_the_first_login_and_gives_a_code_at_the_next(
    browser: Browser, live_server: Any, program_manager: Any
):
    page = browser.new_context().new_page()
    page.goto(f"{live_server.url}/programs/")
    page.get_by_label("E-mail address").fill(program_manager.email)
    page.get_by_label("Password").fill(PASSWORD)
    page.get_by_role("button", name="Log in").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Set up two-step login")
    expect(page.locator("figure.mfa-qr svg")).to_be_visible()
    secret = page.locator("#mfa-secret").inner_text().replace(" ", "")
    key = base64.b32decode(secret)
    page.get_by_label("Code").fill(f"{totp(key):06d}")
    page.get_by_role("button", name="Confirm").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Your recovery codes")
    expect(page.locator("#recovery-codes li")).to_have_count(10)
    page.get_by_role("button", name="Continue").click()
    expect(page).to_have_url(f"{live_server.url}/programs/")

    # The code just used is spent; the next login takes the next one.
    TOTPDevice.objects.update(last_t=-1)
    second = browser.new_context().new_page()
    second.goto(f"{live_server.url}/accounts/login/")
    second.get_by_label("E-mail address").fill(program_manager.email)
    second.get_by_label("Password").fill(PASSWORD)
    second.get_by_role("button", name="Log in").click()
    expect(second.get_by_role("heading", level=1)).to_have_text("Two-step login")
    second.get_by_label("Code").fill("000000")
    second.get_by_role("button", name="Continue").click()
    expect(second.locator("#field-code .error")).to_contain_text("This code is not right")
    device = TOTPDevice.objects.get()
    # django-otp makes the next try wait after a wrong code.
    TOTPDevice.objects.update(throttling_failure_count=0, throttling_failure_timestamp=None)
    second.get_by_label("Code").fill(f"{totp(device.bin_key):06d}")
    second.get_by_role("button", name="Continue").click()
    expect(second.get_by_role("heading", level=1)).to_contain_text("Welcome")
