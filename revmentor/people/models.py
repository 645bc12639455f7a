"""Org units (a tree of departments) and the people in them, with their managers."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class OrgUnit(models.Model):
    name = models.CharField(_("name"), max_length=200)
    parent = models.ForeignKey(
        "self",
        verbose_name=_("parent unit"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="children",
    )
    # The full path ("Marketing/Digital") is the unit's identity in imports; stored so a whole
    # tree loads in one query and matching can compare top-level units without walking parents.
    path = models.CharField(_("path"), max_length=1000, unique=True)
    depth = models.PositiveSmallIntegerField(_("depth"), default=0)

    class Meta:
        verbose_name = _("org unit")
        verbose_name_plural = _("org units")
        ordering = ("path",)

    def __str__(self) -> str:
        return self.path

    @property
    def top_level_path(self) -> str:
        return self.path.split("/", 1)[0]


class Person(models.Model):
    employee_id = models.CharField(_("employee id"), max_length=64, unique=True)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"), unique=True)
    org_unit = models.ForeignKey(
        OrgUnit,
        verbose_name=_("department"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="people",
    )
    # Keyed by employee id, the identity imports sync on, so a whole file can be written in one
    # bulk insert in any order (the constraint is checked at commit).
    manager = models.ForeignKey(
        "self",
        verbose_name=_("manager"),
        to_field="employee_id",
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="direct_reports",
    )
    job_title = models.CharField(_("job title"), max_length=200, blank=True)
    grade = models.PositiveSmallIntegerField(
        _("grade"), null=True, blank=True, help_text=_("A higher number is more senior.")
    )
    languages = models.JSONField(_("languages"), default=list, blank=True)
    location = models.CharField(_("location"), max_length=200, blank=True)
    time_zone = models.CharField(_("time zone"), max_length=64, blank=True)
    is_external = models.BooleanField(_("external"), default=False)
    institution = models.CharField(_("institution"), max_length=200, blank=True)

    class Meta:
        verbose_name = _("person")
        verbose_name_plural = _("people")
        ordering = ("name", "employee_id")

    def __str__(self) -> str:
        return f"{self.name} ({self.employee_id})"


class PeopleImport(models.Model):
    """An uploaded organisation file between upload and confirmation.

    The file is read once, at upload or by the task worker for a big file, and what the preview
    shows is stored in `preview`; pages render from it and never read the file again. The file
    itself is kept only until it is confirmed or rejected, and housekeeping deletes whatever is
    left unconfirmed after a day (`people_import_purge_stale`)."""

    class Status(models.TextChoices):
        READING = "reading", _("Being read")
        PREVIEWED = "previewed", _("Previewed")
        REJECTED = "rejected", _("Rejected")
        APPLIED = "applied", _("Applied")

    file_name = models.CharField(_("file name"), max_length=255)
    content = models.BinaryField(_("content"), blank=True, default=b"")
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    uploaded_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("uploaded by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("uploaded at"), auto_now_add=True)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.PREVIEWED)
    # Percent of the file read, while the task worker reads a big file.
    progress = models.PositiveSmallIntegerField(_("progress"), default=0)
    preview = models.JSONField(_("preview"), default=dict, blank=True)
    applied_at = models.DateTimeField(_("applied at"), null=True, blank=True)
    created_count = models.PositiveIntegerField(_("created"), default=0)
    updated_count = models.PositiveIntegerField(_("updated"), default=0)
    unchanged_count = models.PositiveIntegerField(_("unchanged"), default=0)

    class Meta:
        verbose_name = _("people import")
        verbose_name_plural = _("people imports")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.file_name
