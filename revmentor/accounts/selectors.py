"""Reads for accounts: who must use a second factor and whether they have one."""

from __future__ import annotations

from django.conf import settings
from django_otp.plugins.otp_static.models import StaticDevice
from django_otp.plugins.otp_totp.models import TOTPDevice

from revmentor.accounts.models import Role, User

# The roles that read people's records or run the installation: their password alone is not
# enough when MFA_REQUIRED_FOR_STAFF is on. Sponsors and participants may add a second factor.
MFA_ROLES = frozenset({Role.PROGRAM_MANAGER, Role.HR_SUPPORT, Role.OPERATOR})


def mfa_required_for(user: User) -> bool:
    return bool(settings.MFA_REQUIRED_FOR_STAFF) and user.role in MFA_ROLES


def mfa_device_for(user: User) -> TOTPDevice | None:
    """The user's confirmed authenticator app, if any."""
    return TOTPDevice.objects.filter(user=user, confirmed=True).first()


def mfa_recovery_codes_left(user: User) -> int:
    device = StaticDevice.objects.filter(user=user, confirmed=True).first()
    return device.token_set.count() if device is not None else 0
