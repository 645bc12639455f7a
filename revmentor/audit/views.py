"""The audit log page for operators and program managers."""

from __future__ import annotations

from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from revmentor.accounts.models import Role
from revmentor.audit.models import Action
from revmentor.audit.selectors import audit_entries_for
from revmentor.core.access import current_user, role_required

PAGE_SIZE = 50


@role_required(Role.OPERATOR, Role.PROGRAM_MANAGER)
def audit_log(request: HttpRequest) -> HttpResponse:
    entries = audit_entries_for(user=current_user(request))
    action = request.GET.get("action", "")
    if action in Action.values:
        entries = entries.filter(action=action)
    else:
        action = ""
    page = Paginator(entries, PAGE_SIZE).get_page(request.GET.get("page"))
    return render(
        request,
        "audit/log.html",
        {"page": page, "action": action, "actions": Action.choices, "total": page.paginator.count},
    )
