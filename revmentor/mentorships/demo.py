"""A running demo program: a published matching with pairs in every state and meetings in all
three formats (fixed random seed). Goes through the same services as the pages."""

from __future__ import annotations

import datetime as dt
import random

from django.utils import timezone

from revmentor.accounts.models import Role, User
from revmentor.enrolment.demo import accept_demo_applicant
from revmentor.enrolment.models import Role as ParticipantRole
from revmentor.enrolment.services import Intake, TopicAnswer
from revmentor.matching.services import matching_publish, matching_run
from revmentor.mentorships import services
from revmentor.mentorships.models import Meeting, Mentorship, Note, State
from revmentor.people.models import Person
from revmentor.programs.models import Program
from revmentor.programs.services import (
    program_create_from_template,
    program_open_recruitment,
    program_start_matching,
    program_start_running,
    program_update_charter,
)
from revmentor.support.services import complete_required_training

RUNNING_PROGRAM_NAME = "Digital fluency 2026"
PASSWORD = "revmentor-demo"
YES = services.CheckAnswers(True, True, True, True, True)
NO = services.CheckAnswers(True, True, False, True, False, reason="expectations")


def _user(person: Person) -> User:
    user = (
        User.objects.filter(person=person).first()
        or User.objects.filter(email=person.email).first()
    )
    if user is None:
        user = User.objects.create_user(
            person.email, PASSWORD, full_name=person.name, role=Role.PARTICIPANT, person=person
        )
    elif not user.has_usable_password():
        # Demo pairs log in with the demo password, like the other demo accounts.
        user.set_password(PASSWORD)
        user.save(update_fields=["password"])
    return user


def _future(days: int, hour: int = 10) -> dt.datetime:
    return (timezone.localtime() + dt.timedelta(days=days)).replace(
        hour=hour, minute=0, second=0, microsecond=0
    )


def _into_past(meeting: Meeting, days_ago: int) -> None:
    """Demo history: meetings are always planned ahead, so move them back after planning."""
    shift = timezone.now() - dt.timedelta(days=days_ago) - meeting.starts_at
    Meeting.objects.filter(pk=meeting.pk).update(starts_at=meeting.starts_at + shift)
    Meeting.objects.filter(debrief_of=meeting).update(
        starts_at=meeting.starts_at + shift + dt.timedelta(minutes=meeting.duration_minutes + 30)
    )
    meeting.refresh_from_db()


def seed_running_program(*, manager: User | None, avoid: set[int]) -> Program | None:
    """An earlier cohort, now running. Skipped when it exists already."""
    if manager is None or Program.objects.filter(name=RUNNING_PROGRAM_NAME).exists():
        return None
    rng = random.Random(23)
    program = program_create_from_template(
        template_key="digital_fluency",
        name=RUNNING_PROGRAM_NAME,
        language="en",
        start_date=timezone.localdate() - dt.timedelta(days=120),
        created_by=manager,
    )
    program = program_update_charter(
        program=program,
        fields={
            "mentee_grade_min": 5,
            "mentor_grade_max": 4,
            "formats": ["conversation", "shadowing", "remote"],
            "end_date": timezone.localdate() + dt.timedelta(days=120),
        },
    )
    program = program_open_recruitment(program=program)
    topic_ids = list(program.topics.values_list("pk", flat=True))
    employees = (
        Person.objects.filter(is_external=False).exclude(pk__in=avoid).order_by("employee_id")
    )
    seniors = [p for p in employees if (p.grade or 0) >= 5][-12:]
    juniors = [p for p in employees if (p.grade or 0) <= 4][:12]
    for role, people in ((ParticipantRole.MENTEE, seniors), (ParticipantRole.MENTOR, juniors)):
        for person in people:
            topics = rng.sample(topic_ids, k=3)
            accept_demo_applicant(
                program=program,
                person=person,
                role=role,
                manager=manager,
                intake=Intake(
                    languages=["nl", "en"],
                    formats=["conversation", "shadowing", "remote"],
                    availability=["tue_morning"],
                    topics=[
                        TopicAnswer(
                            topic_id=t,
                            value=rng.randint(3, 5),
                            self_assessment=None if role == "mentor" else 2,
                        )
                        for t in topics
                    ],
                    capacity=1 if role == ParticipantRole.MENTOR else None,
                ),
            )
    program = program_start_matching(program=program)
    run = matching_run(program=program, by=manager)
    matching_publish(run=run, by=manager)
    program = program_start_running(program=program)
    pairs = list(
        Mentorship.objects.filter(program=program)
        .select_related("mentor__person", "mentee__person")
        .order_by("pk")
    )
    plans = [
        "proposed",
        "declined",
        "contracting",
        "dissolved",
        "active_conversation",
        "active_shadowing",
        "active_remote",
        "active_overdue",
        "paused",
        "ended",
        "completed",
    ]
    for mentorship, plan in zip(pairs, plans, strict=False):
        _play(mentorship, plan, _user(mentorship.mentor.person), _user(mentorship.mentee.person))
    _support(program, manager)
    return program


ARTICLES = (
    (
        "https://www.example.org/linkedin-for-leaders",
        "LinkedIn for leaders: five posts that work",
        "social_media",
        "en",
    ),
    (
        "https://www.example.org/ai-assistant-first-drafts",
        "Using an AI assistant for first drafts",
        "ai_tools",
        "en",
    ),
    (
        "https://www.example.org/teams-kanalen",
        "Teams-kanalen in plaats van mail",
        "online_collaboration",
        "nl",
    ),
    ("https://www.example.org/gen-z-klantreis", "Hoe Gen Z online koopt", "customer_journey", "nl"),
)


def _support(program: Program, manager: User) -> None:
    """Check-ins that fire attention rules, an article library with one article sent, and an
    unanswered proposal that has waited too long."""
    from revmentor.support import services as support

    for url, title, topic_key, language in ARTICLES:
        article = support.article_add(
            program=program,
            url=url,
            title=title,
            summary="",
            language=language,
            topic_ids=list(
                program.topics.filter(key__startswith=topic_key.split("_")[0]).values_list(
                    "pk", flat=True
                )
            ),
        )
    active = list(Mentorship.objects.filter(program=program, state=State.ACTIVE).order_by("pk"))
    if active:
        support.article_share(article=article, mentorship=active[0], by=manager)
    for index, mentorship in enumerate(active[:2]):
        mentor, mentee = _user(mentorship.mentor.person), _user(mentorship.mentee.person)
        held = [m for m in mentorship.meetings.order_by("starts_at") if m.held]
        for meeting in held:
            talking = "partner" if index == 0 else "balanced"
            support.check_in_after_meeting(
                meeting=meeting,
                user=mentor,
                answers=support.PulseAnswers(
                    openness=4,
                    trust=4,
                    value=4,
                    as_planned=True,
                    most_talking=talking,
                    covered_topic=True,
                ),
            )
            support.check_in_after_meeting(
                meeting=meeting,
                user=mentee,
                answers=support.PulseAnswers(
                    openness=4 if index == 0 else 2,
                    trust=4,
                    value=4,
                    as_planned=True,
                    most_talking="balanced",
                    covered_topic=True,
                ),
            )
    for index, members in enumerate(support.suggest_circles(program)):
        if 4 <= len(members) <= 8:
            circle = support.circle_create(
                program=program, name=f"Circle {index + 1}", members=members
            )
            support.circle_session_plan(
                circle=circle,
                starts_at=_future(10 + index, 16),
                place="Meeting room 2",
                guide_questions="Where did the senior take over, and how did you take the lead back?",
            )
    # The running program's kick-off took place when it started; most of the cohort came.
    from revmentor.support.models import KickOff, KickOffGuest

    kickoff = KickOff.objects.create(
        program=program,
        starts_at=timezone.now() - dt.timedelta(days=110),
        place="Auditorium, head office",
        agenda="Welcome by the sponsor\nWhat reverse mentoring is (and is not)\nMeet your partner",
    )
    KickOffGuest.objects.bulk_create(
        KickOffGuest(
            kickoff=kickoff,
            person_id=person_id,
            kind=KickOffGuest.Kind.COHORT,
            rsvp="yes",
            attended=index % 5 != 0,
        )
        for index, person_id in enumerate(
            program.participants.values_list("person_id", flat=True).distinct()
        )
    )
    hr = User.objects.filter(role=Role.HR_SUPPORT).order_by("pk").first()
    if hr is not None:
        for mentorship in active[:3]:
            support.support_case_open(program=program, hr_user=hr, mentee=mentorship.mentee)
    Mentorship.objects.filter(program=program, state=State.PROPOSED).update(
        created_at=timezone.now() - dt.timedelta(days=9)
    )
    support.attention_refresh(program=program)


def _activate(mentorship: Mentorship, mentor: User, mentee: User) -> Mentorship:
    complete_required_training(mentorship.mentor)
    services.mentorship_accept(mentorship=mentorship, user=mentee)
    contract = services.meeting_schedule(
        mentorship=mentorship,
        user=mentor,
        data=services.MeetingInput("conversation", _future(1, 9), 60, location="Coffee corner"),
    )
    _into_past(contract, 40)
    services.meeting_mark(meeting=contract, user=mentor, held=True)
    services.meeting_mark(meeting=contract, user=mentee, held=True)
    services.agreement_update(
        mentorship=mentorship,
        user=mentor,
        goals="Post on LinkedIn weekly; use an AI assistant for first drafts.",
        topics=list(mentorship.program.topics.all()[:3]),
        formats=["conversation", "shadowing", "remote"],
        where_and_how="Every three weeks on Tuesday morning, in the mentee's office or on video.",
    )
    services.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
    return services.contract_check_submit(mentorship=mentorship, user=mentee, answers=YES)


def _held(
    mentorship: Mentorship, mentor: User, mentee: User, data: services.MeetingInput, days_ago: int
) -> Meeting:
    meeting = services.meeting_schedule(mentorship=mentorship, user=mentor, data=data)
    _into_past(meeting, days_ago)
    for user in (mentor, mentee):
        services.meeting_mark(meeting=meeting, user=user, held=True)
    services.meeting_log_save(
        meeting=meeting,
        user=mentor,
        topics=list(mentorship.topics.all()[:1]),
        most_talking="balanced",
        reflection="Good energy; the try-out worked.",
    )
    return meeting


def _play(mentorship: Mentorship, plan: str, mentor: User, mentee: User) -> None:
    if plan == "proposed":
        return
    if plan == "declined":
        services.mentorship_decline(
            mentorship=mentorship, user=mentee, reason="We sit on the same project board."
        )
        return
    if plan == "contracting":
        services.mentorship_accept(mentorship=mentorship, user=mentee)
        services.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=services.MeetingInput("conversation", _future(5), 60, location="Meeting room 3"),
        )
        return
    if plan == "dissolved":
        services.mentorship_accept(mentorship=mentorship, user=mentee)
        services.contract_check_submit(mentorship=mentorship, user=mentor, answers=YES)
        services.contract_check_submit(mentorship=mentorship, user=mentee, answers=NO)
        return
    mentorship = _activate(mentorship, mentor, mentee)
    if plan == "active_conversation":
        _held(
            mentorship,
            mentor,
            mentee,
            services.MeetingInput("conversation", _future(2), 60, location="Mentee's office"),
            12,
        )
        services.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=services.MeetingInput("conversation", _future(16), 60, location="Mentee's office"),
        )
        services.note_add(
            mentorship=mentorship,
            user=mentor,
            body="Next time: show how we use Teams channels.",
            visibility=Note.Visibility.SHARED,
        )
        services.action_add(
            mentorship=mentorship,
            user=mentor,
            text="Write a first LinkedIn post and share the draft",
            owner="mentee",
            due_date=timezone.localdate() + dt.timedelta(days=10),
        )
    elif plan == "active_shadowing":
        _held(
            mentorship,
            mentor,
            mentee,
            services.MeetingInput(
                "shadowing",
                _future(3, 13),
                90,
                location="Boardroom",
                shadow_title="Management team meeting",
                shadow_context="Quarterly results",
            ),
            8,
        )
        services.meeting_schedule(
            mentorship=mentorship,
            user=mentee,
            data=services.MeetingInput(
                "shadowing",
                _future(20, 13),
                90,
                location="Boardroom",
                shadow_title="Customer panel",
            ),
        )
    elif plan == "active_remote":
        _held(
            mentorship,
            mentor,
            mentee,
            services.MeetingInput(
                "remote", _future(4), 45, video_link="https://meet.example.org/demo-pair"
            ),
            20,
        )
        services.meeting_schedule(
            mentorship=mentorship,
            user=mentor,
            data=services.MeetingInput(
                "remote", _future(6), 45, video_link="https://meet.example.org/demo-pair"
            ),
        )
    elif plan == "active_overdue":
        _held(mentorship, mentor, mentee, services.MeetingInput("conversation", _future(6), 60), 45)
    elif plan == "paused":
        services.mentorship_pause(
            mentorship=mentorship,
            user=mentee,
            category="leave",
            reason="Parental leave",
            resume_on=timezone.localdate() + dt.timedelta(days=30),
        )
    elif plan == "ended":
        services.mentorship_end(
            mentorship=mentorship,
            user=mentee,
            category="leaving",
            reason="Moved to another country",
            rematch=False,
        )
    elif plan == "completed":
        Mentorship.objects.filter(pk=mentorship.pk).update(
            end_date=timezone.localdate() - dt.timedelta(days=1)
        )
        services.mentorships_complete_due()


def seed_kickoff(*, program: Program) -> None:
    """A kick-off for the recruiting cohort, with an alumnus of the running program as speaker."""
    from revmentor.support import services as support
    from revmentor.support.models import KickOff

    if KickOff.objects.filter(program=program).exists():
        return
    kickoff = support.kickoff_plan(
        program=program,
        starts_at=_future(30, 15),
        place="Auditorium, head office",
        agenda="Welcome by the sponsor\nTwo alumni pairs on what changed for them\nMeet your cohort",
    )
    alumni = support.alumni_of(program)
    if alumni:
        support.kickoff_invite_alumnus(kickoff=kickoff, person_id=alumni[0].person_id)
        support.testimonial_add(
            program=program,
            person_id=alumni[0].person_id,
            consent=True,
            text="My mentor showed me how our customers really find us online. I post every week now.",
        )


def demo_pair_logins(program: Program | None = None) -> list[tuple[str, str]]:
    program = program or Program.objects.filter(name=RUNNING_PROGRAM_NAME).first()
    if program is None:
        return []
    pair = (
        Mentorship.objects.filter(
            program=program, state=State.ACTIVE, meetings__format="conversation"
        )
        .select_related("mentor__person", "mentee__person")
        .order_by("pk")
        .first()
    )
    if pair is None:
        return []
    return [
        ("Mentor (active pair)", pair.mentor.person.email),
        ("Mentee (active pair)", pair.mentee.person.email),
    ]
