"""The audit log: who did what to which object, and when — never what anyone wrote.

Entries are append-only: the model refuses to change or delete a saved entry, so the log cannot
be edited through the ORM, the admin or a service. `detail` holds codes and ids (a role, a state),
never free text written by a person.
"""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _


class Action(models.TextChoices):
    ROLE_CHANGED = "role_changed", _("Role changed")
    PERSON_LINKED = "person_linked", _("Account linked to a person")
    ADMIN_CHANGE = "admin_change", _("Changed in the admin")
    PERSON_EXPORTED = "person_exported", _("A person's data exported")
    PERSON_ERASED = "person_erased", _("A person erased")
    LOGIN = "login", _("Logged in")
    LOGIN_FAILED = "login_failed", _("Failed login")
    LOGOUT = "logout", _("Logged out")
    PROGRAM_STAGE = "program_stage", _("Program stage changed")
    APPLICATION_DECIDED = "application_decided", _("Application decided")
    MATCHING_PUBLISHED = "matching_published", _("Matching run published")
    MENTORSHIP_STATE = "mentorship_state", _("Mentorship state changed")
    PEOPLE_IMPORTED = "people_imported", _("People imported")
    PERSON_VIEWED = "person_viewed", _("A person's page viewed")
    HR_CASE_VIEWED = "hr_case_viewed", _("An HR case viewed")
    AUDIT_EXPORTED = "audit_exported", _("Audit log exported")
    MEETING_CHANGED = "meeting_changed", _("Meeting planned, moved, cancelled or marked")
    APPLICATION_SUBMITTED = "application_submitted", _("Application sent")
    APPLICATION_WITHDRAWN = "application_withdrawn", _("Application withdrawn")
    INVITATIONS_SENT = "invitations_sent", _("Invitations sent")
    ATTENTION_RECORDED = "attention_recorded", _("Intervention recorded")
    MATCHING_RUN = "matching_run", _("Matching run made")
    PAIR_RULE_CHANGED = "pair_rule_changed", _("Pin or block set or removed")
    CHARTER_CHANGED = "charter_changed", _("Charter changed")
    RECRUITMENT_CHANGED = "recruitment_changed", _("Recruitment settings changed")
    ARTICLE_ADDED = "article_added", _("Article added")
    CIRCLE_CREATED = "circle_created", _("Peer circle made")
    HR_CASE_OPENED = "hr_case_opened", _("Mentee put in an HR caseload")
    HR_TALK_UPDATED = "hr_talk_updated", _("HR support talk planned or held")
    KICKOFF_PLANNED = "kickoff_planned", _("Kick-off planned")


class AppendOnly(Exception):
    """Raised when code tries to change or delete an audit entry."""


class AuditEntry(models.Model):
    at = models.DateTimeField(_("when"), default=timezone.now, db_index=True)
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("who"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    # Kept beside the foreign key so the entry still says who it was if the account goes.
    actor_email = models.CharField(_("who (e-mail)"), max_length=254, blank=True)
    action = models.CharField(_("what"), max_length=32, choices=Action)
    object_type = models.CharField(_("object type"), max_length=64, blank=True)
    object_id = models.CharField(_("object id"), max_length=64, blank=True)
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    detail = models.JSONField(_("detail"), default=dict, blank=True)

    class Meta:
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit entries")
        ordering = ("-at", "-pk")

    def __str__(self) -> str:
        return f"{self.at:%Y-%m-%d %H:%M} {self.action} {self.object_type}:{self.object_id}"

    def save(self, *args: Any, **kwargs: Any) -> None:
        if self.pk is not None:
            raise AppendOnly("Audit entries cannot be changed.")
        super().save(*args, **kwargs)

    def delete(self, *args: Any, **kwargs: Any) -> tuple[int, dict[str, int]]:
        raise AppendOnly("Audit entries cannot be deleted.")
