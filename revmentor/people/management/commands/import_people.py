"""`python manage.py import_people FILE`: the organisation import from the command line."""

from __future__ import annotations

import sys
from pathlib import Path
from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser
from django.utils.translation import gettext as _

from revmentor.people import services
from revmentor.people.importing import build_plan


class Command(BaseCommand):
    help = "Import or sync people from a CSV or XLSX file (all-or-nothing)."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("file", type=Path)
        parser.add_argument(
            "--dry-run", action="store_true", help="Check and compare only; write nothing."
        )

    def handle(self, *args: Any, **options: Any) -> None:
        path: Path = options["file"]
        try:
            content = path.read_bytes()
        except OSError as exc:
            raise CommandError(
                _("Cannot read %(file)s: %(error)s") % {"file": path, "error": exc.strerror},
                returncode=2,
            ) from None
        try:
            if options["dry_run"]:
                plan = build_plan(path.name, content)
                if not plan.ok:
                    raise services.ImportRejected(plan.problems)
            else:
                plan = services.people_import_file(file_name=path.name, content=content)
        except services.ImportRejected as rejected:
            for problem in rejected.problems:
                location = (
                    _("row %(row)s, column %(column)s")
                    % {"row": problem.row, "column": problem.column or "-"}
                    if problem.row
                    else _("file")
                )
                self.stderr.write(f"{path.name}: {location}: {problem.message}")
            self.stderr.write(rejected.message)
            sys.exit(2)
        verb = _("Would import") if options["dry_run"] else _("Imported")
        self.stdout.write(
            _(
                "%(verb)s %(file)s: %(created)s created, %(updated)s updated, %(unchanged)s unchanged."
            )
            % {
                "verb": verb,
                "file": path.name,
                "created": len(plan.creates),
                "updated": len(plan.updates),
                "unchanged": len(plan.unchanged),
            }
        )
