"""Log in (password, then the second factor) and out, reset a password, switch language."""

from __future__ import annotations

import base64
from typing import Any
from urllib.parse import urlencode

import django_otp
import segno
from django import forms
from django.conf import settings
from django.contrib import messages
from django.contrib.auth import views as auth_views
from django.contrib.auth.decorators import login_required
from django.contrib.auth.forms import AuthenticationForm, PasswordResetForm
from django.core.exceptions import PermissionDenied
from django.http import HttpRequest, HttpResponse, HttpResponseRedirect
from django.shortcuts import render
from django.urls import reverse, reverse_lazy
from django.utils import timezone, translation
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import gettext_lazy as _
from django.views.decorators.http import require_POST
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice, default_key

from revmentor.accounts import services
from revmentor.accounts.mail import OutboxPasswordResetForm
from revmentor.accounts.models import User
from revmentor.accounts.selectors import (
    mfa_device_for,
    mfa_recovery_codes_left,
    mfa_required_for,
)
from revmentor.core.access import current_user
from revmentor.core.exceptions import DomainError
from revmentor.core.throttle import Limit, Throttled, client_ip, throttle_hit

HOUR = 3600


class EmailAuthenticationForm(AuthenticationForm):
    error_messages = {
        "invalid_login": _("This e-mail address and password do not match an account."),
        "inactive": _("This account is inactive."),
    }

    def __init__(self, *args: object, **kwargs: object) -> None:
        super().__init__(*args, **kwargs)  # type: ignore[arg-type]
        self.fields["username"].label = _("E-mail address")
        self.fields["username"].widget.attrs.update({"autocomplete": "email", "type": "email"})


class LoginView(auth_views.LoginView):
    template_name = "accounts/login.html"
    authentication_form = EmailAuthenticationForm
    redirect_authenticated_user = True


def locked_out(
    request: HttpRequest, original_response: HttpResponse | None, credentials: Any
) -> HttpResponse:
    """django-axes' answer to a locked account or address (AXES_LOCKOUT_CALLABLE).

    The failure that got here started the cool-off again, so it ends one cool-off from now.
    """
    retry_at = timezone.localtime(timezone.now() + settings.AXES_COOLOFF_TIME)
    return render(
        request,
        "accounts/locked_out.html",
        {
            "retry_at": retry_at,
            "minutes": int(settings.AXES_COOLOFF_TIME.total_seconds() // 60),
        },
        status=429,
    )


class PasswordResetView(auth_views.PasswordResetView):
    """Django's reset form, throttled per address and per e-mail address entered.

    Both are counted whether an account has that address or not, and a link is only ever sent
    to the account's own address, so the answer tells nothing about who has an account.
    """

    template_name = "accounts/password_reset.html"
    form_class = OutboxPasswordResetForm  # the e-mail goes through the outbox
    success_url = reverse_lazy("accounts:password_reset_done")

    def form_valid(self, form: PasswordResetForm) -> HttpResponse:
        try:
            throttle_hit(
                Limit(
                    "reset-ip", client_ip(self.request), settings.PASSWORD_RESET_LIMIT_PER_IP, HOUR
                ),
                Limit(
                    "reset-email",
                    form.cleaned_data["email"],
                    settings.PASSWORD_RESET_LIMIT_PER_EMAIL,
                    HOUR,
                ),
            )
        except Throttled as throttled:
            form.add_error(
                None,
                _(
                    "Too many password reset requests for this address or from your network. "
                    "Try again after %(time)s."
                )
                % {"time": throttled.params["time"]},
            )
            return self.render_to_response(self.get_context_data(form=form), status=429)
        return super().form_valid(form)


class PasswordSetView(auth_views.PasswordResetConfirmView):
    """Sets a first password (new participants) or a forgotten one, from an e-mailed link."""

    template_name = "accounts/password_set.html"
    success_url = reverse_lazy("accounts:password_reset_complete")


class PreferencesForm(forms.ModelForm[User]):
    class Meta:
        model = User
        fields = ("language", "email_non_essential")


@login_required
def preferences(request: HttpRequest) -> HttpResponse:
    user = request.user
    assert isinstance(user, User)
    form = PreferencesForm(request.POST or None, instance=user)
    if request.method == "POST" and form.is_valid():
        services.user_set_preferences(
            user=user,
            language=form.cleaned_data["language"],
            email_non_essential=form.cleaned_data["email_non_essential"],
        )
        translation.activate(user.language)
        messages.success(request, _("Preferences saved."))
        return HttpResponseRedirect(request.path)
    return render(
        request,
        "accounts/preferences.html",
        {
            "form": form,
            "mfa_device": mfa_device_for(user),
            "mfa_required": mfa_required_for(user),
            "recovery_codes_left": mfa_recovery_codes_left(user),
        },
    )


@require_POST
def set_language(request: HttpRequest) -> HttpResponse:
    """Remember the choice on the user (every device) and in a cookie (before login)."""
    language = request.POST.get("language", "")
    target = request.POST.get("next") or "/"
    if not url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        target = "/"
    response = HttpResponseRedirect(target)
    if language not in dict(settings.LANGUAGES):
        return response
    if request.user.is_authenticated and isinstance(request.user, User):
        services.user_set_language(user=request.user, language=language)
    translation.activate(language)
    response.set_cookie(
        settings.LANGUAGE_COOKIE_NAME,
        language,
        max_age=settings.LANGUAGE_COOKIE_AGE,
        samesite="Lax",
    )
    return response


def _next_url(request: HttpRequest) -> str:
    target = request.POST.get("next") or request.GET.get("next") or ""
    if target and url_has_allowed_host_and_scheme(
        target, allowed_hosts={request.get_host()}, require_https=request.is_secure()
    ):
        return target
    return reverse(settings.LOGIN_REDIRECT_URL)


class CodeForm(forms.Form):
    code = forms.CharField(
        label=_("Code"),
        max_length=32,
        widget=forms.TextInput(
            attrs={"autocomplete": "one-time-code", "inputmode": "numeric", "autofocus": True}
        ),
    )


# The secret of an authenticator app being set up lives in the session until a code from it is
# confirmed: opening the page writes no device.
_PENDING_KEY = "mfa_pending_key"


def _grouped(text: str) -> str:
    return " ".join(text[i : i + 4] for i in range(0, len(text), 4))


@login_required
def mfa_setup(request: HttpRequest) -> HttpResponse:
    """Set up an authenticator app: QR code and the secret as text, then a code to confirm."""
    user = current_user(request)
    if mfa_device_for(user) is not None:
        return HttpResponseRedirect(_next_url(request))
    key = request.session.get(_PENDING_KEY)
    if not isinstance(key, str):
        key = default_key()
        request.session[_PENDING_KEY] = key
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device, codes = services.mfa_device_confirm(
                user=user, key=key, code=form.cleaned_data["code"]
            )
        except DomainError as error:
            form.add_error("code", error.message)
        else:
            del request.session[_PENDING_KEY]
            django_otp.login(request, device)
            return _recovery_codes_page(request, codes)
    # Unsaved: only to build the otpauth:// link the app reads.
    pending = TOTPDevice(user=user, key=key, name=services.DEVICE_NAME)
    qr = segno.make(pending.config_url, error="m").svg_inline(
        scale=4, dark="#000", light="#fff", title=str(_("QR code for your authenticator app"))
    )
    return render(
        request,
        "accounts/mfa_setup.html",
        {
            "form": form,
            "qr_svg": qr,
            "secret": _grouped(base64.b32encode(pending.bin_key).decode()),
            "required": mfa_required_for(user),
            "next": _next_url(request),
        },
        status=400 if form.is_bound else 200,
    )


def _recovery_codes_page(request: HttpRequest, codes: list[str]) -> HttpResponse:
    # Rendered in the answer to the POST that made them, never stored for a later page: the
    # codes are shown this once.
    return render(
        request, "accounts/mfa_recovery_codes.html", {"codes": codes, "next": _next_url(request)}
    )


@login_required
def mfa_verify(request: HttpRequest) -> HttpResponse:
    """The second step of every login for a user with an authenticator app."""
    user = current_user(request)
    if mfa_device_for(user) is None:
        if mfa_required_for(user):
            query = urlencode({"next": _next_url(request)})
            return HttpResponseRedirect(f"{reverse('accounts:mfa_setup')}?{query}")
        return HttpResponseRedirect(_next_url(request))
    if user.is_verified():  # type: ignore[attr-defined]
        return HttpResponseRedirect(_next_url(request))
    form = CodeForm(request.POST or None)
    if request.method == "POST" and form.is_valid():
        try:
            device = services.mfa_verify(user=user, code=form.cleaned_data["code"])
        except DomainError as error:
            form.add_error("code", error.message)
        else:
            django_otp.login(request, device)
            if isinstance(device, StaticDevice):
                messages.warning(
                    request,
                    _("You used a recovery code; %(count)s are left. Make new ones in Preferences.")
                    % {"count": mfa_recovery_codes_left(user)},
                )
            return HttpResponseRedirect(_next_url(request))
    return render(
        request,
        "accounts/mfa_verify.html",
        {"form": form, "next": _next_url(request)},
        status=400 if form.is_bound else 200,
    )


@login_required
@require_POST
def mfa_recovery_codes(request: HttpRequest) -> HttpResponse:
    """New recovery codes (the old ones stop working), shown once."""
    try:
        codes = services.mfa_recovery_codes_renew(user=current_user(request))
    except DomainError as error:
        messages.error(request, error.message)
        return HttpResponseRedirect(reverse("accounts:preferences"))
    return _recovery_codes_page(request, codes)


@login_required
@require_POST
def mfa_remove(request: HttpRequest) -> HttpResponse:
    """Turn two-step login off, for roles that do not require it."""
    user = current_user(request)
    if mfa_required_for(user):
        raise PermissionDenied
    services.mfa_remove(user=user)
    messages.success(request, _("Two-step login is off."))
    return HttpResponseRedirect(reverse("accounts:preferences"))
