"""Append-only, hash-chained audit of reads and writes (DESIGN.md §4, "Audit")."""

from __future__ import annotations

import hashlib
import json
from typing import Any

from sqlalchemy import Connection, Engine, insert, select

from . import db

GENESIS = "0" * 64


def _digest(prev_hash: str, row: dict[str, Any]) -> str:
    canonical = json.dumps(row, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + canonical).encode()).hexdigest()


def append(
    conn: Connection,
    *,
    agent_id: int | None,
    action: str,
    member_number: str | None = None,
    detail: dict[str, Any] | None = None,
    request_id: str | None = None,
) -> None:
    """Append one entry; `conn` must hold the write lock (an immediate transaction)."""
    last = conn.execute(
        select(db.audit.c.hash).order_by(db.audit.c.id.desc()).limit(1)
    ).scalar_one_or_none()
    prev_hash = last or GENESIS
    row = {
        "at": db.iso(db.utcnow()),
        "agent_id": agent_id,
        "action": action,
        "member_number": member_number,
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
        "request_id": request_id,
    }
    conn.execute(insert(db.audit).values(**row, prev_hash=prev_hash, hash=_digest(prev_hash, row)))


def record(engine: Engine, **kwargs: Any) -> None:
    """Append one entry in its own immediate transaction (for audited reads)."""
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        append(conn, **kwargs)


def verify(engine: Engine) -> tuple[bool, int, int | None]:
    """Walk the chain: (intact, entries checked, id of the first broken entry or None)."""
    prev_hash = GENESIS
    count = 0
    with engine.connect() as conn:
        for entry in conn.execute(select(db.audit).order_by(db.audit.c.id)):
            row = {
                "at": entry.at,
                "agent_id": entry.agent_id,
                "action": entry.action,
                "member_number": entry.member_number,
                "detail": entry.detail,
                "request_id": entry.request_id,
            }
            if entry.prev_hash != prev_hash or entry.hash != _digest(prev_hash, row):
                return False, count, entry.id
            prev_hash = entry.hash
            count += 1
    return True, count, None
