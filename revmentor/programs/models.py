"""A reverse mentoring program and its charter: why, ground rules, who, how and how often."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class GoalType(models.TextChoices):
    DIGITAL_FLUENCY = "digital_fluency", _("Digital fluency")
    YOUNG_CUSTOMERS = "young_customers", _("Insight into young customers")
    RETENTION = "retention", _("Retention and engagement")
    DIVERSITY_INCLUSION = "diversity_inclusion", _("Diversity, inclusion and culture")
    JUNIOR_LEADERSHIP = "junior_leadership", _("Leadership development of juniors")
    CHANGE_COMMUNICATION = "change_communication", _("Change and upward communication")
    BEHAVIOURAL_FEEDBACK = "behavioural_feedback", _("Behavioural feedback for leaders")


class Status(models.TextChoices):
    DRAFT = "draft", _("Draft")
    RECRUITING = "recruiting", _("Recruiting")
    MATCHING = "matching", _("Matching")
    RUNNING = "running", _("Running")
    CLOSING = "closing", _("Closing")
    CLOSED = "closed", _("Closed")


class Population(models.TextChoices):
    INTERNAL = "internal", _("Employees only")
    EXTERNAL = "external", _("External people only (such as students)")
    BOTH = "both", _("Employees and external people")


class MatchingMethod(models.TextChoices):
    ALGORITHMIC = "algorithmic", _("Algorithmic matching, reviewed by the program manager")
    SHORTLIST = "shortlist", _("Participants choose from a shortlist")
    MANUAL = "manual", _("Manual matching by the program manager")


class MeetingFormat(models.TextChoices):
    CONVERSATION = "conversation", _("Conversation on agreed topics")
    SHADOWING = "shadowing", _("Shadowing with a debrief")
    REMOTE = "remote", _("Remote, by video")


def format_labels(codes: list[str]) -> list[str]:
    """Meeting formats as their readers' words, in the order given."""
    labels = dict(MeetingFormat.choices)
    return [str(labels.get(code, code)) for code in codes]


class ProfileField(models.TextChoices):
    JOB_TITLE = "job_title", _("Job title")
    DEPARTMENT = "department", _("Department")
    INSTITUTION = "institution", _("School or university")
    LOCATION = "location", _("Location")
    LANGUAGES = "languages", _("Languages")
    TOPICS = "topics", _("Topics and levels")
    MOTIVATION = "motivation", _("Motivation or why it matters")


DEFAULT_PROFILE_FIELDS = ["job_title", "department", "institution", "languages", "topics"]


def default_profile_fields() -> list[str]:
    return list(DEFAULT_PROFILE_FIELDS)


class Program(models.Model):
    name = models.CharField(_("name"), max_length=200)
    language = models.CharField(
        _("program language"),
        max_length=8,
        choices=settings.LANGUAGES,
        default="en",
        help_text=_("The language of the charter participants read and accept."),
    )
    goal_type = models.CharField(_("goal type"), max_length=32, choices=GoalType, blank=True)
    template_key = models.CharField(_("template"), max_length=64, blank=True)
    status = models.CharField(_("status"), max_length=16, choices=Status, default=Status.DRAFT)

    purpose = models.TextField(
        _("why this program exists"),
        blank=True,
        help_text=_("The bottleneck to remove or the ambition to reach."),
    )
    confidentiality_rules = models.TextField(_("confidentiality rules"), blank=True)

    mentor_population = models.CharField(
        _("who may be a mentor"), max_length=16, choices=Population, blank=True
    )
    mentor_units = models.ManyToManyField(
        "people.OrgUnit",
        verbose_name=_("mentor departments"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to accept mentors from every department."),
    )
    mentor_grade_min = models.PositiveSmallIntegerField(
        _("lowest mentor grade"), null=True, blank=True
    )
    mentor_grade_max = models.PositiveSmallIntegerField(
        _("highest mentor grade"), null=True, blank=True
    )
    mentee_population = models.CharField(
        _("who may be a mentee"), max_length=16, choices=Population, blank=True
    )
    mentee_units = models.ManyToManyField(
        "people.OrgUnit",
        verbose_name=_("mentee departments"),
        blank=True,
        related_name="+",
        help_text=_("Leave empty to accept mentees from every department."),
    )
    mentee_grade_min = models.PositiveSmallIntegerField(
        _("lowest mentee grade"), null=True, blank=True
    )
    mentee_grade_max = models.PositiveSmallIntegerField(
        _("highest mentee grade"), null=True, blank=True
    )

    matching_method = models.CharField(
        _("matching method"), max_length=16, choices=MatchingMethod, blank=True
    )
    hours_per_month = models.DecimalField(
        _("time budget (hours per month)"), max_digits=4, decimal_places=1, null=True, blank=True
    )
    meeting_every_weeks = models.PositiveSmallIntegerField(
        _("meet every (weeks)"), null=True, blank=True
    )
    meeting_minutes = models.PositiveSmallIntegerField(
        _("meeting duration (minutes)"), null=True, blank=True
    )
    start_date = models.DateField(_("start date"), null=True, blank=True)
    end_date = models.DateField(_("end date"), null=True, blank=True)
    formats = models.JSONField(_("meeting formats"), default=list, blank=True)
    shared_profile_fields = models.JSONField(
        _("what partners see of each other"),
        default=default_profile_fields,
        blank=True,
        help_text=_("Shown to a proposed mentor and mentee before they meet; nothing else is."),
    )

    mentor_responsibilities = models.TextField(_("mentor: responsibilities"), blank=True)
    mentor_expected_behaviour = models.TextField(_("mentor: expected behaviour"), blank=True)
    mentor_unwanted_behaviour = models.TextField(_("mentor: unwanted behaviour"), blank=True)
    mentee_responsibilities = models.TextField(_("mentee: responsibilities"), blank=True)
    mentee_expected_behaviour = models.TextField(_("mentee: expected behaviour"), blank=True)
    mentee_unwanted_behaviour = models.TextField(_("mentee: unwanted behaviour"), blank=True)

    # Raised whenever the charter changes after recruitment opened, so an acceptance can name
    # the exact version a participant agreed to.
    charter_version = models.PositiveIntegerField(_("charter version"), default=1)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("created by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    updated_at = models.DateTimeField(_("updated at"), auto_now=True)

    class Meta:
        verbose_name = _("program")
        verbose_name_plural = _("programs")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.name

    @property
    def is_editable(self) -> bool:
        return self.status in {Status.DRAFT, Status.RECRUITING}

    def get_formats_display(self) -> list[str]:
        return format_labels(self.formats)


class Objective(models.Model):
    program = models.ForeignKey(
        Program, verbose_name=_("program"), on_delete=models.CASCADE, related_name="objectives"
    )
    description = models.TextField(_("objective"))
    target = models.CharField(_("target"), max_length=300)
    measurement = models.CharField(_("how it is measured"), max_length=300)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("objective")
        verbose_name_plural = _("objectives")
        ordering = ("position", "pk")

    def __str__(self) -> str:
        return self.description


class Topic(models.Model):
    program = models.ForeignKey(
        Program, verbose_name=_("program"), on_delete=models.CASCADE, related_name="topics"
    )
    key = models.SlugField(_("key"), max_length=64)
    name = models.CharField(_("name"), max_length=200)
    description = models.TextField(_("description"), blank=True)
    position = models.PositiveSmallIntegerField(_("position"), default=0)

    class Meta:
        verbose_name = _("topic")
        verbose_name_plural = _("topics")
        ordering = ("position", "pk")
        constraints = [
            models.UniqueConstraint(fields=["program", "key"], name="topic_key_unique_in_program")
        ]

    def __str__(self) -> str:
        return self.name
