"""Template helpers for the readable data summary."""

from __future__ import annotations

from typing import Any

from django import template

register = template.Library()


@register.filter
def kind(value: Any) -> str:
    """'dict', 'list' or 'value': how the summary shows a piece of the export."""
    if isinstance(value, dict):
        return "dict"
    if isinstance(value, list):
        return "list"
    return "value"


@register.filter
def label(key: str) -> str:
    return key.replace("_", " ").capitalize()
