"""Application e-mails: they go through the outbox, and the HTML part links only to revmentor's
own pages, never to an address someone typed as their name or in a reason."""

from __future__ import annotations

import re

import pytest
from django.core import mail

from revmentor.enrolment import services
from revmentor.enrolment.tests.factories import intake, recruiting_program
from revmentor.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db

EVIL_NAME = "www.evil.example http://evil.example/login"


def html_of(message) -> str:
    return str(next(body for body, mimetype in message.alternatives if mimetype == "text/html"))


def apply_externally(program, name):
    return services.application_submit_external(
        token=services.recruitment_for_program(program).external_token,
        name=name,
        email="sam@uni.example",
        institution="HU",
        language="en",
        intake=intake(program),
        accepted_ground_rules=True,
        consented=True,
    )


def test_an_applicant_named_like_a_web_address_gets_no_link_in_the_html_mail(
    settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://mentoring.example.org"
    program = recruiting_program("digital_fluency_students")
    with django_capture_on_commit_callbacks(execute=True):
        apply_externally(program, EVIL_NAME)
    [message] = mail.outbox
    html = html_of(message)
    assert "www.evil.example" in html
    assert "http://evil.example/login" in html
    links = re.findall(r'<a href="([^"]+)"', html)
    assert links
    assert all(link.startswith("https://mentoring.example.org/") for link in links)
    assert "evil" not in " ".join(links)
    # The confirmation link itself is still a link, and the same in the text part.
    [confirm] = links
    assert confirm in message.body


def test_a_decision_reason_that_looks_like_an_address_is_not_a_link(
    settings, program_manager, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://mentoring.example.org"
    program = recruiting_program("digital_fluency_students")
    application = apply_externally(program, "Sam")
    services.application_confirm_email(token=services.confirmation_token(application))
    application.refresh_from_db()
    mail.outbox.clear()
    with django_capture_on_commit_callbacks(execute=True):
        services.application_decide(
            application=application,
            decision="rejected",
            reason="See https://mentoring.example.org.evil.example/ or www.evil.example",
            by=program_manager,
        )
    html = html_of(mail.outbox[0])
    assert "evil" not in " ".join(re.findall(r'<a href="([^"]+)"', html))


def test_a_name_with_an_apostrophe_is_plain_text_in_the_text_part(
    django_capture_on_commit_callbacks,
):
    program = recruiting_program("digital_fluency_students")
    with django_capture_on_commit_callbacks(execute=True):
        apply_externally(program, "Sam O'Brien <Sam & Co>")
    [message] = mail.outbox
    assert "Hello Sam O'Brien <Sam & Co>," in message.body
    assert "Sam O&#x27;Brien &lt;Sam &amp; Co&gt;" in html_of(message)  # escaped in HTML


def test_application_e_mails_are_outbox_rows_with_ids_only_and_their_own_message_id(
    django_capture_on_commit_callbacks,
):
    program = recruiting_program("digital_fluency_students")
    with django_capture_on_commit_callbacks(execute=True):
        application = apply_externally(program, "Sam")
    row = OutboxMessage.objects.get()
    assert (row.kind, row.args, row.to) == (
        services.CONFIRMATION_MAIL,
        {"application": application.pk},
        "sam@uni.example",
    )
    assert row.status == OutboxMessage.Status.SENT
    assert mail.outbox[0].extra_headers["Message-ID"] == row.message_id


def test_no_e_mail_template_turns_text_into_links(settings):
    from pathlib import Path

    templates = Path(settings.BASE_DIR, "templates")
    html = [*templates.glob("email/*.html"), *templates.glob("*/email/*.html")]
    assert html
    assert [path.name for path in html if "urlize" in path.read_text()] == []
