"""Settings of a task worker started as a second process by the crash tests: the project's own,
with the SMTP server of the test (the project reads no EMAIL_HOST from the environment)."""

import os

from revmentor.settings import *  # noqa: F403

EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["TEST_SMTP_PORT"])
EMAIL_TIMEOUT = 30
