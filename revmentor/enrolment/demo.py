"""A realistic pool of applications for the demo program, in every state (fixed random seed)."""

from __future__ import annotations

import random

from django.utils import timezone

from revmentor.accounts.models import User
from revmentor.enrolment.models import Application, ApplicationStatus, Role
from revmentor.enrolment.services import (
    Intake,
    TopicAnswer,
    application_decide,
    application_review,
    application_withdraw,
    recruitment_for_program,
)
from revmentor.enrolment.services import _write_intake as write_intake
from revmentor.people.models import Person
from revmentor.programs.models import Program

STUDENTS = (
    ("Noa Bakker", "Hogeschool Utrecht", 12_000, 40_000, 220, 85),
    ("Yara El Idrissi", "Universiteit van Amsterdam", 85_000, 120_000, 410, 160),
    ("Finn de Jong", "TU Eindhoven", 900, 1_500, 35, 12),
    ("Lina Chen", "Erasmus Universiteit", 2_300_000, 5_000_000, 60, 240),
    ("Mees Willems", "Hogeschool Rotterdam", 0, 0, 0, 0),
    ("Zoë Maas", "Fontys", 4_500, 9_000, 150, 30),
    ("Daniel Osei", "Hanzehogeschool", 30_000, 50_000, 95, 110),
    ("Sara Hendriks", "Universiteit Leiden", 700, 2_000, 310, 4),
)
MENTEE_STATES: list[ApplicationStatus] = (
    [ApplicationStatus.ACCEPTED] * 20
    + [ApplicationStatus.SUBMITTED] * 10
    + [ApplicationStatus.WAITLISTED] * 4
    + [ApplicationStatus.REJECTED] * 3
    + [ApplicationStatus.WITHDRAWN] * 3
)
MENTOR_STATES: list[ApplicationStatus] = (
    [ApplicationStatus.ACCEPTED] * 11
    + [ApplicationStatus.SUBMITTED] * 6
    + [ApplicationStatus.REJECTED] * 3
    + [ApplicationStatus.WITHDRAWN] * 2
)
STUDENT_STATES: tuple[ApplicationStatus, ...] = (
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.UNCONFIRMED,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.ACCEPTED,
    ApplicationStatus.SUBMITTED,
)
REASONS: dict[str, str] = {
    ApplicationStatus.ACCEPTED: "Welcome: your goals fit this program well.",
    ApplicationStatus.WAITLISTED: "We have more mentees than mentors for your topics right now.",
    ApplicationStatus.REJECTED: "This round is full; we hope to see you in the next one.",
}


def _answers(rng: random.Random, topic_ids: list[int], mentor: bool) -> list[TopicAnswer]:
    # A few topics are far more popular, as in real catalogues (social media, AI tools).
    weights = [1 / (rank + 1) for rank in range(len(topic_ids))]
    chosen: list[int] = []
    while len(chosen) < rng.randint(2, 4):
        pick = rng.choices(topic_ids, weights=weights)[0]
        if pick not in chosen:
            chosen.append(pick)
    return [
        TopicAnswer(
            topic_id=topic_id,
            value=rng.randint(3, 5) if mentor else rng.randint(2, 5),
            text="Used it daily in my last two jobs"
            if mentor
            else "Use it confidently with my team",
            self_assessment=None if mentor else rng.randint(1, 3),
        )
        for topic_id in chosen
    ]


def _intake(
    rng: random.Random,
    program: Program,
    topic_ids: list[int],
    mentor: bool,
    counts: tuple[int, ...] = (),
) -> Intake:
    followers, views, posts, videos = counts or (None, None, None, None)
    return Intake(
        languages=["nl", "en"] if rng.random() < 0.8 else ["en"],
        formats=rng.sample(program.formats, k=rng.randint(1, len(program.formats))),
        availability=rng.sample(
            ["mon_morning", "tue_afternoon", "wed_morning", "thu_afternoon", "fri_morning"], k=2
        ),
        topics=_answers(rng, topic_ids, mentor),
        motivation="I enjoy showing colleagues what is possible online." if mentor else "",
        capacity=rng.choice([1, 1, 2, 2, 3]) if mentor else None,
        follower_count=followers,
        typical_views=views,
        post_count=posts,
        video_count=videos,
        why_it_matters=""
        if mentor
        else "My team and our customers are increasingly online; I need to keep up.",
    )


def seed_applications(*, program: Program, manager: User | None, keep_free: Person | None) -> int:
    """Fill the program with applications in every state; skipped when it already has any."""
    if Application.objects.filter(program=program).exists() or manager is None:
        return 0
    rng = random.Random(11)
    recruitment_for_program(program)
    topic_ids = list(program.topics.values_list("pk", flat=True))
    now = timezone.now()
    # The demo participant login stays free to apply by hand.
    employees = Person.objects.filter(is_external=False).exclude(
        pk__in=[keep_free.pk] if keep_free else []
    )
    seniors = list(
        employees.filter(grade__gte=program.mentee_grade_min or 0).order_by("employee_id")
    )
    juniors = list(
        employees.filter(grade__lte=program.mentor_grade_max or 99).order_by("employee_id")
    )
    rng.shuffle(seniors)
    rng.shuffle(juniors)
    created: list[tuple[Application, str]] = []
    for person, state in zip(seniors, MENTEE_STATES, strict=False):
        application = Application(
            program=program,
            role=Role.MENTEE,
            person=person,
            name=person.name,
            email=person.email,
            ground_rules_accepted_at=now,
            consent_given_at=now,
            charter_version=program.charter_version,
        )
        write_intake(application, _intake(rng, program, topic_ids, mentor=False))
        created.append((application, state))
    for person, state in zip(juniors, MENTOR_STATES, strict=False):
        application = Application(
            program=program,
            role=Role.MENTOR,
            person=person,
            name=person.name,
            email=person.email,
            ground_rules_accepted_at=now,
            consent_given_at=now,
            charter_version=program.charter_version,
        )
        write_intake(application, _intake(rng, program, topic_ids, mentor=True))
        created.append((application, state))
    for (name, institution, followers, views, posts, videos), state in zip(
        STUDENTS, STUDENT_STATES, strict=True
    ):
        email = name.lower().replace(" ", ".").replace("ë", "e") + "@student.example.org"
        application = Application(
            program=program,
            role=Role.MENTOR,
            is_external=True,
            name=name,
            email=email,
            institution=institution,
            status=ApplicationStatus.UNCONFIRMED
            if state == ApplicationStatus.UNCONFIRMED
            else ApplicationStatus.SUBMITTED,
            email_confirmed_at=None if state == ApplicationStatus.UNCONFIRMED else now,
            ground_rules_accepted_at=now,
            consent_given_at=now,
            charter_version=program.charter_version,
            blog_url=f"https://blog.example.org/{email.split('@')[0]}",
            video_channel_url="https://video.example.org/@" + email.split("@")[0],
        )
        write_intake(
            application,
            _intake(rng, program, topic_ids, mentor=True, counts=(followers, views, posts, videos)),
        )
        created.append((application, state))
    # Decisions go through the same services as the pages, without sending the demo's e-mails.
    for application, outcome in created:
        if outcome not in {ApplicationStatus.SUBMITTED, ApplicationStatus.UNCONFIRMED}:
            application_review(
                application=application,
                passion=rng.randint(2, 5),
                fit=rng.randint(2, 5),
                note="Clear goals." if application.role == Role.MENTEE else "Enthusiastic.",
                reviewer=manager,
            )
        if outcome in REASONS:
            application_decide(
                application=application,
                decision=outcome,
                reason=REASONS[outcome],
                by=manager,
                notify=False,
            )
        elif outcome == ApplicationStatus.WITHDRAWN:
            application_withdraw(application=application)
    return len(created)


def accept_demo_applicant(
    *, program: Program, person: Person, role: str, intake: Intake, manager: User
) -> Application:
    """An employee's application with its intake, accepted without e-mail: for demo programs
    that start past recruitment. Goes through the same intake and decision services."""
    now = timezone.now()
    application = Application(
        program=program,
        role=role,
        person=person,
        name=person.name,
        email=person.email,
        status=ApplicationStatus.SUBMITTED,
        ground_rules_accepted_at=now,
        consent_given_at=now,
    )
    write_intake(application, intake)
    application_decide(
        application=application, decision="accepted", reason="Welcome", by=manager, notify=False
    )
    return application
