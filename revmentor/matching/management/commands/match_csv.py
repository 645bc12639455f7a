"""`python manage.py match_csv`: the matching engine on CSV files, outside any program."""

from __future__ import annotations

import sys
from typing import Any

from django.core.management.base import BaseCommand, CommandParser

from revmentor.matching import engine


class Command(BaseCommand):
    help = (
        "Match mentors and mentees from ORG.csv (id,name,department,manager_id) and "
        "PARTICIPANTS.csv (id,role,languages,formats,topics,capacity); write PAIRS.csv."
    )

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("--org", required=True, help="ORG.csv: everyone in the organisation")
        parser.add_argument("--participants", required=True, help="PARTICIPANTS.csv")
        parser.add_argument("--out", required=True, help="PAIRS.csv to write")
        parser.add_argument(
            "--objective",
            default="most-matched",
            choices=engine.OBJECTIVES,
            help="most-matched (default): as many mentees matched as possible, then the best "
            "total score; best-total: the best total score, some may stay unmatched; stable: "
            "nobody would both rather be together than with who they got. The first two are "
            "proven optimal (a dual bound equal to the result).",
        )
        parser.add_argument("--explain", default=None, help="EXPLAIN.csv to write (optional)")

    def handle(self, *args: Any, **options: Any) -> None:
        summary = engine.run_csv(
            options["org"],
            options["participants"],
            options["out"],
            objective=options["objective"],
            explain_path=options["explain"],
        )
        if summary.errors:
            for error in summary.errors:
                where = ", ".join(
                    part
                    for part in (
                        error.file,
                        f"row {error.row}" if error.row is not None else "",
                        f"column {error.column}" if error.column else "",
                    )
                    if part
                )
                self.stderr.write(f"{where}: {error.message}" if where else error.message)
            self.stderr.write(f"{len(summary.errors)} error(s); no output written.")
            sys.exit(2)
        proof = ""
        if summary.certificate is not None and summary.certificate.proven:
            proof = f" (proven optimal: dual bound {summary.certificate.dual_bound:.6f})"
        self.stdout.write(
            f"matched {summary.matched}, unmatched {summary.unmatched}, "
            f"total score {summary.total_score:.6f}{proof}, "
            f"elapsed {summary.elapsed_seconds:.2f} s"
        )
