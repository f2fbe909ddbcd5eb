"""The row locks the actions' rules depend on, each named for what it protects.

`with_for_update()` is `SELECT … FOR UPDATE` on PostgreSQL and nothing on SQLite, whose
immediate write transaction already admits one writer at a time.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from .. import db
from ..problems import ApiError


def agent_for_limits(conn: Connection, agent_id: int) -> tuple[int, int]:
    """Lock the agent and read its (per-credit, daily) limits: the daily limit sums what the
    agent applied today, and two credits of the same agent at once must not both fit."""
    row = conn.execute(select(db.agents.c.per_credit_limit, db.agents.c.daily_limit)
                       .where(db.agents.c.id == agent_id).with_for_update()).one()
    return row.per_credit_limit, row.daily_limit


def failed_logins(conn: Connection, agent_id: int) -> int:
    """Lock the agent and read its count of wrong passwords: ten at once are ten, and the
    fifth locks the sign-in (routes_auth.login)."""
    return conn.execute(select(db.agents.c.failed_logins).where(db.agents.c.id == agent_id)
                        .with_for_update()).scalar_one()


def member(conn: Connection, number: str, *columns: Any, missing: ApiError | None = None) -> Any:
    """The member's row (`columns`, or all), locked: a balance or an attempt count read under
    it stays true until the transaction ends. `missing` (default: member-not-found, 404) if
    there is no such member."""
    row = conn.execute(select(*(columns or (db.members,)))
                       .where(db.members.c.member_number == number).with_for_update()).first()
    if row is None:
        raise missing or ApiError(404, "member-not-found", f"There is no member {number}.")
    return row


def credit(conn: Connection, credit_id: int) -> Any:
    """The credit, locked until its decision is written: one approval, never two."""
    return conn.execute(select(db.credits).where(db.credits.c.id == credit_id)
                        .with_for_update()).first()
