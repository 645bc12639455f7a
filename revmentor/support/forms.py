"""Forms for support pages."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from revmentor.core.fields import ModelMultipleChoiceField
from revmentor.programs.models import Program, Topic
from revmentor.support.models import AttentionSettings, CheckIn

SCORES = [(str(n), str(n)) for n in range(1, 6)]
YES_NO = [("yes", _("Yes")), ("no", _("No"))]


class SelfCheckForm(forms.Form):
    def __init__(self, *args: Any, questions: list[dict[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        for index, question in enumerate(questions):
            self.fields[f"q{index}"] = forms.TypedChoiceField(
                label=question["question"],
                choices=[(str(i), option) for i, option in enumerate(question["options"])],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose an answer.")},
            )

    def answers(self) -> list[int | None]:
        return [self.cleaned_data.get(f"q{index}") for index in range(len(self.fields))]


class PulseForm(forms.Form):
    openness = forms.TypedChoiceField(
        label=_("I could say what I really think (1–5)"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    trust = forms.TypedChoiceField(
        label=_("I trust that what I share stays between us (1–5)"),
        choices=SCORES,
        coerce=int,
        widget=forms.RadioSelect,
    )
    value = forms.TypedChoiceField(label="", choices=SCORES, coerce=int, widget=forms.RadioSelect)

    def __init__(self, *args: Any, side: str, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.fields["value"].label = (
            _("I learned something I will use (1–5)")
            if side == "mentee"
            else _("My input was taken seriously (1–5)")
        )


class MeetingCheckInForm(PulseForm):
    as_planned = forms.ChoiceField(
        label=_("Did it happen as planned?"), choices=YES_NO, widget=forms.RadioSelect
    )
    most_talking = forms.ChoiceField(
        label=_("Who did most of the talking?"),
        choices=CheckIn.Talk.choices,
        widget=forms.RadioSelect,
    )
    covered_topic = forms.ChoiceField(
        label=_("Did we cover the agreed topic?"), choices=YES_NO, widget=forms.RadioSelect
    )

    field_order = ["as_planned", "most_talking", "covered_topic", "openness", "trust", "value"]


class AttentionSettingsForm(forms.ModelForm[AttentionSettings]):
    class Meta:
        model = AttentionSettings
        fields = (
            "overdue_factor",
            "cancellations_in_a_row",
            "training_days",
            "proposal_days",
            "check_in_days",
        )


class RecordForm(forms.Form):
    intervention = forms.ChoiceField(label=_("What did you do?"))
    note = forms.CharField(label=_("Note (optional)"), required=False, max_length=300)

    def __init__(self, *args: Any, choices: list[tuple[str, Any]], **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["intervention"]
        assert isinstance(field, forms.ChoiceField)
        field.choices = choices


class ArticleForm(forms.Form):
    url = forms.URLField(label=_("Link"), assume_scheme="https")
    title = forms.CharField(label=_("Title"), max_length=300)
    summary = forms.CharField(
        label=_("Summary"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )
    language = forms.ChoiceField(label=_("Language"), choices=settings.LANGUAGES)
    topics: forms.ModelMultipleChoiceField[Topic] = ModelMultipleChoiceField(
        label=_("Topics"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["topics"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = program.topics.all()
        self.fields["language"].initial = program.language


class CircleSessionForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    place = forms.CharField(label=_("Place or link"), max_length=300)
    guide_questions = forms.CharField(
        label=_("Guide questions"), required=False, widget=forms.Textarea(attrs={"rows": 3})
    )


class TalkForm(forms.Form):
    planned_on = forms.DateField(
        label=_("Planned on"), widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
    )
    held = forms.BooleanField(label=_("Held"), required=False)


class KickOffForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M"),
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    place = forms.CharField(label=_("Place or link"), max_length=300)
    agenda = forms.CharField(
        label=_("Agenda"), required=False, widget=forms.Textarea(attrs={"rows": 4})
    )
