"""Writes for accounts."""

from __future__ import annotations

import time

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django_otp import match_token
from django_otp.models import Device
from django_otp.oath import TOTP
from django_otp.plugins.otp_static.models import StaticDevice, StaticToken
from django_otp.plugins.otp_totp.models import TOTPDevice

from revmentor.accounts.models import PRODUCT_ROLES, Role, User
from revmentor.audit.models import Action
from revmentor.audit.services import audit_record
from revmentor.core.exceptions import DomainError
from revmentor.people.models import Person


class UnknownLanguage(DomainError):
    code = "unknown_language"
    default_message = _("This language is not available.")


@transaction.atomic
def user_set_language(*, user: User, language: str) -> User:
    if language not in dict(settings.LANGUAGES):
        raise UnknownLanguage()
    user.language = language
    user.full_clean()
    user.save(update_fields=["language"])
    return user


@transaction.atomic
def user_set_preferences(*, user: User, language: str, email_non_essential: bool) -> User:
    if language not in dict(settings.LANGUAGES):
        raise UnknownLanguage()
    user.language = language
    user.email_non_essential = email_non_essential
    user.full_clean()
    user.save(update_fields=["language", "email_non_essential"])
    return user


class AccountChangeRefused(DomainError):
    code = "account_change_refused"


def _tell_user(user: User, *, what: str, event: str, **context: str) -> None:
    # Local import: notifications imports accounts (the recipient is a User).
    from revmentor.notifications.services import notify

    notify(
        user=user,
        kind="account_changed",
        event_key=f"account:{user.pk}:{event}",
        template="accounts/email/account_changed",
        context={"what": what, "name": user.get_short_name(), **context},
        essential=True,
    )


@transaction.atomic
def user_set_role(*, user: User, role: str, by: User | None) -> User:
    """Change a product role, with an audit entry and a notice to the user.

    Operators are made by `createsuperuser` only and keep their role: an admin that could turn
    someone into an operator (or an operator into a program manager) would let one account hold
    both the admin and the program pages.
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if role not in PRODUCT_ROLES:
        raise AccountChangeRefused(_("Choose a role a program can be run with."))
    if user.role == Role.OPERATOR:
        raise AccountChangeRefused(_("An operator account keeps its role."))
    if user.role == role:
        return user
    old = user.role
    user.role = role
    user.full_clean()
    user.save(update_fields=["role"])
    audit_record(action=Action.ROLE_CHANGED, actor=by, obj=user, detail={"from": old, "to": role})
    _tell_user(user, what="role", event=f"role:{role}:{timezone.now().isoformat()}", role=role)
    return user


@transaction.atomic
def user_link_person(*, user: User, person: Person, by: User | None) -> User:
    """Give an account its person — once. An account is never moved to another person.

    Whoever could re-link an account could read that person's private notes by becoming them, so
    the link is set only when the account has none and the person has no account, and only for
    participant accounts (staff accounts are linked by no flow of the product).
    """
    user = User.objects.select_for_update().get(pk=user.pk)
    if user.person_id == person.pk:
        return user
    if user.person_id is not None:
        raise AccountChangeRefused(_("This account already belongs to a person."))
    if user.role != Role.PARTICIPANT:
        raise AccountChangeRefused(_("Only a participant's account can be linked to a person."))
    if User.objects.filter(person=person).exists():
        raise AccountChangeRefused(_("This person already has an account."))
    user.person = person
    user.save(update_fields=["person"])
    audit_record(action=Action.PERSON_LINKED, actor=by, obj=user, detail={"person": person.pk})
    _tell_user(user, what="person", event=f"person:{person.pk}", person_name=person.name)
    return user


class SecondFactorRefused(DomainError):
    code = "mfa_refused"
    default_message = _("This code is not right. Check the time on your phone and try again.")


RECOVERY_CODE_COUNT = 10
# The app's name for the account, as the authenticator app lists it.
DEVICE_NAME = "revmentor"


def _new_recovery_codes(user: User) -> list[str]:
    device, _created = StaticDevice.objects.get_or_create(
        user=user, name="recovery", defaults={"confirmed": True}
    )
    device.token_set.all().delete()
    codes = [StaticToken.random_token() for _ in range(RECOVERY_CODE_COUNT)]
    StaticToken.objects.bulk_create([StaticToken(device=device, token=code) for code in codes])
    return codes


@transaction.atomic
def mfa_device_confirm(*, user: User, key: str, code: str) -> tuple[TOTPDevice, list[str]]:
    """Save the authenticator app whose secret `key` (hex) the user scanned, once a code from it
    matches, with fresh recovery codes (returned here only: they are shown once)."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise SecondFactorRefused(_("Two-step login is already set up for this account."))
    device = TOTPDevice(user=user, name=DEVICE_NAME, key=key, confirmed=True)
    device.full_clean()
    # Checked here rather than with device.verify_token(), which saves the device it checks:
    # a wrong first code must leave nothing behind.
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    totp.time = time.time()
    token = code.strip().replace(" ", "")
    if not (token.isdigit() and totp.verify(int(token), device.tolerance)):
        raise SecondFactorRefused()
    device.last_t = totp.t()
    device.save()
    return device, _new_recovery_codes(user)


@transaction.atomic
def mfa_recovery_codes_renew(*, user: User) -> list[str]:
    """New recovery codes; the old ones stop working."""
    user = User.objects.select_for_update().get(pk=user.pk)
    if not TOTPDevice.objects.filter(user=user, confirmed=True).exists():
        raise SecondFactorRefused(_("Set up two-step login first."))
    return _new_recovery_codes(user)


@transaction.atomic
def mfa_remove(*, user: User) -> None:
    """Remove the user's authenticator app and recovery codes (a lost phone: the user logs in
    with a password again and, in a role that requires it, sets up a new app)."""
    TOTPDevice.objects.filter(user=user).delete()
    StaticDevice.objects.filter(user=user).delete()


def mfa_verify(*, user: User, code: str) -> Device:
    """The device that accepts this code: the authenticator app, or a recovery code (which is
    used up). Wrong codes slow further tries down (django-otp doubles the wait each time).

    Not atomic here: match_token() commits its own transaction, and the refusal raised below must
    not roll back the failure count it has just written.
    """
    token = code.strip().replace(" ", "")
    device = match_token(user, token) if token else None
    if device is None:
        raise SecondFactorRefused()
    return device
