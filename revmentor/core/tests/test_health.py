"""/health/ answers load balancers without a login: 200 when the database and the task queue
answer, 503 naming what failed, and never the error itself."""

from __future__ import annotations

import json
import os
from unittest import mock

import pytest
from django.db import OperationalError
from django.test import Client
from django.urls import reverse


def _health(client: Client | None = None) -> tuple[int, dict[str, object], str]:
    response = (client or Client()).get(reverse("core:health"))
    assert response["Content-Type"] == "application/json"
    return response.status_code, json.loads(response.content), response["Cache-Control"]


def test_a_healthy_server_answers_200_with_each_check_ok_to_anyone(db):
    status, body, cache = _health()
    assert status == 200
    assert body == {"status": "ok", "checks": {"database": "ok", "task_queue": "ok"}, "failed": []}
    assert "no-store" in cache


def test_an_unreachable_database_answers_503_naming_the_database(db):
    broken = mock.Mock()
    broken.cursor.side_effect = OperationalError("could not connect to server at 10.0.0.5")
    with mock.patch("revmentor.core.health.connection", broken):
        response = Client().get(reverse("core:health"))
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["status"] == "error"
    assert body["failed"] == ["database"]
    # The error names a host; the public answer must not.
    assert b"10.0.0.5" not in response.content


def test_an_unreachable_redis_answers_503_naming_the_task_queue(db, settings):
    # Port 9 (discard) on loopback: nothing listens there, so the connection is refused at once.
    settings.REDIS_URL = "redis://:secret-password@127.0.0.1:9/0"
    response = Client().get(reverse("core:health"))
    assert response.status_code == 503
    body = json.loads(response.content)
    assert body["failed"] == ["task_queue"]
    assert body["checks"] == {"database": "ok", "task_queue": "error"}
    assert b"secret-password" not in response.content
    assert b"127.0.0.1" not in response.content


@pytest.mark.skipif(not os.environ.get("REDIS_URL"), reason="needs a real Redis (REDIS_URL)")
def test_with_redis_the_task_queue_check_pings_it(db, settings):
    settings.REDIS_URL = os.environ["REDIS_URL"]
    status, body, _cache = _health()
    assert (status, body["checks"]) == (200, {"database": "ok", "task_queue": "ok"})


def test_the_health_endpoint_only_answers_reads(db):
    assert Client().post(reverse("core:health")).status_code == 405


def test_the_health_endpoint_answers_plain_http_while_pages_redirect_to_https(db, settings):
    # A local probe (a load balancer, monitoring) asks over HTTP, without the proxy's header.
    settings.SECURE_SSL_REDIRECT = True
    client = Client()
    assert client.get(reverse("core:health")).status_code == 200
    login = client.get(reverse("accounts:login"))
    assert login.status_code == 301
    assert login["Location"].startswith("https://")
