"""Reads for privacy: everything revmentor holds about one person, as they may see it.

The export holds the person's own record, account, applications and what they wrote or answered
themselves (notes, logs, check-ins, contract checks, circle notes, HR notes they authored), plus
the metadata of their mentorships. It never holds what someone else wrote: not the partner's
notes, logs or answers, not a reviewer's or HR's notes about them.
"""

from __future__ import annotations

import datetime as dt
import io
import json
import zipfile
from typing import Any

from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation

from revmentor.accounts.models import User
from revmentor.enrolment.models import Application, Participant
from revmentor.mentorships.models import ContractCheck, MeetingLog, Mentorship, Note, Side
from revmentor.notifications.models import Notification
from revmentor.people.models import Person
from revmentor.programs.models import Topic
from revmentor.support.models import CheckIn, CircleNote, HrNote


def _when(value: dt.date | dt.datetime | None) -> str | None:
    return value.isoformat() if value is not None else None


def _topics(ids: list[int]) -> list[str]:
    names = dict(Topic.objects.filter(pk__in=ids).values_list("pk", "name"))
    return [names[pk] for pk in ids if pk in names]


def _application(application: Application) -> dict[str, Any]:
    return {
        "program": application.program.name,
        "role": application.role,
        "status": application.status,
        "submitted": _when(application.created_at),
        "name": application.name,
        "email": application.email,
        "institution": application.institution,
        "languages": application.languages,
        "formats": application.formats,
        "availability": application.availability,
        "motivation": application.motivation,
        "why_it_matters": application.why_it_matters,
        "capacity": application.capacity,
        "portfolio": {
            "blog": application.blog_url,
            "video_channel": application.video_channel_url,
            "social_profile": application.social_profile_url,
            "posts": application.post_count,
            "videos": application.video_count,
            "followers": application.follower_count,
            "typical_views": application.typical_views,
        },
        "topics": [
            {
                "topic": answer.topic.name,
                "level_or_priority": answer.value,
                "text": answer.text,
                "self_assessment": answer.self_assessment,
            }
            for answer in application.topics.select_related("topic")
        ],
        "rather_not_meet": [avoided.person.name for avoided in application.avoided.all()],
        "decision_reason": application.decision_reason,
        "ground_rules_accepted": _when(application.ground_rules_accepted_at),
        "consent_given": _when(application.consent_given_at),
    }


def _mentorship(mentorship: Mentorship, side: str) -> dict[str, Any]:
    partner = mentorship.mentee if side == Side.MENTOR else mentorship.mentor
    return {
        "program": mentorship.program.name,
        "my_role": side,
        "partner": partner.person.name,
        "state": mentorship.state,
        "start": _when(mentorship.start_date),
        "end": _when(mentorship.end_date),
        "agreement": {
            "goals": mentorship.goals,
            "topics": [topic.name for topic in mentorship.topics.all()],
            "formats": mentorship.formats,
            "where_and_how": mentorship.where_and_how,
        },
        "meetings": [
            {
                "starts_at": _when(meeting.starts_at),
                "kind": meeting.kind,
                "format": meeting.format,
                "place": meeting.location,
                "cancelled": meeting.is_cancelled,
                "held_by_my_account": getattr(meeting, f"{side}_held"),
            }
            for meeting in mentorship.meetings.all()
        ],
        "my_notes": [
            {"written": _when(note.created_at), "visibility": note.visibility, "text": note.body}
            for note in Note.objects.filter(mentorship=mentorship, author_side=side)
        ],
        "my_actions": [
            {"text": action.text, "due": _when(action.due_date), "done": _when(action.done_at)}
            for action in mentorship.actions.filter(owner=side)
        ],
        "my_meeting_logs": [
            {
                "meeting": _when(log.meeting.starts_at),
                "topics": _topics(log.topic_ids),
                "most_talking": log.most_talking,
                "reflection": log.reflection,
            }
            for log in MeetingLog.objects.filter(
                meeting__mentorship=mentorship, side=side
            ).select_related("meeting")
        ],
        "my_check_ins": [
            {
                "answered": _when(check.answered_at),
                "kind": check.kind,
                "as_planned": check.as_planned,
                "most_talking": check.most_talking,
                "covered_topic": check.covered_topic,
                "openness": check.openness,
                "trust": check.trust,
                "value": check.value,
            }
            for check in CheckIn.objects.filter(mentorship=mentorship, side=side)
        ],
        "my_contract_check": [
            {
                "answered": _when(check.answered_at),
                "acquainted": check.acquainted,
                "expectations_clear": check.expectations_clear,
                "approach_agreed": check.approach_agreed,
                "ground_rules_accepted": check.ground_rules_accepted,
                "enough_trust": check.enough_trust,
                "reason": check.reason,
            }
            for check in ContractCheck.objects.filter(mentorship=mentorship, side=side)
        ],
    }


def person_data(*, person: Person | None, user: User | None) -> dict[str, Any]:
    """Everything about one person (and/or account) that they may read, as plain JSON data."""
    data: dict[str, Any] = {"exported_at": _when(timezone.now())}
    if person is not None:
        data["person"] = {
            "employee_id": person.employee_id,
            "name": person.name,
            "email": person.email,
            "department": person.org_unit.path if person.org_unit is not None else None,
            "job_title": person.job_title,
            "grade": person.grade,
            "languages": person.languages,
            "location": person.location,
            "time_zone": person.time_zone,
            "external": person.is_external,
            "institution": person.institution,
        }
    if user is not None:
        data["account"] = {
            "email": user.email,
            "name": user.full_name,
            "role": user.role,
            "language": user.language,
            "joined": _when(user.date_joined),
            "last_login": _when(user.last_login),
            "email_reminders": user.email_non_essential,
        }
        data["notifications"] = [
            {"kind": n.kind, "created": _when(n.created_at), "email": n.delivery}
            for n in Notification.objects.filter(user=user)
        ]
        data["hr_notes_i_wrote"] = [
            {"written": _when(note.created_at), "text": note.body}
            for note in HrNote.objects.filter(author=user)
        ]
    applications = Application.objects.filter(
        Q(person=person) if person is not None else Q(pk__in=[])
    ).select_related("program")
    if user is not None:
        applications = applications | Application.objects.filter(
            person__isnull=True, email__iexact=user.email
        ).select_related("program")
    data["applications"] = [_application(application) for application in applications]
    participations = list(
        Participant.objects.filter(person=person).select_related("program")
        if person is not None
        else []
    )
    data["participations"] = [
        {"program": p.program.name, "role": p.role, "since": _when(p.created_at)}
        for p in participations
    ]
    mentorships = []
    for participant in participations:
        side = Side.MENTOR if participant.role == "mentor" else Side.MENTEE
        field = "mentor" if side == Side.MENTOR else "mentee"
        for mentorship in Mentorship.objects.filter(**{field: participant}).select_related(
            "program", "mentor__person", "mentee__person"
        ):
            mentorships.append(_mentorship(mentorship, side))
    data["mentorships"] = mentorships
    data["circle_notes_i_wrote"] = [
        {"circle": note.circle.name, "written": _when(note.created_at), "text": note.body}
        for note in CircleNote.objects.filter(author__in=participations).select_related("circle")
    ]
    return data


def person_export_zip(*, person: Person | None, user: User | None, language: str) -> bytes:
    """A zip with data.json (everything) and summary.html (the same, readable)."""
    data = person_data(person=person, user=user)
    with translation.override(language):
        html = render_to_string("privacy/summary.html", {"data": data})
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        archive.writestr("data.json", json.dumps(data, indent=2, ensure_ascii=False))
        archive.writestr("summary.html", html)
    return buffer.getvalue()
