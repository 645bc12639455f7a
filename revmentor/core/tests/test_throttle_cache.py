"""The throttles' cache: Redis with REDIS_URL, else a database table made by `migrate`."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest
from django.db import connection

from revmentor.accounts.apps import _create_cache_table


def _cache_backend(**env: str) -> str:
    environ = {k: v for k, v in os.environ.items() if k != "REDIS_URL"} | env
    return subprocess.run(
        [
            sys.executable,
            "-c",
            "import django; django.setup(); from django.conf import settings; "
            "print(settings.CACHES['default']['BACKEND'])",
        ],
        env={**environ, "DJANGO_SETTINGS_MODULE": "revmentor.settings"},
        capture_output=True,
        text=True,
        check=True,
    ).stdout.strip()


def test_the_cache_is_redis_with_redis_url_and_the_database_without():
    assert _cache_backend(REDIS_URL="redis://127.0.0.1:6379/9") == (
        "django.core.cache.backends.redis.RedisCache"
    )
    assert _cache_backend() == "django.core.cache.backends.db.DatabaseCache"


@pytest.mark.django_db(transaction=True)
def test_migrate_makes_the_cache_table(settings):
    settings.CACHES = {
        "default": {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": "revmentor_cache",
        }
    }
    # The test database has it only when it was made without REDIS_URL.
    if "revmentor_cache" in connection.introspection.table_names():
        with connection.schema_editor() as editor:
            editor.execute(
                editor.sql_delete_table % {"table": editor.quote_name("revmentor_cache")}
            )
    assert "revmentor_cache" not in connection.introspection.table_names()
    _create_cache_table(using="default")
    assert "revmentor_cache" in connection.introspection.table_names()
