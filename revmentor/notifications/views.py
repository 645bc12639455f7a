"""The in-app notification list."""

from __future__ import annotations

from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from revmentor.accounts.models import Role
from revmentor.core.access import current_user, role_required
from revmentor.notifications import services
from revmentor.notifications.models import Notification

EVERYONE = (Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR, Role.PARTICIPANT)


@role_required(*EVERYONE)
def notification_list(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    items = list(Notification.objects.filter(user=user)[:50])
    unread = {item.pk for item in items if item.read_at is None}
    services.mark_all_read(user=user)
    return render(request, "notifications/list.html", {"items": items, "unread": unread})
