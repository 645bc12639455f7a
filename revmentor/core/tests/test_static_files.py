"""Production static files: collectstatic writes hashed, compressed copies and WhiteNoise serves
them with a year of caching."""

from __future__ import annotations

import re

from django.core.management import call_command
from django.test import Client
from django.urls import reverse

MANIFEST_STORAGE = "whitenoise.storage.CompressedManifestStaticFilesStorage"


def test_collectstatic_writes_hashed_gzipped_files_that_pages_link_and_whitenoise_serves(
    db, settings, tmp_path
):
    settings.STATIC_ROOT = tmp_path
    settings.STORAGES = {**settings.STORAGES, "staticfiles": {"BACKEND": MANIFEST_STORAGE}}
    settings.WHITENOISE_USE_FINDERS = False
    settings.WHITENOISE_AUTOREFRESH = False
    call_command("collectstatic", interactive=False, verbosity=0)
    assert (tmp_path / "staticfiles.json").exists()

    html = Client().get(reverse("accounts:login")).content.decode()
    linked = re.findall(r'(?:href|src)="/static/([^"]+)"', html)
    hashed = [name for name in linked if re.search(r"\.[0-9a-f]{12}\.(?:css|js)$", name)]
    assert {re.sub(r"\.[0-9a-f]{12}\.", ".", name) for name in hashed} >= {
        "css/revmentor.css",
        "vendor/pico.min.css",
        "vendor/htmx.min.js",
        "js/confirm.js",
    }
    assert len(hashed) == len(linked)  # nothing linked by its unhashed name
    for name in hashed:
        assert (tmp_path / name).exists()
        assert (tmp_path / f"{name}.gz").exists()

    response = Client().get(f"/static/{hashed[0]}")
    assert response.status_code == 200
    assert "immutable" in response["Cache-Control"]
    assert "max-age=315360000" in response["Cache-Control"]
