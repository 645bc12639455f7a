"""Matching runs of a program: the settings used, the proposed pairs with their explanation, why
some mentees stayed unmatched, and the pins and blocks the program manager set."""

from __future__ import annotations

from django.conf import settings
from django.db import models
from django.utils.translation import gettext_lazy as _


class Objective(models.TextChoices):
    MOST_MATCHED = "most-matched", _("Most people matched, then the best total score")
    BEST_TOTAL = "best-total", _("Best total score (some may stay unmatched)")
    STABLE = "stable", _("Stable: nobody would both rather swap")


class DepartmentScope(models.TextChoices):
    UNIT = "unit", _("The department itself (Marketing/Digital ≠ Marketing/Brand)")
    TOP_LEVEL = "top-level", _("The whole top-level department (all of Marketing)")


class MatchingConfig(models.Model):
    """The rules and weights a program manager chose; every run keeps its own copy."""

    program = models.OneToOneField(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="matching_config",
    )
    objective = models.CharField(
        _("objective"), max_length=16, choices=Objective, default=Objective.MOST_MATCHED
    )
    department_scope = models.CharField(
        _("never in the same"), max_length=16, choices=DepartmentScope, default=DepartmentScope.UNIT
    )
    min_grade_gap = models.PositiveSmallIntegerField(
        _("mentor at least this many grades below the mentee"),
        null=True,
        blank=True,
        help_text=_("Inverted seniority. Leave empty to not require it."),
    )
    exclude_earlier_pairs = models.BooleanField(
        _("never repeat a pair from an earlier program"), default=True
    )
    availability_weight = models.DecimalField(
        _("weight of shared availability"), max_digits=4, decimal_places=2, default=0
    )
    format_weight = models.DecimalField(
        _("weight of shared meeting formats"), max_digits=4, decimal_places=2, default=0
    )

    class Meta:
        verbose_name = _("matching settings")
        verbose_name_plural = _("matching settings")

    def __str__(self) -> str:
        return str(self.program)


class MatchingRun(models.Model):
    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="matching_runs",
    )
    number = models.PositiveIntegerField(_("run"))
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("run by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("run at"), auto_now_add=True)
    settings_used = models.JSONField(_("settings used"), default=dict)
    # [{"kind": "pin" | "block", "mentor": participant pk, "mentee": participant pk}]; None for
    # runs made before this was kept. Ids, not names: names stay where the retention purge is.
    rules_used = models.JSONField(_("pins and blocks used"), null=True, blank=True)
    objective = models.CharField(_("objective"), max_length=16, choices=Objective)
    succeeded = models.BooleanField(_("succeeded"), default=True)
    error_code = models.CharField(_("error"), max_length=64, blank=True)
    error_params = models.JSONField(_("error details"), default=dict, blank=True)
    mentor_count = models.PositiveIntegerField(_("mentors"), default=0)
    mentee_count = models.PositiveIntegerField(_("mentees"), default=0)
    matched_count = models.PositiveIntegerField(_("matched"), default=0)
    total_score = models.FloatField(_("total score"), default=0)
    certificate = models.JSONField(_("optimality certificate"), default=dict, blank=True)
    elapsed_seconds = models.FloatField(_("seconds"), default=0)
    published_at = models.DateTimeField(_("published at"), null=True, blank=True)
    published_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("published by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )

    class Meta:
        verbose_name = _("matching run")
        verbose_name_plural = _("matching runs")
        ordering = ("-number",)
        constraints = [
            models.UniqueConstraint(
                fields=["program", "number"], name="run_number_unique_in_program"
            )
        ]

    def __str__(self) -> str:
        return f"{self.program} #{self.number}"

    @property
    def unmatched_count(self) -> int:
        return self.mentee_count - self.matched_count


class Proposal(models.Model):
    """One proposed pair of a run, with the score and the topics that made it."""

    run = models.ForeignKey(
        MatchingRun, verbose_name=_("run"), on_delete=models.CASCADE, related_name="proposals"
    )
    mentor = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    mentee = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    score = models.FloatField(_("score"))
    topic_fit = models.FloatField(_("topic fit"))
    pinned = models.BooleanField(_("pinned"), default=False)
    # [{"topic": key, "name": ..., "mentor_level": n, "mentee_priority": n, "contribution": x}]
    top_topics = models.JSONField(_("top topics"), default=list)

    class Meta:
        verbose_name = _("proposal")
        verbose_name_plural = _("proposals")
        ordering = ("-score", "pk")

    def __str__(self) -> str:
        return f"{self.mentor_id} → {self.mentee_id}"


class UnmatchedReason(models.Model):
    run = models.ForeignKey(
        MatchingRun, verbose_name=_("run"), on_delete=models.CASCADE, related_name="unmatched"
    )
    mentee = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    reason = models.CharField(_("reason"), max_length=32)
    eligible_mentors = models.PositiveIntegerField(_("eligible mentors"), default=0)
    excluded_by = models.JSONField(_("mentors excluded per rule"), default=dict)
    # [{"mentor": participant pk, "score": x, "taken_by": [participant pks]}], best first: the
    # mentors this mentee could have had and who has them instead.
    best_mentors = models.JSONField(_("best possible mentors"), default=list, blank=True)

    class Meta:
        verbose_name = _("unmatched mentee")
        verbose_name_plural = _("unmatched mentees")

    def __str__(self) -> str:
        return f"{self.mentee_id}: {self.reason}"


class PairRule(models.Model):
    """A pin (always pair these two) or a block (never pair these two) for the next runs."""

    class Kind(models.TextChoices):
        PIN = "pin", _("Pinned")
        BLOCK = "block", _("Blocked")

    program = models.ForeignKey(
        "programs.Program",
        verbose_name=_("program"),
        on_delete=models.CASCADE,
        related_name="pair_rules",
    )
    kind = models.CharField(_("kind"), max_length=8, choices=Kind)
    mentor = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentor"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    mentee = models.ForeignKey(
        "enrolment.Participant",
        verbose_name=_("mentee"),
        on_delete=models.CASCADE,
        related_name="+",
    )
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("set by"),
        null=True,
        blank=True,
        on_delete=models.SET_NULL,
        related_name="+",
    )
    created_at = models.DateTimeField(_("set at"), auto_now_add=True)

    class Meta:
        verbose_name = _("pin or block")
        verbose_name_plural = _("pins and blocks")
        constraints = [
            models.UniqueConstraint(
                fields=["program", "mentor", "mentee"], name="one_rule_per_pair"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.kind}: {self.mentor_id} → {self.mentee_id}"
