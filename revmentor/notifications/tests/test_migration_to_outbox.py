"""Upgrading: notifications still waiting when the outbox arrives get an outbox row, so the
sweeper sends them (their old tasks name a module that no longer exists)."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

UPGRADED = {"notifications", "outbox"}


@pytest.mark.django_db(transaction=True)
def test_notifications_waiting_before_the_upgrade_are_queued_in_the_outbox():
    executor = MigrationExecutor(connection)
    latest = executor.loader.graph.leaf_nodes()
    before = [node for node in latest if node[0] not in UPGRADED]
    before.append(("notifications", "0001_initial"))
    executor.migrate([*before, ("outbox", None)])
    old = executor.loader.project_state(before).apps
    user = old.get_model("accounts", "User").objects.create(email="p@example.org", password="x")
    Notification = old.get_model("notifications", "Notification")
    waiting = Notification.objects.create(
        user=user, kind="article", event_key="a", template="t", delivery="pending"
    )
    Notification.objects.create(
        user=user, kind="article", event_key="b", template="t", delivery="sent"
    )
    executor = MigrationExecutor(connection)
    executor.migrate(latest)
    new = executor.loader.project_state(latest).apps
    rows = list(new.get_model("outbox", "OutboxMessage").objects.values("kind", "args", "to"))
    assert rows == [
        {"kind": "notification", "args": {"notification": waiting.pk}, "to": "p@example.org"}
    ]
