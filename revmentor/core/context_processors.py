"""Template context shared by every page: the navigation for the user's role."""

from __future__ import annotations

from dataclasses import dataclass

from django.http import HttpRequest
from django.urls import reverse
from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from revmentor.accounts.models import Role


@dataclass(frozen=True)
class NavItem:
    label: str | Promise
    url: str
    active: bool


def _items_for(role: str, *, is_mentor: bool = False) -> list[tuple[str | Promise, str]]:
    items: list[tuple[str | Promise, str]] = [(_("Home"), "core:home")]
    if role in {Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR}:
        items.append((_("Programs"), "programs:list"))
    if role in {Role.PROGRAM_MANAGER, Role.HR_SUPPORT}:
        items.append((_("Organisation"), "people:organisation"))
    if role == Role.HR_SUPPORT:
        items.append((_("My caseload"), "support:caseload"))
    if role == Role.PROGRAM_MANAGER:
        items.append((_("Import people"), "people:import"))
        items.append((_("Audit log"), "audit:log"))
    if role == Role.PARTICIPANT and is_mentor:
        items.append((_("Mentor training"), "support:training"))
    if role == Role.OPERATOR:
        items = [(_("Admin"), "admin:index"), (_("Audit log"), "audit:log")]
    return items


def navigation(request: HttpRequest) -> dict[str, object]:
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"nav_items": []}
    path = request.path
    items = []
    is_mentor = bool(
        getattr(user, "person_id", None)
        and getattr(user, "role", "") == Role.PARTICIPANT
        and user.person.participations.filter(role="mentor").exists()
    )
    for label, name in _items_for(getattr(user, "role", ""), is_mentor=is_mentor):
        url = reverse(name)
        active = path == url if name == "core:home" else path.startswith(url)
        items.append(NavItem(label=label, url=url, active=active))
    return {"nav_items": items}


def notifications(request: HttpRequest) -> dict[str, object]:
    """How many notifications the user has not seen yet (one query per page)."""
    user = getattr(request, "user", None)
    if user is None or not user.is_authenticated:
        return {"unread_notifications": 0}
    from revmentor.notifications.models import Notification

    return {
        "unread_notifications": Notification.objects.filter(user=user, read_at__isnull=True).count()
    }
