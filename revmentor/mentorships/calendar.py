"""iCalendar files for meetings: download, and e-mail invitations that update and cancel.

Times are written in the recipient's time zone (their employee record, else the site's), with
the VTIMEZONE definition included, so every calendar program places the meeting correctly.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext as _
from icalendar import Calendar, Event

from revmentor.core.mail import absolute_url
from revmentor.people.models import Person


def _zone(person: Person) -> ZoneInfo:
    try:
        return ZoneInfo(person.time_zone or settings.TIME_ZONE)
    except (ValueError, KeyError):
        return ZoneInfo(settings.TIME_ZONE)


def _summary(meeting: object, partner: Person) -> str:
    from revmentor.mentorships.models import MeetingKind

    kind = getattr(meeting, "kind", "")
    if kind == MeetingKind.CONTRACT:
        return _("Contract conversation with %(name)s") % {"name": partner.name}
    if kind == MeetingKind.DEBRIEF:
        return _("Debrief with %(name)s") % {"name": partner.name}
    return _("Reverse mentoring with %(name)s") % {"name": partner.name}


def meeting_calendar(
    meeting: object, person: Person, partner: Person, *, method: str = "PUBLISH"
) -> bytes:
    """One VEVENT in a VCALENDAR, in `person`'s time zone and the active language."""
    from revmentor.mentorships.models import Meeting

    assert isinstance(meeting, Meeting)
    zone = _zone(person)
    start = timezone.localtime(meeting.starts_at, zone)
    calendar = Calendar()
    calendar.add("prodid", "-//revmentor//reverse mentoring//EN")
    calendar.add("version", "2.0")
    calendar.add("method", method)
    event = Event()
    event.add("uid", meeting.uid)
    event.add("sequence", meeting.sequence)
    event.add("dtstamp", dt.datetime.now(dt.UTC))
    event.add("dtstart", start)
    event.add("dtend", start + dt.timedelta(minutes=meeting.duration_minutes))
    event.add("summary", _summary(meeting, partner))
    link = absolute_url(reverse("mentorships:meeting", kwargs={"pk": meeting.pk}))
    event.add("url", link)
    event.add("description", _("Agenda and notes: %(link)s") % {"link": link})
    if meeting.video_link:
        event.add("location", meeting.video_link)
    elif meeting.location:
        event.add("location", meeting.location)
    event.add("status", "CANCELLED" if meeting.is_cancelled or method == "CANCEL" else "CONFIRMED")
    calendar.add_component(event)
    calendar.add_missing_timezones()
    return bytes(calendar.to_ical())


def send_invitations(meeting: object, *, method: str) -> None:
    """Notify both partners (in-app and by e-mail, sent by a task) with the calendar file."""
    from revmentor.accounts.models import User
    from revmentor.mentorships.models import Meeting
    from revmentor.notifications.services import notify

    assert isinstance(meeting, Meeting)
    mentorship = meeting.mentorship
    kind = (
        "meeting_cancelled"
        if method == "CANCEL"
        else ("meeting_changed" if meeting.sequence else "meeting_invited")
    )
    for side, person, partner in (
        ("mentor", mentorship.mentor.person, mentorship.mentee.person),
        ("mentee", mentorship.mentee.person, mentorship.mentor.person),
    ):
        user = User.objects.filter(person=person).first()
        if user is None:
            continue
        notify(
            user=user,
            kind=kind,
            event_key=f"meeting:{meeting.pk}:{meeting.sequence}:{method}:{side}",
            template="mentorships/email/meeting",
            context={
                "meeting_id": meeting.pk,
                "method": method,
                "side": side,
                "partner": {"name": partner.name},
            },
            link=reverse("mentorships:meeting", kwargs={"pk": meeting.pk}),
            essential=True,
        )


def invitation_mail_parts(
    context: dict[str, object],
) -> tuple[dict[str, object], list[tuple[str, bytes, str]]]:
    """At delivery time: the meeting as it is now, in the recipient's time zone, with its .ics."""
    from revmentor.mentorships.models import Meeting

    meeting = Meeting.objects.select_related(
        "mentorship__mentor__person", "mentorship__mentee__person"
    ).get(pk=int(str(context["meeting_id"])))
    mentorship = meeting.mentorship
    mentor_side = context.get("side") == "mentor"
    person = mentorship.mentor.person if mentor_side else mentorship.mentee.person
    partner = mentorship.mentee.person if mentor_side else mentorship.mentor.person
    method = str(context.get("method", "REQUEST"))
    extra = {
        "meeting": meeting,
        "person": person,
        "partner": partner,
        "starts": timezone.localtime(meeting.starts_at, _zone(person)),
        "cancelled": method == "CANCEL",
    }
    ics = meeting_calendar(meeting, person, partner, method=method)
    return extra, [("invite.ics", ics, f"text/calendar; method={method}; charset=utf-8")]
