"""A mentor–mentee pair and everything that happens between them.

Metadata (states, dates, whether a meeting was held, reason categories) is what the program
manager may see. Everything a partner writes or answers — notes, logs, agendas, actions, the
agreement, reasons for a pause, an ending, a move or a cancellation, places, contract-check
answers — is encrypted and only for the pair, or for its author alone. The one exception is the
senior's reason for asking another match, which the form says the program manager reads.
"""

from __future__ import annotations

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator, URLValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from revmentor.core.crypto import (
    EncryptedBooleanField,
    EncryptedJSONField,
    EncryptedTextField,
)
from revmentor.programs.models import MeetingFormat, format_labels


class State(models.TextChoices):
    PROPOSED = "proposed", _("Proposed")
    DECLINED = "declined", _("Another match asked")
    CONTRACTING = "contracting", _("Contract conversation")
    ACTIVE = "active", _("Active")
    PAUSED = "paused", _("Paused")
    DISSOLVED = "dissolved", _("Dissolved")
    COMPLETED = "completed", _("Completed")
    ENDED = "ended", _("Ended early")


OPEN_STATES = (State.PROPOSED, State.CONTRACTING, State.ACTIVE, State.PAUSED)
CLOSED_STATES = (State.DECLINED, State.DISSOLVED, State.COMPLETED, State.ENDED)


class Side(models.TextChoices):
    MENTOR = "mentor", _("Mentor")
    MENTEE = "mentee", _("Mentee")


class DissolveReason(models.TextChoices):
    TRUST = "trust", _("Not enough mutual trust")
    EXPECTATIONS = "expectations", _("Expectations did not match")
    PRACTICAL = "practical", _("Practical reasons (time, place)")


class PauseCategory(models.TextChoices):
    WORKLOAD = "workload", _("Workload or deadlines")
    LEAVE = "leave", _("Leave or holiday")
    PERSONAL = "personal", _("Health or personal circumstances")
    ROLE = "role", _("A change of role or team")
    OTHER = "other", _("Something else")


class EndCategory(models.TextChoices):
    GOALS = "goals", _("Our goals are reached")
    TIME = "time", _("Not enough time")
    FIT = "fit", _("Not a good match")
    LEAVING = "leaving", _("Leaving the organisation or the program")
    OTHER = "other", _("Something else")


class Mentorship(models.Model):
    # PROTECT on the partners: deleting a participant (or their person) would take the other
    # partner's notes with the mentorship. People leave through privacy.services.person_erase.
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="mentorships",
    )
    mentor = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentor"),
        on_delete=models.PROTECT,
        related_name="mentorships_as_mentor",
    )
    mentee = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentee"),
        on_delete=models.PROTECT,
        related_name="mentorships_as_mentee",
    )
    proposal = models.OneToOneField(
        "matching.Proposal",
        verbose_name=_("proposal"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="mentorship",
    )
    state = models.CharField(_("state"), max_length=16, choices=State, default=State.PROPOSED)
    start_date = models.DateField(_("start"), null=True, blank=True)
    end_date = models.DateField(_("end"), null=True, blank=True)
    cadence_weeks = models.PositiveSmallIntegerField(_("meet every (weeks)"), default=4)
    meeting_minutes = models.PositiveSmallIntegerField(_("meeting duration (minutes)"), default=60)

    # The agreement, written together in the contract conversation.
    goals = EncryptedTextField(_("our goals"), blank=True)
    topics = models.ManyToManyField(
        "programs.Topic", verbose_name=_("agreed topics"), blank=True, related_name="+"
    )
    formats = models.JSONField(_("agreed formats"), default=list, blank=True)
    where_and_how = EncryptedTextField(_("where and how we meet"), blank=True)
    mentor_confirmed_at = models.DateTimeField(_("mentor confirmed at"), null=True, blank=True)
    mentee_confirmed_at = models.DateTimeField(_("mentee confirmed at"), null=True, blank=True)

    # The senior writes this for the program manager (the form says so); encrypted at rest.
    decline_reason = EncryptedTextField(_("why the senior asked for another match"), blank=True)
    # Categories are what the program manager sees; the explanations are for the pair only.
    dissolve_reason = models.CharField(
        _("reason category"), max_length=16, choices=DissolveReason, blank=True
    )
    pause_category = models.CharField(
        _("why paused"), max_length=16, choices=PauseCategory, blank=True
    )
    pause_reason = EncryptedTextField(_("a word for your partner"), max_length=300, blank=True)
    resume_on = models.DateField(_("resume on"), null=True, blank=True)
    end_category = models.CharField(_("why ended"), max_length=16, choices=EndCategory, blank=True)
    end_reason = EncryptedTextField(_("a word for your partner"), max_length=300, blank=True)
    rematch_requested = models.BooleanField(_("rematch requested"), default=False)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)
    # Set when the program's retention period removed what the pair wrote (see purge_ended_content).
    content_removed_at = models.DateTimeField(_("content removed at"), null=True, blank=True)

    class Meta:
        verbose_name = _("mentorship")
        verbose_name_plural = _("mentorships")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return f"{self.mentor_id} → {self.mentee_id}"

    def get_formats_display(self) -> list[str]:
        return format_labels(self.formats)

    def side_of(self, person_id: int | None) -> str | None:
        if person_id is None:
            return None
        if self.mentor.person_id == person_id:
            return Side.MENTOR
        if self.mentee.person_id == person_id:
            return Side.MENTEE
        return None


class Transition(models.Model):
    """Every state change: who, when, from, to. The note is metadata (a category code, a date
    change), never text a partner wrote."""

    mentorship = models.ForeignKey(
        Mentorship,
        verbose_name=_("mentorship"),
        on_delete=models.CASCADE,
        related_name="transitions",
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    from_state = models.CharField(_("from"), max_length=16, choices=State)
    to_state = models.CharField(_("to"), max_length=16, choices=State)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("transition")
        verbose_name_plural = _("transitions")
        ordering = ("at", "pk")

    def __str__(self) -> str:
        return f"{self.from_state} → {self.to_state}"


class ContractCheck(models.Model):
    """One partner's private answers after the contract conversation; never shown to anyone."""

    mentorship = models.ForeignKey(
        Mentorship, verbose_name=_("mentorship"), on_delete=models.CASCADE, related_name="checks"
    )
    side = models.CharField(_("side"), max_length=8, choices=Side)
    acquainted = EncryptedBooleanField(_("we got acquainted"))
    expectations_clear = EncryptedBooleanField(_("expectations are clear"))
    approach_agreed = EncryptedBooleanField(_("the approach is agreed"))
    ground_rules_accepted = EncryptedBooleanField(
        _("the ground rules and confidentiality are accepted")
    )
    enough_trust = EncryptedBooleanField(_("there is enough mutual trust to start"))
    reason = EncryptedTextField(
        _("main reason, if not"), max_length=16, choices=DissolveReason, blank=True
    )
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)

    class Meta:
        verbose_name = _("contract check")
        verbose_name_plural = _("contract checks")
        constraints = [
            models.UniqueConstraint(fields=["mentorship", "side"], name="one_check_per_side")
        ]

    def __str__(self) -> str:
        return f"{self.mentorship_id}/{self.side}"

    @property
    def says_yes(self) -> bool:
        return all(
            (
                self.acquainted,
                self.expectations_clear,
                self.approach_agreed,
                self.ground_rules_accepted,
                self.enough_trust,
            )
        )


class MeetingKind(models.TextChoices):
    CONTRACT = "contract", _("Contract conversation")
    REGULAR = "regular", _("Meeting")
    DEBRIEF = "debrief", _("Debrief")


class Meeting(models.Model):
    mentorship = models.ForeignKey(
        Mentorship, verbose_name=_("mentorship"), on_delete=models.CASCADE, related_name="meetings"
    )
    kind = models.CharField(
        _("kind"), max_length=12, choices=MeetingKind, default=MeetingKind.REGULAR
    )
    format = models.CharField(_("format"), max_length=16, choices=MeetingFormat)
    starts_at = models.DateTimeField(_("starts at"))
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration (minutes)"), validators=[MinValueValidator(5), MaxValueValidator(600)]
    )
    location = EncryptedTextField(_("place"), max_length=300, blank=True)
    # A meeting link lets whoever has it join: encrypted like the place.
    video_link = EncryptedTextField(
        _("video link"), max_length=200, blank=True, validators=[URLValidator()]
    )
    shadow_title = EncryptedTextField(_("meeting attended"), max_length=200, blank=True)
    shadow_context = EncryptedTextField(_("context for the mentor"), blank=True)
    debrief_of = models.OneToOneField(
        "self",
        verbose_name=_("debrief of"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="debrief",
    )
    cancelled_at = models.DateTimeField(_("cancelled at"), null=True, blank=True)
    cancelled_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("cancelled by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    cancel_reason = EncryptedTextField(_("why cancelled"), max_length=300, blank=True)
    mentor_held = models.BooleanField(_("held, says the mentor"), null=True, blank=True)
    mentee_held = models.BooleanField(_("held, says the mentee"), null=True, blank=True)
    # Raised on every change so calendar programs replace the earlier invitation.
    sequence = models.PositiveIntegerField(_("calendar sequence"), default=0)
    uid = models.CharField(_("calendar id"), max_length=100, unique=True)

    class Meta:
        verbose_name = _("meeting")
        verbose_name_plural = _("meetings")
        ordering = ("starts_at",)

    def __str__(self) -> str:
        return f"{self.get_kind_display()} {self.starts_at:%Y-%m-%d %H:%M}"

    @property
    def is_cancelled(self) -> bool:
        return self.cancelled_at is not None

    @property
    def held(self) -> bool | None:
        """Held when a partner says so and neither says it was not; None until someone answers."""
        marks = [mark for mark in (self.mentor_held, self.mentee_held) if mark is not None]
        if not marks:
            return None
        return all(marks)


class MeetingChange(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="changes"
    )
    actor = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    old_starts_at = models.DateTimeField(_("was at"))
    new_starts_at = models.DateTimeField(_("moved to"), null=True, blank=True)
    reason = EncryptedTextField(_("why"), max_length=300)

    class Meta:
        verbose_name = _("meeting change")
        verbose_name_plural = _("meeting changes")
        ordering = ("at",)

    def __str__(self) -> str:
        return str(self.meeting_id)


class StepPlanStep(models.Model):
    """One step of a program's junior-led conversation plan."""

    class Lead(models.TextChoices):
        MENTOR = "mentor", _("Mentor (junior)")
        MENTEE = "mentee", _("Mentee (senior)")
        BOTH = "both", _("Both")

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="step_plan",
    )
    position = models.PositiveSmallIntegerField(_("position"))
    title = models.CharField(_("step"), max_length=200)
    minutes = models.PositiveSmallIntegerField(_("minutes"), validators=[MinValueValidator(1)])
    lead = models.CharField(_("led by"), max_length=8, choices=Lead, default=Lead.MENTOR)

    class Meta:
        verbose_name = _("step plan step")
        verbose_name_plural = _("step plan")
        ordering = ("position", "pk")

    def __str__(self) -> str:
        return self.title


class AgendaItem(models.Model):
    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="agenda"
    )
    position = models.PositiveSmallIntegerField(_("position"))
    title = EncryptedTextField(_("item"))
    minutes = models.PositiveSmallIntegerField(_("minutes"), default=5)
    lead = models.CharField(
        _("led by"), max_length=8, choices=StepPlanStep.Lead, default=StepPlanStep.Lead.MENTOR
    )

    class Meta:
        verbose_name = _("agenda item")
        verbose_name_plural = _("agenda")
        ordering = ("position", "pk")

    def __str__(self) -> str:
        return str(self.pk)


class MeetingLog(models.Model):
    """One partner's private log of a meeting: only its author ever sees it."""

    class Talk(models.TextChoices):
        ME = "me", _("Me")
        BALANCED = "balanced", _("Balanced")
        PARTNER = "partner", _("My partner")

    meeting = models.ForeignKey(
        Meeting, verbose_name=_("meeting"), on_delete=models.CASCADE, related_name="logs"
    )
    side = models.CharField(_("side"), max_length=8, choices=Side)
    # Ids of the program's topics, encrypted like the rest of the log.
    topic_ids = EncryptedJSONField(_("topics covered"), default=list, blank=True)
    most_talking = EncryptedTextField(_("who did most of the talking"), max_length=8, choices=Talk)
    reflection = EncryptedTextField(_("one line of reflection"), blank=True)
    written_at = models.DateTimeField(_("written at"), auto_now=True)

    class Meta:
        verbose_name = _("meeting log")
        verbose_name_plural = _("meeting logs")
        constraints = [models.UniqueConstraint(fields=["meeting", "side"], name="one_log_per_side")]

    def __str__(self) -> str:
        return str(self.pk)


class Note(models.Model):
    class Visibility(models.TextChoices):
        PRIVATE = "private", _("Only me")
        SHARED = "shared", _("Both of us")

    mentorship = models.ForeignKey(
        Mentorship, verbose_name=_("mentorship"), on_delete=models.CASCADE, related_name="notes"
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="notes",
    )
    author_side = models.CharField(_("author"), max_length=8, choices=Side)
    visibility = models.CharField(_("visible to"), max_length=8, choices=Visibility)
    body = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("note")
        verbose_name_plural = _("notes")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return str(self.pk)


class ActionItem(models.Model):
    mentorship = models.ForeignKey(
        Mentorship, verbose_name=_("mentorship"), on_delete=models.CASCADE, related_name="actions"
    )
    meeting = models.ForeignKey(
        Meeting,
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="actions",
    )
    owner = models.CharField(_("owner"), max_length=8, choices=Side)
    text = EncryptedTextField(_("action"))
    due_date = models.DateField(_("due"), null=True, blank=True)
    done_at = models.DateTimeField(_("done at"), null=True, blank=True)
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("action item")
        verbose_name_plural = _("action items")
        ordering = ("done_at", "due_date", "pk")

    def __str__(self) -> str:
        return str(self.pk)
