"""Cross-cutting response rules: no caching of pages, and sessions that end when left idle."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse
from django.utils.cache import patch_cache_control

from revmentor.core.sessions import session_refresh_idle_expiry


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


class IdleSessionTimeoutMiddleware:
    """A logged-in user's session expires one idle period after their last request.

    Runs after the view, so that a request that logs someone in or out is judged by its outcome.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        response = self.get_response(request)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            session_refresh_idle_expiry(session=request.session, user=user)
        return response
