"""Cross-cutting response rules: no caching of pages, and sessions that end when left idle."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse
from django.utils import timezone
from django.utils.cache import patch_cache_control

from revmentor.accounts.models import Role

# A session's expiry is written again only when it has drifted this far from a full idle period,
# so that a busy user costs one session write a minute rather than one per request.
_REFRESH_SLACK = dt.timedelta(minutes=1)


class NoStoreMiddleware:
    """Every page and download the application answers is `Cache-Control: no-store`.

    Nearly every page shows someone's data (names, pairs, notes, cases), and the few that do not
    (login, password reset, the applicant form) carry form tokens and what was typed into them; a
    shared computer's browser cache or a proxy must keep none of it. Static files never reach this
    middleware: WhiteNoise answers them above it, with long caching for hashed names.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        patch_cache_control(response, no_store=True)
        return response


def idle_timeout_for(user: object) -> dt.timedelta:
    """How long this user's session lasts without a request: short for any staff account."""
    is_participant = (
        getattr(user, "role", None) == Role.PARTICIPANT
        and not getattr(user, "is_staff", False)
        and not getattr(user, "is_superuser", False)
    )
    hours = (
        settings.SESSION_IDLE_TIMEOUT_PARTICIPANT_HOURS
        if is_participant
        else settings.SESSION_IDLE_TIMEOUT_HOURS
    )
    return dt.timedelta(hours=hours)


class IdleSessionTimeoutMiddleware:
    """A logged-in user's session expires one idle period after their last request.

    Runs after the view, so the login request itself gets the period of the user who just logged
    in. The expiry is an absolute time in the session (and so in the session table's expire_date):
    Django's session store then drops the session once it has passed, and the user must log in.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            timeout = idle_timeout_for(user)
            now = timezone.now()
            # Without an expiry of its own the session would fall back to SESSION_COOKIE_AGE
            # counted from its last write, which activity alone does not move.
            unset = request.session.get("_session_expiry") is None
            remaining = request.session.get_expiry_date() - now
            if unset or abs(remaining - timeout) > _REFRESH_SLACK:
                request.session.set_expiry(now + timeout)
        return response
