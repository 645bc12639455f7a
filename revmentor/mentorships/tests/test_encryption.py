"""Encryption at rest: a dump shows no content, and keys rotate without losing old notes."""

from __future__ import annotations

import io
import subprocess
import sys
from pathlib import Path

import pytest
from cryptography.fernet import Fernet
from django.core.management import call_command
from django.db import connection

from revmentor.core.crypto import _fernet
from revmentor.mentorships.models import Note
from revmentor.mentorships.services import note_add
from revmentor.mentorships.tests.factories import pair

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


def _stored_body() -> str:
    with connection.cursor() as cursor:
        cursor.execute("SELECT body FROM mentorships_note")
        return str(cursor.fetchone()[0])


def test_keys_rotate_without_losing_old_notes(program_manager, settings):
    old_key = Fernet.generate_key().decode()
    new_key = Fernet.generate_key().decode()
    settings.NOTES_ENCRYPTION_KEYS = [old_key]
    _fernet.cache_clear()
    mentorship, mentor, _mentee = pair(program_manager)
    note_add(
        mentorship=mentorship, user=mentor, body="written under the old key", visibility="private"
    )
    before = _stored_body()

    settings.NOTES_ENCRYPTION_KEYS = [new_key, old_key]
    call_command("rotate_note_keys", stdout=io.StringIO())
    after = _stored_body()
    assert after != before
    assert Fernet(new_key.encode()).decrypt(after.encode()).decode() == "written under the old key"

    settings.NOTES_ENCRYPTION_KEYS = [new_key]  # the old key can go now
    assert Note.objects.get().body == "written under the old key"
    _fernet.cache_clear()


def test_production_refuses_to_start_without_an_encryption_key():
    env = {
        "DEBUG": "false",
        "SECRET_KEY": "x" * 50,
        "ALLOWED_HOSTS": "example.org",
        "PATH": "/usr/bin:/bin",
    }
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "NOTES_ENCRYPTION_KEYS" in result.stderr


def test_a_malformed_key_is_refused_at_start():
    env = {"DEBUG": "true", "NOTES_ENCRYPTION_KEYS": "not-a-key", "PATH": "/usr/bin:/bin"}
    result = subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode != 0
    assert "NOTES_ENCRYPTION_KEYS" in result.stderr
