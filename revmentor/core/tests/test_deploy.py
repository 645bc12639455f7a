"""The README's production variables pass Django's deployment check, the HTTPS settings default
to safe values with DEBUG off, and the README's deploy/ files exist."""

from __future__ import annotations

import json
import os
import re
import secrets
import subprocess
import sys
from pathlib import Path

from cryptography.fernet import Fernet

ROOT = Path(__file__).resolve().parents[3]
README = (ROOT / "README.md").read_text()


def _readme_production_variables() -> dict[str, str]:
    section = README.split("## Running in production", 1)[1]
    block = re.search(r"```sh\n(DEBUG=false\n.*?)```", section, re.DOTALL)
    assert block, "no block of production variables in the README"
    lines = [line for line in block.group(1).splitlines() if line and not line.startswith("#")]
    return dict(line.split("=", 1) for line in lines)


def _run(args: list[str], variables: dict[str, str]) -> subprocess.CompletedProcess[str]:
    # Only these variables: nothing of the test run's own environment (DEBUG=true) leaks in.
    return subprocess.run(
        [sys.executable, *args],
        cwd=ROOT,
        env={"PATH": os.environ.get("PATH", ""), "HOME": os.environ.get("HOME", ""), **variables},
        capture_output=True,
        text=True,
        check=False,
    )


def _secrets() -> dict[str, str]:
    return {
        "SECRET_KEY": secrets.token_urlsafe(50),
        "NOTES_ENCRYPTION_KEYS": Fernet.generate_key().decode(),
    }


def test_check_deploy_finds_no_issue_with_the_readmes_production_variables():
    variables = _readme_production_variables()
    # The README publishes no key: the reader generates both, as it says.
    assert variables["SECRET_KEY"] == variables["NOTES_ENCRYPTION_KEYS"] == "CHANGE-ME"
    result = _run(
        ["manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        {**variables, **_secrets()},
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def _settings_with(**variables: str) -> dict[str, object]:
    names = [
        "DEBUG",
        "SECURE_SSL_REDIRECT",
        "SECURE_HSTS_SECONDS",
        "SECURE_HSTS_INCLUDE_SUBDOMAINS",
        "SECURE_PROXY_SSL_HEADER",
        "SESSION_COOKIE_SECURE",
        "CSRF_COOKIE_SECURE",
        "SECURE_CONTENT_TYPE_NOSNIFF",
    ]
    code = (
        "import json, django; django.setup(); from django.conf import settings; "
        f"print(json.dumps({{name: getattr(settings, name) for name in {names!r}}}))"
    )
    result = _run(
        ["-c", code], {"DJANGO_SETTINGS_MODULE": "revmentor.settings", **_secrets(), **variables}
    )
    assert result.returncode == 0, result.stderr
    return dict(json.loads(result.stdout))


def test_with_debug_off_by_default_https_is_enforced_and_no_proxy_header_is_trusted():
    values = _settings_with(ALLOWED_HOSTS="mentoring.example.org")
    assert values == {
        "DEBUG": False,
        "SECURE_SSL_REDIRECT": True,
        "SECURE_HSTS_SECONDS": 31_536_000,
        "SECURE_HSTS_INCLUDE_SUBDOMAINS": True,
        "SECURE_PROXY_SSL_HEADER": None,
        "SESSION_COOKIE_SECURE": True,
        "CSRF_COOKIE_SECURE": True,
        "SECURE_CONTENT_TYPE_NOSNIFF": True,
    }


def test_the_https_settings_follow_their_environment_variables():
    values = _settings_with(
        SECURE_PROXY_SSL_HEADER="X-Forwarded-Proto",
        SECURE_SSL_REDIRECT="false",
        SECURE_HSTS_SECONDS="3600",
    )
    assert values["SECURE_PROXY_SSL_HEADER"] == ["HTTP_X_FORWARDED_PROTO", "https"]
    assert values["SECURE_SSL_REDIRECT"] is False
    assert values["SECURE_HSTS_SECONDS"] == 3600


def test_the_readme_names_only_deploy_files_that_exist_and_nothing_outside_the_repository():
    named = set(re.findall(r"deploy/[\w.-]+", README))
    assert {
        "deploy/revmentor-web.service",
        "deploy/revmentor-worker.service",
        "deploy/nginx-revmentor.conf",
    } <= named
    assert all((ROOT / name).is_file() for name in named), named
    housekeeping = (ROOT / "deploy" / "revmentor-housekeeping.timer").read_text()
    assert "OnCalendar=" in housekeeping
    assert not re.search(r"\.\./|shared/", README)
