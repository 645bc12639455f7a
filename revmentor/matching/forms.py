"""Forms for matching settings and pair rules."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from revmentor.matching.models import MatchingConfig, PairRule


class MatchingConfigForm(forms.ModelForm[MatchingConfig]):
    class Meta:
        model = MatchingConfig
        fields = (
            "objective",
            "department_scope",
            "min_grade_gap",
            "exclude_earlier_pairs",
            "availability_weight",
            "format_weight",
        )
        # Text inputs, not number inputs: a browser sends an unparseable number input as empty,
        # which here means "no grade gap", so "3e" was saved as no rule at all. As text, what
        # was typed reaches the form, is refused with a message, and is shown again.
        widgets = {
            "objective": forms.RadioSelect,
            "department_scope": forms.RadioSelect,
            "min_grade_gap": forms.TextInput(attrs={"inputmode": "numeric"}),
            "availability_weight": forms.TextInput(attrs={"inputmode": "decimal"}),
            "format_weight": forms.TextInput(attrs={"inputmode": "decimal"}),
        }
        localized_fields = ("availability_weight", "format_weight")
        error_messages = {
            "min_grade_gap": {
                "invalid": _("Enter a whole number of grades, or leave it empty."),
                "min_value": _("Enter a whole number of grades, or leave it empty."),
            },
            "availability_weight": {
                "invalid": _("Enter a weight from 0 to 5, such as 0.5."),
                "max_digits": _("Choose a weight from 0 to 5."),
                "max_whole_digits": _("Choose a weight from 0 to 5."),
                "max_decimal_places": _("Use at most two decimals."),
            },
            "format_weight": {
                "invalid": _("Enter a weight from 0 to 5, such as 0.5."),
                "max_digits": _("Choose a weight from 0 to 5."),
                "max_whole_digits": _("Choose a weight from 0 to 5."),
                "max_decimal_places": _("Use at most two decimals."),
            },
        }
        help_texts = {
            "availability_weight": _(
                "From 0 to 5. 0 = the score is the topic fit only; 1 = shared time slots count as much "
                "as topics."
            ),
            "format_weight": _(
                "From 0 to 5. 0 = the score is the topic fit only; 1 = shared meeting formats count as "
                "much as topics."
            ),
        }

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        for name in ("availability_weight", "format_weight"):
            value = data.get(name)
            if value is not None and not 0 <= value <= 5:
                self.add_error(name, _("Choose a weight from 0 to 5."))
        return data


class PairRuleForm(forms.Form):
    kind = forms.ChoiceField(choices=PairRule.Kind.choices, widget=forms.HiddenInput)
    mentor = forms.IntegerField(widget=forms.HiddenInput)
    mentee = forms.IntegerField(widget=forms.HiddenInput)
    next = forms.CharField(required=False, widget=forms.HiddenInput)


class ManualPairRuleForm(forms.Form):
    kind = forms.ChoiceField(label=_("Rule"), choices=PairRule.Kind.choices)
    mentor = forms.ChoiceField(label=_("Mentor"))
    mentee = forms.ChoiceField(label=_("Mentee"))

    def __init__(
        self,
        *args: Any,
        mentors: list[tuple[int, str]],
        mentees: list[tuple[int, str]],
        **kwargs: Any,
    ) -> None:
        super().__init__(*args, **kwargs)
        mentor_field = self.fields["mentor"]
        mentee_field = self.fields["mentee"]
        assert isinstance(mentor_field, forms.ChoiceField)
        assert isinstance(mentee_field, forms.ChoiceField)
        mentor_field.choices = [(str(pk), name) for pk, name in mentors]
        mentee_field.choices = [(str(pk), name) for pk, name in mentees]
