"""Writes for the audit log: one function, called by the services that change something."""

from __future__ import annotations

from typing import Any

from django.db import models

from revmentor.accounts.models import User
from revmentor.audit.models import AuditEntry


def audit_record(
    *,
    action: str,
    actor: User | None,
    obj: models.Model | None = None,
    program_id: int | None = None,
    detail: dict[str, Any] | None = None,
    actor_email: str = "",
) -> AuditEntry:
    """Append one entry. `detail` must hold codes and ids only, never text a person wrote."""
    return AuditEntry.objects.create(
        action=action,
        actor=actor,
        actor_email=(actor.email if actor is not None else actor_email)[:254],
        object_type=obj._meta.label_lower if obj is not None else "",
        object_id=str(obj.pk) if obj is not None else "",
        program_id=program_id,
        detail=detail or {},
    )
