"""A published pair ready for the mentorship stage, for mentorship tests."""

from __future__ import annotations

from typing import Any

from revmentor.accounts.models import User
from revmentor.enrolment import services as enrolment
from revmentor.enrolment.models import Participant
from revmentor.enrolment.tests.factories import intake, recruiting_program
from revmentor.matching.models import MatchingRun, Proposal
from revmentor.mentorships.models import Mentorship, State
from revmentor.mentorships.services import mentorships_from_run
from revmentor.people.tests.factories import OrgUnitFactory, PersonFactory
from revmentor.programs.models import Status
from revmentor.support.services import complete_required_training


def accepted_pair(
    program: Any, manager: Any, *, tz: str = "Europe/Amsterdam"
) -> list[tuple[Participant, User]]:
    """A mentor (a junior in IT) and a mentee (a senior in Sales) accepted into the program,
    each with their account."""
    accepted = []
    for role, grade, unit in (("mentor", 2, "IT"), ("mentee", 9, "Sales")):
        person = PersonFactory(grade=grade, org_unit=OrgUnitFactory(path=unit), time_zone=tz)
        user = User.objects.create_user(
            person.email, "pw-123456789", full_name=person.name, person=person
        )
        application = enrolment.application_submit(
            program=program,
            user=user,
            role=role,
            intake=intake(program, capacity=1, formats=program.formats),
            accepted_ground_rules=True,
            consented=True,
        )
        enrolment.application_decide(
            application=application, decision="accepted", reason="ok", by=manager, notify=False
        )
        accepted.append((Participant.objects.get(application=application), user))
    return accepted


def pair(
    manager: Any,
    *,
    formats: list[str] | None = None,
    state: str = State.PROPOSED,
    tz: str = "Europe/Amsterdam",
    trained: bool = True,
) -> tuple[Mentorship, User, User]:
    """A proposed mentorship; returns it with the mentor's and the mentee's user."""
    changes = {"formats": formats} if formats else {}
    program = recruiting_program(**changes)
    accepted = accepted_pair(program, manager, tz=tz)
    participants = [participant for participant, _user in accepted]
    users = [user for _participant, user in accepted]
    program.status = Status.MATCHING
    program.save()
    run = MatchingRun.objects.create(program=program, number=1, objective="most-matched")
    Proposal.objects.create(
        run=run,
        mentor=participants[0],
        mentee=participants[1],
        score=0.8,
        topic_fit=0.8,
        top_topics=[],
    )
    mentorship = mentorships_from_run(run=run, program=program)[0]
    if state != State.PROPOSED:
        Mentorship.objects.filter(pk=mentorship.pk).update(state=state)
        mentorship.refresh_from_db()
    if trained:
        complete_required_training(mentorship.mentor)
    return mentorship, users[0], users[1]
