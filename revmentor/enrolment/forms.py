"""Intake and review forms. Every rule shows its message next to the field it is about."""

from __future__ import annotations

from typing import Any

from django import forms
from django.core.validators import URLValidator
from django.utils.translation import gettext_lazy as _

from revmentor.core.uploads import BoundedFileField
from revmentor.enrolment.models import (
    AVAILABILITY_SLOTS,
    SLOT_LABELS,
    Application,
    Recruitment,
    Role,
)
from revmentor.enrolment.services import Intake, TopicAnswer
from revmentor.people.models import Person
from revmentor.programs.models import MeetingFormat, Program

LANGUAGE_CHOICES = [
    ("nl", _("Dutch")),
    ("en", _("English")),
    ("de", _("German")),
    ("fr", _("French")),
    ("es", _("Spanish")),
    ("tr", _("Turkish")),
    ("ar", _("Arabic")),
    ("pl", _("Polish")),
    ("zh", _("Chinese")),
]
LEVELS = [("", "—"), *[(str(n), str(n)) for n in range(1, 6)]]
HTTP_URL = URLValidator(
    schemes=["http", "https"], message=_("Enter a web address starting with http:// or https://.")
)


class HttpUrlField(forms.URLField):
    """A web address: http or https only, with one message that says so."""

    default_validators = [HTTP_URL]
    default_error_messages = {"invalid": HTTP_URL.message}


def _url_field(label: Any) -> forms.URLField:
    return HttpUrlField(label=label, required=False, assume_scheme="https")


def _count_field(label: Any) -> forms.IntegerField:
    return forms.IntegerField(
        label=label,
        required=False,
        min_value=0,
        error_messages={"min_value": _("Enter zero or a positive whole number.")},
    )


class IntakeForm(forms.Form):
    """The intake questionnaire, built from the program's topic catalogue and formats."""

    languages = forms.MultipleChoiceField(
        label=_("Languages you can mentor or be mentored in"),
        choices=LANGUAGE_CHOICES,
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one language.")},
    )
    formats = forms.MultipleChoiceField(
        label=_("Meeting formats that work for you"),
        widget=forms.CheckboxSelectMultiple,
        error_messages={"required": _("Choose at least one format.")},
    )
    availability = forms.MultipleChoiceField(
        label=_("When you are usually available"),
        required=False,
        widget=forms.CheckboxSelectMultiple,
        choices=[(slot, SLOT_LABELS[slot]) for slot in AVAILABILITY_SLOTS],
    )

    def __init__(
        self, *args: Any, program: Program, role: str, with_agreements: bool = True, **kwargs: Any
    ) -> None:
        super().__init__(*args, **kwargs)
        self.program = program
        self.role = role
        formats_field = self.fields["formats"]
        assert isinstance(formats_field, forms.MultipleChoiceField)
        labels = dict(MeetingFormat.choices)
        formats_field.choices = [
            (code, labels.get(code, code)) for code in (program.formats or MeetingFormat.values)
        ]
        self.topics = list(program.topics.all())
        for topic in self.topics:
            prefix = f"topic_{topic.pk}"
            if role == Role.MENTOR:
                self.fields[f"{prefix}_value"] = forms.TypedChoiceField(
                    label=_("Your level"),
                    choices=LEVELS,
                    required=False,
                    coerce=int,
                    empty_value=None,
                )
                self.fields[f"{prefix}_text"] = forms.CharField(
                    label=_("Evidence: what have you done with it?"), max_length=500, required=False
                )
            else:
                self.fields[f"{prefix}_value"] = forms.TypedChoiceField(
                    label=_("Priority"),
                    choices=LEVELS,
                    required=False,
                    coerce=int,
                    empty_value=None,
                )
                self.fields[f"{prefix}_text"] = forms.CharField(
                    label=_("What I want to be able to do"), max_length=500, required=False
                )
                self.fields[f"{prefix}_self"] = forms.TypedChoiceField(
                    label=_("Where I am now (1–5)"),
                    choices=LEVELS,
                    required=False,
                    coerce=int,
                    empty_value=None,
                )
        if role == Role.MENTOR:
            self.fields["capacity"] = forms.TypedChoiceField(
                label=_("How many mentees you can take"),
                choices=[("1", "1"), ("2", "2"), ("3", "3")],
                coerce=int,
                initial="1",
            )
            self.fields["motivation"] = forms.CharField(
                label=_("Why you want to mentor a senior manager"),
                widget=forms.Textarea(attrs={"rows": 4}),
            )
            self.fields["blog_url"] = _url_field(_("Blog"))
            self.fields["video_channel_url"] = _url_field(_("Video channel (YouTube, TikTok, …)"))
            self.fields["social_profile_url"] = _url_field(_("Social media profile"))
            self.fields["post_count"] = _count_field(_("Number of posts"))
            self.fields["video_count"] = _count_field(_("Number of videos"))
            self.fields["follower_count"] = _count_field(_("Followers or subscribers"))
            self.fields["typical_views"] = _count_field(_("Typical views per post or video"))
        else:
            self.fields["why_it_matters"] = forms.CharField(
                label=_("Why this matters for your role"), widget=forms.Textarea(attrs={"rows": 4})
            )
            self.fields["avoid"] = forms.CharField(
                label=_("People you would rather not be matched with (optional)"),
                help_text=_("E-mail addresses, one per line. They are never told."),
                required=False,
                widget=forms.Textarea(attrs={"rows": 2}),
            )
        if with_agreements:
            self.fields["accept_ground_rules"] = forms.BooleanField(
                label=_("I accept the program's ground rules, including confidentiality."),
                error_messages={
                    "required": _("You can only take part if you accept the ground rules.")
                },
            )
            self.fields["consent"] = forms.BooleanField(
                label=_(
                    "I agree that my application is stored and used to select and match participants."
                ),
                error_messages={"required": _("We need your consent to process your application.")},
            )
        self.avoided_ids: list[int] = []

    def topic_rows(self) -> list[tuple[Any, list[forms.BoundField]]]:
        rows = []
        for topic in self.topics:
            prefix = f"topic_{topic.pk}"
            names = [f"{prefix}_value", f"{prefix}_text"] + (
                [f"{prefix}_self"] if self.role == Role.MENTEE else []
            )
            rows.append((topic, [self[name] for name in names]))
        return rows

    def clean_avoid(self) -> str:
        raw: str = self.cleaned_data.get("avoid", "")
        emails = [line.strip().lower() for line in raw.splitlines() if line.strip()]
        people = dict(Person.objects.filter(email__in=emails).values_list("email", "pk"))
        unknown = [email for email in emails if email not in people]
        if unknown:
            raise forms.ValidationError(
                _("Not found in the organisation: %(emails)s."),
                params={"emails": ", ".join(unknown)},
            )
        self.avoided_ids = [people[email] for email in emails]
        return raw

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        chosen = [topic for topic in self.topics if data.get(f"topic_{topic.pk}_value")]
        if not chosen:
            self.add_error(
                None,
                forms.ValidationError(
                    _("Choose at least one topic and give it a level or priority."),
                    code="no_topics",
                ),
            )
        for topic in self.topics:
            prefix = f"topic_{topic.pk}"
            if (
                self.role == Role.MENTEE
                and data.get(f"{prefix}_self")
                and not data.get(f"{prefix}_value")
            ):
                self.add_error(
                    f"{prefix}_value",
                    _("Give this topic a priority, or clear the self-assessment."),
                )
        return data

    def to_intake(self) -> Intake:
        data = self.cleaned_data
        answers = [
            TopicAnswer(
                topic_id=topic.pk,
                value=int(data[f"topic_{topic.pk}_value"]),
                text=data.get(f"topic_{topic.pk}_text", ""),
                self_assessment=data.get(f"topic_{topic.pk}_self"),
            )
            for topic in self.topics
            if data.get(f"topic_{topic.pk}_value")
        ]
        return Intake(
            languages=data["languages"],
            formats=data["formats"],
            availability=data.get("availability", []),
            topics=answers,
            motivation=data.get("motivation", ""),
            capacity=data.get("capacity"),
            blog_url=data.get("blog_url", ""),
            video_channel_url=data.get("video_channel_url", ""),
            social_profile_url=data.get("social_profile_url", ""),
            post_count=data.get("post_count"),
            video_count=data.get("video_count"),
            follower_count=data.get("follower_count"),
            typical_views=data.get("typical_views"),
            why_it_matters=data.get("why_it_matters", ""),
            avoided_person_ids=self.avoided_ids,
        )

    @classmethod
    def initial_from(cls, application: Application) -> dict[str, Any]:
        initial: dict[str, Any] = {
            "languages": application.languages,
            "formats": application.formats,
            "availability": application.availability,
            "capacity": application.capacity,
            "motivation": application.motivation,
            "blog_url": application.blog_url,
            "video_channel_url": application.video_channel_url,
            "social_profile_url": application.social_profile_url,
            "post_count": application.post_count,
            "video_count": application.video_count,
            "follower_count": application.follower_count,
            "typical_views": application.typical_views,
            "why_it_matters": application.why_it_matters,
            "avoid": "\n".join(application.avoided.values_list("person__email", flat=True)),
        }
        for answer in application.topics.all():
            prefix = f"topic_{answer.topic_id}"
            initial[f"{prefix}_value"] = answer.value
            initial[f"{prefix}_text"] = answer.text
            initial[f"{prefix}_self"] = answer.self_assessment
        return initial


HONEYPOT_FIELD = "website"


class ExternalApplicantForm(IntakeForm):
    """A student applying through the program's link: who they are, then the mentor intake."""

    def __init__(self, *args: Any, program: Program, **kwargs: Any) -> None:
        super().__init__(*args, program=program, role=Role.MENTOR, **kwargs)
        identity = {
            "name": forms.CharField(label=_("Your name"), max_length=200),
            "email": forms.EmailField(
                label=_("E-mail address"), help_text=_("We send a link to confirm it.")
            ),
            "institution": forms.CharField(label=_("School or university"), max_length=200),
        }
        self.fields = {**identity, **self.fields}
        # A trap for bots that fill every field: hidden by the "hp-field" class (no inline
        # style, which the content security policy forbids), skipped by the keyboard.
        self.fields[HONEYPOT_FIELD] = forms.CharField(
            label=_("Leave this field empty"),
            required=False,
            widget=forms.TextInput(attrs={"tabindex": "-1", "autocomplete": "off"}),
        )


class ReviewForm(forms.Form):
    passion = forms.TypedChoiceField(
        label=_("Passion (1–5)"), choices=LEVELS, required=False, coerce=int, empty_value=None
    )
    fit = forms.TypedChoiceField(
        label=_("Fit with the program (1–5)"),
        choices=LEVELS,
        required=False,
        coerce=int,
        empty_value=None,
    )
    note = forms.CharField(
        label=_("Note (only reviewers see it)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
    )


class DecisionForm(forms.Form):
    decision = forms.ChoiceField(
        label=_("Decision"),
        choices=[
            ("accepted", _("Accept")),
            ("waitlisted", _("Wait-list")),
            ("rejected", _("Reject")),
        ],
        widget=forms.RadioSelect,
    )
    reason = forms.CharField(
        label=_("Reason (sent to the applicant)"),
        widget=forms.Textarea(attrs={"rows": 3}),
        error_messages={"required": _("Give a reason for the decision; the applicant reads it.")},
    )


class RecruitmentForm(forms.ModelForm[Recruitment]):
    class Meta:
        model = Recruitment
        fields = (
            "external_link_open",
            "weight_passion",
            "weight_topics",
            "weight_reach",
            "retention_days",
            "content_retention_days",
        )

    def clean(self) -> dict[str, Any]:
        data = super().clean() or {}
        if (
            sum(data.get(name) or 0 for name in ("weight_passion", "weight_topics", "weight_reach"))
            == 0
        ):
            self.add_error("weight_passion", _("At least one weight must be more than zero."))
        return data


class InvitationUploadForm(forms.Form):
    file = BoundedFileField(
        label=_("List of e-mail addresses or employee ids (CSV, text or Excel)"),
        help_text=_("One person per line. Everyone is invited, or nobody if a line has a problem."),
    )
