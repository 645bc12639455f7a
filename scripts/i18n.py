"""Translation catalogues: compile them, and check that the Dutch one is complete and current.

`compile` writes .mo files with polib, so set-up needs no GNU gettext. `check` fails when a
catalogue has an untranslated or fuzzy entry, or (where xgettext is installed) when the source
code has a translatable string that the catalogue does not contain yet.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import polib

ROOT = Path(__file__).resolve().parent.parent
LOCALE = ROOT / "locale"
MAKEMESSAGES = [
    sys.executable,
    "manage.py",
    "makemessages",
    "--locale=nl",
    "--no-obsolete",
    "--no-location",
    "--ignore=.venv/*",
    "--ignore=node_modules/*",
    "--ignore=static/*",
    "--ignore=bench/*",
    "--ignore=*/tests/*",
    "--ignore=scripts/*",
]


def catalogues() -> list[Path]:
    return sorted(LOCALE.glob("*/LC_MESSAGES/*.po"))


def compile_all() -> int:
    for po_path in catalogues():
        polib.pofile(str(po_path)).save_as_mofile(str(po_path.with_suffix(".mo")))
    return 0


def check() -> int:
    failures: list[str] = []
    for po_path in catalogues():
        po = polib.pofile(str(po_path))
        for entry in po.untranslated_entries():
            failures.append(f"{po_path}: untranslated: {entry.msgid!r}")
        for entry in po.fuzzy_entries():
            failures.append(f"{po_path}: fuzzy: {entry.msgid!r}")
        for entry in po.translated_entries():
            if entry.msgid_plural and not all(entry.msgstr_plural.values()):
                failures.append(f"{po_path}: plural form missing: {entry.msgid!r}")
    if shutil.which("xgettext"):
        failures.extend(_missing_from_catalogue())
    else:
        print("xgettext not installed: skipped the check for strings missing from the catalogue")
    for failure in failures:
        print(failure)
    if failures:
        print(
            f"{len(failures)} translation problem(s). Run `make messages-update`, then translate."
        )
        return 1
    print("translations: complete")
    return 0


def _missing_from_catalogue() -> list[str]:
    """Run makemessages on a copy of the catalogue and report msgids the committed one lacks."""
    target = LOCALE / "nl" / "LC_MESSAGES" / "django.po"
    if not target.exists():
        return [f"{target}: missing"]
    committed = polib.pofile(str(target))
    known = {(e.msgctxt, e.msgid) for e in committed}
    with tempfile.TemporaryDirectory() as tmp:
        backup = Path(tmp) / "django.po"
        shutil.copy2(target, backup)
        try:
            subprocess.run(
                MAKEMESSAGES, cwd=ROOT, check=True, capture_output=True, env=os.environ.copy()
            )
            fresh = polib.pofile(str(target))
        finally:
            shutil.copy2(backup, target)
    return [
        f"{target}: not in the catalogue yet: {e.msgid!r}"
        for e in fresh
        if (e.msgctxt, e.msgid) not in known
    ]


def update() -> int:
    subprocess.run(MAKEMESSAGES, cwd=ROOT, check=True)
    return 0


if __name__ == "__main__":
    command = sys.argv[1] if len(sys.argv) > 1 else "check"
    actions = {"compile": compile_all, "check": check, "update": update}
    if command not in actions:
        print(f"usage: {sys.argv[0]} [{'|'.join(actions)}]")
        sys.exit(2)
    sys.exit(actions[command]())
