"""Support for pairs: mentor training, check-ins, the program manager's attention list, articles.

Check-in answers are confidential like notes: only their author sees them; the attention list
names the rule that fired, never the answers behind it.
"""

from __future__ import annotations

from decimal import Decimal

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.utils.translation import gettext_lazy as _

from revmentor.core.crypto import (
    EncryptedBooleanField,
    EncryptedSmallIntegerField,
    EncryptedTextField,
)

ONE_TO_FIVE = [MinValueValidator(1), MaxValueValidator(5)]


class TrainingModule(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="training_modules",
    )
    key = models.SlugField(_("key"), max_length=64)
    position = models.PositiveSmallIntegerField(_("position"), default=0)
    title = models.CharField(_("title"), max_length=200)
    minutes = models.PositiveSmallIntegerField(_("estimated minutes"))
    body = models.TextField(_("content"))
    required_before_first_meeting = models.BooleanField(
        _("required before the first meeting"), default=False
    )
    # [{"question": str, "options": [str, ...], "correct": int, "explanation": str}]
    self_check = models.JSONField(_("self-check"), default=list)

    class Meta:
        verbose_name = _("training module")
        verbose_name_plural = _("training modules")
        ordering = ("position", "pk")
        constraints = [
            models.UniqueConstraint(fields=["program", "key"], name="module_key_unique_in_program")
        ]

    def __str__(self) -> str:
        return self.title


class TrainingCompletion(models.Model):
    module = models.ForeignKey(
        TrainingModule,
        verbose_name=_("module"),
        on_delete=models.CASCADE,
        related_name="completions",
    )
    participant = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("participant"),
        on_delete=models.CASCADE,
        related_name="training",
    )
    completed_at = models.DateTimeField(_("completed at"), auto_now_add=True)

    class Meta:
        verbose_name = _("training completion")
        verbose_name_plural = _("training completions")
        constraints = [
            models.UniqueConstraint(fields=["module", "participant"], name="complete_module_once")
        ]

    def __str__(self) -> str:
        return f"{self.participant_id}: {self.module_id}"


class CheckIn(models.Model):
    """One partner's pulse after a held meeting (or the monthly pulse, without a meeting)."""

    class Kind(models.TextChoices):
        MEETING = "meeting", _("After a meeting")
        MONTHLY = "monthly", _("Monthly")

    class Talk(models.TextChoices):
        ME = "me", _("Me")
        BALANCED = "balanced", _("Balanced")
        PARTNER = "partner", _("My partner")

    mentorship = models.ForeignKey(
        "mentorships.Mentorship",
        verbose_name=_("mentorship"),
        on_delete=models.CASCADE,
        related_name="check_ins",
    )
    meeting = models.ForeignKey(
        "mentorships.Meeting",
        verbose_name=_("meeting"),
        null=True,
        blank=True,
        on_delete=models.CASCADE,
        related_name="check_ins",
    )
    side = models.CharField(_("side"), max_length=8)
    kind = models.CharField(_("kind"), max_length=8, choices=Kind)
    # The answers: encrypted, read only to show them to their author and by the attention rules.
    as_planned = EncryptedBooleanField(_("it happened as planned"), null=True, blank=True)
    most_talking = EncryptedTextField(
        _("who did most of the talking"), max_length=8, choices=Talk, blank=True
    )
    covered_topic = EncryptedBooleanField(_("we covered the agreed topic"), null=True, blank=True)
    openness = EncryptedSmallIntegerField(
        _("I could say what I really think"), validators=ONE_TO_FIVE
    )
    trust = EncryptedSmallIntegerField(
        _("I trust that what I share stays between us"), validators=ONE_TO_FIVE
    )
    value = EncryptedSmallIntegerField(_("value"), validators=ONE_TO_FIVE)
    answered_at = models.DateTimeField(_("answered at"), auto_now_add=True)
    month = models.DateField(_("month"), null=True, blank=True)

    class Meta:
        verbose_name = _("check-in")
        verbose_name_plural = _("check-ins")
        ordering = ("-answered_at", "-pk")
        constraints = [
            models.UniqueConstraint(
                fields=["meeting", "side"],
                condition=models.Q(meeting__isnull=False),
                name="one_check_in_per_meeting_side",
            ),
            models.UniqueConstraint(
                fields=["mentorship", "side", "month"],
                condition=models.Q(kind="monthly"),
                name="one_monthly_pulse_per_side",
            ),
        ]

    def __str__(self) -> str:
        return str(self.pk)


class AttentionSettings(models.Model):
    """The thresholds of the metadata rules, per program; the program manager changes them."""

    program = models.OneToOneField(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="attention_settings",
    )
    overdue_factor = models.DecimalField(
        _("no meeting for more than … × the cadence"),
        max_digits=3,
        decimal_places=1,
        default=Decimal("1.5"),
        validators=[MinValueValidator(Decimal("1.0"))],
    )
    cancellations_in_a_row = models.PositiveSmallIntegerField(
        _("cancellations in a row"), default=2, validators=[MinValueValidator(1)]
    )
    # Nothing here applies to check-in answers: those rules are fixed in code (support.services,
    # ANSWER_RULES), so that no setting can turn an item into a reading of someone's score.
    training_days = models.PositiveSmallIntegerField(
        _("required training done … days before the first meeting"), default=7
    )
    proposal_days = models.PositiveSmallIntegerField(
        _("proposal unanswered for … days"), default=7, validators=[MinValueValidator(1)]
    )
    check_in_days = models.PositiveSmallIntegerField(
        _("no check-in answered for … days"), default=30, validators=[MinValueValidator(1)]
    )

    class Meta:
        verbose_name = _("attention settings")
        verbose_name_plural = _("attention settings")

    def __str__(self) -> str:
        return str(self.program)


class AttentionItem(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="attention_items",
    )
    mentorship = models.ForeignKey(
        "mentorships.Mentorship",
        verbose_name=_("mentorship"),
        on_delete=models.CASCADE,
        related_name="attention_items",
    )
    rule = models.CharField(_("rule"), max_length=32)
    fired_at = models.DateTimeField(_("since"), auto_now_add=True)
    cleared_at = models.DateTimeField(_("cleared at"), null=True, blank=True)

    class Meta:
        verbose_name = _("attention item")
        verbose_name_plural = _("attention items")
        ordering = ("-fired_at",)
        constraints = [
            models.UniqueConstraint(
                fields=["mentorship", "rule"],
                condition=models.Q(cleared_at__isnull=True),
                name="one_open_item_per_rule",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.rule}: {self.mentorship_id}"


class AttentionAction(models.Model):
    """What the program manager did about an item."""

    item = models.ForeignKey(
        AttentionItem, verbose_name=_("item"), on_delete=models.CASCADE, related_name="actions"
    )
    by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("by"),
        null=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    at = models.DateTimeField(_("at"), auto_now_add=True)
    intervention = models.CharField(_("intervention"), max_length=32)
    note = models.CharField(_("note"), max_length=300, blank=True)

    class Meta:
        verbose_name = _("attention action")
        verbose_name_plural = _("attention actions")
        ordering = ("at",)

    def __str__(self) -> str:
        return self.intervention


class Article(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="articles",
    )
    url = models.URLField(_("link"))
    title = models.CharField(_("title"), max_length=300)
    summary = models.TextField(_("summary"), blank=True)
    topics = models.ManyToManyField(
        "programs.Topic", verbose_name=_("topics"), blank=True, related_name="+"
    )
    language = models.CharField(
        _("language"), max_length=8, choices=settings.LANGUAGES, default="en"
    )
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("article")
        verbose_name_plural = _("articles")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return self.title


class ArticleShare(models.Model):
    article = models.ForeignKey(
        Article, verbose_name=_("article"), on_delete=models.CASCADE, related_name="shares"
    )
    mentorship = models.ForeignKey(
        "mentorships.Mentorship",
        verbose_name=_("mentorship"),
        on_delete=models.CASCADE,
        related_name="articles",
    )
    shared_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("shared by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    shared_at = models.DateTimeField(_("shared at"), auto_now_add=True)
    mentor_mark = models.CharField(_("mentor's mark"), max_length=12, blank=True)
    mentee_mark = models.CharField(_("mentee's mark"), max_length=12, blank=True)

    class Meta:
        verbose_name = _("shared article")
        verbose_name_plural = _("shared articles")
        ordering = ("-shared_at",)
        constraints = [
            models.UniqueConstraint(
                fields=["article", "mentorship"], name="share_article_once_per_pair"
            )
        ]

    def __str__(self) -> str:
        return f"{self.article_id} → {self.mentorship_id}"


class PeerCircle(models.Model):
    """A group of 4–8 mentors who exchange experiences; its notes are for its members only."""

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="circles",
    )
    name = models.CharField(_("name"), max_length=200)
    members = models.ManyToManyField(
        "enrolment.Participant", verbose_name=_("members"), related_name="circles"
    )
    created_at = models.DateTimeField(_("created at"), auto_now_add=True)

    class Meta:
        verbose_name = _("peer circle")
        verbose_name_plural = _("peer circles")
        ordering = ("name",)

    def __str__(self) -> str:
        return self.name


class CircleSession(models.Model):
    circle = models.ForeignKey(
        PeerCircle, verbose_name=_("circle"), on_delete=models.CASCADE, related_name="sessions"
    )
    starts_at = models.DateTimeField(_("date and time"))
    place = models.CharField(_("place or link"), max_length=300)
    guide_questions = models.TextField(_("guide questions"), blank=True)
    attendees = models.ManyToManyField(
        "enrolment.Participant", verbose_name=_("attended"), blank=True, related_name="+"
    )

    class Meta:
        verbose_name = _("circle session")
        verbose_name_plural = _("circle sessions")
        ordering = ("starts_at",)

    def __str__(self) -> str:
        return f"{self.circle} {self.starts_at:%Y-%m-%d}"


class CircleNote(models.Model):
    circle = models.ForeignKey(
        PeerCircle, verbose_name=_("circle"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("author"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    body = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("circle note")
        verbose_name_plural = _("circle notes")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return str(self.pk)


class SupportCase(models.Model):
    """A senior mentee in an HR support manager's caseload."""

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="support_cases",
    )
    hr_user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("HR support manager"),
        on_delete=models.PROTECT,
        related_name="caseload",
    )
    mentee = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentee"),
        on_delete=models.PROTECT,
        related_name="support_cases",
    )

    class Meta:
        verbose_name = _("support case")
        verbose_name_plural = _("support cases")
        constraints = [
            models.UniqueConstraint(fields=["program", "mentee"], name="one_case_per_mentee")
        ]

    def __str__(self) -> str:
        return str(self.mentee_id)

    @property
    def next_talk(self) -> SupportTalk | None:
        """The first talk not yet held (uses prefetched talks when there are)."""
        return next((talk for talk in self.talks.all() if not talk.held), None)


class SupportTalk(models.Model):
    class Moment(models.TextChoices):
        START = "start", _("Start")
        MIDDLE = "middle", _("Middle")
        END = "end", _("End")
        REQUESTED = "requested", _("Asked for by the mentee")

    case = models.ForeignKey(
        SupportCase, verbose_name=_("case"), on_delete=models.CASCADE, related_name="talks"
    )
    moment = models.CharField(_("moment"), max_length=12, choices=Moment)
    planned_on = models.DateField(_("planned on"))
    held = models.BooleanField(_("held"), default=False)
    requested_at = models.DateTimeField(_("asked at"), null=True, blank=True)

    class Meta:
        verbose_name = _("support talk")
        verbose_name_plural = _("support talks")
        ordering = ("planned_on", "pk")

    def __str__(self) -> str:
        return f"{self.case_id} {self.moment}"


class HrNote(models.Model):
    """An HR support manager's own note about a case: visible to its author only."""

    case = models.ForeignKey(
        SupportCase, verbose_name=_("case"), on_delete=models.CASCADE, related_name="notes"
    )
    author = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("author"),
        on_delete=models.PROTECT,
        related_name="+",
    )
    body = EncryptedTextField(_("note"))
    created_at = models.DateTimeField(_("written at"), auto_now_add=True)

    class Meta:
        verbose_name = _("HR note")
        verbose_name_plural = _("HR notes")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return str(self.pk)


class KickOff(models.Model):
    """The program's opening event: the new cohort meets, alumni share their experiences."""

    program = models.OneToOneField(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="kickoff",
    )
    starts_at = models.DateTimeField(_("date and time"))
    place = models.CharField(_("place or link"), max_length=300)
    agenda = models.TextField(_("agenda"), blank=True)

    class Meta:
        verbose_name = _("kick-off")
        verbose_name_plural = _("kick-offs")

    def __str__(self) -> str:
        return str(self.program)


class KickOffGuest(models.Model):
    class Kind(models.TextChoices):
        COHORT = "cohort", _("New participant")
        ALUMNUS = "alumnus", _("Alumnus speaker")

    class Rsvp(models.TextChoices):
        YES = "yes", _("Coming")
        NO = "no", _("Not coming")

    kickoff = models.ForeignKey(
        KickOff, verbose_name=_("kick-off"), on_delete=models.CASCADE, related_name="guests"
    )
    person = models.ForeignKey(
        "people.Person", verbose_name=_("person"), on_delete=models.CASCADE, related_name="+"
    )
    kind = models.CharField(_("invited as"), max_length=8, choices=Kind)
    rsvp = models.CharField(_("answer"), max_length=4, choices=Rsvp, blank=True)
    attended = models.BooleanField(_("attended"), default=False)

    class Meta:
        verbose_name = _("kick-off guest")
        verbose_name_plural = _("kick-off guests")
        ordering = ("kind", "person__name")
        constraints = [
            models.UniqueConstraint(fields=["kickoff", "person"], name="invite_guest_once")
        ]

    def __str__(self) -> str:
        return str(self.person_id)


class Testimonial(models.Model):
    """An alumnus's words, shown on the applicants' page only with their consent."""

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("shown for program"),
        on_delete=models.CASCADE,
        related_name="testimonials",
    )
    person = models.ForeignKey(
        "people.Person", verbose_name=_("alumnus"), on_delete=models.CASCADE, related_name="+"
    )
    text = models.TextField(_("testimonial"))
    consent_at = models.DateTimeField(_("consent given at"))
    created_at = models.DateTimeField(_("added at"), auto_now_add=True)

    class Meta:
        verbose_name = _("testimonial")
        verbose_name_plural = _("testimonials")
        ordering = ("-created_at",)

    def __str__(self) -> str:
        return str(self.person_id)
