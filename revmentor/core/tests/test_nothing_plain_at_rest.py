"""Everything a pair writes or answers is stored encrypted: a dump of the database shows none of it.

`write_everything` goes through the services a pair uses and writes a marker in every free-text
field (reasons, places, links, titles, logs, notes, agendas, actions, the agreement, circle and
HR notes). The first test reads every column of every table with plain SQL and finds no marker,
so a copy of a reason into a transition, a notification, an audit entry or a task fails it too.
The second checks that answers which cannot carry a marker (yes/no, scores, choices) are stored
as tokens, not values. The third does what the security review did: it greps the SQLite file.
"""

from __future__ import annotations

import datetime as dt
import os
import sqlite3
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.db import connection
from django.utils import timezone

from revmentor.mentorships import services as pairs
from revmentor.mentorships.models import Meeting, Note, State
from revmentor.mentorships.tests.factories import pair
from revmentor.programs.models import Topic
from revmentor.support import services as support

ROOT = Path(__file__).resolve().parents[3]
MARKERS = {
    "decline": "DECLINE-REASON-1101",
    "pause": "PAUSE-REASON-1102",
    "end": "END-REASON-1103",
    "cancel": "CANCEL-REASON-1104",
    "move": "MOVE-REASON-1105",
    "location": "PLACE-1106",
    "video": "https://video.example/ROOM-1107",
    "shadow_title": "SHADOW-TITLE-1108",
    "shadow_context": "SHADOW-CONTEXT-1109",
    "agenda": "AGENDA-1110",
    "note": "NOTE-1111",
    "action": "ACTION-1112",
    "reflection": "REFLECTION-1113",
    "goals": "GOALS-1114",
    "where": "WHERE-1115",
    "circle": "CIRCLE-1116",
    "hr": "HR-NOTE-1117",
}
# Columns whose values are answers without room for a marker: each must hold a token.
ANSWER_COLUMNS = {
    "support_checkin": (
        "as_planned",
        "most_talking",
        "covered_topic",
        "openness",
        "trust",
        "value",
    ),
    "mentorships_contractcheck": (
        "acquainted",
        "expectations_clear",
        "approach_agreed",
        "ground_rules_accepted",
        "enough_trust",
        "reason",
    ),
    "mentorships_meetinglog": ("most_talking", "topic_ids"),
}


def _soon(days: int, hours: int = 0) -> dt.datetime:
    return timezone.now() + dt.timedelta(days=days, hours=hours)


def _in_the_past(meeting: Meeting, days: int) -> Meeting:
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=timezone.now() - dt.timedelta(days=days))
    meeting.refresh_from_db()
    return meeting


def write_everything(manager: Any, hr_user: Any) -> None:
    """One pair's whole life, written through the services, with a marker in every text."""
    program_formats = ["conversation", "shadowing", "remote"]
    mentorship, mentor, mentee = pair(manager, formats=program_formats)
    pairs.mentorship_accept(mentorship=mentorship, user=mentee)
    topics = list(Topic.objects.filter(program=mentorship.program)[:2])
    pairs.agreement_update(
        mentorship=mentorship,
        user=mentor,
        goals=MARKERS["goals"],
        topics=topics,
        formats=program_formats,
        where_and_how=MARKERS["where"],
    )
    yes = pairs.CheckAnswers(True, True, True, True, True)
    pairs.contract_check_submit(mentorship=mentorship, user=mentor, answers=yes)
    mentorship = pairs.contract_check_submit(mentorship=mentorship, user=mentee, answers=yes)
    assert mentorship.state == State.ACTIVE

    talk = pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput("conversation", _soon(2), 60, location=MARKERS["location"]),
    )
    pairs.agenda_update(
        meeting=talk, user=mentor, items=[pairs.StepInput(MARKERS["agenda"], 10, "mentor")]
    )
    pairs.meeting_reschedule(meeting=talk, user=mentor, starts_at=_soon(3), reason=MARKERS["move"])
    video = pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=pairs.MeetingInput("remote", _soon(5), 45, video_link=MARKERS["video"]),
    )
    pairs.meeting_cancel(meeting=video, user=mentee, reason=MARKERS["cancel"])
    pairs.meeting_schedule(
        mentorship=mentorship,
        user=mentee,
        data=pairs.MeetingInput(
            "shadowing",
            _soon(8),
            60,
            location=MARKERS["location"],
            shadow_title=MARKERS["shadow_title"],
            shadow_context=MARKERS["shadow_context"],
        ),
    )
    held = _in_the_past(talk, 1)
    pairs.meeting_mark(meeting=held, user=mentor, held=True)
    pairs.meeting_log_save(
        meeting=held,
        user=mentee,
        topics=topics,
        most_talking="partner",
        reflection=MARKERS["reflection"],
    )
    for user, talking in ((mentor, "partner"), (mentee, "me")):
        support.check_in_after_meeting(
            meeting=held,
            user=user,
            answers=support.PulseAnswers(
                openness=1,
                trust=2,
                value=3,
                as_planned=True,
                most_talking=talking,
                covered_topic=False,
            ),
        )
    support.monthly_pulse(mentorship=mentorship, user=mentor, answers=support.PulseAnswers(5, 4, 3))
    pairs.note_add(
        mentorship=mentorship, user=mentor, body=MARKERS["note"], visibility=Note.Visibility.SHARED
    )
    pairs.action_add(
        mentorship=mentorship, user=mentee, text=MARKERS["action"], owner="mentor", due_date=None
    )
    pairs.mentorship_pause(
        mentorship=mentorship,
        user=mentee,
        category="leave",
        reason=MARKERS["pause"],
        resume_on=timezone.localdate() + dt.timedelta(days=10),
    )
    pairs.mentorship_resume(mentorship=mentorship, user=mentor)
    pairs.mentorship_end(
        mentorship=mentorship, user=mentor, category="time", reason=MARKERS["end"], rematch=True
    )

    # A second pair: the senior asks for another match; a third: a contract check that says no.
    declined, _mentor, senior = pair(manager)
    pairs.mentorship_decline(mentorship=declined, user=senior, reason=MARKERS["decline"])
    dissolved, other_mentor, other_senior = pair(manager)
    pairs.mentorship_accept(mentorship=dissolved, user=other_senior)
    no = pairs.CheckAnswers(True, False, True, True, False, reason="trust")
    pairs.contract_check_submit(mentorship=dissolved, user=other_mentor, answers=no)

    circle = support.circle_create(
        program=mentorship.program,
        name="Circle",
        members=[mentorship.mentor, *(_extra_mentor(mentorship) for _ in range(3))],
    )
    support.circle_note_add(circle=circle, author=mentorship.mentor, body=MARKERS["circle"])
    case = support.support_case_open(
        program=mentorship.program, hr_user=hr_user, mentee=mentorship.mentee
    )
    support.hr_note_add(case=case, author=hr_user, body=MARKERS["hr"])


def _extra_mentor(mentorship: Any) -> Any:
    from revmentor.enrolment.models import Application, Participant
    from revmentor.people.tests.factories import PersonFactory

    person = PersonFactory(grade=2)
    application = Application.objects.create(
        program=mentorship.program,
        role="mentor",
        person=person,
        name=person.name,
        email=person.email,
        status="accepted",
    )
    return Participant.objects.create(
        program=mentorship.program, person=person, role="mentor", application=application
    )


def _every_cell() -> list[tuple[str, str, str]]:
    cells = []
    with connection.cursor() as cursor:
        for table in connection.introspection.table_names():
            columns = [
                column.name
                for column in connection.introspection.get_table_description(cursor, table)
            ]
            cursor.execute(f"SELECT * FROM {connection.ops.quote_name(table)}")
            for row in cursor.fetchall():
                for column, value in zip(columns, row, strict=True):
                    if isinstance(value, bytes | memoryview):
                        value = bytes(value).decode(errors="replace")
                    cells.append((table, column, str(value)))
    return cells


@pytest.mark.django_db
def test_no_text_a_pair_wrote_is_stored_in_plain_anywhere(program_manager, hr_support):
    write_everything(program_manager, hr_support)
    cells = _every_cell()
    assert len(cells) > 1000
    found = [
        (table, column, name)
        for table, column, value in cells
        for name, marker in MARKERS.items()
        if marker in value
    ]
    assert found == []


@pytest.mark.django_db
def test_answers_without_room_for_a_marker_are_stored_as_tokens(program_manager, hr_support):
    write_everything(program_manager, hr_support)
    with connection.cursor() as cursor:
        for table, columns in ANSWER_COLUMNS.items():
            quoted = ", ".join(connection.ops.quote_name(column) for column in columns)
            cursor.execute(f"SELECT {quoted} FROM {connection.ops.quote_name(table)}")
            rows = cursor.fetchall()
            assert rows, table
            for row in rows:
                for column, value in zip(columns, row, strict=True):
                    if value is None:
                        continue
                    assert isinstance(value, str), (table, column, value)
                    assert value.startswith("gAAAAA"), (table, column, value)  # a Fernet token


def test_a_grep_of_the_sqlite_file_finds_no_marker(tmp_path):
    """The security review's own check, on a real SQLite file written by a separate process."""
    database = tmp_path / "grep.sqlite3"
    env = {
        **os.environ,
        "DATABASE_URL": f"sqlite:///{database}",
        "DJANGO_SETTINGS_MODULE": "revmentor.settings",
        "DEBUG": "true",
    }
    env.pop("REDIS_URL", None)
    script = (
        "import django; django.setup()\n"
        "from django.core.management import call_command\n"
        "from django.test.utils import override_settings\n"
        "call_command('migrate', verbosity=0)\n"
        "from conftest import _make_user\n"
        "from revmentor.core.tests.test_nothing_plain_at_rest import write_everything\n"
        "with override_settings(\n"
        "    EMAIL_BACKEND='django.core.mail.backends.locmem.EmailBackend',\n"
        "    TASKS={'default': {'BACKEND': 'django_tasks.backends.immediate.ImmediateBackend'}},\n"
        "    PASSWORD_HASHERS=['django.contrib.auth.hashers.MD5PasswordHasher'],\n"
        "):\n"
        "    write_everything(_make_user('pm@example.org', 'program_manager'),\n"
        "                     _make_user('hr@example.org', 'hr_support'))\n"
    )
    subprocess.run(
        [sys.executable, "-c", script], cwd=ROOT, env=env, check=True, capture_output=True
    )
    # Fold the write-ahead log (if any) into the file, then read the bytes as they lie on disk.
    with sqlite3.connect(database) as db:
        db.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw = b"".join(
        path.read_bytes() for path in tmp_path.iterdir() if path.name.startswith("grep.sqlite3")
    )
    found = [name for name, marker in MARKERS.items() if marker.encode() in raw]
    assert found == []
    assert b"pm@example.org" in raw  # the grep does see plain data: the file is the real one
