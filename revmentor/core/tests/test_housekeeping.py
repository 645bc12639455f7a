"""The daily housekeeping command runs every scheduled job."""

from __future__ import annotations

import datetime as dt
import io

import pytest
from django.core.management import call_command
from django.utils import timezone

from revmentor.mentorships.models import Mentorship, State
from revmentor.mentorships.tests.factories import pair

pytestmark = pytest.mark.django_db


def test_housekeeping_completes_mentorships_past_their_end_date(program_manager):
    mentorship, _mentor, _mentee = pair(program_manager, state=State.ACTIVE)
    Mentorship.objects.filter(pk=mentorship.pk).update(
        end_date=timezone.localdate() - dt.timedelta(days=1)
    )
    out = io.StringIO()
    call_command("housekeeping", stdout=out)
    mentorship.refresh_from_db()
    assert mentorship.state == State.COMPLETED
    assert "Mentorships completed: 1" in out.getvalue()
