"""The outbox: every write the agent makes, saved durably before anything is sent.

A row is committed (synchronous=FULL) before `add` returns; it carries the operation id that
every send uses as `Idempotency-Key`, so a replay after a timeout, a crash or a server restart
cannot apply twice. Rows end as applied or duplicate (done), or rejected or conflict (needs
attention: edit and resubmit as a new operation, or discard with a reason). Nothing is ever
deleted silently; sign-out does not touch the outbox.
"""

from __future__ import annotations

import logging
import sqlite3
import time
import uuid
from dataclasses import dataclass, field
from typing import Any

from ..domain.offline import Policy
from ..operations.kinds import Kind, Operation
from .local import ATTENTION, QUEUED, LocalStore, canonical

DONE = ("applied", "duplicate")
log = logging.getLogger(__name__)
_PAYLOAD = "outbox/payload"
_RESULT = "outbox/result"
_NOTE = "outbox/note"


@dataclass(frozen=True)
class Entry:
    seq: int
    op_id: str
    agent: str
    backend_id: str
    member_key: str
    kind: Kind
    policy: Policy
    state: str
    created_at: float
    attempts: int
    next_attempt_at: float
    operation: Operation
    result: Any = None
    note: str | None = None
    replaces: str | None = None
    resolved_at: float | None = field(default=None)


class Outbox:
    def __init__(self, store: LocalStore) -> None:
        self.store = store

    def add(self, agent: str, backend_id: str, operation: Operation, *,
            op_id: str | None = None, replaces: str | None = None) -> Entry:
        """Save `operation` for `agent`; when this returns, it is on disk. Saving the same
        `op_id` with the same request again (a retry of one action) returns the saved row."""
        op_id = op_id or str(uuid.uuid4())
        request = operation.request() | {"policy": operation.policy.value}
        text = canonical(request)
        store = self.store
        digest = store.cipher.digest(text)
        member_key = store.cipher.digest(operation.member_number)
        created_at = time.time()
        try:
            with store.transaction() as conn:
                seq = conn.execute(
                    "INSERT INTO outbox (op_id, agent, backend_id, member_key, kind, policy, "
                    "payload, payload_hash, state, created_at, replaces) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    (op_id, agent, backend_id, member_key, operation.kind.value,
                     operation.policy.value,
                     store.cipher.seal(text.encode(), _PAYLOAD), digest, QUEUED, created_at,
                     replaces)).lastrowid
        except sqlite3.IntegrityError:
            known = self.get(op_id)
            if known is None or self._hash(op_id) != digest:
                raise ValueError("this operation id was saved for a different request") from None
            return known
        return Entry(seq, op_id, agent, backend_id, member_key, operation.kind,
                     operation.policy, QUEUED, created_at, 0, 0.0, operation, replaces=replaces)

    def _hash(self, op_id: str) -> str | None:
        row = self.store.conn.execute("SELECT payload_hash FROM outbox WHERE op_id = ?",
                                      (op_id,)).fetchone()
        return None if row is None else row[0]

    def get(self, op_id: str) -> Entry | None:
        row = self.store.conn.execute(f"SELECT {_COLUMNS} FROM outbox WHERE op_id = ?",
                                      (op_id,)).fetchone()
        return None if row is None else self._entry(row)

    def queued(self, agent: str, backend_id: str) -> list[Entry]:
        """The agent's queued operations for this backend, oldest first."""
        rows = self.store.conn.execute(
            f"SELECT {_COLUMNS} FROM outbox WHERE agent = ? AND backend_id = ? AND state = ? "
            "ORDER BY seq", (agent, backend_id, QUEUED)).fetchall()
        return self._readable(rows)

    def needs_attention(self, agent: str, backend_id: str | None = None) -> list[Entry]:
        sql = f"SELECT {_COLUMNS} FROM outbox WHERE agent = ? AND state IN (?, ?)"
        params: list[Any] = [agent, *ATTENTION]
        if backend_id is not None:
            sql += " AND backend_id = ?"
            params.append(backend_id)
        rows = self.store.conn.execute(sql + " ORDER BY seq", params).fetchall()
        return self._readable(rows)

    def counts(self, agent: str, backend_id: str) -> tuple[int, float | None, int]:
        """(queued, created_at of the oldest queued, needing attention) for the banner."""
        queued, oldest = self.store.conn.execute(
            "SELECT count(*), min(created_at) FROM outbox WHERE agent = ? AND backend_id = ? "
            "AND state = ?", (agent, backend_id, QUEUED)).fetchone()
        attention = self.store.conn.execute(
            "SELECT count(*) FROM outbox WHERE agent = ? AND backend_id = ? AND state IN (?, ?)",
            (agent, backend_id, *ATTENTION)).fetchone()[0]
        return queued, oldest, attention

    # -- outcomes ----------------------------------------------------------------------------

    def settle(self, op_id: str, state: str, result: Any = None, note: str | None = None) -> None:
        """Record the server's final word: applied, duplicate, rejected or conflict."""
        if state not in DONE + ATTENTION:
            raise ValueError(state)
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET state = ?, result = ?, note = ?, resolved_at = ?, "
                "attempts = attempts + 1 WHERE op_id = ? AND state = ?",
                (state, self._seal(result, _RESULT), self._seal(note, _NOTE), time.time(),
                 op_id, QUEUED))

    def retry_later(self, op_id: str, at: float, note: str) -> None:
        with self.store.transaction() as conn:
            conn.execute(
                "UPDATE outbox SET attempts = attempts + 1, next_attempt_at = ?, note = ? "
                "WHERE op_id = ? AND state = ?", (at, self._seal(note, _NOTE), op_id, QUEUED))

    def discard(self, op_id: str, reason: str, *, record: Operation | None = None
                ) -> Entry | None:
        """The agent gives up on a rejected or conflicted operation, saying why. `record`
        (see `closure`), saved in the same transaction, takes their word to the backend."""
        if not reason.strip():
            raise ValueError("a discarded operation needs a reason")
        with self.store.transaction():
            self._close(op_id, "discarded", reason)
            old = self.get(op_id)
            return None if record is None or old is None else \
                self.add(old.agent, old.backend_id, record)

    def resubmit(self, op_id: str, operation: Operation, *, new_id: str | None = None) -> Entry:
        """Send an edited version as a new operation (`new_id`, else a fresh id); the new one
        points to the old. Saving `new_id` again (a retry of the same press) returns it."""
        if new_id is not None and (known := self.get(new_id)) is not None \
                and known.replaces == op_id:
            return self.add(known.agent, known.backend_id, operation, op_id=new_id,
                            replaces=op_id)  # the same request, or ValueError
        old = self.get(op_id)
        if old is None or old.state not in ATTENTION:
            raise ValueError("only a rejected or conflicted operation can be resubmitted")
        with self.store.transaction():
            entry = self.add(old.agent, old.backend_id, operation, op_id=new_id,
                             replaces=op_id)
            self._close(op_id, "resubmitted", f"resubmitted as {entry.op_id}")
        return entry

    def _close(self, op_id: str, state: str, note: str) -> None:
        with self.store.transaction() as conn:
            changed = conn.execute(
                "UPDATE outbox SET state = ?, note = ?, resolved_at = ? "
                "WHERE op_id = ? AND state IN (?, ?)",
                (state, self._seal(note, _NOTE), time.time(), op_id, *ATTENTION)).rowcount
        if not changed:
            raise ValueError("only a rejected or conflicted operation can be closed")

    # -- rows --------------------------------------------------------------------------------

    def _seal(self, value: Any, purpose: str) -> bytes | None:
        return None if value is None else self.store.seal(value, purpose)

    def _readable(self, rows: list[tuple]) -> list[Entry]:
        """The entries of `rows`; one that cannot be opened (altered on disk) is set aside as
        'unreadable' and logged, so that it never blocks the others."""
        entries = []
        for row in rows:
            try:
                entries.append(self._entry(row))
            except (ValueError, KeyError, TypeError):
                log.error("outbox row %s cannot be read; set aside as unreadable", row[1])
                with self.store.transaction() as conn:
                    conn.execute("UPDATE outbox SET state = 'unreadable' WHERE seq = ?",
                                 (row[0],))
        return entries

    def _entry(self, row: tuple) -> Entry:
        (seq, op_id, agent, backend_id, member_key, _kind, policy, payload, state, created_at,
         attempts, next_attempt_at, result, note, replaces, resolved_at) = row
        request = self.store.unseal(payload, _PAYLOAD)
        # A kind or policy this version does not know raises ValueError: set aside, not sent.
        operation = Operation(Kind(request["kind"]), request["path"], request["body"],
                              request["member_number"], request["summary"],
                              Policy(request.get("policy", policy)), request["method"],
                              request.get("subject"))
        return Entry(seq, op_id, agent, backend_id, member_key, operation.kind,
                     operation.policy, state, created_at,
                     attempts, next_attempt_at, operation, self.store.unseal(result, _RESULT),
                     self.store.unseal(note, _NOTE), replaces, resolved_at)


_COLUMNS = ("seq, op_id, agent, backend_id, member_key, kind, policy, payload, state, "
            "created_at, attempts, next_attempt_at, result, note, replaces, resolved_at")
