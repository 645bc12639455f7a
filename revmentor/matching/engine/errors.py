"""Domain errors of the matching engine.

The engine may not import Django, so it cannot translate. Every error carries a stable machine
``code`` and the ``params`` needed to build a message; the web layer maps ``code`` to a translated
template and formats it with ``params``. ``message`` is the English fallback for logs and the CLI.
"""

from __future__ import annotations

from collections.abc import Mapping


class MatchingError(Exception):
    """Base class: a problem the user can fix, never a bug in the engine."""

    def __init__(self, code: str, message: str, params: Mapping[str, object] | None = None):
        super().__init__(message)
        self.code = code
        self.message = message
        self.params: dict[str, object] = dict(params or {})

    def __str__(self) -> str:
        return self.message


class InvalidInput(MatchingError):
    """The engine input contradicts itself (duplicate ids, a cycle in the manager tree, ...)."""


class PinError(MatchingError):
    """A pinned pair cannot be honoured; ``params`` names the pin and the rule it breaks."""


class OptimalityNotProven(MatchingError):
    """The solver could not close the duality gap: raised rather than returning a guess."""
