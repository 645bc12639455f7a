"""The migrations that encrypt stored columns turn values already in the database into tokens
that read back as the same values — and back again when reversed."""

from __future__ import annotations

import pytest
from django.db import connection
from django.db.migrations.executor import MigrationExecutor

BEFORE = [("support", "0002_attention_rules_over_answers_fixed"), ("mentorships", "0001_initial")]


def _migrate(targets):
    executor = MigrationExecutor(connection)
    executor.loader.build_graph()
    executor.migrate(targets)
    return executor.loader.project_state(targets).apps


def _latest():
    executor = MigrationExecutor(connection)
    return executor.loader.graph.leaf_nodes()


@pytest.mark.django_db(transaction=True)
def test_stored_check_ins_and_places_are_encrypted_in_place_and_read_the_same():
    try:
        old = _migrate(BEFORE)
        Program = old.get_model("programs", "Program")
        Person = old.get_model("people", "Person")
        Participant = old.get_model("enrolment", "Participant")
        Application = old.get_model("enrolment", "Application")
        Mentorship = old.get_model("mentorships", "Mentorship")
        Meeting = old.get_model("mentorships", "Meeting")
        CheckIn = old.get_model("support", "CheckIn")
        program = Program.objects.create(name="Old", language="en")
        people = [
            Person.objects.create(employee_id=f"E{i}", name=f"P{i}", email=f"p{i}@example.org")
            for i in (1, 2)
        ]
        mentor, mentee = (
            Participant.objects.create(
                program=program,
                person=person,
                role=role,
                application=Application.objects.create(
                    program=program,
                    role=role,
                    person=person,
                    name=person.name,
                    email=person.email,
                    status="accepted",
                ),
            )
            for person, role in zip(people, ("mentor", "mentee"), strict=True)
        )
        mentorship = Mentorship.objects.create(
            program=program, mentor=mentor, mentee=mentee, state="paused", pause_reason="Leave"
        )
        meeting = Meeting.objects.create(
            mentorship=mentorship,
            kind="regular",
            format="conversation",
            starts_at="2026-01-05T10:00:00Z",
            duration_minutes=60,
            location="Room 7",
            uid="old@revmentor",
        )
        CheckIn.objects.create(
            mentorship=mentorship,
            meeting=meeting,
            side="mentor",
            kind="meeting",
            as_planned=False,
            most_talking="partner",
            covered_topic=None,
            openness=1,
            trust=2,
            value=5,
        )
        _migrate(_latest())
        with connection.cursor() as cursor:
            cursor.execute("SELECT trust, as_planned, most_talking FROM support_checkin")
            stored = cursor.fetchone()
            cursor.execute("SELECT location FROM mentorships_meeting")
            stored += cursor.fetchone()
        assert all(value.startswith("gAAAAA") for value in stored), stored

        from revmentor.mentorships.models import Meeting as NewMeeting
        from revmentor.mentorships.models import Mentorship as NewMentorship
        from revmentor.support.models import CheckIn as NewCheckIn

        check_in = NewCheckIn.objects.get()
        answers = (check_in.as_planned, check_in.most_talking, check_in.covered_topic)
        assert answers == (False, "partner", None)
        assert (check_in.openness, check_in.trust, check_in.value) == (1, 2, 5)
        assert NewMeeting.objects.get().location == "Room 7"
        moved = NewMentorship.objects.get()
        assert (moved.pause_reason, moved.pause_category) == ("Leave", "other")

        back = _migrate(BEFORE)
        plain = back.get_model("support", "CheckIn").objects.get()
        assert (plain.trust, plain.as_planned, plain.most_talking) == (2, False, "partner")
        assert back.get_model("mentorships", "Meeting").objects.get().location == "Room 7"
    finally:
        _migrate(_latest())
