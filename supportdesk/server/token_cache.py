"""Bearer tokens recently checked against the database (see `TokenCache`), trusted only while
this process has read the shared revocations recently (revocations.py says why and how)."""

from __future__ import annotations

import threading
import time
from typing import TYPE_CHECKING

from sqlalchemy import Engine

from . import db, revocations

if TYPE_CHECKING:
    from .auth import Agent


class TokenCache:
    """Bearer tokens checked in the last `ttl` seconds, so that a burst of lookups reads the
    tokens table once instead of on every keystroke.

    An entry is answered only while the revocations were read in less than `fresh_for`
    seconds ago (`refresh()` reads them, at most once per interval, and evicts the tokens and
    agents they name): a sign-out, a disabled agent or a reset password in any server process
    over the same database holds here within `fresh_for`. Sign-out in this process evicts at
    once. An entry never outlives its token nor `ttl`, which bounds how long an agent's name,
    role and limits may be stale. `ttl` 0 turns the cache off.
    """

    def __init__(self, engine: Engine, ttl: float, *,
                 fresh_for: float = revocations.FRESH_SECONDS, max_entries: int = 4096) -> None:
        self.engine = engine
        self.ttl = ttl
        self.fresh_for = fresh_for
        self.max_entries = max_entries
        self._entries: dict[str, tuple[Agent, float]] = {}
        self._lock = threading.Lock()  # the entries and the read mark
        self._reading = threading.Lock()  # one reader of the revocations at a time
        self._read_at = -float("inf")  # when the last read began (monotonic)
        self._last_id: int | None = None  # the newest revocation read; None: none read yet

    def _fresh(self, now: float) -> bool:
        return now - self._read_at < self.fresh_for

    def get(self, key: str) -> Agent | None:
        """The token's agent if cached and no revocation may be unread; else None (call
        `refresh()`, then check the token in the database)."""
        now = time.monotonic()
        with self._lock:
            if not self._fresh(now):
                return None
            entry = self._entries.get(key)
            if entry is None:
                return None
            if entry[1] <= now:
                del self._entries[key]
                return None
            return entry[0]

    def mark(self) -> int | None:
        """Take before checking a token in the database; give to `put` with the result."""
        with self._lock:
            return self._last_id

    def put(self, key: str, agent: Agent, expires_at: str, mark: int | None) -> None:
        """Cache a token checked in the database after `mark()` gave `mark`. Not cached if a
        revocation was read in since: it may name this token, and its eviction has passed."""
        if self.ttl <= 0:
            return
        left = (db.parse_iso(expires_at) - db.utcnow()).total_seconds()
        with self._lock:
            if mark is None or mark != self._last_id:
                return
            if len(self._entries) >= self.max_entries:
                self._entries.clear()  # rare: many sessions at once; re-checking is cheap
            self._entries[key] = (agent, time.monotonic() + min(self.ttl, left))

    def evict(self, key: str) -> None:
        with self._lock:
            self._entries.pop(key, None)

    def refresh(self) -> None:
        """Read the revocations committed since the last read, unless that read is fresh, and
        evict what they name. Blocking (a database read): call it from a worker thread."""
        if self.ttl <= 0:
            return
        with self._reading:
            began = time.monotonic()
            with self._lock:
                if self._fresh(began):
                    return  # another request read them while this one waited
                last_id, read_at = self._last_id, self._read_at
            # Rows older than KEEP may be pruned: after that long, start over.
            start_over = last_id is None or began - read_at > revocations.KEEP.total_seconds()
            with self.engine.connect() as conn:
                if start_over:
                    newest, found = revocations.latest_id(conn), []
                else:
                    found = revocations.since(conn, last_id)
                    newest = found[-1].id if found else last_id
            with self._lock:
                if start_over:
                    self._entries.clear()
                for revocation in found:
                    self._evict(revocation)
                self._last_id, self._read_at = newest, began

    def _evict(self, revocation: revocations.Revocation) -> None:
        if revocation.token_hash is not None:
            self._entries.pop(revocation.token_hash, None)
        if revocation.agent_id is not None:
            for key in [k for k, (agent, _) in self._entries.items()
                        if agent.id == revocation.agent_id]:
                del self._entries[key]
