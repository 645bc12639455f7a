"""Small typed readers for environment variables that fail loudly on malformed values.

Settings come from the environment only (one settings file, safe defaults). A value that cannot be
understood stops the process at start with a message that names the variable, instead of being
silently replaced by a default.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from django.core.exceptions import ImproperlyConfigured

_TRUE = {"1", "true", "yes", "on"}
_FALSE = {"0", "false", "no", "off", ""}


def env_str(name: str, default: str = "", environ: Mapping[str, str] | None = None) -> str:
    return (environ if environ is not None else os.environ).get(name, default)


def env_bool(name: str, default: bool, environ: Mapping[str, str] | None = None) -> bool:
    raw = (environ if environ is not None else os.environ).get(name)
    if raw is None:
        return default
    value = raw.strip().lower()
    if value in _TRUE:
        return True
    if value in _FALSE:
        return False
    raise ImproperlyConfigured(
        f"Environment variable {name} must be a boolean (true/false, 1/0, yes/no), got {raw!r}."
    )


def env_int(
    name: str, default: int, environ: Mapping[str, str] | None = None, minimum: int | None = None
) -> int:
    raw = (environ if environ is not None else os.environ).get(name)
    if raw is None or raw.strip() == "":
        return default
    try:
        value = int(raw.strip())
    except ValueError:
        raise ImproperlyConfigured(
            f"Environment variable {name} must be an integer, got {raw!r}."
        ) from None
    if minimum is not None and value < minimum:
        raise ImproperlyConfigured(f"Environment variable {name} must be at least {minimum}.")
    return value


def env_list(name: str, default: list[str], environ: Mapping[str, str] | None = None) -> list[str]:
    raw = (environ if environ is not None else os.environ).get(name)
    if raw is None:
        return default
    items = [item.strip() for item in raw.split(",")]
    if any(item == "" for item in items):
        raise ImproperlyConfigured(
            f"Environment variable {name} must be a comma-separated list without empty items, "
            f"got {raw!r}."
        )
    return items


def env_database(
    name: str, default: str, environ: Mapping[str, str] | None = None
) -> dict[str, object]:
    """Parse a database URL such as postgres://user:pass@host:5432/name."""
    import dj_database_url

    raw = (environ if environ is not None else os.environ).get(name) or default
    try:
        config = dj_database_url.parse(raw, conn_max_age=60)
    except Exception as exc:  # the library raises several unrelated types for bad URLs
        raise ImproperlyConfigured(
            f"Environment variable {name} is not a valid database URL ({exc})."
        ) from None
    if not config.get("ENGINE") or not config.get("NAME"):
        raise ImproperlyConfigured(f"Environment variable {name} is not a valid database URL.")
    database = dict(config)
    if database["ENGINE"] == "django.db.backends.sqlite3":
        _sqlite_for_concurrent_writers(database)
    return database


# How long a write waits for another one to finish before it gives up (seconds). Writes are
# short; this only has to outlast a queue of them, e.g. the task worker beside a busy page.
SQLITE_BUSY_TIMEOUT = 20


def _sqlite_for_concurrent_writers(database: dict[str, object]) -> None:
    """SQLite as the web server's threads and the task worker share it.

    By default SQLite starts a transaction as a reader and upgrades it at its first write; when
    two transactions do so at once, one fails with "database is locked" at once, without waiting.
    IMMEDIATE transactions take the write lock at BEGIN (and wait for it up to the busy timeout),
    and WAL keeps readers and the one writer from blocking each other. With WAL, synchronous=NORMAL
    cannot corrupt the file; a power cut may lose the last commits (PostgreSQL is for production).
    """
    options = dict(database.get("OPTIONS") or {})  # type: ignore[call-overload]
    options.setdefault("transaction_mode", "IMMEDIATE")
    options.setdefault("timeout", SQLITE_BUSY_TIMEOUT)
    options.setdefault("init_command", "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL")
    database["OPTIONS"] = options
    name = str(database["NAME"])
    if name != ":memory:" and not name.startswith("file:"):
        # Tests get a file beside the database, not SQLite's in-memory default: the threads of a
        # live test server then each have a connection of their own, as runserver's do.
        path = Path(name)
        database["TEST"] = {"NAME": str(path.with_name(f"test_{path.name}"))}
