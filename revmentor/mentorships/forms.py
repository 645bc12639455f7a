"""Forms for the pair's pages. Validation next to the field; the rules live in services."""

from __future__ import annotations

from typing import Any

from django import forms
from django.utils.translation import gettext_lazy as _

from revmentor.core.fields import ModelMultipleChoiceField
from revmentor.mentorships.models import (
    DissolveReason,
    EndCategory,
    MeetingLog,
    Note,
    PauseCategory,
    Side,
    StepPlanStep,
)
from revmentor.programs.models import MeetingFormat, Program, Topic

YES_NO = [("yes", _("Yes")), ("no", _("No"))]
DATE = forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d")
DATETIME = forms.DateTimeInput(attrs={"type": "datetime-local"}, format="%Y-%m-%dT%H:%M")


class DeclineForm(forms.Form):
    reason = forms.CharField(
        label=_("Why would you like another match? Only the program manager reads this."),
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class AgreementForm(forms.Form):
    goals = forms.CharField(label=_("Our goals"), widget=forms.Textarea(attrs={"rows": 3}))
    topics: forms.ModelMultipleChoiceField[Topic] = ModelMultipleChoiceField(
        label=_("Topics, in the order we take them"),
        queryset=Topic.objects.none(),
        widget=forms.CheckboxSelectMultiple,
    )
    formats = forms.MultipleChoiceField(label=_("How we meet"), widget=forms.CheckboxSelectMultiple)
    where_and_how = forms.CharField(
        label=_("Where and when we meet, and how we keep in touch"),
        widget=forms.Textarea(attrs={"rows": 3}),
    )

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        topics = self.fields["topics"]
        assert isinstance(topics, forms.ModelMultipleChoiceField)
        topics.queryset = program.topics.all()
        formats = self.fields["formats"]
        assert isinstance(formats, forms.MultipleChoiceField)
        labels = dict(MeetingFormat.choices)
        formats.choices = [
            (code, labels.get(code, code)) for code in (program.formats or MeetingFormat.values)
        ]


class ContractCheckForm(forms.Form):
    acquainted = forms.ChoiceField(
        label=_("We got acquainted."), choices=YES_NO, widget=forms.RadioSelect
    )
    expectations_clear = forms.ChoiceField(
        label=_("Our expectations of each other are clear."),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    approach_agreed = forms.ChoiceField(
        label=_(
            "We agreed the approach: topics and their order, cadence, formats, where and how we meet."
        ),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    ground_rules_accepted = forms.ChoiceField(
        label=_("I accept the ground rules and confidentiality."),
        choices=YES_NO,
        widget=forms.RadioSelect,
    )
    enough_trust = forms.ChoiceField(
        label=_("Is there enough mutual trust to start?"), choices=YES_NO, widget=forms.RadioSelect
    )
    reason = forms.ChoiceField(
        label=_(
            "If you answered no: the main reason (the program manager sees only this category)"
        ),
        choices=[("", "—"), *DissolveReason.choices],
        required=False,
    )

    def yes(self, name: str) -> bool:
        return bool(self.cleaned_data.get(name) == "yes")


class MeetingForm(forms.Form):
    format = forms.ChoiceField(label=_("Format"), widget=forms.RadioSelect)
    starts_at = forms.DateTimeField(
        label=_("Date and time"),
        widget=DATETIME,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    duration_minutes = forms.IntegerField(
        label=_("Duration (minutes)"),
        min_value=1,
        max_value=600,
        error_messages={"min_value": _("A meeting needs a duration of at least one minute.")},
    )
    location = forms.CharField(label=_("Place"), required=False, max_length=300)
    video_link = forms.URLField(
        label=_("Video link (remote meetings)"), required=False, assume_scheme="https"
    )
    shadow_title = forms.CharField(
        label=_("Meeting the mentor attends (shadowing)"), required=False, max_length=200
    )
    shadow_context = forms.CharField(
        label=_("Context for the mentor (shadowing)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 2}),
    )

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["format"]
        assert isinstance(field, forms.ChoiceField)
        labels = dict(MeetingFormat.choices)
        field.choices = [
            (code, labels.get(code, code)) for code in (program.formats or MeetingFormat.values)
        ]

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if data.get("format") == MeetingFormat.REMOTE and not data.get("video_link"):
            self.add_error("video_link", _("A remote meeting needs a video link."))
        if data.get("format") == MeetingFormat.SHADOWING and not data.get("shadow_title"):
            self.add_error("shadow_title", _("Say which meeting the mentor will attend."))
        return data


class RescheduleForm(forms.Form):
    starts_at = forms.DateTimeField(
        label=_("New date and time"),
        widget=DATETIME,
        input_formats=["%Y-%m-%dT%H:%M", "%Y-%m-%d %H:%M"],
    )
    reason = forms.CharField(label=_("Why it moves (only the two of you read it)"), max_length=300)


class CancelForm(forms.Form):
    reason = forms.CharField(
        label=_("Why it is cancelled (only the two of you read it)"), max_length=300
    )


class LogForm(forms.Form):
    topics: forms.ModelMultipleChoiceField[Topic] = ModelMultipleChoiceField(
        label=_("Topics we covered"),
        queryset=Topic.objects.none(),
        required=False,
        widget=forms.CheckboxSelectMultiple,
    )
    most_talking = forms.ChoiceField(
        label=_("Who did most of the talking?"),
        choices=MeetingLog.Talk.choices,
        widget=forms.RadioSelect,
    )
    reflection = forms.CharField(label=_("One line of reflection"), max_length=500, required=False)

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        field = self.fields["topics"]
        assert isinstance(field, forms.ModelMultipleChoiceField)
        field.queryset = program.topics.all()


class NoteForm(forms.Form):
    body = forms.CharField(label=_("Note"), widget=forms.Textarea(attrs={"rows": 3}))
    visibility = forms.ChoiceField(
        label=_("Who may read it"),
        choices=Note.Visibility.choices,
        widget=forms.RadioSelect,
        initial=Note.Visibility.PRIVATE,
    )


class ActionForm(forms.Form):
    text = forms.CharField(label=_("Action"), max_length=500)
    owner = forms.ChoiceField(label=_("Who"), choices=Side.choices)
    due_date = forms.DateField(label=_("Due"), required=False, widget=DATE)


class PauseForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Why pause (the program manager and HR support see only this)"),
        choices=[("", "—"), *PauseCategory.choices],
    )
    reason = forms.CharField(
        label=_("A word for your partner (optional; only the two of you read it)"),
        max_length=300,
        required=False,
    )
    resume_on = forms.DateField(label=_("Resume on"), widget=DATE)


class ExtendForm(forms.Form):
    end_date = forms.DateField(label=_("New end date"), widget=DATE)


class EndForm(forms.Form):
    category = forms.ChoiceField(
        label=_("Why end now (the program manager and HR support see only this)"),
        choices=[("", "—"), *EndCategory.choices],
    )
    reason = forms.CharField(
        label=_("A word for your partner (optional; only the two of you read it)"),
        max_length=300,
        required=False,
    )
    rematch = forms.BooleanField(label=_("Ask the program manager for a new match"), required=False)


class StepForm(forms.Form):
    title = forms.CharField(label=_("Step"), max_length=200)
    minutes = forms.IntegerField(label=_("Minutes"), min_value=1, max_value=240)
    # An initial value, so an untouched empty row counts as unchanged and is skipped.
    lead = forms.ChoiceField(
        label=_("Led by"), choices=StepPlanStep.Lead.choices, initial=StepPlanStep.Lead.MENTOR
    )


StepFormSet = forms.formset_factory(StepForm, extra=1, can_delete=True)
