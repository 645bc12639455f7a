"""The home page (what this user can do next), the health endpoint and the page for a request
Django refuses (400)."""

from __future__ import annotations

from django.conf import settings
from django.contrib.auth.decorators import login_required
from django.core.exceptions import RequestDataTooBig, TooManyFieldsSent, TooManyFilesSent
from django.http import HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import redirect, render
from django.utils import timezone
from django.utils.translation import gettext as _
from django.views.decorators.http import require_safe

from revmentor.core.access import current_user
from revmentor.core.health import health_report
from revmentor.enrolment.selectors import applications_of_user
from revmentor.mentorships import selectors as mentorship_selectors
from revmentor.programs.selectors import program_list_for_user
from revmentor.support.models import KickOffGuest


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    if user.is_operator:
        # An operator has no program pages; the admin is all they run.
        return redirect("admin:index")
    programs = program_list_for_user(user=user)[:10]
    mentorship = mentorship_selectors.open_mentorship_of(user)
    side = mentorship.side_of(user.person_id) if mentorship else None
    return render(
        request,
        "core/home.html",
        {
            "programs": programs,
            "applications": applications_of_user(user=user),
            "mentorship": mentorship,
            "partner": (mentorship.mentee if side == "mentor" else mentorship.mentor)
            if mentorship
            else None,
            "next_meeting": mentorship_selectors.next_meeting(mentorship) if mentorship else None,
            "open_actions": mentorship_selectors.open_actions(mentorship) if mentorship else [],
            "cadence": mentorship_selectors.cadence_of(mentorship) if mentorship else None,
            "kickoffs": KickOffGuest.objects.filter(
                person_id=user.person_id, kickoff__starts_at__gte=timezone.now()
            ).select_related("kickoff__program")
            if user.person_id
            else [],
        },
    )


def bad_request(request: HttpRequest, exception: Exception | None = None) -> HttpResponse:
    """Django's own request limits (body size, number of fields or files) and unreadable bodies
    end here, before any view: say which limit was hit instead of a bare "Bad Request"."""
    status = 400
    if isinstance(exception, RequestDataTooBig):
        status = 413
        message = _(
            "The form sent more than %(limit)s MB of data. Files up to %(upload)s MB can be "
            "uploaded; shorten the text and try again."
        ) % {
            "limit": settings.DATA_UPLOAD_MAX_MEMORY_SIZE // (1024 * 1024),
            "upload": settings.UPLOAD_MAX_MB,
        }
    elif isinstance(exception, TooManyFieldsSent):
        message = _("The form sent more than %(limit)s fields.") % {
            "limit": settings.DATA_UPLOAD_MAX_NUMBER_FIELDS
        }
    elif isinstance(exception, TooManyFilesSent):
        message = _("The form sent more than %(limit)s files.") % {
            "limit": settings.DATA_UPLOAD_MAX_NUMBER_FILES
        }
    else:
        message = _("The request could not be read. Go back, check the form and try again.")
    return render(request, "400.html", {"message": message}, status=status)


@require_safe
def health(request: HttpRequest) -> HttpResponse:
    """200 when the database and the task queue answer, else 503 naming what failed; no login."""
    checks = health_report()
    failed = sorted(name for name, outcome in checks.items() if outcome != "ok")
    return JsonResponse(
        {"status": "error" if failed else "ok", "checks": checks, "failed": failed},
        status=503 if failed else 200,
    )
