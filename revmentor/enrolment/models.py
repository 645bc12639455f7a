"""Applications with their intake answers, the recruitment settings of a program, invitations,
and the participants that selection produces."""

from __future__ import annotations

import secrets

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _
from django.utils.translation import pgettext_lazy

ONE_TO_FIVE = [MinValueValidator(1), MaxValueValidator(5)]


class Role(models.TextChoices):
    MENTOR = "mentor", _("Mentor")
    MENTEE = "mentee", _("Mentee")


class ApplicationStatus(models.TextChoices):
    UNCONFIRMED = "unconfirmed", _("E-mail not confirmed")
    SUBMITTED = "submitted", _("Submitted")
    WAITLISTED = "waitlisted", _("Wait-listed")
    ACCEPTED = "accepted", _("Accepted")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


WEEKDAYS = ("mon", "tue", "wed", "thu", "fri")
DAY_PARTS = ("morning", "afternoon", "evening")
AVAILABILITY_SLOTS = [f"{day}_{part}" for day in WEEKDAYS for part in DAY_PARTS]
# Whole phrases, so each language can write them its own way ("maandagochtend").
SLOT_LABELS = {
    "mon_morning": _("Monday morning"),
    "mon_afternoon": _("Monday afternoon"),
    "mon_evening": _("Monday evening"),
    "tue_morning": _("Tuesday morning"),
    "tue_afternoon": _("Tuesday afternoon"),
    "tue_evening": _("Tuesday evening"),
    "wed_morning": _("Wednesday morning"),
    "wed_afternoon": _("Wednesday afternoon"),
    "wed_evening": _("Wednesday evening"),
    "thu_morning": _("Thursday morning"),
    "thu_afternoon": _("Thursday afternoon"),
    "thu_evening": _("Thursday evening"),
    "fri_morning": _("Friday morning"),
    "fri_afternoon": _("Friday afternoon"),
    "fri_evening": _("Friday evening"),
}


def _new_token() -> str:
    return secrets.token_urlsafe(16)


class Recruitment(models.Model):
    """How a program recruits: the external link, selection weights and data retention."""

    program = models.OneToOneField(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="recruitment",
    )
    external_token = models.CharField(
        _("link code"), max_length=64, unique=True, default=_new_token
    )
    external_link_open = models.BooleanField(_("external application link open"), default=True)
    weight_passion = models.PositiveSmallIntegerField(_("weight of the passion rating"), default=40)
    weight_topics = models.PositiveSmallIntegerField(_("weight of topic levels"), default=30)
    weight_reach = models.PositiveSmallIntegerField(_("weight of media reach"), default=30)
    retention_days = models.PositiveIntegerField(
        _("keep withdrawn and rejected applications (days)"),
        default=180,
        help_text=_("After this many days their personal data is removed."),
    )
    content_retention_days = models.PositiveIntegerField(
        _("keep what ended pairs wrote (days)"),
        default=365,
        help_text=_(
            "This many days after a mentorship ends, its notes, logs, agendas, actions, reasons "
            "and answers are removed; dates and states stay."
        ),
    )

    class Meta:
        verbose_name = _("recruitment")
        verbose_name_plural = _("recruitments")

    def __str__(self) -> str:
        return str(self.program)


class Application(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="applications",
    )
    role = models.CharField(_("role"), max_length=8, choices=Role)
    status = models.CharField(
        _("status"), max_length=16, choices=ApplicationStatus, default=ApplicationStatus.SUBMITTED
    )
    # Employees apply as themselves; external applicants have no person until they are accepted.
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="applications",
    )
    is_external = models.BooleanField(_("external applicant"), default=False)
    name = models.CharField(_("name"), max_length=200)
    email = models.EmailField(_("e-mail address"))
    institution = models.CharField(_("school or university"), max_length=200, blank=True)
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    email_confirmed_at = models.DateTimeField(_("e-mail confirmed at"), null=True, blank=True)

    # Intake, both roles
    languages = models.JSONField(_("languages"), default=list)
    formats = models.JSONField(_("meeting formats"), default=list)
    availability = models.JSONField(_("weekly availability"), default=list, blank=True)
    # Intake, mentors
    motivation = models.TextField(_("motivation"), blank=True)
    capacity = models.PositiveSmallIntegerField(
        _("how many mentees"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(3)],
    )
    blog_url = models.URLField(_("blog"), blank=True)
    video_channel_url = models.URLField(_("video channel"), blank=True)
    social_profile_url = models.URLField(_("social media profile"), blank=True)
    post_count = models.PositiveIntegerField(_("posts"), null=True, blank=True)
    video_count = models.PositiveIntegerField(_("videos"), null=True, blank=True)
    follower_count = models.PositiveIntegerField(
        _("followers or subscribers"), null=True, blank=True
    )
    typical_views = models.PositiveIntegerField(
        _("typical views per post or video"), null=True, blank=True
    )
    # Intake, mentees
    why_it_matters = models.TextField(_("why it matters for my role"), blank=True)

    # Agreements, with the charter version they were given for
    ground_rules_accepted_at = models.DateTimeField(
        _("ground rules accepted at"), null=True, blank=True
    )
    consent_given_at = models.DateTimeField(_("consent given at"), null=True, blank=True)
    charter_version = models.PositiveIntegerField(_("charter version accepted"), default=1)

    # Review: never shown to the applicant
    passion_rating = models.PositiveSmallIntegerField(
        _("passion"), null=True, blank=True, validators=ONE_TO_FIVE
    )
    fit_rating = models.PositiveSmallIntegerField(
        _("fit"), null=True, blank=True, validators=ONE_TO_FIVE
    )
    review_note = models.TextField(_("reviewer's note"), blank=True)
    reviewed_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewed by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    reviewed_at = models.DateTimeField(_("reviewed at"), null=True, blank=True)
    decision_reason = models.TextField(_("reason for the decision"), blank=True)
    decided_at = models.DateTimeField(_("decided at"), null=True, blank=True)
    withdrawn_at = models.DateTimeField(_("withdrawn at"), null=True, blank=True)

    created_at = models.DateTimeField(pgettext_lazy("application", "applied at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("application")
        verbose_name_plural = _("applications")
        ordering = ("-created_at",)
        constraints = [
            models.UniqueConstraint(
                fields=["program", "person"],
                condition=models.Q(person__isnull=False),
                name="one_application_per_person_per_program",
            ),
            models.UniqueConstraint(
                fields=["program", "email"],
                condition=models.Q(is_external=True),
                name="one_external_application_per_email_per_program",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.name} ({self.get_role_display()})"

    def get_formats_display(self) -> list[str]:
        from revmentor.programs.models import format_labels

        return format_labels(self.formats)

    def get_availability_display(self) -> list[str]:
        return [str(SLOT_LABELS.get(slot, slot)) for slot in self.availability]

    def get_languages_display(self) -> list[str]:
        from revmentor.enrolment.forms import LANGUAGE_CHOICES

        labels = dict(LANGUAGE_CHOICES)
        return [str(labels.get(code, code)) for code in self.languages]

    @property
    def is_open_for_changes(self) -> bool:
        return self.status in {
            ApplicationStatus.UNCONFIRMED,
            ApplicationStatus.SUBMITTED,
            ApplicationStatus.WAITLISTED,
        }


class ApplicationTopic(models.Model):
    """A mentor's level in a topic, or a mentee's learning goal with its priority."""

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="topics"
    )
    topic = models.ForeignKey(
        "programs.Topic", verbose_name=_("topic"), on_delete=models.CASCADE, related_name="+"
    )
    value = models.PositiveSmallIntegerField(_("level or priority"), validators=ONE_TO_FIVE)
    text = models.CharField(_("evidence or goal"), max_length=500, blank=True)
    self_assessment = models.PositiveSmallIntegerField(
        _("self-assessment"), null=True, blank=True, validators=ONE_TO_FIVE
    )

    class Meta:
        verbose_name = _("application topic")
        verbose_name_plural = _("application topics")
        constraints = [
            models.UniqueConstraint(fields=["application", "topic"], name="one_answer_per_topic")
        ]

    def __str__(self) -> str:
        return f"{self.topic}: {self.value}"


class AvoidedPerson(models.Model):
    """Someone a mentee would rather not be matched with. Never shown to that person."""

    application = models.ForeignKey(
        Application, verbose_name=_("application"), on_delete=models.CASCADE, related_name="avoided"
    )
    person = models.ForeignKey(
        "people.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )

    class Meta:
        verbose_name = _("person to avoid")
        verbose_name_plural = _("people to avoid")
        constraints = [models.UniqueConstraint(fields=["application", "person"], name="avoid_once")]

    def __str__(self) -> str:
        return str(self.person_id)


class Invitation(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="invitations",
    )
    invited_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("invited by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    invited_at = models.DateTimeField(_("invited at"), auto_now_add=True)
    reminded_at = models.DateTimeField(_("last reminder"), null=True, blank=True)
    reminder_count = models.PositiveSmallIntegerField(_("reminders sent"), default=0)

    class Meta:
        verbose_name = _("invitation")
        verbose_name_plural = _("invitations")
        constraints = [
            models.UniqueConstraint(fields=["program", "person"], name="invite_once_per_program")
        ]

    def __str__(self) -> str:
        return f"{self.person_id} → {self.program_id}"


class Participant(models.Model):
    """An accepted applicant: who the matching stage works with."""

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="participants",
    )
    person = models.ForeignKey(
        "people.Person",
        verbose_name=_("person"),
        on_delete=models.CASCADE,
        related_name="participations",
    )
    role = models.CharField(_("role"), max_length=8, choices=Role)
    application = models.OneToOneField(
        Application,
        verbose_name=_("application"),
        on_delete=models.CASCADE,
        related_name="participant",
    )
    created_at = models.DateTimeField(_("accepted at"), auto_now_add=True)

    class Meta:
        verbose_name = _("participant")
        verbose_name_plural = _("participants")
        ordering = ("role", "person__name")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "person"], name="one_role_per_person_per_program"
            )
        ]

    def __str__(self) -> str:
        return f"{self.person} ({self.get_role_display()})"
