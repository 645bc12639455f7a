"""Migration helper: encrypt values already stored in a column that becomes an encrypted field.

Use it right after the AlterField that changes the field to an Encrypted* class: the column then
holds text (PostgreSQL casts booleans to 'true'/'false', SQLite's table rebuild stores 1/0 as
'1'/'0'), which this turns into tokens; backwards it turns tokens back into plain text before the
AlterField is reversed. Raw SQL on purpose: loading the rows through the model would try to
decrypt plain values.
"""

from __future__ import annotations

import json
from typing import Any, Literal

from django.db import migrations

from revmentor.core.crypto import decrypt, encrypt

Kind = Literal["text", "bool", "int"]


def _plain(kind: Kind, raw: Any) -> Any:
    if kind == "text":
        return str(raw)
    if kind == "bool":
        return str(raw).strip().lower() in {"1", "t", "true"}
    return int(raw)


def _rewrite(model: Any, schema_editor: Any, fields: dict[str, Kind], *, forwards: bool) -> None:
    connection = schema_editor.connection
    quote = connection.ops.quote_name
    meta = model._meta
    columns = [meta.get_field(name).column for name in fields]
    kinds = list(fields.values())
    with connection.cursor() as cursor:
        cursor.execute(
            f"SELECT {quote(meta.pk.column)}, {', '.join(quote(c) for c in columns)} "
            f"FROM {quote(meta.db_table)}"
        )
        rows = cursor.fetchall()
        assignments = ", ".join(f"{quote(c)} = %s" for c in columns)
        update = (
            f"UPDATE {quote(meta.db_table)} SET {assignments} WHERE {quote(meta.pk.column)} = %s"
        )
        for pk, *values in rows:
            new: list[Any] = []
            for kind, raw in zip(kinds, values, strict=True):
                if raw is None:
                    new.append(None)
                elif forwards:
                    value = _plain(kind, raw)
                    new.append(encrypt(value if kind == "text" else json.dumps(value)))
                else:
                    text = decrypt(raw)
                    value = text if kind == "text" else json.loads(text)
                    # '1'/'0' cast back to a boolean on PostgreSQL and SQLite alike.
                    new.append(str(int(value)) if kind == "bool" else str(value))
            cursor.execute(update, [*new, pk])


def encrypt_existing(app_label: str, model_name: str, fields: dict[str, Kind]) -> Any:
    """A RunPython operation that encrypts (and, reversed, decrypts) these fields' stored values."""

    def forwards(apps: Any, schema_editor: Any) -> None:
        _rewrite(apps.get_model(app_label, model_name), schema_editor, fields, forwards=True)

    def backwards(apps: Any, schema_editor: Any) -> None:
        _rewrite(apps.get_model(app_label, model_name), schema_editor, fields, forwards=False)

    return migrations.RunPython(forwards, backwards)
