"""The home page: what this user can do next."""

from __future__ import annotations

from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import render

from revmentor.core.access import current_user
from revmentor.enrolment.selectors import applications_of_user
from revmentor.programs.selectors import program_list_for_user


@login_required
def home(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    programs = program_list_for_user(user=user)[:10]
    return render(
        request,
        "core/home.html",
        {"programs": programs, "applications": applications_of_user(user=user)},
    )
