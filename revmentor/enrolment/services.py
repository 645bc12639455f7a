"""Writes for enrolment: apply, confirm, edit, withdraw, review, decide, invite, remind, purge."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from dataclasses import dataclass, field
from typing import Any

from django.contrib.auth.tokens import default_token_generator
from django.core import signing
from django.db import transaction
from django.db.models import F, Q
from django.urls import reverse
from django.utils import timezone
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import Role as UserRole
from revmentor.accounts.models import User
from revmentor.accounts.services import user_link_person
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.core.mail import TemplatedMail, absolute_url
from revmentor.core.uploads import check_upload_size
from revmentor.enrolment.models import (
    AVAILABILITY_SLOTS,
    Application,
    ApplicationStatus,
    ApplicationTopic,
    AvoidedPerson,
    Invitation,
    Participant,
    Recruitment,
    Role,
)
from revmentor.enrolment.selectors import eligibility
from revmentor.outbox.services import outbox_add
from revmentor.people.importing import ImportProblem, read_table
from revmentor.people.models import Person
from revmentor.programs.models import MeetingFormat, Population, Program, Status

CONFIRM_SALT = "revmentor.enrolment.confirm-email"
CONFIRM_MAX_AGE = dt.timedelta(days=7)
REMINDER_AFTER = dt.timedelta(days=7)
MAX_REMINDERS = 2
DEFAULT_RETENTION_DAYS = Recruitment._meta.get_field("retention_days").get_default()


class NotEligible(DomainError):
    code = "not_eligible"


class AgreementMissing(DomainError):
    code = "agreement_missing"
    default_message = _(
        "Accept the ground rules and consent to the processing of your data to apply."
    )


class InvalidIntake(DomainError):
    code = "invalid_intake"


class LinkClosed(DomainError):
    code = "link_closed"
    default_message = _("This application link is closed or does not exist.")


class ConfirmationInvalid(DomainError):
    code = "confirmation_invalid"
    default_message = _("This confirmation link is invalid or has expired.")


class ApplicationLocked(DomainError):
    code = "application_locked"
    default_message = _("This application can no longer be changed.")


class DuplicateApplication(DomainError):
    code = "duplicate_application"
    default_message = _("An application with this e-mail address already exists for this program.")


class InvitationRejected(DomainError):
    code = "invitation_rejected"
    default_message = _("Nobody was invited because the list has %(count)s problem(s).")

    def __init__(self, problems: list[ImportProblem]) -> None:
        self.problems = problems
        super().__init__(count=len(problems))


@dataclass(frozen=True)
class TopicAnswer:
    topic_id: int
    value: int
    text: str = ""
    self_assessment: int | None = None


@dataclass(frozen=True)
class Intake:
    """Everything an applicant tells us, for either role."""

    languages: Sequence[str]
    formats: Sequence[str]
    availability: Sequence[str]
    topics: Sequence[TopicAnswer]
    motivation: str = ""
    capacity: int | None = None
    blog_url: str = ""
    video_channel_url: str = ""
    social_profile_url: str = ""
    post_count: int | None = None
    video_count: int | None = None
    follower_count: int | None = None
    typical_views: int | None = None
    why_it_matters: str = ""
    avoided_person_ids: Sequence[int] = field(default_factory=tuple)


def recruitment_for_program(program: Program) -> Recruitment:
    recruitment, _created = Recruitment.objects.get_or_create(program=program)
    return recruitment


@transaction.atomic
def recruitment_update(
    *, recruitment: Recruitment, by: User | None = None, **fields: object
) -> Recruitment:
    for name, value in fields.items():
        setattr(recruitment, name, value)
    recruitment.full_clean()
    recruitment.save()
    audit_record(
        action=Action.RECRUITMENT_CHANGED,
        actor=by,
        obj=recruitment,
        program_id=recruitment.program_id,
        detail={"fields": sorted(fields)},
    )
    return recruitment


def _check_intake(program: Program, role: str, intake: Intake) -> None:
    """The service's own guard; forms show the same rules next to the fields."""
    problems: list[str] = []
    if not intake.languages:
        problems.append(str(_("Choose at least one language.")))
    allowed_formats = set(program.formats) or set(MeetingFormat.values)
    if not intake.formats or not set(intake.formats) <= allowed_formats:
        problems.append(str(_("Choose at least one of the program's meeting formats.")))
    if not set(intake.availability) <= set(AVAILABILITY_SLOTS):
        problems.append(str(_("Unknown availability slot.")))
    if not intake.topics:
        problems.append(str(_("Choose at least one topic.")))
    topic_ids = set(program.topics.values_list("pk", flat=True))
    for answer in intake.topics:
        if answer.topic_id not in topic_ids:
            problems.append(str(_("A topic is not in this program's catalogue.")))
        if not 1 <= answer.value <= 5:
            problems.append(str(_("Levels and priorities go from 1 to 5.")))
        if answer.self_assessment is not None and not 1 <= answer.self_assessment <= 5:
            problems.append(str(_("Self-assessments go from 1 to 5.")))
    if role == Role.MENTOR and not (intake.capacity and 1 <= intake.capacity <= 3):
        problems.append(str(_("A mentor takes 1, 2 or 3 mentees.")))
    for url in (intake.blog_url, intake.video_channel_url, intake.social_profile_url):
        if url and not url.lower().startswith(("http://", "https://")):
            problems.append(str(_("Enter a web address starting with http:// or https://.")))
    for count in (
        intake.post_count,
        intake.video_count,
        intake.follower_count,
        intake.typical_views,
    ):
        if count is not None and count < 0:
            problems.append(str(_("Counts cannot be negative.")))
    if problems:
        raise InvalidIntake(" ".join(dict.fromkeys(problems)))


def _write_intake(application: Application, intake: Intake) -> None:
    application.languages = list(dict.fromkeys(intake.languages))
    application.formats = list(dict.fromkeys(intake.formats))
    application.availability = [
        slot for slot in AVAILABILITY_SLOTS if slot in set(intake.availability)
    ]
    if application.role == Role.MENTOR:
        application.motivation = intake.motivation
        application.capacity = intake.capacity
        application.blog_url = intake.blog_url
        application.video_channel_url = intake.video_channel_url
        application.social_profile_url = intake.social_profile_url
        application.post_count = intake.post_count
        application.video_count = intake.video_count
        application.follower_count = intake.follower_count
        application.typical_views = intake.typical_views
    else:
        application.why_it_matters = intake.why_it_matters
    application.full_clean()
    application.save()
    application.topics.all().delete()
    ApplicationTopic.objects.bulk_create(
        ApplicationTopic(
            application=application,
            topic_id=answer.topic_id,
            value=answer.value,
            text=answer.text[:500],
            self_assessment=answer.self_assessment if application.role == Role.MENTEE else None,
        )
        for answer in intake.topics
    )
    if application.role == Role.MENTEE:
        application.avoided.all().delete()
        AvoidedPerson.objects.bulk_create(
            AvoidedPerson(application=application, person_id=person_id)
            for person_id in dict.fromkeys(intake.avoided_person_ids)
            if person_id != application.person_id
        )


@transaction.atomic
def application_submit(
    *,
    program: Program,
    user: User,
    role: str,
    intake: Intake,
    accepted_ground_rules: bool,
    consented: bool,
) -> Application:
    """An employee applies as themselves."""
    person = user.person
    if person is not None:
        # A form sent twice at once: the second waits here, then finds the first application.
        Person.objects.select_for_update().only("pk").get(pk=person.pk)
    verdict = eligibility(program=program, person=person, role=role)
    if not verdict.allowed:
        raise NotEligible(verdict.reason)
    assert person is not None
    if not (accepted_ground_rules and consented):
        raise AgreementMissing()
    _check_intake(program, role, intake)
    now = timezone.now()
    application = Application(
        program=program,
        role=role,
        status=ApplicationStatus.SUBMITTED,
        person=person,
        name=person.name,
        email=person.email,
        language=user.language,
        ground_rules_accepted_at=now,
        consent_given_at=now,
        charter_version=program.charter_version,
    )
    _write_intake(application, intake)
    audit_record(
        action=Action.APPLICATION_SUBMITTED,
        actor=user,
        obj=application,
        program_id=program.pk,
        detail={"role": role},
    )
    return application


def external_program(token: str) -> tuple[Program, Recruitment]:
    """The program behind an external link, if the link is open and the program recruits."""
    recruitment = Recruitment.objects.select_related("program").filter(external_token=token).first()
    if (
        recruitment is None
        or not recruitment.external_link_open
        or recruitment.program.status != Status.RECRUITING
        or recruitment.program.mentor_population not in {Population.EXTERNAL, Population.BOTH}
    ):
        raise LinkClosed()
    return recruitment.program, recruitment


@transaction.atomic
def application_submit_external(
    *,
    token: str,
    name: str,
    email: str,
    institution: str,
    language: str,
    intake: Intake,
    accepted_ground_rules: bool,
    consented: bool,
) -> Application:
    """A student applies as mentor through the program's link, without an account."""
    program, _recruitment = external_program(token)
    if not (accepted_ground_rules and consented):
        raise AgreementMissing()
    _check_intake(program, Role.MENTOR, intake)
    email = email.strip().lower()
    if Application.objects.filter(program=program, email=email, is_external=True).exists():
        raise DuplicateApplication()
    now = timezone.now()
    application = Application(
        program=program,
        role=Role.MENTOR,
        status=ApplicationStatus.UNCONFIRMED,
        is_external=True,
        name=name.strip(),
        email=email,
        institution=institution.strip(),
        language=language,
        ground_rules_accepted_at=now,
        consent_given_at=now,
        charter_version=program.charter_version,
    )
    _write_intake(application, intake)
    queue_confirmation(application)
    return application


# Application e-mails go to people who may have no account yet, so they have no in-app
# notification; like notifications they go through the outbox: the request only writes a row
# (ids, never a link with a token: those are made when the e-mail is written), a worker sends it
# once, and a failure is retried and recorded there.
CONFIRMATION_MAIL = "enrolment.confirmation"
DECISION_MAIL = "enrolment.decision"
INVITATION_MAIL = "enrolment.invitation"


def queue_confirmation(application: Application) -> None:
    outbox_add(kind=CONFIRMATION_MAIL, to=application.email, args={"application": application.pk})


def confirmation_token(application: Application) -> str:
    return signing.dumps({"a": application.pk, "e": application.email}, salt=CONFIRM_SALT)


def write_confirmation(args: dict[str, Any]) -> TemplatedMail | None:
    application = (
        Application.objects.select_related("program").filter(pk=args["application"]).first()
    )
    if application is None:
        return None  # purged before the worker got to it
    link = absolute_url(
        reverse("enrolment:confirm_email", kwargs={"token": confirmation_token(application)})
    )
    return TemplatedMail(
        template="enrolment/email/confirm",
        context={"application": application, "link": link, "program": application.program},
        language=application.language,
    )


@transaction.atomic
def application_confirm_email(*, token: str) -> Application:
    """One-time: the first use confirms; later uses change nothing."""
    try:
        data = signing.loads(token, salt=CONFIRM_SALT, max_age=CONFIRM_MAX_AGE)
    except signing.BadSignature:
        raise ConfirmationInvalid() from None
    application = (
        Application.objects.select_for_update()
        .filter(pk=data.get("a"), email=data.get("e"))
        .first()
    )
    if application is None:
        raise ConfirmationInvalid()
    if application.status == ApplicationStatus.UNCONFIRMED:
        application.status = ApplicationStatus.SUBMITTED
        application.email_confirmed_at = timezone.now()
        application.save(update_fields=["status", "email_confirmed_at", "updated_at"])
    return application


@transaction.atomic
def application_update(*, application: Application, intake: Intake) -> Application:
    application = (
        Application.objects.select_for_update().select_related("program").get(pk=application.pk)
    )
    if not application.is_open_for_changes or application.program.status != Status.RECRUITING:
        raise ApplicationLocked()
    _check_intake(application.program, application.role, intake)
    _write_intake(application, intake)
    return application


@transaction.atomic
def application_withdraw(*, application: Application) -> Application:
    application = Application.objects.select_for_update().get(pk=application.pk)
    if application.status == ApplicationStatus.WITHDRAWN:
        return application
    application.status = ApplicationStatus.WITHDRAWN
    application.withdrawn_at = timezone.now()
    application.save(update_fields=["status", "withdrawn_at", "updated_at"])
    audit_record(
        action=Action.APPLICATION_WITHDRAWN,
        actor=None,
        obj=application,
        program_id=application.program_id,
    )
    # Withdrawing after acceptance takes the person out of the matching pool as well.
    Participant.objects.filter(application=application).delete()
    return application


@transaction.atomic
def application_review(
    *, application: Application, passion: int | None, fit: int | None, note: str, reviewer: User
) -> Application:
    application.passion_rating = passion
    application.fit_rating = fit
    application.review_note = note
    application.reviewed_by = reviewer
    application.reviewed_at = timezone.now()
    # Only the review is checked and written: a rating must not fail on the applicant's own
    # fields (an application kept from before a field became required has them blank).
    reviewed = ["passion_rating", "fit_rating", "review_note", "reviewed_by", "reviewed_at"]
    application.full_clean(
        exclude=[f.name for f in Application._meta.fields if f.name not in reviewed]
    )
    application.save(update_fields=[*reviewed, "updated_at"])
    return application


DECISIONS: dict[str, str] = {
    ApplicationStatus.ACCEPTED: "accepted",
    ApplicationStatus.WAITLISTED: "waitlisted",
    ApplicationStatus.REJECTED: "rejected",
}


class InvalidDecision(DomainError):
    code = "invalid_decision"
    default_message = _("This application cannot be decided on now.")


class AlreadyDecided(InvalidDecision):
    code = "already_decided"
    default_message = _("This application has already been decided.")


class ReasonRequired(DomainError):
    code = "reason_required"
    default_message = _("Give a reason for the decision; the applicant reads it.")


@transaction.atomic
def application_decide(
    *, application: Application, decision: str, reason: str, by: User, notify: bool = True
) -> Application:
    """Accept, wait-list or reject, with a reason the applicant reads in their own language.

    `notify=False` is for loading demo data only: every real decision is e-mailed."""
    application = (
        Application.objects.select_for_update().select_related("program").get(pk=application.pk)
    )
    if decision not in DECISIONS:
        raise InvalidDecision()
    # Read under the lock: of two decisions sent at once, the second finds the first one's.
    if application.status in {ApplicationStatus.ACCEPTED, ApplicationStatus.REJECTED}:
        raise AlreadyDecided()
    if application.status not in {ApplicationStatus.SUBMITTED, ApplicationStatus.WAITLISTED}:
        raise InvalidDecision()
    if not reason.strip():
        raise ReasonRequired()
    application.status = decision
    application.decision_reason = reason.strip()
    application.decided_at = timezone.now()
    application.save(update_fields=["status", "decision_reason", "decided_at", "updated_at"])
    audit_record(
        action=Action.APPLICATION_DECIDED,
        actor=by,
        obj=application,
        program_id=application.program_id,
        detail={"decision": decision},
    )
    if decision == ApplicationStatus.ACCEPTED:
        _participant_account(application)
        person = application.person
        assert person is not None  # _participant_account always sets it
        Participant.objects.create(
            program=application.program,
            person=person,
            role=application.role,
            application=application,
        )
    if not notify:
        return application
    # An accepted applicant's account may get a set-password link: it goes to the account's own
    # address, whatever the application says.
    account = User.objects.filter(person=application.person).first() if application.person else None
    outbox_add(
        kind=DECISION_MAIL,
        to=account.email if account is not None else application.email,
        args={"application": application.pk},
    )
    return application


def write_decision(args: dict[str, Any]) -> TemplatedMail | None:
    """The decision e-mail, in the applicant's language; an accepted applicant without a password
    gets a link to set one (made now, so it is fresh when it arrives)."""
    application = (
        Application.objects.select_related("program", "person")
        .filter(pk=args["application"])
        .first()
    )
    if application is None:
        return None
    set_password_link = ""
    user = User.objects.filter(person=application.person).first() if application.person else None
    if (
        application.status == ApplicationStatus.ACCEPTED
        and user is not None
        and not user.has_usable_password()
    ):
        set_password_link = _set_password_link(user)
    return TemplatedMail(
        template=f"enrolment/email/{DECISIONS[application.status]}",
        context={
            "application": application,
            "program": application.program,
            "reason": application.decision_reason,
            "set_password_link": set_password_link,
            "link": absolute_url(reverse("core:home")),
        },
        language=application.language,
    )


def _set_password_link(user: User) -> str:
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    return absolute_url(
        reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    )


def _participant_account(application: Application) -> tuple[User, bool]:
    """External applicants get a person record and an account only now, when accepted."""
    if application.person is None:
        person = Person.objects.filter(email=application.email).first()
        if person is None:
            person = Person(
                employee_id=f"EXT-{application.pk}",
                name=application.name,
                email=application.email,
                is_external=True,
                institution=application.institution,
                languages=application.languages,
            )
            person.full_clean()
            person.save()
        application.person = person
        application.save(update_fields=["person", "updated_at"])
    person = application.person
    user = _account_of(person)
    if user is not None:
        return user, False
    if User.objects.filter(email=person.email.lower()).exists():
        raise InvalidDecision(
            _(
                "Another account already uses the e-mail address %(email)s; it cannot become "
                "this applicant's account."
            ),
            email=person.email,
        )
    user = User.objects.create_user(
        person.email,
        None,
        full_name=person.name,
        role=UserRole.PARTICIPANT,
        language=application.language,
        person=person,
    )
    return user, True


@transaction.atomic
def invitations_upload(
    *, program: Program, file_name: str, content: bytes, by: User | None
) -> list[Invitation]:
    """Invite everyone in a list of e-mail addresses or employee ids — or nobody, on any problem.
    Raises UploadTooLarge before reading a file over `UPLOAD_MAX_MB`; the list is read with the
    table reader's row and column caps."""
    check_upload_size(file_name=file_name, size=len(content))
    header, rows, problems = read_table(file_name, content)
    # A list may come with or without a header line; a first cell that names no one is a header.
    lines = [header, *rows] if header else []
    people_by_email = {
        p.email.lower(): p for p in Person.objects.only("pk", "email", "employee_id", "name")
    }
    people_by_id = {p.employee_id: p for p in people_by_email.values()}
    found: list[Person] = []
    seen: dict[int, int] = {}
    for index, cells in enumerate(lines, start=1):
        value = next((cell.strip() for cell in cells if cell.strip()), "")
        if not value:
            continue
        if index == 1 and value.lower() in {"email", "e-mail", "employee_id", "personeelsnummer"}:
            continue
        person = people_by_email.get(value.lower()) or people_by_id.get(value)
        if person is None:
            problems.append(
                ImportProblem(
                    row=index,
                    column="",
                    message=str(
                        _(
                            "“%(value)s” is not an e-mail address or employee id in the organisation."
                        )
                        % {"value": value}
                    ),
                )
            )
        elif person.pk in seen:
            problems.append(
                ImportProblem(
                    row=index,
                    column="",
                    message=str(
                        _("%(name)s is already on row %(other)s.")
                        % {"name": person.name, "other": seen[person.pk]}
                    ),
                )
            )
        else:
            seen[person.pk] = index
            found.append(person)
    for person in _without_an_account_of_their_own(found):
        problems.append(
            ImportProblem(
                row=seen[person.pk],
                column="",
                message=str(
                    _(
                        "%(name)s has no account, and their e-mail address %(email)s belongs "
                        "to someone else's account; correct the address in the organisation first."
                    )
                    % {"name": person.name, "email": person.email}
                ),
            )
        )
    if not found and not problems:
        problems.append(ImportProblem(row=0, column="", message=str(_("The list is empty."))))
    if problems:
        raise InvitationRejected(problems)
    already = set(Invitation.objects.filter(program=program).values_list("person_id", flat=True))
    invitations = Invitation.objects.bulk_create(
        Invitation(program=program, person=person, invited_by=by)
        for person in found
        if person.pk not in already
    )
    people = {person.pk: person for person in found}
    for invitation in invitations:
        person = people[invitation.person_id]
        queue_invitation(program, person, reminder=False)
    audit_record(
        action=Action.INVITATIONS_SENT,
        actor=by,
        obj=program,
        program_id=program.pk,
        detail={"invited": len(invitations)},
    )
    return invitations


def _account_of(person: Person) -> User | None:
    """The person's account, or a participant account with their e-mail that has no person yet.

    Only a participant account is linked by e-mail, and through the audited service: a staff
    account matched this way would let whoever edits people's e-mail addresses (an import)
    become someone in a pair.
    """
    user = User.objects.filter(person=person).first()
    if user is not None:
        return user
    user = User.objects.filter(
        email=person.email.lower(), person__isnull=True, role=UserRole.PARTICIPANT
    ).first()
    if user is None:
        return None
    return user_link_person(user=user, person=person, by=None)


def _without_an_account_of_their_own(people: list[Person]) -> list[Person]:
    """People whose invitation would have to use an account that is not (and cannot become) theirs."""
    ids = [person.pk for person in people]
    has_account = set(User.objects.filter(person_id__in=ids).values_list("person_id", flat=True))
    emails = {person.email.lower() for person in people if person.pk not in has_account}
    taken = set(
        User.objects.filter(email__in=emails)
        .exclude(role=UserRole.PARTICIPANT, person__isnull=True)
        .values_list("email", flat=True)
    )
    return [
        person
        for person in people
        if person.pk not in has_account and person.email.lower() in taken
    ]


def _invitee_user(person: Person) -> User:
    user = _account_of(person)
    if user is None:
        user = User.objects.create_user(
            person.email, None, full_name=person.name, role=UserRole.PARTICIPANT, person=person
        )
    return user


def _invitee_account(person: Person) -> tuple[User, str]:
    user = _invitee_user(person)
    return user, "" if user.has_usable_password() else _set_password_link(user)


def queue_invitation(program: Program, person: Person, *, reminder: bool) -> None:
    # The account's own address: a set-password link must reach the account's owner, even when
    # an import has since changed the address on the person's record.
    outbox_add(
        kind=INVITATION_MAIL,
        to=_invitee_user(person).email,
        args={"program": program.pk, "person": person.pk, "reminder": reminder},
    )


def write_invitation(args: dict[str, Any]) -> TemplatedMail | None:
    program = Program.objects.filter(pk=args["program"]).first()
    person = Person.objects.filter(pk=args["person"]).first()
    if program is None or person is None:
        return None
    reminder = bool(args["reminder"])
    user, set_password_link = _invitee_account(person)
    return TemplatedMail(
        template="enrolment/email/invitation",
        context={
            "program": program,
            "person": person,
            "reminder": reminder,
            "link": absolute_url(reverse("enrolment:program", kwargs={"pk": program.pk})),
            "set_password_link": set_password_link,
        },
        language=user.language,
    )


def send_reminders(*, now: dt.datetime | None = None, program: Program | None = None) -> int:
    """Remind invitees who have not applied and external applicants who have not confirmed
    (in every recruiting program, or in one)."""
    now = now or timezone.now()
    sent = 0
    recruiting = Program.objects.filter(status=Status.RECRUITING)
    if program is not None:
        recruiting = recruiting.filter(pk=program.pk)
    invitations = (
        Invitation.objects.filter(program__in=recruiting, reminder_count__lt=MAX_REMINDERS)
        .exclude(person__applications__program_id=F("program_id"))
        .select_related("program", "person")
    )
    for invitation in invitations:
        last = invitation.reminded_at or invitation.invited_at
        if now - last < REMINDER_AFTER:
            continue
        with transaction.atomic():  # the reminder is queued and counted together, or neither
            queue_invitation(invitation.program, invitation.person, reminder=True)
            Invitation.objects.filter(pk=invitation.pk).update(
                reminded_at=now, reminder_count=invitation.reminder_count + 1
            )
        sent += 1
    unconfirmed = Application.objects.filter(
        program__in=recruiting,
        status=ApplicationStatus.UNCONFIRMED,
        created_at__lte=now - REMINDER_AFTER,
        created_at__gt=now - 2 * REMINDER_AFTER,
    ).select_related("program")
    for application in unconfirmed:
        queue_confirmation(application)
        sent += 1
    return sent


def purge_expired_applications(*, now: dt.datetime | None = None) -> int:
    """Remove withdrawn and rejected applications once their program's retention has passed,
    and unconfirmed ones whose confirmation link can no longer be used."""
    now = now or timezone.now()
    removed = 0
    retention = dict(Recruitment.objects.values_list("program_id", "retention_days"))
    program_ids = (
        Application.objects.filter(
            status__in=[ApplicationStatus.WITHDRAWN, ApplicationStatus.REJECTED]
        )
        .values_list("program_id", flat=True)
        .distinct()
    )
    for program_id in program_ids:
        days = retention.get(program_id, DEFAULT_RETENTION_DAYS)
        cutoff = now - dt.timedelta(days=days)
        stale = Application.objects.filter(program_id=program_id).filter(
            Q(status=ApplicationStatus.WITHDRAWN, withdrawn_at__lte=cutoff)
            | Q(status=ApplicationStatus.REJECTED, decided_at__lte=cutoff)
        )
        removed += stale.delete()[1].get("enrolment.Application", 0)
    unconfirmed = Application.objects.filter(
        status=ApplicationStatus.UNCONFIRMED,
        created_at__lte=now - 2 * REMINDER_AFTER - CONFIRM_MAX_AGE,
    )
    removed += unconfirmed.delete()[1].get("enrolment.Application", 0)
    return removed
