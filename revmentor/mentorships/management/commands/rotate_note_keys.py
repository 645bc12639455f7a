"""`python manage.py rotate_note_keys`: re-encrypt everything pairs wrote with the first key.

Put the new key first in NOTES_ENCRYPTION_KEYS (keep the old ones after it), run this, then drop
the old keys. Rows are read with any key and written with the first.
"""

from __future__ import annotations

from typing import Any

from django.apps import apps
from django.core.management.base import BaseCommand
from django.db import transaction

from revmentor.core.crypto import Encrypted


class Command(BaseCommand):
    help = "Re-encrypt all encrypted fields with the first key in NOTES_ENCRYPTION_KEYS."

    def handle(self, *args: Any, **options: Any) -> None:
        total = 0
        for model in apps.get_models():
            fields = [f.name for f in model._meta.get_fields() if isinstance(f, Encrypted)]
            if not fields:
                continue
            with transaction.atomic():
                rows = list(model._default_manager.select_for_update().only("pk", *fields))
                # Loading decrypted them with whichever key fits; saving encrypts with the first.
                model._default_manager.bulk_update(rows, fields, batch_size=500)
            total += len(rows)
            self.stdout.write(f"{model._meta.label}: {len(rows)} rows")
        self.stdout.write(f"Re-encrypted {total} rows with the current key.")
