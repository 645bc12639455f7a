"""`python manage.py mfa_reset EMAIL`: remove an account's authenticator app and recovery codes.

For a user who lost their phone and their recovery codes. They log in with their password
again and, in a role that requires two-step login, set up a new app at once.
"""

from __future__ import annotations

from typing import Any

from django.core.management.base import BaseCommand, CommandError, CommandParser

from revmentor.accounts.models import User
from revmentor.accounts.services import mfa_remove


class Command(BaseCommand):
    help = "Remove the authenticator app and recovery codes of the account with this e-mail."

    def add_arguments(self, parser: CommandParser) -> None:
        parser.add_argument("email")

    def handle(self, *args: Any, **options: Any) -> None:
        user = User.objects.filter(email__iexact=options["email"].strip()).first()
        if user is None:
            raise CommandError(f"No account has the e-mail address {options['email']!r}.")
        mfa_remove(user=user)
        self.stdout.write(f"Two-step login removed for {user.email}.")
