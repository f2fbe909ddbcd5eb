"""Revocations that every server process honours within a second (DESIGN.md §6, "Sessions").

Why: each process caches the bearer tokens it checked (token_cache.py), so that a burst of
look-ups — a search per keystroke — costs no database read per request. With several
processes (`--workers`, or several hosts over one PostgreSQL), a sign-out answered by one
process reached the others only when their entries expired: with two workers about half the
requests still passed with a signed-out token for up to 5 s.

How: every revocation — a sign-out (one token), an agent disabled or given a new password
(all of that agent's tokens) — is written in the same transaction as `tokens.revoked_at` as
a row of `revocations`, whose ids rise in commit order. Each process remembers the highest
id it has read. It trusts its cache only while its last read of the rows above that id
started less than FRESH_SECONDS ago; otherwise the next request reads them first (one tiny
query on the primary key per process per interval, however many requests come; none while
idle) and evicts what they name. So a revocation committed at R is honoured by every process
for every request that arrives after R + FRESH_SECONDS. The bound is kept by the request
path itself, not by a timer: a process that cannot read (a stalled database, a full thread
pool) falls back to checking each token in the database, never to stale entries. Tokens
checked while a revocation is being read in are not cached (TokenCache.put); the next
request checks them again.

Rejected: a generation counter (one row) would flush every process's whole cache at every
sign-out of any agent; a notification (PostgreSQL LISTEN) does not exist on SQLite and is lost
with a dropped connection, where a table read after a hiccup still finds every row; a shorter
cache time-to-live trades the guarantee against the burst benefit instead of keeping both.

Ids must become visible in order, or a reader could pass a row that commits later under a
lower id: SQLite has one writer at a time; on PostgreSQL a writer holds the table's EXCLUSIVE
lock (readers go on) until it commits. Rows older than KEEP are pruned when one is written,
except the newest (SQLite would reuse its id); a process that has not read for that long drops
its whole cache instead of reading.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlalchemy import Connection, and_, delete, func, insert, select, update

from . import db

FRESH_SECONDS = 0.5  # a revocation reaches every process's next request within this
KEEP = dt.timedelta(hours=1)


@dataclass(frozen=True)
class Revocation:
    id: int
    token_hash: str | None  # one token signed out
    agent_id: int | None  # every token of this agent


def revoke_token(conn: Connection, key: str) -> None:
    """Sign out the token whose hash is `key`, for every process. Inside the caller's write
    transaction."""
    now = db.iso(db.utcnow())
    conn.execute(update(db.tokens).where(db.tokens.c.token_hash == key,
                                         db.tokens.c.revoked_at.is_(None))
                 .values(revoked_at=now))
    _record(conn, now, token_hash=key)


def revoke_agent(conn: Connection, agent_id: int) -> int:
    """Sign out every live token of the agent, for every process; how many were live. Inside
    the caller's write transaction."""
    now = db.iso(db.utcnow())
    revoked = conn.execute(update(db.tokens).where(
        db.tokens.c.agent_id == agent_id, db.tokens.c.revoked_at.is_(None),
        db.tokens.c.expires_at > now).values(revoked_at=now)).rowcount
    _record(conn, now, agent_id=agent_id)
    return revoked


def _record(conn: Connection, now: str, *, token_hash: str | None = None,
            agent_id: int | None = None) -> None:
    if conn.dialect.name == "postgresql":
        conn.exec_driver_sql("LOCK TABLE revocations IN EXCLUSIVE MODE")
    horizon = db.iso(db.utcnow() - KEEP)
    newest = select(func.max(db.revocations.c.id)).scalar_subquery()
    conn.execute(delete(db.revocations).where(and_(db.revocations.c.at < horizon,
                                                   db.revocations.c.id < newest)))
    conn.execute(insert(db.revocations).values(at=now, token_hash=token_hash,
                                               agent_id=agent_id))


def latest_id(conn: Connection) -> int:
    """The id of the newest revocation (0: none yet): where a new reader starts."""
    return int(conn.execute(select(func.coalesce(func.max(db.revocations.c.id), 0)))
               .scalar_one())


def since(conn: Connection, after_id: int) -> list[Revocation]:
    """The revocations after `after_id`, oldest first."""
    rows = conn.execute(select(db.revocations.c.id, db.revocations.c.token_hash,
                               db.revocations.c.agent_id)
                        .where(db.revocations.c.id > after_id)
                        .order_by(db.revocations.c.id)).all()
    return [Revocation(r.id, r.token_hash, r.agent_id) for r in rows]
