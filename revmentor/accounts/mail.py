"""The password-reset e-mail, through the outbox like every other e-mail.

Django's reset view sends the e-mail inside the request, with a link built from the request's
Host header. Here the request only writes an outbox row (the user's id, no token); the link is
made on SITE_URL when the worker writes the e-mail, so it is fresh and points to this site."""

from __future__ import annotations

from typing import Any

from django.contrib.auth.forms import PasswordResetForm
from django.contrib.auth.tokens import default_token_generator
from django.urls import reverse
from django.utils.encoding import force_bytes
from django.utils.http import urlsafe_base64_encode

from revmentor.accounts.models import User
from revmentor.core.mail import TemplatedMail, absolute_url
from revmentor.outbox.registry import MailKind
from revmentor.outbox.services import outbox_add

PASSWORD_RESET_MAIL = "accounts.password_reset"


class OutboxPasswordResetForm(PasswordResetForm):
    def send_mail(
        self,
        subject_template_name: str,
        email_template_name: str,
        context: dict[str, Any],
        from_email: str | None,
        to_email: str,
        html_email_template_name: str | None = None,
    ) -> None:
        outbox_add(kind=PASSWORD_RESET_MAIL, to=to_email, args={"user": context["user"].pk})


def write_password_reset(args: dict[str, Any]) -> TemplatedMail | None:
    user = User.objects.filter(pk=args["user"], is_active=True).first()
    if user is None:
        return None
    uid = urlsafe_base64_encode(force_bytes(user.pk))
    token = default_token_generator.make_token(user)
    link = absolute_url(
        reverse("accounts:password_reset_confirm", kwargs={"uidb64": uid, "token": token})
    )
    return TemplatedMail(
        template="accounts/email/password_reset", context={"link": link}, language=user.language
    )


KIND = MailKind(write=write_password_reset)
