"""Bearer tokens recently checked against the database (see `TokenCache`)."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from . import db

if TYPE_CHECKING:
    from .auth import Agent


class TokenCache:
    """Bearer tokens checked in the last `ttl` seconds, so that a burst of lookups reads the
    tokens table once instead of on every keystroke.

    Sign-out in this process evicts at once; another server process (``--workers``) honours a
    sign-out or a disabled account within `ttl`. An entry never outlives its token. `ttl` 0
    turns the cache off.
    """

    def __init__(self, ttl: float, max_entries: int = 4096) -> None:
        self.ttl = ttl
        self.max_entries = max_entries
        self._entries: dict[str, tuple[Agent, float]] = {}
        self._lock = threading.Lock()

    def get(self, key: str) -> Agent | None:
        with self._lock:
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[1] <= time.monotonic():
                del self._entries[key]
                return None
            return entry[0]

    def put(self, key: str, agent: Agent, expires_at: str) -> None:
        if self.ttl <= 0:
            return
        left = (db.parse_iso(expires_at) - db.utcnow()).total_seconds()
        with self._lock:
            if len(self._entries) >= self.max_entries:
                self._entries.clear()  # rare: many sessions at once; re-checking is cheap
            self._entries[key] = (agent, time.monotonic() + min(self.ttl, left))

    def evict(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)
