"""Pages for programs: list, create, the charter (edit and read) and stage changes."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.db import transaction
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect, render
from django.template.loader import render_to_string
from django.utils import translation
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.programs import selectors, services
from revmentor.programs.forms import (
    CharterForm,
    ObjectiveFormSet,
    ProgramCreateForm,
    TopicFormSet,
    formset_inputs,
)
from revmentor.programs.models import Program, Status

READERS = (Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR)
EVERYONE = (*READERS, Role.PARTICIPANT)


@role_required(*READERS)
def program_list(request: HttpRequest) -> HttpResponse:
    programs = selectors.program_list_for_user(user=current_user(request))
    return render(request, "programs/program_list.html", {"programs": programs})


@role_required(Role.PROGRAM_MANAGER)
def program_create(request: HttpRequest) -> HttpResponse:
    user = current_user(request)
    language = translation.get_language() or "en"
    form = ProgramCreateForm(request.POST or None, language=language)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        if data["template"]:
            program = services.program_create_from_template(
                template_key=data["template"],
                name=data["name"],
                language=data["language"],
                start_date=data["start_date"],
                created_by=user,
            )
        else:
            program = services.program_create(
                name=data["name"], language=data["language"], created_by=user
            )
        messages.success(
            request, _("Draft created. Complete the charter before recruitment opens.")
        )
        return redirect("programs:detail", pk=program.pk)
    return render(request, "programs/program_create.html", {"form": form})


@role_required(*READERS)
def program_detail(request: HttpRequest, pk: int) -> HttpResponse:
    program = selectors.program_for_user(user=current_user(request), pk=pk)
    next_status = services.next_status(program)
    return render(
        request,
        "programs/program_detail.html",
        {
            "program": program,
            "missing": selectors.charter_missing(program),
            "next_status": next_status,
            "next_label": Status(next_status).label if next_status else "",
            "can_edit": current_user(request).role == Role.PROGRAM_MANAGER,
            "stages": Status.choices,
            "objectives": program.objectives.all(),
            "topics": program.topics.all(),
        },
    )


def _objective_initial(program: Any) -> list[dict[str, Any]]:
    return [
        {"pk": o.pk, "description": o.description, "target": o.target, "measurement": o.measurement}
        for o in program.objectives.all()
    ]


def _topic_initial(program: Any) -> list[dict[str, Any]]:
    return [
        {"pk": t.pk, "name": t.name, "description": t.description} for t in program.topics.all()
    ]


@role_required(Role.PROGRAM_MANAGER)
def program_edit(request: HttpRequest, pk: int) -> HttpResponse:
    program = selectors.program_for_user(user=current_user(request), pk=pk)
    if not program.is_editable:
        messages.error(request, services.CharterLocked().message)
        return redirect("programs:detail", pk=program.pk)
    data = request.POST if request.method == "POST" else None
    form = CharterForm(data, instance=program)
    objectives = ObjectiveFormSet(data, initial=_objective_initial(program), prefix="objectives")
    topics = TopicFormSet(data, initial=_topic_initial(program), prefix="topics")
    if request.method == "POST":
        if form.is_valid() and objectives.is_valid() and topics.is_valid():
            try:
                with transaction.atomic():
                    services.program_update_charter(
                        program=program,
                        fields=form.charter_fields(),
                        mentor_units=list(form.cleaned_data["mentor_units"]),
                        mentee_units=list(form.cleaned_data["mentee_units"]),
                        objectives=formset_inputs(objectives),
                        topics=formset_inputs(topics),
                        by=current_user(request),
                    )
            except DomainError as error:
                messages.error(request, error.message)
            else:
                messages.success(request, _("Charter saved."))
                return redirect("programs:detail", pk=program.pk)
        else:
            messages.error(request, _("Some answers need attention; see the marked fields."))
    return render(
        request,
        "programs/program_edit.html",
        {
            "program": program,
            "form": form,
            "objectives": objectives,
            "topics": topics,
            "missing": selectors.charter_missing(program),
        },
    )


def charter_html(request: HttpRequest, program: Program) -> str:
    """The readable charter. It is what participants accept, so it is shown in the program's
    language whatever language the reader's interface uses."""
    with translation.override(program.language):
        return render_to_string(
            "programs/_charter.html",
            {
                "program": program,
                "objectives": program.objectives.all(),
                "topics": program.topics.all(),
                "mentor_units": program.mentor_units.all(),
                "mentee_units": program.mentee_units.all(),
            },
            request=request,
        )


@role_required(*EVERYONE)
def program_charter(request: HttpRequest, pk: int) -> HttpResponse:
    program = selectors.program_for_user(user=current_user(request), pk=pk)
    return render(
        request,
        "programs/program_charter.html",
        {"program": program, "charter_html": charter_html(request, program)},
    )


@require_POST
@role_required(Role.PROGRAM_MANAGER)
def program_transition(request: HttpRequest, pk: int) -> HttpResponse:
    program = selectors.program_for_user(user=current_user(request), pk=pk)
    target = request.POST.get("target", "")
    action = services.TRANSITIONS.get(target)  # type: ignore[call-overload]
    if action is None:
        messages.error(request, _("Unknown stage."))
        return redirect("programs:detail", pk=program.pk)
    try:
        program = action(program=program, by=current_user(request))
    except DomainError as error:
        messages.error(request, error.message)
    else:
        messages.success(
            request,
            _("The program is now in stage “%(stage)s”.") % {"stage": program.get_status_display()},
        )
    return redirect("programs:detail", pk=program.pk)
