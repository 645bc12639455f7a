"""Programs ready for recruitment, and intake answers, for enrolment tests."""

from __future__ import annotations

import datetime as dt
from typing import Any

from revmentor.accounts.models import User
from revmentor.enrolment.services import Intake, TopicAnswer
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.programs.models import Program, Status
from revmentor.programs.services import program_create_from_template


def recruiting_program(template_key: str = "digital_fluency", **changes: Any) -> Program:
    program = program_create_from_template(
        template_key=template_key,
        name="",
        language="en",
        start_date=dt.date(2027, 1, 1),
        created_by=None,
    )
    Program.objects.filter(pk=program.pk).update(status=Status.RECRUITING, **changes)
    program.refresh_from_db()
    return program


def intake(program: Program, **changes: Any) -> Intake:
    topics = list(program.topics.all())
    base: dict[str, Any] = {
        "languages": ["nl", "en"],
        "formats": [program.formats[0]],
        "availability": ["mon_morning"],
        "topics": [
            TopicAnswer(
                topic_id=topics[0].pk, value=4, text="I run our team channel", self_assessment=2
            )
        ],
        "motivation": "I like explaining things",
        "capacity": 2,
        "why_it_matters": "My team works online",
    }
    base.update(changes)
    return Intake(**base)


def employee_user(email: str, grade: int, unit: str = "Sales") -> User:
    person = PersonFactory(email=email, grade=grade, org_unit=OrgUnitFactory(path=unit))
    return User.objects.create_user(email, "pw-for-tests-123", full_name=person.name, person=person)
