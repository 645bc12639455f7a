"""Logins, logouts and failed logins, from Django's own authentication signals.

Signals here because Django's login view (and the admin's) report logins only this way; every
other entry is written by the service that makes the change.
"""

from __future__ import annotations

from typing import Any

from django.contrib.auth.signals import user_logged_in, user_logged_out, user_login_failed
from django.dispatch import receiver

from revmentor.accounts.models import User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record


@receiver(user_logged_in)
def _logged_in(sender: Any, request: Any, user: User, **kwargs: Any) -> None:
    audit_record(action=Action.LOGIN, actor=user, obj=user)


@receiver(user_logged_out)
def _logged_out(sender: Any, request: Any, user: User | None, **kwargs: Any) -> None:
    if user is not None:
        audit_record(action=Action.LOGOUT, actor=user, obj=user)


@receiver(user_login_failed)
def _login_failed(sender: Any, credentials: dict[str, Any], request: Any, **kwargs: Any) -> None:
    # The address that was tried (Django has already masked the password); no account may exist.
    tried = str(credentials.get("username") or credentials.get("email") or "").strip().lower()
    audit_record(action=Action.LOGIN_FAILED, actor=None, actor_email=tried)
