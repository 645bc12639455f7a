"""Activate the language a logged-in user chose and the time zone of their employee record; ask
for the second factor before any page."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any
from urllib.parse import urlencode
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.urls import reverse
from django.utils import timezone, translation

from revmentor.accounts.models import User
from revmentor.accounts.selectors import mfa_device_for, mfa_required_for


class UserLanguageMiddleware:
    """Runs after authentication; the user's saved choice beats the browser's Accept-Language."""

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            language = getattr(user, "language", "") or translation.get_language()
            translation.activate(language)
            request.LANGUAGE_CODE = translation.get_language()
            person = getattr(user, "person", None)
            zone = getattr(person, "time_zone", "") if person is not None else ""
            if zone:
                try:
                    timezone.activate(ZoneInfo(zone))
                except (ValueError, KeyError):
                    timezone.deactivate()
            else:
                timezone.deactivate()
        response = self.get_response(request)
        response.headers.setdefault("Content-Language", translation.get_language())
        return response


# Pages a logged-in user may open before giving the second factor: the two-step pages
# themselves, logging out and switching language.
_OPEN_BEFORE_SECOND_FACTOR = (
    "accounts:mfa_verify",
    "accounts:mfa_setup",
    "accounts:logout",
    "accounts:set_language",
)


class SecondFactorMiddleware:
    """After the password, the second factor, before any other page (the Django admin too).

    A user with an authenticator app gives a code once per session; a user in a role that
    requires one (MFA_REQUIRED_FOR_STAFF) and has none is sent to set one up.
    """

    def __init__(self, get_response: Callable[[HttpRequest], HttpResponse]) -> None:
        self.get_response = get_response

    def __call__(self, request: HttpRequest) -> HttpResponse:
        user = getattr(request, "user", None)
        if isinstance(user, User) and user.is_authenticated:
            target = self._second_factor_page(request, user)
            if target is not None:
                return target
        return self.get_response(request)

    def _second_factor_page(self, request: HttpRequest, user: Any) -> HttpResponse | None:
        # is_verified() comes from django_otp's OTPMiddleware, which runs before this one.
        if user.is_verified():
            return None
        if request.path in {reverse(name) for name in _OPEN_BEFORE_SECOND_FACTOR}:
            return None
        if mfa_device_for(user) is not None:
            name = "accounts:mfa_verify"
        elif mfa_required_for(user):
            name = "accounts:mfa_setup"
        else:
            return None
        return HttpResponseRedirect(
            f"{reverse(name)}?{urlencode({'next': request.get_full_path()})}"
        )
