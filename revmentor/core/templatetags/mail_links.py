"""`site_links`: the HTML e-mails link only to revmentor's own pages (and an address the template
names), never to whatever looks like an address in a name or a reason someone typed.

Django's `urlize` would turn an applicant called "www.evil.example" into a clickable link in a
message sent from the organisation; this filter links nothing that a user can put there."""

from __future__ import annotations

import re

from django import template
from django.utils.html import escape
from django.utils.safestring import SafeString, mark_safe

from revmentor.core.mail import site_origin

register = template.Library()

# Runs on escaped HTML (after `linebreaks`): a URL ends at white space or a tag.
_URL = re.compile(r"https?://[^\s<>\"']+")
_TRAILING = ".,;:!?)"


@register.filter(is_safe=True)
def site_links(html: str, also: str = "") -> SafeString:
    """Wrap in <a> each URL on SITE_URL's origin, and `also` (an address the template itself
    shows as a link, such as an article's), and leave every other text as it is."""
    origin = escape(site_origin())
    extra = escape(also) if also else ""

    def link(match: re.Match[str]) -> str:
        url = match.group(0)
        stripped = url.rstrip(_TRAILING)
        tail = url[len(stripped) :]
        own = stripped == origin or stripped.startswith(origin + "/")
        if own or (extra and stripped == extra):
            return f'<a href="{stripped}">{stripped}</a>{tail}'
        return url

    return mark_safe(_URL.sub(link, str(html)))  # the input is escaped HTML already
