"""`python manage.py export_audit --out FILE.csv [--since YYYY-MM-DD]`: the audit log as CSV."""

from __future__ import annotations

import csv
import datetime as dt
import json
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from revmentor.audit.models import Action, AuditEntry
from revmentor.audit.services import audit_record


class Command(BaseCommand):
    help = "Write the audit log (who, when, what, which object; never content) to a CSV file."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--out", required=True, help="the CSV file to write")
        parser.add_argument("--since", help="only entries from this date on (YYYY-MM-DD)")

    def handle(self, *args: Any, **options: Any) -> None:
        entries = AuditEntry.objects.order_by("at", "pk")
        if options["since"]:
            try:
                since = dt.date.fromisoformat(options["since"])
            except ValueError:
                raise CommandError("--since must be a date written YYYY-MM-DD.") from None
            entries = entries.filter(at__date__gte=since)
        count = 0
        with open(options["out"], "w", newline="", encoding="utf-8") as out:
            writer = csv.writer(out)
            writer.writerow(
                ["at", "actor_id", "actor_email", "action", "object_type", "object_id",
                 "program_id", "detail"]
            )  # fmt: skip
            for entry in entries.iterator():
                writer.writerow(
                    [
                        entry.at.isoformat(),
                        entry.actor_id or "",
                        entry.actor_email,
                        entry.action,
                        entry.object_type,
                        entry.object_id,
                        entry.program_id or "",
                        json.dumps(entry.detail, sort_keys=True),
                    ]
                )
                count += 1
        audit_record(action=Action.AUDIT_EXPORTED, actor=None, detail={"entries": count})
        self.stdout.write(f"Wrote {count} entries to {options['out']}.")
