"""The password reset form is throttled per address and per e-mail address entered."""

from __future__ import annotations

import pytest
from django.test import Client
from django.urls import reverse

from revmentor.outbox.models import OutboxMessage

pytestmark = pytest.mark.django_db


def _mails_to() -> list[str]:
    # Every reset mail is an outbox row first (sent by the worker once the request commits).
    return list(OutboxMessage.objects.order_by("pk").values_list("to", flat=True))


def _ask(email: str, ip: str = "198.51.100.1"):
    return Client(REMOTE_ADDR=ip).post(reverse("accounts:password_reset"), {"email": email})


@pytest.fixture
def limits(settings):
    settings.PASSWORD_RESET_LIMIT_PER_EMAIL = 3
    settings.PASSWORD_RESET_LIMIT_PER_IP = 10


def test_one_address_gets_at_most_the_limit_of_reset_mails(participant, limits):
    for number in range(3):
        assert _ask(participant.email, ip=f"198.51.100.{number}").status_code == 302
    refused = _ask(participant.email, ip="198.51.100.99")
    assert refused.status_code == 429
    assert "Too many password reset requests" in refused.content.decode()
    assert len(_mails_to()) == 3


def test_the_answer_is_the_same_whether_the_address_has_an_account_or_not(participant, limits):
    unknown = "nobody@example.org"
    answers = [(_ask(participant.email).status_code, _ask(unknown).status_code) for _ in range(4)]
    assert answers == [(302, 302)] * 3 + [(429, 429)]
    assert set(_mails_to()) == {participant.email}


def test_one_network_asking_for_many_addresses_is_stopped(participant, limits):
    for number in range(10):
        assert _ask(f"someone{number}@example.org", ip="192.0.2.7").status_code == 302
    assert _ask(participant.email, ip="192.0.2.7").status_code == 429
    assert _ask(participant.email, ip="192.0.2.8").status_code == 302
    assert _mails_to() == [participant.email]
