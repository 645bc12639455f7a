"""All settings, read from environment variables with safe defaults.

DEBUG is off unless set: `make run` and the tests set DEBUG=true (development on SQLite with a
development key); without it, SECRET_KEY and NOTES_ENCRYPTION_KEYS are required. The README's
"Running in production" lists the variables for a server. A malformed value stops the start with
a message that names the variable (see revmentor.env).
"""

from __future__ import annotations

import datetime as dt
import re
from pathlib import Path

import django_stubs_ext
from csp.constants import NONE, SELF
from django.core.exceptions import ImproperlyConfigured
from django.utils.translation import gettext_lazy as _

from revmentor.core.crypto import validate_keys
from revmentor.env import env_bool, env_database, env_int, env_list, env_str

# Lets admin and form classes be written with type parameters (ModelAdmin[Person]) at run time.
django_stubs_ext.monkeypatch()

BASE_DIR = Path(__file__).resolve().parent.parent

# Off unless asked for, so that a server started without it never shows tracebacks or uses the
# development keys; `make run` and the tests turn it on.
DEBUG = env_bool("DEBUG", default=False)

SECRET_KEY = env_str("SECRET_KEY")
if not SECRET_KEY:
    if not DEBUG:
        raise ImproperlyConfigured("Environment variable SECRET_KEY is required when DEBUG is off.")
    # Development only: a fixed key is acceptable because DEBUG exposes everything anyway.
    SECRET_KEY = "dev-insecure-revmentor-key-do-not-use-in-production"

# What pairs write (notes, logs, actions) is encrypted with these keys; the first one encrypts.
NOTES_ENCRYPTION_KEYS = env_list("NOTES_ENCRYPTION_KEYS", default=[])
if not NOTES_ENCRYPTION_KEYS:
    _key_file = BASE_DIR / ".notes-keys.local"
    if not DEBUG:
        raise ImproperlyConfigured(
            "Environment variable NOTES_ENCRYPTION_KEYS is required when DEBUG is off."
        )
    if _key_file.exists():
        NOTES_ENCRYPTION_KEYS = _key_file.read_text().split()
validate_keys(NOTES_ENCRYPTION_KEYS, "NOTES_ENCRYPTION_KEYS")

ALLOWED_HOSTS = env_list(
    "ALLOWED_HOSTS", default=["127.0.0.1", "localhost", "[::1]"] if DEBUG else []
)
CSRF_TRUSTED_ORIGINS = env_list("CSRF_TRUSTED_ORIGINS", default=[])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    # Before staticfiles, so that `runserver` serves static files the way production does.
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "csp",
    "revmentor.core",
    "revmentor.outbox",
    "revmentor.accounts",
    "revmentor.audit",
    "revmentor.privacy",
    "revmentor.people",
    "revmentor.programs",
    "revmentor.enrolment",
    "revmentor.matching",
    "revmentor.mentorships",
    "revmentor.support",
    "revmentor.notifications",
    "django_tasks",
    "django_tasks_db",
    "axes",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "django_otp.plugins.otp_static",
]

# Background tasks: the database backend and its `manage.py db_worker` (started by `make run`);
# with REDIS_URL set, Redis queues (django-tasks-rq) and `manage.py rqworker` instead.
REDIS_URL = env_str("REDIS_URL")
if REDIS_URL and not REDIS_URL.startswith(("redis://", "rediss://", "unix://")):
    raise ImproperlyConfigured(
        f"Environment variable REDIS_URL must start with redis://, rediss:// or unix://, got {REDIS_URL!r}."
    )
if REDIS_URL:
    INSTALLED_APPS.append("django_rq")
    RQ_QUEUES = {"default": {"URL": REDIS_URL}}
TASKS = {
    "default": {
        "BACKEND": env_str(
            "TASKS_BACKEND",
            "django_tasks_rq.RQBackend" if REDIS_URL else "django_tasks_db.DatabaseBackend",
        )
    }
}

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Static files are answered here, before sessions and the no-store rule below.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "revmentor.core.middleware.NoStoreMiddleware",
    "csp.middleware.CSPMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "revmentor.core.middleware.IdleSessionTimeoutMiddleware",
    # Marks the session's user as verified by a second factor (request.user.is_verified()).
    "django_otp.middleware.OTPMiddleware",
    "revmentor.accounts.middleware.UserLanguageMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "revmentor.accounts.middleware.SecondFactorMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    # Turns a locked-out login into the lockout page; last, so it sees the login view's request.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "revmentor.urls"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "revmentor.core.context_processors.navigation",
                "revmentor.core.context_processors.notifications",
            ],
        },
    },
]

WSGI_APPLICATION = "revmentor.wsgi.application"

DATABASES = {
    "default": env_database("DATABASE_URL", default=f"sqlite:///{BASE_DIR / 'db.sqlite3'}")
}

AUTH_USER_MODEL = "accounts.User"
# Axes first: it refuses a locked-out account or address before any password is checked, and
# every attempt still goes through django.contrib.auth.authenticate (its signals feed the audit).
AUTHENTICATION_BACKENDS = [
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "core:home"
LOGOUT_REDIRECT_URL = "accounts:login"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [("en", _("English")), ("nl", _("Dutch"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
TIME_ZONE = env_str("TIME_ZONE", "Europe/Amsterdam")
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
# `python manage.py collectstatic` writes here; WhiteNoise serves it (no separate file server).
STATIC_ROOT = Path(env_str("STATIC_ROOT", str(BASE_DIR / "staticfiles")))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    # Hashed names (cached for a year by browsers) and gzip copies, listed in a manifest that
    # collectstatic writes. With DEBUG on, files are served unhashed from the source folders.
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

# Uploaded organisation files are read into memory; a limit keeps a mistaken upload harmless.
DATA_UPLOAD_MAX_MEMORY_SIZE = env_int("DATA_UPLOAD_MAX_MEMORY_SIZE", 20 * 1024 * 1024, minimum=1024)
FILE_UPLOAD_MAX_MEMORY_SIZE = DATA_UPLOAD_MAX_MEMORY_SIZE

# Bounded input (uploads): refused with a message naming the file and the limit, before parsing.
UPLOAD_MAX_MB = env_int("UPLOAD_MAX_MB", 10, minimum=1)
UPLOAD_MAX_ROWS = env_int("UPLOAD_MAX_ROWS", 50_000, minimum=1)
UPLOAD_MAX_COLUMNS = env_int("UPLOAD_MAX_COLUMNS", 40, minimum=1)
# An .xlsx is a zip: a few MB can unpack to gigabytes of XML. Refused above this, unread.
UPLOAD_MAX_XLSX_UNPACKED_MB = env_int("UPLOAD_MAX_XLSX_UNPACKED_MB", 100, minimum=1)
# Organisation files larger than this are parsed by the task worker; the preview page shows progress.
UPLOAD_BACKGROUND_KB = env_int("UPLOAD_BACKGROUND_KB", 1024, minimum=0)
FILE_UPLOAD_HANDLERS = [
    "revmentor.core.uploads.BoundedUploadHandler",
    "django.core.files.uploadhandler.MemoryFileUploadHandler",
    "django.core.files.uploadhandler.TemporaryFileUploadHandler",
]

EMAIL_BACKEND = env_str("EMAIL_BACKEND", "django.core.mail.backends.console.EmailBackend")
DEFAULT_FROM_EMAIL = env_str("DEFAULT_FROM_EMAIL", "revmentor@localhost")
# Seconds per SMTP socket operation. Django's default waits forever: a mail server that stops
# answering would hold the worker; the outbox records such a send as perhaps sent (README).
EMAIL_TIMEOUT = env_int("EMAIL_TIMEOUT", 30, minimum=1)

# The mail server, for EMAIL_BACKEND=django.core.mail.backends.smtp.EmailBackend.
EMAIL_HOST = env_str("EMAIL_HOST", "localhost")
EMAIL_PORT = env_int("EMAIL_PORT", 25, minimum=1)
EMAIL_HOST_USER = env_str("EMAIL_HOST_USER")
EMAIL_HOST_PASSWORD = env_str("EMAIL_HOST_PASSWORD")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS", default=False)
# Links in e-mails point here (no request exists when a task sends them).
SITE_URL = env_str("SITE_URL", "http://127.0.0.1:8000")

SESSION_COOKIE_SECURE = env_bool("SESSION_COOKIE_SECURE", default=not DEBUG)
CSRF_COOKIE_SECURE = env_bool("CSRF_COOKIE_SECURE", default=not DEBUG)

# HTTPS: with DEBUG off, plain-HTTP requests are redirected and browsers are told (HSTS) to use
# HTTPS only for a year. /health/ is exempt so that a local probe over HTTP gets its answer.
SECURE_SSL_REDIRECT = env_bool("SECURE_SSL_REDIRECT", default=not DEBUG)
SECURE_REDIRECT_EXEMPT = [r"^health/$"]
SECURE_HSTS_SECONDS = env_int("SECURE_HSTS_SECONDS", 0 if DEBUG else 31_536_000, minimum=0)
SECURE_HSTS_INCLUDE_SUBDOMAINS = env_bool("SECURE_HSTS_INCLUDE_SUBDOMAINS", default=not DEBUG)
SECURE_HSTS_PRELOAD = env_bool("SECURE_HSTS_PRELOAD", default=False)
# Behind a reverse proxy that terminates TLS, the proxy's header says the request was HTTPS (set
# the header's name, e.g. X-Forwarded-Proto). Never set it without such a proxy: a client could
# send the header itself. Django only trusts it for the value "https".
_proxy_header = env_str("SECURE_PROXY_SSL_HEADER").strip()
if _proxy_header and not re.fullmatch(r"[A-Za-z0-9-]+", _proxy_header):
    raise ImproperlyConfigured(
        "Environment variable SECURE_PROXY_SSL_HEADER must be a header name such as "
        f"X-Forwarded-Proto, got {_proxy_header!r}."
    )
SECURE_PROXY_SSL_HEADER = (
    ("HTTP_" + _proxy_header.upper().replace("-", "_"), "https") if _proxy_header else None
)

# Content-Security-Policy: scripts, styles and everything else from this site only, and no inline
# script or style (event handlers included). Pico's form icons are data: images.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "object-src": [NONE],
        "base-uri": [NONE],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
    }
}

# Idle sessions end: a session is good for this long after the user's last request. Staff roles
# see many people's data, so theirs is short; participants see their own pair only.
SESSION_IDLE_TIMEOUT_HOURS = env_int("SESSION_IDLE_TIMEOUT_HOURS", 8, minimum=1)
SESSION_IDLE_TIMEOUT_PARTICIPANT_HOURS = env_int(
    "SESSION_IDLE_TIMEOUT_PARTICIPANT_HOURS", 14 * 24, minimum=1
)

# Counters for throttles (password reset, the applicants' form). Redis when REDIS_URL is set;
# otherwise the database, so that every process of a server counts together (a local-memory
# cache would count per process: four workers would allow four times the limit).
CACHES = {
    "default": {
        "BACKEND": "django.core.cache.backends.redis.RedisCache",
        "LOCATION": REDIS_URL,
        "KEY_PREFIX": "revmentor",
    }
    if REDIS_URL
    else {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        # Made by `migrate` (revmentor.accounts.apps), so no deployment step can forget it.
        "LOCATION": "revmentor_cache",
    }
}

# Login lockout (django-axes, counted in the database): LOGIN_FAILURE_LIMIT wrong passwords for
# one account, or from one address, lock that account or address for LOGIN_COOLOFF_MINUTES;
# another failure during the lock starts the cool-off again. A successful login resets nothing,
# so logging in to one's own account never clears the count of an address or another account.
AXES_FAILURE_LIMIT = env_int("LOGIN_FAILURE_LIMIT", 5, minimum=1)
AXES_COOLOFF_TIME = dt.timedelta(minutes=env_int("LOGIN_COOLOFF_MINUTES", 15, minimum=1))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_RESET_ON_SUCCESS = False
AXES_LOCKOUT_CALLABLE = "revmentor.accounts.views.locked_out"
AXES_USERNAME_FORM_FIELD = "username"
# The attempts hold e-mail addresses and IP addresses: not for the admin (operators reset a lock
# with `manage.py axes_reset_username EMAIL` or `axes_reset_ip ADDRESS`).
AXES_ENABLE_ADMIN = False
# Axes would keep every successful login with its address for ever; the audit log records
# logins. Failed attempts are deleted once their cool-off has passed (at the next login).
AXES_DISABLE_ACCESS_LOG = True
# Behind a reverse proxy every request comes from the proxy's address: set TRUSTED_PROXY_COUNT to
# the number of proxies in front of the app, each of which appends the address it received the
# request from to X-Forwarded-For (nginx: proxy_add_x_forwarded_for). The client is then the
# entry that many places from the right, so an address a client writes into the header itself is
# never used. Without proxies (0, the default) only the connection's address counts. The lockout
# and the throttles read the address in the same way (revmentor.core.throttle.client_ip).
TRUSTED_PROXY_COUNT = env_int("TRUSTED_PROXY_COUNT", 0, minimum=0)
AXES_CLIENT_IP_CALLABLE = "revmentor.core.throttle.client_ip"

# Throttles counted in the cache above (revmentor.core.throttle).
PASSWORD_RESET_LIMIT_PER_EMAIL = env_int("PASSWORD_RESET_LIMIT_PER_EMAIL", 3, minimum=1)
PASSWORD_RESET_LIMIT_PER_IP = env_int("PASSWORD_RESET_LIMIT_PER_IP", 10, minimum=1)
APPLY_CONFIRMATIONS_PER_EMAIL_PER_DAY = env_int(
    "APPLY_CONFIRMATIONS_PER_EMAIL_PER_DAY", 3, minimum=1
)
APPLY_SUBMISSIONS_PER_IP_PER_HOUR = env_int("APPLY_SUBMISSIONS_PER_IP_PER_HOUR", 10, minimum=1)

# Two-step login (TOTP, django-otp). Program managers, HR support and operators must set up an
# authenticator app at their first login when this is on; anyone with a device gives a code at
# every login whatever this says. Off by default only in development (DEBUG).
MFA_REQUIRED_FOR_STAFF = env_bool("MFA_REQUIRED_FOR_STAFF", default=not DEBUG)
OTP_TOTP_ISSUER = env_str("OTP_TOTP_ISSUER", "revmentor")
# Secrets of authenticator apps never show in the admin.
OTP_ADMIN_HIDE_SENSITIVE_DATA = True

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": env_str("LOG_LEVEL", "WARNING")},
}
