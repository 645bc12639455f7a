"""`python manage.py seed_demo`: demo organisation, staff logins and a demo program.

Safe to run again: people sync by employee id, users and the program are only created once.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.core.management.base import BaseCommand
from django.db import transaction
from django.test.utils import override_settings

from revmentor.accounts.models import Role, User
from revmentor.core.demo import demo_people_rows, rows_to_csv
from revmentor.enrolment.demo import seed_applications
from revmentor.enrolment.models import Application
from revmentor.matching.demo import seed_matching_program
from revmentor.mentorships.demo import demo_pair_logins, seed_kickoff, seed_running_program
from revmentor.people.models import Person
from revmentor.people.services import people_import_file
from revmentor.programs.models import Program
from revmentor.programs.services import (
    program_create_from_template,
    program_open_recruitment,
    program_update_charter,
)

DEMO_PASSWORD = "revmentor-demo"
DEMO_PROGRAM_NAME = "Digital fluency 2027"
DEMO_DRAFT_NAME = "Feedback voor het MT"
DEMO_OPERATOR = "operator@demo.example.org"
DEMO_USERS: tuple[tuple[str, str, str, str], ...] = (
    ("manager@demo.example.org", "Petra Vermeulen", Role.PROGRAM_MANAGER, "en"),
    ("hr@demo.example.org", "Hans Koster", Role.HR_SUPPORT, "nl"),
    ("sponsor@demo.example.org", "Carla Timmermans", Role.SPONSOR, "en"),
    ("participant@demo.example.org", "", Role.PARTICIPANT, "en"),
)


class Command(BaseCommand):
    help = "Load the demo organisation, demo users and a demo program (idempotent)."

    def handle(self, *args: Any, **options: Any) -> None:
        # Demo data goes through the real services, which e-mail people; keep those in memory.
        with (
            override_settings(EMAIL_BACKEND="django.core.mail.backends.locmem.EmailBackend"),
            transaction.atomic(),
        ):
            self._load()

    def _load(self) -> None:
        plan = people_import_file(file_name="demo.csv", content=rows_to_csv(demo_people_rows()))
        # The demo participant is a junior employee, so later stages have someone to enrol.
        junior = Person.objects.filter(grade__lte=2).order_by("employee_id").first()
        manager = None
        for email, name, role, language in DEMO_USERS:
            user = User.objects.filter(email=email).first()
            if user is None:
                user = User.objects.create_user(
                    email,
                    DEMO_PASSWORD,
                    full_name=name or (junior.name if junior else "Demo participant"),
                    role=role,
                    language=language,
                    person=junior if role == Role.PARTICIPANT else None,
                )
            if role == Role.PROGRAM_MANAGER:
                manager = user
        # The Django admin is for a separate operator account: no product role holds it.
        if not User.objects.filter(email=DEMO_OPERATOR).exists():
            User.objects.create_superuser(DEMO_OPERATOR, DEMO_PASSWORD, full_name="Demo operator")
        program = Program.objects.filter(name=DEMO_PROGRAM_NAME).first()
        if program is None:
            program = program_create_from_template(
                template_key="digital_fluency",
                name=DEMO_PROGRAM_NAME,
                language="en",
                start_date=dt.date(2027, 2, 1),
                created_by=manager,
            )
            # Made to measure for the demo organisation: its team leads and up are the seniors,
            # and students may apply as mentors next to junior employees.
            program = program_update_charter(
                program=program,
                fields={"mentee_grade_min": 5, "mentor_grade_max": 4, "mentor_population": "both"},
            )
            program = program_open_recruitment(program=program)
        applications = seed_applications(program=program, manager=manager, keep_free=junior)
        busy = set(
            Application.objects.filter(program=program)
            .exclude(person=None)
            .values_list("person_id", flat=True)
        )
        seed_running_program(manager=manager, avoid=busy | ({junior.pk} if junior else set()))
        seed_kickoff(program=program)
        seed_matching_program(manager=manager)
        if not Program.objects.filter(name=DEMO_DRAFT_NAME).exists():
            # A second program, still a draft, shows the readiness checklist.
            program_create_from_template(
                template_key="behavioural_feedback",
                name=DEMO_DRAFT_NAME,
                language="nl",
                start_date=None,
                created_by=manager,
            )
        self.stdout.write(
            f"Demo organisation: {len(plan.creates)} created, {len(plan.updates)} updated, "
            f"{len(plan.unchanged)} unchanged. Demo applications created: {applications}."
        )
        self.stdout.write("")
        self.stdout.write(f"Demo logins (password for all: {DEMO_PASSWORD}):")
        for email, _name, role, _language in DEMO_USERS:
            self.stdout.write(f"  {Role(role).label:<22} {email}")
        for label, email in demo_pair_logins():
            self.stdout.write(f"  {label:<22} {email}")
        self.stdout.write("")
        self.stdout.write("Operator (Django admin at /admin/ only, no program pages):")
        self.stdout.write(f"  {Role.OPERATOR.label:<22} {DEMO_OPERATOR}")
        self.stdout.write("")
        self.stdout.write("Open http://127.0.0.1:8000/")
