"""The page where every user reads what revmentor holds about them and downloads it."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render
from django.utils import timezone
from django.views.decorators.http import require_POST

from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.access import current_user
from revmentor.privacy.selectors import person_data, person_export_zip


@login_required
def my_data(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    data = person_data(person=user.person, user=user)
    return render(request, "privacy/my_data.html", {"data": data})


@require_POST
@login_required
def my_data_download(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    content = person_export_zip(person=user.person, user=user, language=user.language)
    audit_record(action=Action.PERSON_EXPORTED, actor=user, obj=user, detail={"by": "self"})
    response = HttpResponse(content, content_type="application/zip")
    stamp = timezone.localdate().isoformat()
    response["Content-Disposition"] = f'attachment; filename="revmentor-my-data-{stamp}.zip"'
    response["Cache-Control"] = "no-store"
    return response
