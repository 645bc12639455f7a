"""`python manage.py mail_outbox [--resend ID]`: the operator's view of e-mails that need a person.

Lists the e-mails that are perhaps sent (the mail server did not confirm; never sent again
automatically) and those that failed, with their error. `--resend ID` sends one of them again
with the same Message-ID, after the operator has checked the mail server's log."""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from revmentor.outbox import services
from revmentor.outbox.selectors import outbox_needing_attention


class Command(BaseCommand):
    help = (
        "List outgoing e-mails that are perhaps sent or failed; --resend ID sends one again "
        "with the same Message-ID."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--resend", type=int, metavar="ID", help="send this e-mail again")

    def handle(self, *args: Any, **options: Any) -> None:
        if options["resend"] is not None:
            try:
                message = services.outbox_resend(message_id=options["resend"])
            except services.NotResendable as error:
                raise CommandError(error.message) from error
            self.stdout.write(f"Queued again: {message.pk} {message.message_id} to {message.to}")
            return
        rows = list(outbox_needing_attention())
        for message in rows:
            self.stdout.write(
                f"{message.pk}\t{message.status}\t{message.created_at:%Y-%m-%d %H:%M}\t"
                f"{message.kind}\t{message.to}\t{message.message_id}\t{message.last_error}"
            )
        self.stdout.write(f"E-mails perhaps sent or failed: {len(rows)}.")
