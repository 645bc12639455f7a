"""Reads for enrolment: who may apply, one's own application, the review list, supply and demand."""

from __future__ import annotations

from dataclasses import dataclass

from django.db.models import Count, Prefetch, Q, QuerySet
from django.http import Http404
from django.utils.translation import gettext as _

from revmentor.accounts.models import User
from revmentor.enrolment.models import (
    Application,
    ApplicationStatus,
    ApplicationTopic,
    Participant,
    Recruitment,
    Role,
)
from revmentor.enrolment.scoring import ScoreParts, Weights, selection_score
from revmentor.people.models import Person
from revmentor.programs.models import Population, Program, Status

ACTIVE_STATUSES = (
    ApplicationStatus.UNCONFIRMED,
    ApplicationStatus.SUBMITTED,
    ApplicationStatus.WAITLISTED,
    ApplicationStatus.ACCEPTED,
)


@dataclass(frozen=True)
class Eligibility:
    allowed: bool
    reason: str = ""


def _population_allows(population: str, *, external: bool) -> bool:
    if population == Population.BOTH:
        return True
    return population == (Population.EXTERNAL if external else Population.INTERNAL)


def eligibility(*, program: Program, person: Person | None, role: str) -> Eligibility:
    """May this person apply for this role? If not, a reason they can act on."""
    if program.status != Status.RECRUITING:
        return Eligibility(False, _("This program is not open for applications."))
    if person is None:
        return Eligibility(
            False, _("Your account is not linked to an employee record; ask your program manager.")
        )
    population = program.mentor_population if role == Role.MENTOR else program.mentee_population
    if not _population_allows(population, external=person.is_external):
        if person.is_external:
            return Eligibility(False, _("This role is open to employees only."))
        return Eligibility(False, _("This role is open to external people only."))
    if not person.is_external:
        units = list(
            program.mentor_units.all() if role == Role.MENTOR else program.mentee_units.all()
        )
        path = person.org_unit.path if person.org_unit else ""
        if units and not any(path == u.path or path.startswith(u.path + "/") for u in units):
            return Eligibility(False, _("This role is open to other departments than yours."))
        low = program.mentor_grade_min if role == Role.MENTOR else program.mentee_grade_min
        high = program.mentor_grade_max if role == Role.MENTOR else program.mentee_grade_max
        if low is not None or high is not None:
            if person.grade is None:
                return Eligibility(
                    False, _("Your grade is not known, and this role is for certain grades only.")
                )
            if low is not None and person.grade < low:
                return Eligibility(
                    False, _("This role is for grade %(grade)s and up.") % {"grade": low}
                )
            if high is not None and person.grade > high:
                return Eligibility(
                    False, _("This role is for grade %(grade)s and below.") % {"grade": high}
                )
    existing = (
        Application.objects.filter(program=program, person=person, status__in=ACTIVE_STATUSES)
        .only("role")
        .first()
    )
    if existing is not None:
        return Eligibility(False, _("You have already applied to this program."))
    return Eligibility(True)


def application_for_user(*, user: User, pk: int) -> Application:
    """The user's own application; anyone else's is 404, whoever asks."""
    application = Application.objects.select_related("program", "person").filter(pk=pk).first()
    if application is None or user.person_id is None or application.person_id != user.person_id:
        raise Http404
    return application


def applications_of_user(*, user: User) -> QuerySet[Application]:
    if user.person_id is None:
        return Application.objects.none()
    return Application.objects.filter(person_id=user.person_id).select_related("program")


def weights_of(recruitment: Recruitment) -> Weights:
    return Weights(
        passion=recruitment.weight_passion,
        topics=recruitment.weight_topics,
        reach=recruitment.weight_reach,
    )


def score_of(application: Application, weights: Weights) -> ScoreParts:
    return selection_score(
        passion_rating=application.passion_rating,
        topic_levels=[answer.value for answer in application.topics.all()],
        followers=application.follower_count,
        typical_views=application.typical_views,
        posts=application.post_count,
        videos=application.video_count,
        weights=weights,
    )


REVIEW_ORDERS = {
    "newest": ("-created_at",),
    "oldest": ("created_at",),
    "name": ("name",),
    "passion": ("-passion_rating", "name"),
}


def review_list(
    *,
    program: Program,
    role: str = "",
    status: str = "",
    origin: str = "",
    query: str = "",
    order: str = "newest",
) -> QuerySet[Application]:
    applications = (
        Application.objects.filter(program=program)
        .select_related("person", "person__org_unit")
        .prefetch_related(
            Prefetch("topics", queryset=ApplicationTopic.objects.select_related("topic"))
        )
        .annotate(topic_count=Count("topics", distinct=True))
    )
    if role:
        applications = applications.filter(role=role)
    if status:
        applications = applications.filter(status=status)
    if origin == "external":
        applications = applications.filter(is_external=True)
    elif origin == "internal":
        applications = applications.filter(is_external=False)
    for word in query.split():
        applications = applications.filter(
            Q(name__icontains=word) | Q(email__icontains=word) | Q(institution__icontains=word)
        )
    return applications.order_by(*REVIEW_ORDERS.get(order, REVIEW_ORDERS["newest"]))


def status_counts(program: Program) -> dict[str, int]:
    rows = (
        Application.objects.filter(program=program).values("role", "status").annotate(n=Count("pk"))
    )
    counts: dict[str, int] = {}
    for row in rows:
        counts[f"{row['role']}:{row['status']}"] = row["n"]
    return counts


@dataclass(frozen=True)
class TopicBalance:
    topic: str
    demand: int  # accepted mentees who want this topic
    supply: int  # accepted mentors who offer it at level 3 or more

    @property
    def short(self) -> bool:
        return self.demand > self.supply


@dataclass(frozen=True)
class SupplyDemand:
    mentees: int
    mentor_capacity: int
    mentors: int
    topics: list[TopicBalance]
    counts_from: str  # which applications count: accepted, or accepted + submitted


def supply_demand(*, program: Program, include_pending: bool = False) -> SupplyDemand:
    """Mentees versus mentor capacity, and per topic who asks against who offers at level ≥ 3."""
    statuses = [ApplicationStatus.ACCEPTED]
    if include_pending:
        statuses += [ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED]
    pool = Application.objects.filter(program=program, status__in=statuses)
    mentees = pool.filter(role=Role.MENTEE).count()
    mentor_rows = pool.filter(role=Role.MENTOR).values_list("capacity", flat=True)
    mentor_capacity = sum(capacity or 1 for capacity in mentor_rows)
    answers = (
        ApplicationTopic.objects.filter(application__in=pool)
        .values("topic_id", "application__role")
        .annotate(
            anyone=Count("application", distinct=True),
            strong=Count("application", filter=Q(value__gte=3), distinct=True),
        )
    )
    demand: dict[int, int] = {}
    supply: dict[int, int] = {}
    for row in answers:
        if row["application__role"] == Role.MENTEE:
            demand[row["topic_id"]] = row["anyone"]
        else:
            supply[row["topic_id"]] = row["strong"]
    topics = [
        TopicBalance(
            topic=topic.name, demand=demand.get(topic.pk, 0), supply=supply.get(topic.pk, 0)
        )
        for topic in program.topics.all()
    ]
    return SupplyDemand(
        mentees=mentees,
        mentor_capacity=mentor_capacity,
        mentors=len(mentor_rows),
        topics=topics,
        counts_from="pending" if include_pending else "accepted",
    )


def program_participants(*, program: Program) -> QuerySet[Participant]:
    return Participant.objects.filter(program=program).select_related(
        "person", "person__org_unit", "application"
    )
