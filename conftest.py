"""Shared test fixtures: a fixed cast of users, and Chromium settings for browser tests."""

from __future__ import annotations

import os
import uuid
from pathlib import Path
from typing import Any

import django
import pytest
from django.conf import settings as django_settings

# Playwright's sync API runs an event loop in the test thread; Django would refuse ORM calls
# from it. Tests only — never set in settings.
os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Settings default to DEBUG off (production); the tests run as development does, with the
# development keys. pytest-django loads the settings after this file because the settings module
# is named here, not in pyproject.toml. (Django's test runner still turns settings.DEBUG off while
# tests run.)
os.environ.setdefault("DEBUG", "true")
os.environ.setdefault("DJANGO_SETTINGS_MODULE", "revmentor.settings")
django.setup()
# WhiteNoise serves from the source folders, as with `make run` (it reads these once, when the
# first request of a client or of the live server loads the middleware, so set them here).
django_settings.WHITENOISE_USE_FINDERS = True
django_settings.WHITENOISE_AUTOREFRESH = True


PASSWORD = "correct horse battery staple"


@pytest.fixture(scope="session")
def django_db_modify_db_settings(
    django_db_modify_db_settings_parallel_suffix: None, django_db_keepdb: bool
) -> None:
    """The SQLite test database is a file (see revmentor.env) that each run makes anew. Its WAL
    files left by an interrupted run must go too: SQLite would replay them into the new file."""
    from django.conf import settings

    if django_db_keepdb:
        return
    for database in settings.DATABASES.values():
        name = database.get("TEST", {}).get("NAME")
        if database["ENGINE"] == "django.db.backends.sqlite3" and name:
            for suffix in ("-wal", "-shm"):
                Path(f"{name}{suffix}").unlink(missing_ok=True)


@pytest.fixture(autouse=True)
def _english_by_default(settings: Any) -> None:
    settings.LANGUAGE_CODE = "en"
    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
    # Tasks run at once in tests; one test runs the database worker itself.
    settings.TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
    # Tests render pages without running collectstatic first, and the test runner turns DEBUG
    # off, so the manifest storage would refuse every {% static %} name it has no entry for.
    # Unhashed names here; test_static_files runs collectstatic with the real storage.
    settings.STORAGES = {
        **settings.STORAGES,
        "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
    }
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
