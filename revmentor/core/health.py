"""Health checks for load balancers and monitoring: can this server reach what it depends on?

Each check answers only "ok" or "error"; the reason goes to the log, never into the answer, which
anyone may fetch (a Redis or database error can name hosts and users).
"""

from __future__ import annotations

import logging
from typing import Literal

import redis
from django.conf import settings
from django.db import connection
from django_tasks_db.models import DBTaskResult

logger = logging.getLogger(__name__)

Outcome = Literal["ok", "error"]

# A health probe must answer quickly even when Redis is unreachable.
_REDIS_TIMEOUT_SECONDS = 2


def database_health() -> Outcome:
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
            cursor.fetchone()
    except Exception:  # any failure of the driver or server means "not healthy"
        logger.exception("health check: the database is not reachable")
        return "error"
    return "ok"


def task_queue_health() -> Outcome:
    """Redis answers a ping (with REDIS_URL), or else the database backend's task table is there."""
    try:
        if settings.REDIS_URL:
            client = redis.Redis.from_url(
                settings.REDIS_URL,
                socket_connect_timeout=_REDIS_TIMEOUT_SECONDS,
                socket_timeout=_REDIS_TIMEOUT_SECONDS,
            )
            try:
                client.ping()
            finally:
                client.close()
        else:
            DBTaskResult.objects.exists()
    except Exception:  # any failure of the queue means "not healthy"
        logger.exception("health check: the task queue is not reachable")
        return "error"
    return "ok"


def health_report() -> dict[str, Outcome]:
    return {"database": database_health(), "task_queue": task_queue_health()}
