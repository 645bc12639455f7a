"""Activate the language a logged-in user chose, and the time zone of their employee record."""

from __future__ import annotations

from collections.abc import Callable
from zoneinfo import ZoneInfo

from django.http import HttpRequest, HttpResponse
from django.utils import timezone, translation


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
