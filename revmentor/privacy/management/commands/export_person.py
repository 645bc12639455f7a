"""`python manage.py export_person EMAIL --out FILE.zip`: everything revmentor holds about a
person that they may read (data.json and summary.html), for a subject access request."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.privacy.selectors import person_export_zip
from revmentor.privacy.services import person_and_account_for


class Command(BaseCommand):
    help = "Export one person's data (their own content included, nobody else's) as a zip file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")
        parser.add_argument("--out", required=True, help="the zip file to write")

    def handle(self, *args: Any, **options: Any) -> None:
        try:
            person, user = person_and_account_for(options["email"])
        except DomainError as error:
            raise CommandError(error.message) from None
        language = user.language if user is not None else "en"
        content = person_export_zip(person=person, user=user, language=language)
        Path(options["out"]).write_bytes(content)
        audit_record(
            action=Action.PERSON_EXPORTED,
            actor=None,
            obj=person or user,
            detail={"by": "command"},
        )
        self.stdout.write(f"Wrote {options['out']} ({len(content)} bytes).")
