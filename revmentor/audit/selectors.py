"""Reads for the audit log: who may see which entries."""

from __future__ import annotations

from django.db.models import QuerySet

from revmentor.accounts.models import Role, User
from revmentor.audit.models import AuditEntry


def audit_entries_for(*, user: User) -> QuerySet[AuditEntry]:
    """Operators see every entry; program managers the entries about programs (they manage them
    all), not logins or account changes. Everyone else sees none."""
    entries = AuditEntry.objects.select_related("program").order_by("-at", "-pk")
    if user.role == Role.OPERATOR:
        return entries
    if user.role == Role.PROGRAM_MANAGER:
        return entries.filter(program__isnull=False)
    return entries.none()
