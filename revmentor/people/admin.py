"""Admin for people and org units (operators only).

A person is never deleted here — a delete would cascade into other people's content (the
partner's notes, HR's notes); the admin offers erasure instead, through the same service as
`python manage.py erase_person`, after a confirmation page.
"""

from __future__ import annotations

from typing import Any

from django.contrib import admin, messages
from django.contrib.admin import helpers
from django.db.models import QuerySet
from django.http import HttpRequest, HttpResponse
from django.template.response import TemplateResponse
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from revmentor.core.access import current_user
from revmentor.people.models import OrgUnit, Person
from revmentor.privacy.services import person_erase


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin[OrgUnit]):
    list_display = ("path", "depth")
    search_fields = ("path",)


@admin.action(description=_("Erase the selected people (GDPR/AVG)"))
def erase_people(
    modeladmin: PersonAdmin, request: HttpRequest, queryset: QuerySet[Person]
) -> HttpResponse | None:
    people = list(queryset)
    if request.POST.get("confirmed") == "yes":
        for person in people:
            person_erase(email=person.email, by=current_user(request))
        modeladmin.message_user(
            request,
            ngettext("%(count)s person erased.", "%(count)s people erased.", len(people))
            % {"count": len(people)},
            messages.SUCCESS,
        )
        return None
    return TemplateResponse(
        request,
        "admin/people/confirm_erase.html",
        {
            **modeladmin.admin_site.each_context(request),
            "title": _("Erase people"),
            "people": people,
            "opts": modeladmin.model._meta,
            "action_checkbox_name": helpers.ACTION_CHECKBOX_NAME,
        },
    )


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ("employee_id", "name", "email", "org_unit", "grade", "is_external")
    list_filter = ("is_external",)
    search_fields = ("employee_id", "name", "email")
    raw_id_fields = ("org_unit", "manager")
    actions = (erase_people,)

    def has_delete_permission(self, request: HttpRequest, obj: Any = None) -> bool:
        return False
