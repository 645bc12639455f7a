"""Access checks at the edge: who may open which page.

Anonymous visitors are sent to the login page; a logged-in user without the role gets 403;
objects a user may not know about are 404 (decided by each app's access helper).
"""

from __future__ import annotations

from collections.abc import Callable
from functools import wraps
from typing import Any, TypeVar

from django.contrib.auth.views import redirect_to_login
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponseBase

from revmentor.accounts.models import Role, User

View = TypeVar("View", bound=Callable[..., HttpResponseBase])

STAFF_ROLES = (Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR)
EDITORS = (Role.PROGRAM_MANAGER,)


def current_user(request: HttpRequest) -> User:
    user = request.user
    assert isinstance(user, User), "only for views behind role_required/login_required"
    return user


def role_required(*roles: str) -> Callable[[View], View]:
    """Let a view through only for logged-in users whose role is one of `roles`."""

    def decorator(view: View) -> View:
        @wraps(view)
        def wrapper(request: HttpRequest, *args: Any, **kwargs: Any) -> HttpResponseBase:
            if not request.user.is_authenticated:
                return redirect_to_login(request.get_full_path())
            if getattr(request.user, "role", None) not in roles:
                raise PermissionDenied
            return view(request, *args, **kwargs)

        return wrapper  # type: ignore[return-value]

    return decorator
