"""The password-reset e-mail goes through the outbox: the request writes a row with the user's
id only, and the worker writes the e-mail with a fresh link on SITE_URL."""

from __future__ import annotations

import pytest
from django.core import mail
from django.test import Client
from django.urls import reverse

from revmentor.accounts.mail import PASSWORD_RESET_MAIL
from revmentor.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db


def test_a_password_reset_is_an_outbox_row_and_its_link_on_the_site_sets_a_password(
    participant, settings, django_capture_on_commit_callbacks
):
    settings.SITE_URL = "https://mentoring.example.org"
    client = Client(HTTP_HOST="127.0.0.1")  # not the address the link must point to
    with django_capture_on_commit_callbacks(execute=True):
        response = client.post(reverse("accounts:password_reset"), {"email": participant.email})
    assert response.status_code == 302
    row = OutboxMessage.objects.get()
    assert (row.kind, row.args, row.to) == (
        PASSWORD_RESET_MAIL,
        {"user": participant.pk},
        participant.email,
    )
    assert row.status == OutboxMessage.Status.SENT
    [message] = mail.outbox
    assert message.extra_headers["Message-ID"] == row.message_id
    [link] = [line for line in message.body.splitlines() if line.startswith("https://")]
    assert link.startswith("https://mentoring.example.org/accounts/password/set/")
    page = client.get(link.removeprefix("https://mentoring.example.org"), follow=True)
    assert page.status_code == 200
    assert "new_password1" in page.content.decode()
