"""`python manage.py housekeeping`: the scheduled work; run it from cron every hour.

Each job is safe to repeat: notifications are sent once per event, so running more often only
makes reminders (24 hours before a meeting) more punctual. The digest goes out on Mondays."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from revmentor.enrolment import services as enrolment
from revmentor.mentorships import services as mentorships
from revmentor.people import services as people
from revmentor.programs.models import Program, Status
from revmentor.support import services as support


class Command(BaseCommand):
    help = (
        "Send application reminders, remove applications past their retention and uploads "
        "never confirmed after a day, complete "
        "mentorships past their end date, resume paused ones on their resume date and refresh "
        "the attention lists."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        reminded = enrolment.send_reminders()
        removed = enrolment.purge_expired_applications()
        uploads = people.people_import_purge_stale()
        completed = mentorships.mentorships_complete_due()
        nudges = (
            support.send_meeting_reminders()
            + support.send_check_in_reminders()
            + support.send_pulse_reminders()
            + support.send_training_reminders()
            + support.drip_articles()
        )
        digests = support.send_digests() if timezone.localdate().weekday() == 0 else 0
        flagged = 0
        for program in Program.objects.filter(
            status__in=[Status.MATCHING, Status.RUNNING, Status.CLOSING]
        ):
            flagged += len(support.attention_refresh(program=program))
        self.stdout.write(
            f"Reminders sent: {reminded}. Applications removed: {removed}. "
            f"Mentorships completed: {completed}. Open attention items: {flagged}. "
            f"Reminders and articles: {nudges}. Digests: {digests}. "
            f"Unconfirmed uploads removed: {uploads}."
        )
