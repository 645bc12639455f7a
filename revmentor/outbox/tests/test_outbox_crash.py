"""The two crash points of a worker, with a real worker process killed (SIGKILL) at each while
it talks to a real SMTP server, then the sweeper in `housekeeping`:

(a) killed after the server has the message and before the worker recorded it as sent: the
    sweeper sends no second copy and the notification does not stay pending;
(b) killed after claiming the row and before sending anything: the sweeper sends it, once.

The worker is `manage.py db_worker` in a second process, so it needs the test database to be
one that two processes share: PostgreSQL (as CI runs the suite). On SQLite the test database
lives in this process's memory; the same crash points are tested there with a worker that hangs
(test_outbox_send.py)."""

from __future__ import annotations

import datetime as dt
import os
import subprocess
import sys
from pathlib import Path

import pytest
from django.conf import settings as django_settings
from django.core.management import call_command
from django.db import connection

from revmentor.notifications.models import Notification
from revmentor.outbox import services
from revmentor.outbox.models import OutboxMessage
from revmentor.outbox.tests.helpers import age, notify_article, the_row

pytestmark = [
    pytest.mark.skipif(
        connection.vendor != "postgresql",
        reason="a worker in a second process needs a database both can open (PostgreSQL)",
    ),
    pytest.mark.django_db(transaction=True),
]

Status = OutboxMessage.Status
LATER = services.STALE_AFTER + dt.timedelta(minutes=1)


def start_worker(tmp_path: Path, smtp_port: int) -> subprocess.Popen[bytes]:
    db = connection.settings_dict
    env = {key: value for key, value in os.environ.items() if key != "REDIS_URL"}
    env.update(
        DATABASE_URL=(
            f"postgres://{db['USER']}:{db['PASSWORD']}@{db['HOST'] or '127.0.0.1'}:"
            f"{db['PORT'] or 5432}/{db['NAME']}"
        ),
        TASKS_BACKEND="django_tasks_db.DatabaseBackend",
        DJANGO_SETTINGS_MODULE="revmentor.outbox.tests.worker_settings",
        TEST_SMTP_PORT=str(smtp_port),
    )
    log = (tmp_path / "worker.log").open("wb")
    return subprocess.Popen(
        [sys.executable, "manage.py", "db_worker", "--batch", "--no-startup-delay"],
        cwd=django_settings.BASE_DIR,
        env=env,
        stdout=log,
        stderr=subprocess.STDOUT,
    )


def kill(worker: subprocess.Popen[bytes]) -> None:
    worker.kill()
    worker.wait(10)


@pytest.fixture
def queued(participant, settings):
    """A notification whose e-mail is queued as a task for the database worker."""
    settings.TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
    return notify_article(participant)


def test_a_worker_killed_after_the_server_accepted_the_message_leaves_one_copy_and_no_pending_notification(
    smtp, queued, tmp_path
):
    smtp.handler.hold_data = True  # the server has the whole message; its 250 waits
    worker = start_worker(tmp_path, smtp.port)
    assert smtp.handler.at_data.wait(60), (tmp_path / "worker.log").read_text()
    kill(worker)
    smtp.handler.release.set()
    row = the_row()
    assert row.status == Status.SENDING
    assert row.handed_over_at is not None
    age(row, LATER)
    call_command("housekeeping", verbosity=0)
    call_command("housekeeping", verbosity=0)
    assert smtp.handler.message_ids() == [row.message_id]
    row.refresh_from_db()
    assert row.status == Status.UNCERTAIN
    queued.refresh_from_db()
    assert queued.delivery == Notification.Delivery.UNCERTAIN


def test_a_worker_killed_after_claiming_and_before_sending_has_its_e_mail_sent_once_by_the_sweeper(
    smtp, queued, tmp_path
):
    smtp.handler.hold_first_rcpt = True  # the worker has claimed the row and is in the envelope
    worker = start_worker(tmp_path, smtp.port)
    assert smtp.handler.at_rcpt.wait(60), (tmp_path / "worker.log").read_text()
    kill(worker)
    smtp.handler.release.set()
    row = the_row()
    assert row.status == Status.SENDING
    assert row.handed_over_at is None
    assert smtp.handler.received == []
    age(row, LATER)
    call_command("housekeeping", verbosity=0)
    call_command("housekeeping", verbosity=0)
    assert smtp.handler.message_ids() == [row.message_id]
    row.refresh_from_db()
    assert row.status == Status.SENT
    queued.refresh_from_db()
    assert queued.delivery == Notification.Delivery.SENT
