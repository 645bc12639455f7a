"""The kick-off: the cohort is invited, alumni speak, answers and attendance, testimonials."""

from __future__ import annotations

import datetime as dt

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from revmentor.mentorships.models import Mentorship, State
from revmentor.mentorships.tests.factories import pair
from revmentor.support import services
from revmentor.support.models import KickOffGuest

pytestmark = pytest.mark.django_db


def test_planning_the_kick_off_invites_the_cohort_and_alumni_can_speak_and_testify(program_manager):
    earlier, mentor, mentee = pair(program_manager, state=State.ACTIVE)
    Mentorship.objects.filter(pk=earlier.pk).update(state=State.COMPLETED)
    new, _new_mentor, new_mentee = pair(program_manager)
    program = new.program
    with pytest.raises(services.SupportError):
        services.kickoff_plan(
            program=program,
            starts_at=timezone.now() - dt.timedelta(hours=1),
            place="Hall",
            agenda="",
        )
    kickoff = services.kickoff_plan(
        program=program,
        starts_at=timezone.now() + dt.timedelta(days=20),
        place="Hall",
        agenda="Welcome",
    )
    assert kickoff.guests.filter(kind="cohort").count() == 2
    alumni = {p.person_id for p in services.alumni_of(program)}
    assert alumni == {earlier.mentor.person_id, earlier.mentee.person_id}
    with pytest.raises(services.SupportError):
        services.kickoff_invite_alumnus(kickoff=kickoff, person_id=new.mentee.person_id)
    speaker = services.kickoff_invite_alumnus(kickoff=kickoff, person_id=earlier.mentee.person_id)
    assert speaker.kind == KickOffGuest.Kind.ALUMNUS
    guest = kickoff.guests.get(person=new.mentee.person)
    with pytest.raises(services.SupportError):
        services.kickoff_rsvp(guest=guest, user=mentor, answer="yes")
    assert services.kickoff_rsvp(guest=guest, user=new_mentee, answer="yes").rsvp == "yes"
    services.kickoff_attendance(kickoff=kickoff, present_ids=[guest.pk])
    assert list(kickoff.guests.filter(attended=True)) == [guest]
    with pytest.raises(services.SupportError):
        services.testimonial_add(
            program=program, person_id=earlier.mentee.person_id, text="Great", consent=False
        )
    services.testimonial_add(
        program=program,
        person_id=earlier.mentee.person_id,
        text="I finally understood TikTok",
        consent=True,
    )
    program.status = "recruiting"
    program.save()
    client = Client()
    client.force_login(new_mentee)
    body = client.get(reverse("enrolment:program", kwargs={"pk": program.pk})).content.decode()
    assert "I finally understood TikTok" in body
    home = client.get(reverse("core:home")).content.decode()
    assert "Kick-off of" in home
    assert mentee.person.name  # the alumnus is named with their consent
