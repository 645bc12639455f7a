"""Admin for people and org units."""

from __future__ import annotations

from django.contrib import admin

from revmentor.people.models import OrgUnit, Person


@admin.register(OrgUnit)
class OrgUnitAdmin(admin.ModelAdmin[OrgUnit]):
    list_display = ("path", "depth")
    search_fields = ("path",)


@admin.register(Person)
class PersonAdmin(admin.ModelAdmin[Person]):
    list_display = ("employee_id", "name", "email", "org_unit", "grade", "is_external")
    list_filter = ("is_external",)
    search_fields = ("employee_id", "name", "email")
    raw_id_fields = ("org_unit", "manager")
