"""Writes for accounts."""

from __future__ import annotations

from django.conf import settings
from django.db import transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

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
