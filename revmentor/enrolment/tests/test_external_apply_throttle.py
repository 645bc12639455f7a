"""The applicants' form without an account: throttled per address and per e-mail, with a
honeypot for bots."""

from __future__ import annotations

from typing import Any

import pytest
from django import forms
from django.core import mail
from django.test import Client
from django.urls import reverse

from revmentor.enrolment import services
from revmentor.enrolment.forms import ExternalApplicantForm
from revmentor.enrolment.models import Application
from revmentor.enrolment.tests.factories import recruiting_program

pytestmark = pytest.mark.django_db


@pytest.fixture
def link(settings) -> tuple[str, Any]:
    settings.APPLY_CONFIRMATIONS_PER_EMAIL_PER_DAY = 2
    settings.APPLY_SUBMISSIONS_PER_IP_PER_HOUR = 4
    program = recruiting_program("digital_fluency_students")
    token = services.recruitment_for_program(program).external_token
    return reverse("enrolment:external_apply", kwargs={"token": token}), program


def _answers(program, email: str) -> dict[str, Any]:
    """A complete application: every field given its first allowed value."""
    form = ExternalApplicantForm(program=program)
    data: dict[str, Any] = {}
    for name, field in form.fields.items():
        if name == "website":
            continue
        if isinstance(field, forms.MultipleChoiceField):
            data[name] = [str(next(iter(field.choices))[0])]
        elif isinstance(field, forms.ChoiceField):
            values = [str(value) for value, _label in field.choices if value not in ("", None)]
            data[name] = values[-1]
        elif isinstance(field, forms.BooleanField):
            data[name] = "on"
        elif isinstance(field, forms.EmailField):
            data[name] = email
        elif isinstance(field, forms.URLField):
            data[name] = "https://example.org/me"
        elif isinstance(field, forms.IntegerField):
            data[name] = "3"
        else:
            data[name] = "Something about it"
    assert ExternalApplicantForm(data, program=program).is_valid()
    return data


@pytest.fixture
def apply(django_capture_on_commit_callbacks):
    def post(url: str, program, email: str, ip: str = "198.51.100.1", **extra: str):
        # The confirmation mail is queued when the application's transaction commits.
        with django_capture_on_commit_callbacks(execute=True):
            return Client(REMOTE_ADDR=ip).post(url, {**_answers(program, email), **extra})

    return post


def test_one_address_gets_at_most_the_allowed_confirmation_mails_a_day(link, apply):
    url, program = link
    others = [recruiting_program("digital_fluency_students") for _ in range(2)]
    urls = [url] + [
        reverse(
            "enrolment:external_apply",
            kwargs={"token": services.recruitment_for_program(other).external_token},
        )
        for other in others
    ]
    # The same student applies to three programs, from three addresses.
    answers = [
        apply(target, prog, "student@uni.example", ip=f"198.51.100.{number}")
        for number, (target, prog) in enumerate(zip(urls, [program, *others], strict=True))
    ]
    assert [answer.status_code for answer in answers] == [200, 200, 429]
    assert "Too many applications" in answers[2].content.decode()
    assert "Nothing was sent" in answers[2].content.decode()
    assert len(mail.outbox) == 2
    assert Application.objects.count() == 2


def test_one_network_may_submit_only_so_many_applications_an_hour(link, apply):
    url, program = link
    answers = [apply(url, program, f"s{number}@uni.example", ip="192.0.2.9") for number in range(5)]
    assert [answer.status_code for answer in answers] == [200, 200, 200, 200, 429]
    assert len(mail.outbox) == 4
    assert apply(url, program, "s9@uni.example", ip="192.0.2.10").status_code == 200


def test_the_refusal_is_translated(link, apply):
    url, program = link
    for number in range(4):
        apply(url, program, f"s{number}@uni.example")
    refused = Client(REMOTE_ADDR="198.51.100.1", HTTP_ACCEPT_LANGUAGE="nl").post(
        url, _answers(program, "late@uni.example")
    )
    assert refused.status_code == 429
    assert "Er is niets verstuurd" in refused.content.decode()


def test_a_filled_honeypot_is_answered_as_usual_but_stores_and_sends_nothing(link, apply):
    url, program = link
    response = apply(url, program, "bot@spam.example", website="https://spam.example")
    assert response.status_code == 200
    assert "We sent a link to bot@spam.example" in response.content.decode()
    assert not Application.objects.exists()
    assert mail.outbox == []


def test_the_honeypot_is_hidden_by_a_class_not_an_inline_style(link, apply):
    url, _program = link
    body = Client().get(url).content.decode()
    assert 'class="hp-field" aria-hidden="true"' in body
    assert 'name="website"' in body
    assert "style=" not in body
    css = (pytest.importorskip("pathlib").Path("static/css/revmentor.css")).read_text()
    assert ".hp-field {" in css
