"""Forms for the program charter. Validation only; saving goes through services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.conf import settings
from django.utils.translation import gettext_lazy as _

from revmentor.core.fields import ModelMultipleChoiceField
from revmentor.people.models import OrgUnit
from revmentor.programs.charter_templates import TEMPLATES
from revmentor.programs.models import MeetingFormat, ProfileField, Program
from revmentor.programs.services import ObjectiveInput, TopicInput


class ProgramCreateForm(forms.Form):
    template = forms.ChoiceField(label=_("Start from"), widget=forms.RadioSelect)
    name = forms.CharField(
        label=_("Program name"),
        max_length=200,
        required=False,
        help_text=_("Leave empty to use the template's name."),
    )
    language = forms.ChoiceField(
        label=_("Program language"),
        choices=settings.LANGUAGES,
        help_text=_("The charter is written and shown to participants in this language."),
    )
    start_date = forms.DateField(
        label=_("Start date"), required=False, widget=forms.DateInput(attrs={"type": "date"})
    )

    def __init__(self, *args: Any, language: str = "en", **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        choices: list[tuple[str, str]] = [("", str(_("A blank charter")))]
        choices += [
            (
                template.key,
                f"{template.name.in_language(language)} — {template.summary.in_language(language)}",
            )
            for template in TEMPLATES
        ]
        template_field = self.fields["template"]
        assert isinstance(template_field, forms.ChoiceField)
        template_field.choices = choices
        template_field.required = False
        self.fields["language"].initial = language

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if not data.get("template") and not data.get("name"):
            self.add_error("name", _("Give a blank program a name."))
        return data


CHARTER_FIELDS = (
    "name",
    "language",
    "goal_type",
    "purpose",
    "confidentiality_rules",
    "mentor_population",
    "mentor_units",
    "mentor_grade_min",
    "mentor_grade_max",
    "mentee_population",
    "mentee_units",
    "mentee_grade_min",
    "mentee_grade_max",
    "matching_method",
    "hours_per_month",
    "meeting_every_weeks",
    "meeting_minutes",
    "start_date",
    "end_date",
    "formats",
    "shared_profile_fields",
    "mentor_responsibilities",
    "mentor_expected_behaviour",
    "mentor_unwanted_behaviour",
    "mentee_responsibilities",
    "mentee_expected_behaviour",
    "mentee_unwanted_behaviour",
)


class CharterForm(forms.ModelForm[Program]):
    formats = forms.MultipleChoiceField(
        label=_("Meeting formats"),
        choices=MeetingFormat.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
    )
    shared_profile_fields = forms.MultipleChoiceField(
        label=_("What proposed partners see of each other"),
        choices=ProfileField.choices,
        widget=forms.CheckboxSelectMultiple,
        required=False,
        help_text=_("Shown to a proposed mentor and mentee before they meet; nothing else is."),
    )

    class Meta:
        model = Program
        fields = CHARTER_FIELDS
        field_classes = {
            "mentor_units": ModelMultipleChoiceField,
            "mentee_units": ModelMultipleChoiceField,
        }
        widgets = {
            "start_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "end_date": forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
            "purpose": forms.Textarea(attrs={"rows": 4}),
            "confidentiality_rules": forms.Textarea(attrs={"rows": 5}),
            "mentor_units": forms.SelectMultiple(attrs={"size": 6}),
            "mentee_units": forms.SelectMultiple(attrs={"size": 6}),
            **{
                name: forms.Textarea(attrs={"rows": 4})
                for name in CHARTER_FIELDS
                if name.endswith(("responsibilities", "behaviour"))
            },
        }

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        units = OrgUnit.objects.order_by("path")
        for name in ("mentor_units", "mentee_units"):
            field = self.fields[name]
            assert isinstance(field, forms.ModelMultipleChoiceField)
            field.queryset = units
        for name in ("hours_per_month", "meeting_every_weeks", "meeting_minutes"):
            self.fields[name].widget.attrs["min"] = 1

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        start, end = data.get("start_date"), data.get("end_date")
        if start and end and end <= start:
            self.add_error("end_date", _("The end date must be after the start date."))
        for side in ("mentor", "mentee"):
            low, high = data.get(f"{side}_grade_min"), data.get(f"{side}_grade_max")
            if low is not None and high is not None and low > high:
                self.add_error(
                    f"{side}_grade_max", _("The highest grade cannot be below the lowest grade.")
                )
        for name in ("hours_per_month", "meeting_every_weeks", "meeting_minutes"):
            value = data.get(name)
            if value is not None and value <= 0:
                self.add_error(name, _("Enter a number greater than zero."))
        return data

    def charter_fields(self) -> dict[str, Any]:
        """Cleaned values for the program's own columns (units are saved separately)."""
        return {
            name: self.cleaned_data[name]
            for name in CHARTER_FIELDS
            if name not in {"mentor_units", "mentee_units"}
        }


class ObjectiveForm(forms.Form):
    pk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    description = forms.CharField(label=_("Objective"), widget=forms.Textarea(attrs={"rows": 2}))
    target = forms.CharField(label=_("Target"), max_length=300)
    measurement = forms.CharField(label=_("How it is measured"), max_length=300)

    def to_input(self) -> ObjectiveInput:
        data = self.cleaned_data
        return ObjectiveInput(
            pk=data.get("pk"),
            description=data.get("description", ""),
            target=data.get("target", ""),
            measurement=data.get("measurement", ""),
            delete=bool(data.get("DELETE")),
        )


class TopicForm(forms.Form):
    pk = forms.IntegerField(required=False, widget=forms.HiddenInput)
    name = forms.CharField(label=_("Topic"), max_length=200)
    description = forms.CharField(
        label=_("Description"), required=False, widget=forms.Textarea(attrs={"rows": 2})
    )

    def to_input(self) -> TopicInput:
        data = self.cleaned_data
        return TopicInput(
            pk=data.get("pk"),
            name=data.get("name", ""),
            description=data.get("description", ""),
            delete=bool(data.get("DELETE")),
        )


ObjectiveFormSet = forms.formset_factory(ObjectiveForm, extra=1, can_delete=True)
TopicFormSet = forms.formset_factory(TopicForm, extra=2, can_delete=True)


def formset_inputs(formset: forms.BaseFormSet[Any]) -> list[Any]:
    """Inputs from a formset's filled-in forms; untouched extra forms carry nothing."""
    return [form.to_input() for form in formset.forms if form.cleaned_data]
