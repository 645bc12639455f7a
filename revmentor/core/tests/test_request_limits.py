"""Django's own request limits answer with a translated page that names the limit."""

from __future__ import annotations

from django.test import Client
from django.urls import reverse


def test_a_form_body_over_djangos_limit_gets_a_page_naming_the_limit(program_manager, settings):
    settings.DATA_UPLOAD_MAX_MEMORY_SIZE = 2 * 1024 * 1024
    client = Client()
    client.force_login(program_manager)
    response = client.post(reverse("programs:create"), {"name": "x" * (3 * 1024 * 1024)})
    body = response.content.decode()
    assert response.status_code == 413
    assert "The form sent more than 2 MB of data. Files up to 10 MB can be uploaded" in body


def test_a_form_with_too_many_fields_gets_a_page_naming_the_limit(program_manager, settings):
    settings.DATA_UPLOAD_MAX_NUMBER_FIELDS = 10
    client = Client()
    client.force_login(program_manager)
    response = client.post(reverse("programs:create"), {f"f{i}": "x" for i in range(20)})
    assert response.status_code == 400
    assert "The form sent more than 10 fields." in response.content.decode()


def test_an_unreadable_multipart_body_gets_a_page_with_a_message(program_manager):
    client = Client()
    client.force_login(program_manager)
    response = client.generic(
        "POST",
        reverse("people:import"),
        b"--nope\r\nContent-Disposition: form-data\r\n\r\n",
        content_type="multipart/form-data; boundary=",
    )
    assert response.status_code == 400
    assert "The request could not be read" in response.content.decode()
