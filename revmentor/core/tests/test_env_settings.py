"""Settings from the environment fail loudly, naming the variable, on malformed values."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.core.exceptions import ImproperlyConfigured

from revmentor.env import env_bool, env_database, env_int, env_list

ROOT = Path(__file__).resolve().parents[3]


def test_a_malformed_boolean_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DEBUG"):
        env_bool("DEBUG", default=True, environ={"DEBUG": "perhaps"})


def test_booleans_accept_common_spellings():
    assert env_bool("X", default=False, environ={"X": "Yes"}) is True
    assert env_bool("X", default=True, environ={"X": "0"}) is False
    assert env_bool("X", default=True, environ={}) is True


def test_a_malformed_integer_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="SIZE"):
        env_int("SIZE", 1, environ={"SIZE": "ten"})


def test_an_empty_item_in_a_list_is_refused():
    with pytest.raises(ImproperlyConfigured, match="ALLOWED_HOSTS"):
        env_list("ALLOWED_HOSTS", [], environ={"ALLOWED_HOSTS": "a.example,,b.example"})
    assert env_list("ALLOWED_HOSTS", [], environ={"ALLOWED_HOSTS": "a.example, b.example"}) == [
        "a.example",
        "b.example",
    ]


def test_a_malformed_database_url_names_the_variable():
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        env_database("DATABASE_URL", "sqlite:///x", environ={"DATABASE_URL": "nonsense://"})
    with pytest.raises(ImproperlyConfigured, match="DATABASE_URL"):
        env_database("DATABASE_URL", "sqlite:///x", environ={"DATABASE_URL": "postgres://"})


def test_sqlite_is_the_default_database():
    config = env_database("DATABASE_URL", "sqlite:///db.sqlite3", environ={})
    assert config["ENGINE"] == "django.db.backends.sqlite3"


def test_sqlite_takes_the_write_lock_at_begin_and_waits_for_it():
    config = env_database("DATABASE_URL", "sqlite:////srv/revmentor/db.sqlite3", environ={})
    assert config["OPTIONS"] == {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
    # A file for tests too, so that a live test server's threads each have their own connection.
    assert config["TEST"] == {"NAME": "/srv/revmentor/test_db.sqlite3"}


def test_postgresql_keeps_its_own_locking():
    config = env_database(
        "DATABASE_URL", "sqlite:///x", environ={"DATABASE_URL": "postgres://u:p@db:5432/rm"}
    )
    options = config.get("OPTIONS") or {}
    assert isinstance(options, dict)
    assert "transaction_mode" not in options
    assert "TEST" not in config


@pytest.mark.django_db
def test_the_sqlite_database_runs_in_wal_mode_without_a_sync_per_commit():
    from django.db import connection

    if connection.vendor != "sqlite":
        pytest.skip("SQLite only")
    with connection.cursor() as cursor:
        cursor.execute("PRAGMA journal_mode")
        assert cursor.fetchone()[0] == "wal"
        cursor.execute("PRAGMA synchronous")
        assert cursor.fetchone()[0] == 1  # NORMAL


def _start(**env: str) -> subprocess.CompletedProcess[str]:
    clean = {
        k: v for k, v in os.environ.items() if k not in {"DEBUG", "SECRET_KEY", "DATABASE_URL"}
    }
    return subprocess.run(
        [sys.executable, "manage.py", "check"],
        cwd=ROOT,
        env={**clean, **env},
        capture_output=True,
        text=True,
        check=False,
    )


def test_production_refuses_to_start_without_a_secret_key():
    result = _start(DEBUG="false", ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY" in result.stderr


def test_a_malformed_value_stops_the_start_with_the_variables_name():
    result = _start(DEBUG="sometimes")
    assert result.returncode != 0
    assert "DEBUG" in result.stderr


def test_a_malformed_redis_url_names_the_variable():
    result = _start(DEBUG="true", REDIS_URL="http://localhost:6379")
    assert result.returncode != 0
    assert "REDIS_URL" in result.stderr


def test_debug_is_off_unless_set_so_a_bare_start_asks_for_a_secret_key():
    result = _start(ALLOWED_HOSTS="example.org")
    assert result.returncode != 0
    assert "SECRET_KEY is required when DEBUG is off" in result.stderr


def test_a_malformed_proxy_ssl_header_names_the_variable():
    result = _start(DEBUG="true", SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto: https")
    assert result.returncode != 0
    assert "SECURE_PROXY_SSL_HEADER" in result.stderr
