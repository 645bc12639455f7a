"""Writes for privacy: erasing a person (GDPR/AVG art. 17) without touching anyone else's content.

Erasure pseudonymises rather than deletes the person's record, so that what belongs to others —
the partner's notes, HR's notes, the organisation's reporting lines, counts in reports — stays
intact; what the person wrote or answered themselves is removed, their account is closed, and
an open mentorship ends with a notice to the partner. Deleting a person outright is refused by
the database (PROTECT), because a delete would cascade into other people's content.
"""

from __future__ import annotations

import json
import uuid
from dataclasses import dataclass

from django.contrib.sessions.models import Session
from django.db import transaction
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import User
from revmentor.audit.models import Action, AuditEntry
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.enrolment.models import Application, AvoidedPerson, Participant
from revmentor.mentorships.models import ContractCheck, MeetingLog, Mentorship, Note, Side
from revmentor.mentorships.services import mentorship_close_for_departure
from revmentor.notifications.models import Notification
from revmentor.people.models import Person
from revmentor.support.models import CircleNote, Testimonial

ERASED_NAME = "—"


class NobodyToErase(DomainError):
    code = "nobody_to_erase"
    default_message = _("Nobody in revmentor has the e-mail address %(email)s.")


@dataclass(frozen=True)
class Erasure:
    person_id: int | None
    mentorships_closed: int
    notes_removed: int


def _pseudonym(pk: int) -> str:
    return f"erased-{pk}-{uuid.uuid4().hex[:8]}"


def person_and_account_for(email: str) -> tuple[Person | None, User | None]:
    email = email.strip().lower()
    user = User.objects.filter(email__iexact=email).first()
    person = Person.objects.filter(email__iexact=email).first()
    if person is None and user is not None and user.person_id:
        person = user.person
    if user is None and person is not None:
        user = User.objects.filter(person=person).first()
    if (
        person is None
        and user is None
        and not Application.objects.filter(email__iexact=email).exists()
    ):
        raise NobodyToErase(email=email)
    return person, user


def _scrub_name_from_notifications(name: str, users: list[User]) -> None:
    # Partners' notifications carry the person's name in their context ("Meeting with …").
    if not name:
        return
    for notification in Notification.objects.filter(user__in=users):
        text = json.dumps(notification.context)
        if name in text:
            notification.context = json.loads(text.replace(name, ERASED_NAME))
            notification.save(update_fields=["context"])


@transaction.atomic
def person_erase(*, email: str, by: User | None) -> Erasure:
    """Erase the person and account with this e-mail address, and their applications."""
    person, user = person_and_account_for(email)
    name = person.name if person is not None else (user.full_name if user else "")
    partners: list[User] = []
    closed = removed = 0
    participations = list(Participant.objects.filter(person=person)) if person else []
    for participant in participations:
        side = Side.MENTOR if participant.role == "mentor" else Side.MENTEE
        field = "mentor" if side == Side.MENTOR else "mentee"
        for mentorship in Mentorship.objects.filter(**{field: participant}).select_related(
            "mentor__person", "mentee__person"
        ):
            other = mentorship.mentee if side == Side.MENTOR else mentorship.mentor
            partners.extend(User.objects.filter(person=other.person))
            # What this person wrote or answered; the partner's own content stays.
            removed += Note.objects.filter(mentorship=mentorship, author_side=side).delete()[0]
            MeetingLog.objects.filter(meeting__mentorship=mentorship, side=side).delete()
            ContractCheck.objects.filter(mentorship=mentorship, side=side).delete()
            if side == Side.MENTEE and mentorship.decline_reason:
                mentorship.decline_reason = ""
                mentorship.save(update_fields=["decline_reason"])
    CircleNote.objects.filter(author__in=participations).delete()

    applications = Application.objects.filter(
        Q(person=person) if person else Q(pk__in=[])
    ) | Application.objects.filter(email__iexact=email.strip())
    AvoidedPerson.objects.filter(application__in=applications).delete()
    for application in applications:
        application.topics.update(text="")
        application.name = ERASED_NAME
        application.email = f"{_pseudonym(application.pk)}@erased.invalid"
        for field in (
            "institution",
            "motivation",
            "why_it_matters",
            "blog_url",
            "video_channel_url",
            "social_profile_url",
        ):
            setattr(application, field, "")
        application.save()

    if person is not None:
        Testimonial.objects.filter(person=person).delete()
        # The record stays (reporting lines, the partner's mentorship, counts) without a name.
        person.name = ERASED_NAME
        person.email = f"{_pseudonym(person.pk)}@erased.invalid"
        person.employee_id = f"ERASED-{person.pk}"
        person.job_title = ""
        person.location = ""
        person.institution = ""
        person.save()

    if user is not None:
        user.email = f"{_pseudonym(user.pk)}@erased.invalid"
        user.full_name = ""
        user.is_active = False
        user.email_non_essential = False
        user.set_unusable_password()
        user.save()
        Notification.objects.filter(user=user).delete()
        AuditEntry.objects.filter(actor=user).update(actor_email="")  # pseudonymous from now on
        for session in Session.objects.filter(expire_date__gt=timezone.now()):
            if session.get_decoded().get("_auth_user_id") == str(user.pk):
                session.delete()

    for participant in participations:
        side = Side.MENTOR if participant.role == "mentor" else Side.MENTEE
        field = "mentor" if side == Side.MENTOR else "mentee"
        for mentorship in Mentorship.objects.filter(**{field: participant}):
            before = mentorship.state
            after = mentorship_close_for_departure(mentorship=mentorship, leaving_side=side).state
            closed += before != after
    _scrub_name_from_notifications(name, partners)
    audit_record(
        action=Action.PERSON_ERASED,
        actor=by,
        obj=person or user,
        detail={"mentorships_closed": closed},
    )
    return Erasure(
        person_id=person.pk if person else None, mentorships_closed=closed, notes_removed=removed
    )
