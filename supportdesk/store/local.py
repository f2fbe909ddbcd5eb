"""The local SQLite store: schema versions, WAL, synchronous=FULL, one thread.

Opened only in the store worker (sqlite3 refuses use from any other thread). Personal data
goes in only sealed by the store's `Cipher`; deleted rows are overwritten (secure_delete), so
what a cache once held does not linger in free pages either.
"""

from __future__ import annotations

import json
import logging
import os
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from .crypto import Cipher

log = logging.getLogger(__name__)

# Each entry moves the schema one version up; never edit one that has shipped.
MIGRATIONS: tuple[str, ...] = (
    """
    CREATE TABLE outbox (
        seq INTEGER PRIMARY KEY,             -- rowid order = saving order (rows are never deleted)
        op_id TEXT NOT NULL UNIQUE,          -- the Idempotency-Key, made here, sent with every try
        agent TEXT NOT NULL,                 -- the acting agent's user name: sent only as them
        backend_id TEXT NOT NULL,
        member_key TEXT NOT NULL,            -- keyed digest of the member number: order per member
        kind TEXT NOT NULL,
        policy TEXT NOT NULL,                -- queue | approval | provisional
        payload BLOB NOT NULL,               -- sealed canonical JSON of the request
        payload_hash TEXT NOT NULL,          -- keyed digest of that canonical JSON
        state TEXT NOT NULL,                 -- queued | applied | duplicate | rejected | conflict
                                             -- | discarded | resubmitted | unreadable
        created_at REAL NOT NULL,
        attempts INTEGER NOT NULL DEFAULT 0,
        next_attempt_at REAL NOT NULL DEFAULT 0,
        result BLOB,                         -- sealed: the server's answer or reason
        note BLOB,                           -- sealed: last error, or why it was discarded
        resolved_at REAL,
        replaces TEXT                        -- the op_id this one was resubmitted from
    );
    CREATE INDEX outbox_by_agent ON outbox (agent, backend_id, state, seq);
    CREATE TABLE cache (
        agent TEXT NOT NULL,
        kind TEXT NOT NULL,                  -- member | queue
        key TEXT NOT NULL,                   -- keyed digest, never the member number
        as_of REAL NOT NULL,
        value BLOB NOT NULL,                 -- sealed JSON
        PRIMARY KEY (agent, kind, key)
    );
    """,
    """
    CREATE TABLE meta (
        name TEXT PRIMARY KEY,
        value BLOB NOT NULL                  -- key_check: a known text sealed with the store key
    );
    """,
)
KEY_CHECK = "SupportDesk local store"
# Outbox states (store/outbox.py) that still mean work: waiting to be sent, or for the agent.
QUEUED = "queued"
ATTENTION = ("rejected", "conflict")
OPEN_STATES = (QUEUED, *ATTENTION)
SCHEMA_VERSION = len(MIGRATIONS)


class StoreError(Exception):
    """The local store cannot be used (newer schema, unreadable file)."""


class StoreKeyMismatch(StoreError):
    """The store was sealed with another key (the keyring's entry was reset or replaced):
    nothing in it can be read."""

    def __init__(self, path: Path, waiting: int) -> None:
        super().__init__(f"The local store {path} was sealed with another key.")
        self.waiting = waiting  # operations in it that had not been sent or resolved


@dataclass(frozen=True)
class SetAside:
    """An unreadable store moved out of the way (kept for IT), and what it still held."""

    path: Path
    waiting: int


def open_store(path: Path, cipher: Cipher) -> tuple[LocalStore, SetAside | None]:
    """Open the store at `path`; one sealed with another key is renamed (never deleted: the old
    key may yet be restored) and a fresh one opened in its place."""
    try:
        return LocalStore(path, cipher), None
    except StoreKeyMismatch as exc:
        stamp = time.strftime("%Y%m%d-%H%M%S")
        moved = path.with_name(f"{path.stem}-unreadable-{stamp}{path.suffix}")
        for suffix in ("", "-wal", "-shm"):
            old = Path(f"{path}{suffix}")
            if old.exists():
                old.rename(f"{moved}{suffix}")
        log.error("local store sealed with another key; %d open operations in it; kept as %s",
                  exc.waiting, moved)
        return LocalStore(path, cipher), SetAside(moved, exc.waiting)


class LocalStore:
    def __init__(self, path: Path, cipher: Cipher) -> None:
        self.path = path
        self.cipher = cipher
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        os.chmod(path.parent, 0o700)  # this user's folder, whoever made it before
        if not path.exists():
            # Readable by this user only; SQLite gives its -wal and -shm files the same mode.
            os.close(os.open(path, os.O_CREAT | os.O_WRONLY, 0o600))
        try:
            self.conn = sqlite3.connect(path, isolation_level=None, timeout=5.0)
            # New files only: small pages mean fewer bytes in the WAL per saved operation, and
            # the fsync after each is what saving costs (bench/ outbox: ~0.55x -> ~0.8x of a
            # plain append + fdatasync with 4 KB pages vs 1 KB).
            self.conn.execute("PRAGMA page_size=1024")
            self.conn.execute("PRAGMA journal_mode=WAL")
            # Every commit is on disk before it returns: "saved" means saved (issue 4).
            self.conn.execute("PRAGMA synchronous=FULL")
            self.conn.execute("PRAGMA secure_delete=ON")
            self._migrate()
            self._check_key()
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"The local store {path} cannot be opened: {exc}") from exc

    def _check_key(self) -> None:
        row = self.conn.execute("SELECT value FROM meta WHERE name = 'key_check'").fetchone()
        if row is None:
            with self.transaction():
                self.conn.execute("INSERT INTO meta (name, value) VALUES ('key_check', ?)",
                                  (self.seal(KEY_CHECK, "meta/key-check"),))
            return
        try:
            if self.unseal(row[0], "meta/key-check") == KEY_CHECK:
                return
        except ValueError:
            pass
        waiting = self.conn.execute(
            "SELECT count(*) FROM outbox WHERE state IN (?, ?, ?)", OPEN_STATES).fetchone()[0]
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        self.conn.close()
        raise StoreKeyMismatch(self.path, waiting)

    def _migrate(self) -> None:
        version = self.conn.execute("PRAGMA user_version").fetchone()[0]
        if version > SCHEMA_VERSION:
            raise StoreError(f"The local store {self.path} was written by a newer SupportDesk "
                             f"(schema {version}, this one knows {SCHEMA_VERSION}).")
        for number in range(version, SCHEMA_VERSION):
            with self.transaction():
                for statement in _statements(MIGRATIONS[number]):
                    self.conn.execute(statement)
                self.conn.execute(f"PRAGMA user_version={number + 1}")
            log.info("local store %s: schema %d", self.path, number + 1)

    def transaction(self) -> _Transaction:
        return _Transaction(self.conn)

    def close(self) -> None:
        self.conn.close()

    def integrity_ok(self) -> bool:
        return self.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"

    # -- sealed JSON -------------------------------------------------------------------------

    def seal(self, value: Any, purpose: str) -> bytes:
        return self.cipher.seal(canonical(value).encode(), purpose)

    def unseal(self, sealed: bytes | None, purpose: str) -> Any:
        if sealed is None:
            return None
        return json.loads(self.cipher.open(sealed, purpose))

    # -- the offline cache -------------------------------------------------------------------

    def cache_put(self, agent: str, kind: str, key: str, value: Any,
                  as_of: float | None = None) -> None:
        with self.transaction():
            self.conn.execute(
                "INSERT OR REPLACE INTO cache (agent, kind, key, as_of, value) "
                "VALUES (?, ?, ?, ?, ?)",
                (agent, kind, self.cipher.digest(key), as_of or time.time(),
                 self.seal(value, f"cache/{kind}")))

    def cache_get(self, agent: str, kind: str, key: str,
                  newer_than: float = 0.0) -> tuple[Any, float] | None:
        row = self.conn.execute(
            "SELECT value, as_of FROM cache WHERE agent = ? AND kind = ? AND key = ? "
            "AND as_of > ?", (agent, kind, self.cipher.digest(key), newer_than)).fetchone()
        if row is None:
            return None
        return self.unseal(row[0], f"cache/{kind}"), row[1]

    def cache_all(self, agent: str, kind: str, newer_than: float = 0.0) -> list[tuple[Any, float]]:
        rows = self.conn.execute(
            "SELECT value, as_of FROM cache WHERE agent = ? AND kind = ? AND as_of > ? "
            "ORDER BY as_of DESC", (agent, kind, newer_than)).fetchall()
        return [(self.unseal(value, f"cache/{kind}"), as_of) for value, as_of in rows]

    def wipe_cache(self, agent: str | None = None, older_than: float | None = None) -> int:
        """Forget cached personal data (all, an agent's, or what is too old); never the outbox."""
        clauses, params = [], []
        if agent is not None:
            clauses.append("agent = ?")
            params.append(agent)
        if older_than is not None:
            clauses.append("as_of <= ?")
            params.append(older_than)
        where = " WHERE " + " AND ".join(clauses) if clauses else ""
        with self.transaction():
            count = self.conn.execute(f"DELETE FROM cache{where}", params).rowcount
        # secure_delete zeroed the rows' pages; the WAL still holds their old pages until a
        # checkpoint copies the zeroed ones over them.
        self.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        return count


def canonical(value: Any) -> str:
    return json.dumps(value, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def _statements(script: str) -> list[str]:
    lines = [line.split("--", 1)[0] for line in script.splitlines()]
    return [s.strip() for s in "\n".join(lines).split(";") if s.strip()]


class _Transaction:
    """BEGIN IMMEDIATE … COMMIT (ROLLBACK on error); nests as a no-op inside another."""

    def __init__(self, conn: sqlite3.Connection) -> None:
        self.conn = conn
        self.outer = False

    def __enter__(self) -> sqlite3.Connection:
        self.outer = not self.conn.in_transaction
        if self.outer:
            self.conn.execute("BEGIN IMMEDIATE")
        return self.conn

    def __exit__(self, kind, _value, _tb) -> None:  # noqa: ANN001
        if not self.outer:
            return
        self.conn.execute("ROLLBACK" if kind is not None else "COMMIT")
