"""Shared test fixtures: a fixed cast of users, and Chromium settings for browser tests."""

from __future__ import annotations

import os
import uuid
from typing import Any

import pytest

# Playwright's sync API runs an event loop in the test thread; Django would refuse ORM calls
# from it. Tests only — never set in settings.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")


PASSWORD = "correct horse battery staple"


@pytest.fixture(autouse=True)
def _english_by_default(settings: Any) -> None:
    settings.LANGUAGE_CODE = "en"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tasks run at once in tests; one test runs the database worker itself.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Login protection is for the tests about it (the `login_protection` fixture): the others
    # log in with Client.login, which passes no request to the lockout, and as staff without an
    # authenticator app.
    settings.AXES_ENABLED = False
    settings.MFA_REQUIRED_FOR_STAFF = False
    # A cache of its own for every test, so no throttle counts carry from one test to the next
    # (and a Redis given by REDIS_URL is never touched by tests).
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": f"test-{uuid.uuid4()}",
        }
    }


@pytest.fixture
def login_protection(settings: Any) -> None:
    """The lockout and the second factor as in production."""
    settings.AXES_ENABLED = True
    settings.MFA_REQUIRED_FOR_STAFF = True


def _make_user(email: str, role: str, **extra: Any) -> Any:
    from revmentor.accounts.models import User

    return User.objects.create_user(
        email, PASSWORD, full_name=email.split("@")[0], role=role, **extra
    )


@pytest.fixture
def program_manager(db: None) -> Any:
    return _make_user("pm@example.org", "program_manager")


@pytest.fixture
def hr_support(db: None) -> Any:
    return _make_user("hr@example.org", "hr_support")


@pytest.fixture
def sponsor(db: None) -> Any:
    return _make_user("sponsor@example.org", "sponsor")


@pytest.fixture
def participant(db: None) -> Any:
    return _make_user("participant@example.org", "participant")


@pytest.fixture(scope="session")
def browser_type_launch_args(browser_type_launch_args: dict[str, Any]) -> dict[str, Any]:
    return {
        **browser_type_launch_args,
        "executable_path": os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium"),
        "args": [
            "--no-sandbox",
            "--disable-gpu",
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
            "--no-first-run",
            "--disable-dev-shm-usage",
        ],
    }
