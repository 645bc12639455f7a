"""`python manage.py erase_person EMAIL`: erase a person (GDPR/AVG art. 17).

Their record and account are pseudonymised, what they wrote is removed, an open mentorship
ends and the partner is told; the partner's own notes, HR's notes and counts stay."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from revmentor.core.exceptions import DomainError
from revmentor.privacy.services import person_erase


class Command(BaseCommand):
    help = "Erase one person's identifying data and own content; nothing of anyone else's."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument(
            "--yes", action="store_true", help="do not ask for confirmation (for scripts)"
        )

    def handle(self, *args: Any, **options: Any) -> None:
        email = options["email"]
        if not options["yes"]:
            answer = input(f"Erase {email}? This cannot be undone. Type the address again: ")
            if answer.strip().lower() != email.strip().lower():
                raise CommandError("Not confirmed; nothing was changed.")
        try:
            erasure = person_erase(email=email, by=None)
        except DomainError as error:
            raise CommandError(error.message) from None
        self.stdout.write(
            f"Erased. Mentorships ended: {erasure.mentorships_closed}; "
            f"notes removed: {erasure.notes_removed}."
        )
