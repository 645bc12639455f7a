"""`python manage.py housekeeping`: the scheduled work; run it from cron every hour.

Each job is safe to repeat: notifications are sent once per event, so running more often only
makes reminders (24 hours before a meeting) more punctual. The digest goes out on Mondays. The
outbox sweep sends e-mails whose worker stopped before sending and those due for a retry, and
never sends again one that the mail server may have accepted (revmentor.outbox.services)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand
from django.utils import timezone

from revmentor.enrolment import services as enrolment
from revmentor.mentorships import services as mentorships
from revmentor.outbox import services as outbox
from revmentor.people import services as people
from revmentor.programs.models import Program, Status
from revmentor.support import services as support


class Command(BaseCommand):
    help = (
        "Send application reminders, remove applications and ended pairs' content past their "
        "retention and uploads never confirmed after a day, complete "
        "mentorships past their end date, resume paused ones on their resume date and refresh "
        "the attention lists, and send e-mails whose worker stopped or whose retry is due."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        reminded = enrolment.send_reminders()
        removed = enrolment.purge_expired_applications()
        uploads = people.people_import_purge_stale()
        completed = mentorships.mentorships_complete_due()
        purged = mentorships.purge_ended_content()
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
        # Rows whose worker stopped, and retries where the task backend cannot defer them.
        swept = outbox.outbox_sweep()
        self.stdout.write(
            f"Reminders sent: {reminded}. Applications removed: {removed}. "
            f"Mentorships completed: {completed}. Ended mentorships whose content was removed: "
            f"{purged}. Open attention items: {flagged}. "
            f"Reminders and articles: {nudges}. Digests: {digests}. "
            f"Unconfirmed uploads removed: {uploads}. "
            f"E-mails sent by the sweep: {swept.sent}, perhaps sent (not sent again): "
            f"{swept.uncertain}, failed: {swept.failed}."
        )
