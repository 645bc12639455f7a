"""The user model: log in by e-mail; a role decides what staff can do."""

from __future__ import annotations

from typing import Any, ClassVar

from django.conf import settings
from django.contrib.auth.models import AbstractBaseUser, BaseUserManager, PermissionsMixin
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Role(models.TextChoices):
    PROGRAM_MANAGER = "program_manager", _("Program manager")
    HR_SUPPORT = "hr_support", _("HR support")
    SPONSOR = "sponsor", _("Sponsor")
    PARTICIPANT = "participant", _("Participant")
    # Runs the installation (Django admin, audit log); sees no program page and no content.
    OPERATOR = "operator", _("Operator")


# The roles a program can be run with; an operator account is made only by `createsuperuser`.
PRODUCT_ROLES = (Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR, Role.PARTICIPANT)


class UserManager(BaseUserManager["User"]):
    use_in_migrations = True

    def create_user(self, email: str, password: str | None = None, **extra: Any) -> User:
        if not email:
            raise ValueError("An e-mail address is required.")
        user = self.model(email=self.normalize_email(email).lower(), **extra)
        user.set_password(password)
        user.save(using=self._db)
        return user

    def create_superuser(self, email: str, password: str | None = None, **extra: Any) -> User:
        """An operator: Django admin access, and no product role (so no program page at all)."""
        extra["is_staff"] = True
        extra["is_superuser"] = True
        extra["role"] = Role.OPERATOR
        return self.create_user(email, password, **extra)


class User(AbstractBaseUser, PermissionsMixin):
    email = models.EmailField(_("e-mail address"), unique=True)
    full_name = models.CharField(_("full name"), max_length=200, blank=True)
    role = models.CharField(_("role"), max_length=32, choices=Role, default=Role.PARTICIPANT)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    person = models.OneToOneField(
        "people.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="user",
    )
    email_non_essential = models.BooleanField(
        _("e-mail me reminders and suggestions"),
        default=True,
        help_text=_("Proposals, decisions and meeting invitations are always e-mailed."),
    )
    # is_staff only opens Django's admin and only an operator has it (a constraint below): the
    # admin can read organisation data, so a program manager with it could do what their role
    # forbids. Product permissions come from `role`.
    is_staff = models.BooleanField(_("admin access"), default=False)
    is_active = models.BooleanField(_("active"), default=True)
    date_joined = models.DateTimeField(_("date joined"), default=timezone.now)

    objects: ClassVar[UserManager] = UserManager()

    USERNAME_FIELD = "email"
    EMAIL_FIELD = "email"
    REQUIRED_FIELDS: ClassVar[list[str]] = []

    class Meta:
        verbose_name = _("user")
        verbose_name_plural = _("users")
        ordering = ("email",)
        constraints = [
            models.CheckConstraint(
                condition=models.Q(role="operator") | models.Q(is_staff=False, is_superuser=False),
                name="only_operators_have_admin_access",
            )
        ]

    def __str__(self) -> str:
        return self.full_name or self.email

    def get_full_name(self) -> str:
        return self.full_name or self.email

    def get_short_name(self) -> str:
        return self.full_name.split(" ")[0] if self.full_name else self.email

    @property
    def is_program_manager(self) -> bool:
        return self.role == Role.PROGRAM_MANAGER

    @property
    def is_hr_support(self) -> bool:
        return self.role == Role.HR_SUPPORT

    @property
    def is_sponsor(self) -> bool:
        return self.role == Role.SPONSOR

    @property
    def is_operator(self) -> bool:
        return self.role == Role.OPERATOR

    @property
    def is_staff_role(self) -> bool:
        return self.role in {Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.SPONSOR}
