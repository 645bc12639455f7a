"""Admin for users, for operators only: what an account is, never how to become someone else.

The admin cannot set a password (people reset their own), cannot change which person an account
belongs to, cannot grant admin access (only `createsuperuser` makes an operator) and changes a
role only through the audited service. Content models are not registered anywhere
(`revmentor.core.tests.test_admin_confidentiality` fails if one is).
"""

from __future__ import annotations

from typing import Any

from django import forms
from django.contrib import admin
from django.contrib.auth.models import Group
from django.http import HttpRequest

from revmentor.accounts.models import PRODUCT_ROLES, Role, User
from revmentor.accounts.services import user_set_role
from revmentor.core.access import current_user

# Groups and permissions play no part in revmentor; an editable group could grant admin rights.
admin.site.unregister(Group)


class UserAdminForm(forms.ModelForm[User]):
    class Meta:
        model = User
        fields = ("full_name", "language", "role", "is_active")

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields.get("role")
        if isinstance(field, forms.ChoiceField):
            field.choices = [(role.value, role.label) for role in PRODUCT_ROLES]


@admin.register(User)
class UserAdmin(admin.ModelAdmin[User]):
    form = UserAdminForm
    ordering = ("email",)
    list_display = ("email", "full_name", "role", "language", "is_active", "last_login")
    list_filter = ("role", "language", "is_active")
    search_fields = ("email", "full_name")
    fields = (
        "email",
        "full_name",
        "language",
        "role",
        "person",
        "is_active",
        "is_staff",
        "last_login",
        "date_joined",
    )

    def get_readonly_fields(self, request: HttpRequest, obj: User | None = None) -> tuple[str, ...]:
        readonly = ("email", "person", "is_staff", "last_login", "date_joined")
        if obj is not None and obj.role == Role.OPERATOR:
            return (*readonly, "role")
        return readonly

    def has_add_permission(self, request: HttpRequest) -> bool:
        # Accounts come from the product's flows (invitations, accepted applications) and
        # operators from `createsuperuser`.
        return False

    def has_delete_permission(self, request: HttpRequest, obj: User | None = None) -> bool:
        # Deleting an account would take other people's records with it; erasure is a service.
        return False

    def save_model(self, request: HttpRequest, obj: User, form: Any, change: bool) -> None:
        role = form.cleaned_data.get("role")
        if role and "role" in form.changed_data:
            # The role goes through the service (audit entry, notice to the user); the form's
            # other fields are saved without it.
            obj.role = User.objects.values_list("role", flat=True).get(pk=obj.pk)
            obj.save(update_fields=["full_name", "language", "is_active"])
            user_set_role(user=obj, role=role, by=current_user(request))
            return
        obj.save(update_fields=["full_name", "language", "is_active"])
