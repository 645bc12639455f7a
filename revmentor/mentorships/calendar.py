"""iCalendar files for meetings: download, and e-mail invitations that update and cancel.

Times are written in the recipient's time zone (their employee record, else the site's), with
the VTIMEZONE definition included, so every calendar program places the meeting correctly.
"""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

from django.conf import settings
from django.core.mail import EmailMultiAlternatives
from django.template.loader import render_to_string
from django.urls import reverse
from django.utils import timezone, translation
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
    """E-mail both partners, each in their language and time zone, with the calendar file."""
    from revmentor.accounts.models import User
    from revmentor.mentorships.models import Meeting

    assert isinstance(meeting, Meeting)
    mentorship = meeting.mentorship
    for person, partner in (
        (mentorship.mentor.person, mentorship.mentee.person),
        (mentorship.mentee.person, mentorship.mentor.person),
    ):
        user = User.objects.filter(person=person).first()
        language = user.language if user else mentorship.program.language
        with translation.override(language):
            context = {
                "meeting": meeting,
                "person": person,
                "partner": partner,
                "starts": timezone.localtime(meeting.starts_at, _zone(person)),
                "cancelled": method == "CANCEL",
                "link": absolute_url(reverse("mentorships:meeting", kwargs={"pk": meeting.pk})),
            }
            subject = " ".join(
                render_to_string("mentorships/email/meeting_subject.txt", context).split()
            )
            body = render_to_string("mentorships/email/meeting.txt", context)
            ics = meeting_calendar(meeting, person, partner, method=method)
        message = EmailMultiAlternatives(subject, body, settings.DEFAULT_FROM_EMAIL, [person.email])
        message.attach("invite.ics", ics, f"text/calendar; method={method}; charset=utf-8")
        message.send()
