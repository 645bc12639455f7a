"""Idle session timeout: a logged-in session lasts one idle period after the user's last request.

The period is short for staff roles (they see many people's data) and long for participants
(they see their own pair only). The expiry is an absolute time kept in the session, and so in the
session table's expire_date: Django's session store drops the session once it has passed.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from django.conf import settings
from django.contrib.sessions.backends.base import SessionBase
from django.http import HttpRequest
from django.utils import timezone

from revmentor.accounts.models import Role

# The expiry is written again only when it has drifted this far from a full idle period, so that
# a busy user costs one session write a minute rather than one per request.
REFRESH_SLACK = dt.timedelta(minutes=1)


def idle_timeout_for(user: Any) -> dt.timedelta:
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


def session_refresh_idle_expiry(*, session: SessionBase, user: Any) -> None:
    """Move the session's expiry to one idle period from now (unless it is already about there)."""
    timeout = idle_timeout_for(user)
    now = timezone.now()
    # Without an expiry of its own the session would fall back to SESSION_COOKIE_AGE counted
    # from its last write, which activity alone does not move.
    unset = session.get("_session_expiry") is None
    if unset or abs(session.get_expiry_date() - now - timeout) > REFRESH_SLACK:
        session.set_expiry(now + timeout)


def on_user_logged_in(sender: Any, request: HttpRequest | None, user: Any, **kwargs: Any) -> None:
    # At login the session is written anyway: set the period there, not on the next request.
    if request is not None and hasattr(request, "session"):
        session_refresh_idle_expiry(session=request.session, user=user)
