"""A demo program in its matching stage: accepted participants, two runs (the second after a pin
and a block), nothing published yet, so a program manager can try every step of matching.

Goes through the same services as the pages, with a fixed random seed."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.enrolment.demo import accept_demo_applicant
from revmentor.enrolment.models import Application
from revmentor.enrolment.models import Role as ParticipantRole
from revmentor.enrolment.services import Intake, TopicAnswer
from revmentor.matching.models import PairRule
from revmentor.matching.services import matching_run, pair_rule_set
from revmentor.people.models import Person
from revmentor.programs.models import Program
from revmentor.programs.services import (
    program_create_from_template,
    program_open_recruitment,
    program_start_matching,
    program_update_charter,
)

MATCHING_PROGRAM_NAME = "Customer journey 2027"
MENTEES = 14
MENTORS = 11
# Mentors (by position) who take two mentees: 12 seats for 14 mentees, so one mentee who could
# be matched is not, and the run page says who has the mentors they could have had.
DOUBLE_CAPACITY = (0,)
BOTH_FORMATS = ["conversation", "remote"]


def seed_matching_program(*, manager: User | None) -> Program | None:
    """Skipped when it exists already or the organisation is too small for it."""
    if manager is None or Program.objects.filter(name=MATCHING_PROGRAM_NAME).exists():
        return None
    rng = random.Random(41)
    taken = set(Application.objects.exclude(person=None).values_list("person_id", flat=True))
    # People with a login already play a part elsewhere in the demo.
    employees = list(
        Person.objects.filter(is_external=False, user__isnull=True)
        .exclude(pk__in=taken)
        .order_by("employee_id")
    )
    # Not the board: everyone in the organisation is in their reporting line, so only an external
    # mentor could ever be proposed to them (the run would say so, but it is not this demo's point).
    seniors = [p for p in employees if 5 <= (p.grade or 0) <= 7]
    juniors = [p for p in employees if (p.grade or 0) <= 4]
    if len(seniors) < MENTEES or len(juniors) < MENTORS:
        return None
    # Spread over the organisation rather than the first ids (one department).
    seniors = rng.sample(seniors, MENTEES)
    juniors = rng.sample(juniors, MENTORS)
    program = program_create_from_template(
        template_key="young_customers",
        name=MATCHING_PROGRAM_NAME,
        language="en",
        start_date=dt.date(timezone.localdate().year + 1, 1, 15),
        created_by=manager,
    )
    program = program_update_charter(
        program=program,
        fields={
            "mentee_grade_min": 5,
            "mentor_grade_max": 4,
            "formats": [*BOTH_FORMATS, "shadowing"],
        },
    )
    program = program_open_recruitment(program=program)
    topic_ids = list(program.topics.values_list("pk", flat=True))
    for role, people in ((ParticipantRole.MENTEE, seniors), (ParticipantRole.MENTOR, juniors)):
        for index, person in enumerate(people):
            is_mentor = role == ParticipantRole.MENTOR
            # The last mentee only wants to shadow, which no mentor offers: the run explains
            # why nobody could be proposed to them.
            only_shadowing = not is_mentor and index == len(people) - 1
            accept_demo_applicant(
                program=program,
                person=person,
                role=role,
                manager=manager,
                intake=Intake(
                    languages=["nl", "en"],
                    formats=["shadowing"] if only_shadowing else BOTH_FORMATS,
                    availability=[rng.choice(["mon_morning", "tue_afternoon", "thu_morning"])],
                    topics=[
                        TopicAnswer(
                            topic_id=t,
                            value=rng.randint(2, 5),
                            self_assessment=None if is_mentor else rng.randint(1, 3),
                        )
                        for t in rng.sample(topic_ids, k=3)
                    ],
                    capacity=(2 if index in DOUBLE_CAPACITY else 1) if is_mentor else None,
                ),
            )
    program = program_start_matching(program=program)
    first = matching_run(program=program, by=manager)
    # The program manager's adjustments after the first run: keep one proposed pair whatever
    # else changes, and rule out another (say, they already work together on a project).
    proposals = list(first.proposals.select_related("mentor", "mentee").order_by("-score"))
    if len(proposals) >= 2:
        keep, avoid = proposals[-1], proposals[0]
        pair_rule_set(
            program=program,
            kind=PairRule.Kind.PIN,
            mentor_id=keep.mentor_id,
            mentee_id=keep.mentee_id,
            by=manager,
        )
        pair_rule_set(
            program=program,
            kind=PairRule.Kind.BLOCK,
            mentor_id=avoid.mentor_id,
            mentee_id=avoid.mentee_id,
            by=manager,
        )
        matching_run(program=program, by=manager)
    return program
