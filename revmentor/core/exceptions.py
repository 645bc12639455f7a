"""Domain errors: an exception with a machine code and a translated message.

The web UI shows `message`, an API returns 400 with `code`, the command line prints the message
and exits non-zero. Never a bare traceback for bad user input.
"""

from __future__ import annotations

from typing import Any

from django.utils.functional import Promise


class DomainError(Exception):
    code: str = "error"
    default_message: str | Promise = ""

    def __init__(self, message: str | Promise | None = None, **params: Any) -> None:
        self.params = params
        text = message if message is not None else self.default_message
        self._message = text
        super().__init__(str(text))

    @property
    def message(self) -> str:
        # Formatting the lazy text itself lets ngettext_lazy pick the plural form from params.
        if self.params:
            return str(self._message % self.params)
        return str(self._message)

    def __str__(self) -> str:
        return self.message
