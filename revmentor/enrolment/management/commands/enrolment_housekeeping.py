"""`python manage.py enrolment_housekeeping`: reminders and data retention; run daily (cron)."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand

from revmentor.enrolment import services


class Command(BaseCommand):
    help = (
        "Remind invitees who have not applied and applicants who have not confirmed their e-mail, "
        "and remove withdrawn and rejected applications whose retention period has passed."
    )

    def handle(self, *args: Any, **options: Any) -> None:
        reminded = services.send_reminders()
        removed = services.purge_expired_applications()
        self.stdout.write(f"Reminders sent: {reminded}. Applications removed: {removed}.")
