"""Pages for the organisation: the tree, a person's line, and the import."""

from __future__ import annotations

from django.contrib import messages
from django.core.paginator import Paginator
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.translation import gettext as _
from django.views.decorators.http import require_POST

from revmentor.accounts.models import Role
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.access import current_user, role_required
from revmentor.core.exceptions import DomainError
from revmentor.people import selectors, services
from revmentor.people.forms import ImportUploadForm, OrganisationSearchForm
from revmentor.people.importing import COLUMN_LABELS, preview_problems
from revmentor.people.models import OrgUnit, PeopleImport, Person

ORG_READERS = (Role.PROGRAM_MANAGER, Role.HR_SUPPORT)
PAGE_SIZE = 50


@role_required(*ORG_READERS)
def organisation(request: HttpRequest) -> HttpResponse:
    form = OrganisationSearchForm(request.GET)
    form.is_valid()
    query = form.cleaned_data.get("q") or ""
    unit_id = form.cleaned_data.get("unit")
    unit = OrgUnit.objects.filter(pk=unit_id).first() if unit_id else None
    page = Paginator(selectors.person_search(query=query, unit=unit), PAGE_SIZE).get_page(
        request.GET.get("page")
    )
    context = {"form": form, "query": query, "unit": unit, "page": page}
    if request.headers.get("HX-Request"):
        return render(request, "people/_people_list.html", context)
    context["tree"] = selectors.org_tree()
    context["open_ids"] = selectors.unit_ancestor_ids(unit) if unit else set()
    context["people_count"] = selectors.people_count()
    return render(request, "people/organisation.html", context)


@role_required(*ORG_READERS)
def person_detail(request: HttpRequest, pk: int) -> HttpResponse:
    person = get_object_or_404(Person.objects.select_related("org_unit"), pk=pk)
    audit_record(action=Action.PERSON_VIEWED, actor=current_user(request), obj=person)
    return render(
        request,
        "people/person_detail.html",
        {
            "person": person,
            "line": selectors.reporting_line(person),
            "reports": selectors.direct_reports(person),
        },
    )


@role_required(Role.PROGRAM_MANAGER)
def import_upload(request: HttpRequest) -> HttpResponse:
    problems = []
    if request.method == "POST":
        form = ImportUploadForm(request.POST, request.FILES)
        if form.is_valid():
            upload = form.cleaned_data["file"]
            try:
                pending = services.people_import_preview(
                    file_name=upload.name or "upload",
                    content=upload.read(),
                    uploaded_by=current_user(request),
                )
            except services.ImportRejected as rejected:
                problems = rejected.problems
                messages.error(request, rejected.message)
            except DomainError as error:
                form.add_error("file", error.message)
            else:
                return redirect("people:import_preview", pk=pending.pk)
    else:
        form = ImportUploadForm()
    status = 400 if request.method == "POST" and (problems or form.errors) else 200
    return render(
        request,
        "people/import_upload.html",
        {
            "form": form,
            "problems": problems,
            "column_labels": COLUMN_LABELS,
            "recent": selectors.recent_imports(),
        },
        status=status,
    )


@role_required(Role.PROGRAM_MANAGER)
def import_preview(request: HttpRequest, pk: int) -> HttpResponse:
    # Rendered from the preview stored at upload: a page view (or a progress poll) never reads
    # the file again.
    pending = get_object_or_404(selectors.people_import_for_preview(), pk=pk)
    preview = pending.preview
    return render(
        request,
        "people/import_preview.html",
        {
            "pending": pending,
            "preview": preview,
            "problems": preview_problems(preview),
            "column_labels": COLUMN_LABELS,
        },
    )


@require_POST
@role_required(Role.PROGRAM_MANAGER)
def import_confirm(request: HttpRequest, pk: int) -> HttpResponse:
    pending = get_object_or_404(PeopleImport, pk=pk)
    try:
        plan = services.people_import_apply(people_import=pending, by=current_user(request))
    except services.ImportRejected as rejected:
        messages.error(request, rejected.message)
        return redirect("people:import_preview", pk=pending.pk)
    except DomainError as error:
        messages.error(request, error.message)
        return redirect("people:import")
    messages.success(
        request,
        _("Import applied: %(created)s created, %(updated)s updated, %(unchanged)s unchanged.")
        % {
            "created": len(plan.creates),
            "updated": len(plan.updates),
            "unchanged": len(plan.unchanged),
        },
    )
    return redirect("people:organisation")
