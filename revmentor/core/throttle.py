"""Throttles for anonymous forms that send e-mail, counted in the Django cache.

A throttle is a fixed window per scope and key (an address, an e-mail address): at most `limit`
counted events per window. Keys are hashed, so the cache never holds an e-mail address. The
cache is the one in settings.CACHES: Redis or the database, shared by every process; a
local-memory cache would count per process.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import ipaddress
import time
from dataclasses import dataclass

from django.conf import settings
from django.core.cache import cache
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from revmentor.core.exceptions import DomainError


class Throttled(DomainError):
    code = "throttled"
    default_message = _("Too many requests. Try again after %(time)s.")

    def __init__(self, retry_at: dt.datetime) -> None:
        self.retry_at = retry_at
        super().__init__(time=timezone.localtime(retry_at).strftime("%H:%M"))


def client_ip(request: HttpRequest) -> str:
    """The client's address: the connection's, or behind TRUSTED_PROXY_COUNT proxies the entry of
    X-Forwarded-For that the outermost proxy wrote (entries further left are the client's own)."""
    remote = str(request.META.get("REMOTE_ADDR", ""))
    proxies: int = settings.TRUSTED_PROXY_COUNT
    if proxies:
        entries = [e.strip() for e in str(request.META.get("HTTP_X_FORWARDED_FOR", "")).split(",")]
        entries = [e for e in entries if e]
        if len(entries) >= proxies:
            candidate = entries[-proxies]
            try:
                return str(ipaddress.ip_address(candidate))
            except ValueError:
                pass
    return remote


@dataclass(frozen=True)
class Limit:
    scope: str
    key: str
    limit: int
    window: int  # seconds

    def _window_start(self, now: float) -> int:
        return int(now // self.window) * self.window

    def cache_key(self, now: float) -> str:
        digest = hashlib.sha256(self.key.strip().lower().encode()).hexdigest()[:32]
        return f"throttle:{self.scope}:{digest}:{self._window_start(now)}"

    def retry_at(self, now: float) -> dt.datetime:
        return dt.datetime.fromtimestamp(self._window_start(now) + self.window, tz=dt.UTC)


def throttle_check(*limits: Limit) -> None:
    """Raise Throttled if any limit is used up; counts nothing."""
    now = time.time()
    for limit in limits:
        if int(cache.get(limit.cache_key(now), 0)) >= limit.limit:
            raise Throttled(limit.retry_at(now))


def throttle_count(*limits: Limit) -> None:
    """Count one event against each limit."""
    now = time.time()
    for limit in limits:
        key = limit.cache_key(now)
        # add() is a no-op when the key exists; incr() is atomic in Redis. The database cache
        # reads and writes, so two requests at the same instant may count once: a throttle, not
        # a ledger.
        cache.add(key, 0, timeout=limit.window + 60)
        try:
            cache.incr(key)
        except ValueError:  # expired between add() and incr()
            cache.add(key, 1, timeout=limit.window + 60)


def throttle_hit(*limits: Limit) -> None:
    """Check every limit, then count the event against all of them."""
    throttle_check(*limits)
    throttle_count(*limits)
