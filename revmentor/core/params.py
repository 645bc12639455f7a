"""Reading ids and numbers from form and query parameters without trusting them.

A parameter is typed by whoever sends the request: "abc", "-1" or a number past what the
database can store must be answered as not found or bad input, never reach a query."""

from __future__ import annotations

# The largest value a BigAutoField (and PostgreSQL's bigint) holds.
MAX_ID = 2**63 - 1


def id_param(raw: object) -> int | None:
    """A positive database id from a parameter, or None when it cannot be one."""
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        return None
    text = str(raw).strip()
    if not text.isascii() or not text.isdecimal():
        return None
    value = int(text)
    return value if 0 < value <= MAX_ID else None


def int_param(raw: object) -> int | None:
    """A whole number (an index, a count) from a parameter within bigint range, or None."""
    if not isinstance(raw, str | int) or isinstance(raw, bool):
        return None
    text = str(raw).strip()
    digits = text[1:] if text[:1] in {"-", "+"} else text
    if not digits.isascii() or not digits.isdecimal():
        return None
    value = int(text)
    return value if -MAX_ID <= value <= MAX_ID else None


def id_list_param(raws: list[str]) -> list[int]:
    """The ids among a list of parameters (checkboxes); anything else is left out."""
    return [pk for pk in (id_param(raw) for raw in raws) if pk is not None]


def text_param(raw: object) -> str:
    """Free text from a parameter, without NUL characters (PostgreSQL refuses them in a query)."""
    return raw.replace("\x00", "") if isinstance(raw, str) else ""
