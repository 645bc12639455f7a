"""Translated messages for the engine's error codes and explanation rules.

The engine cannot import Django, so it reports a code and parameters; this module turns them into
sentences in the reader's language, with people's names instead of ids.
"""

from __future__ import annotations

from collections.abc import Mapping

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

RULE_LABELS: dict[str, Promise] = {
    "same_department": _("same department"),
    "reporting_line": _("same reporting line"),
    "no_shared_language": _("no shared language"),
    "no_shared_format": _("no shared meeting format"),
    "blocked": _("blocked pair"),
    "grade_gap": _("grade gap too small"),
    "earlier_pair": _("paired in an earlier program"),
    "no_shared_topic": _("no shared topic"),
}

ERROR_MESSAGES: dict[str, Promise] = {
    "pin_unknown_participant": _(
        "The pinned pair %(mentor)s – %(mentee)s names someone who is no longer a participant."
    ),
    "pin_mentee_twice": _("%(mentee)s is pinned to more than one mentor."),
    "pin_breaks_rule": _("The pinned pair %(mentor)s – %(mentee)s breaks the rule: %(rule)s."),
    "pin_over_capacity": _(
        "%(mentor)s has %(pinned)s pinned mentees but takes at most %(capacity)s."
    ),
    "optimality_not_proven": _(
        "The matcher could not prove its result optimal, so it returned nothing. Try again or "
        "report this."
    ),
    "unknown_manager": _("The organisation refers to an unknown manager (%(manager_id)s)."),
    "manager_cycle": _("The organisation has a cycle in its reporting lines."),
    "duplicate_id": _("Someone takes part twice (%(id)s)."),
    "level_out_of_range": _("A topic level or priority is outside 1–5."),
    "negative_capacity": _("A mentor has a negative capacity."),
    "negative_weight": _("Weights cannot be negative."),
    "no_participants": _("There are no accepted mentors or no accepted mentees to match yet."),
}


def error_message(code: str, params: Mapping[str, object], fallback: str = "") -> str:
    template = ERROR_MESSAGES.get(code)
    if template is None:
        return fallback or str(_("Matching failed (%(code)s).") % {"code": code})
    values = dict(params.items())
    if "rule" in values:
        values["rule"] = str(RULE_LABELS.get(str(values["rule"]), values["rule"]))
    try:
        return str(template) % values
    except (KeyError, TypeError, ValueError):
        return str(template).split("%(")[0].strip() or fallback
