"""IT's changes to who may sign in (`supportdesk-server agents`): add an agent, disable or
enable one, reset a password.

No agent acts here, so the audit entry has no `agent_id`; its detail names the tool and the
operating-system account that ran it (`Operator`), and the agent changed. Disabling and
resetting a password end the agent's sessions in every server process within a second
(revocations.py). Validation of what IT typed (role, limits, user name, password) is the
domain's (domain/agents.py); these functions enforce what needs the database.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...domain.agents import Limits, Role
from .. import audit, db, revocations
from ..problems import ApiError


@dataclass(frozen=True)
class Operator:
    """Who made a change outside the API: the tool, and the operating-system account."""

    via: str  # "cli"
    os_user: str | None

    def detail(self) -> dict[str, Any]:
        return {"by": self.via, "os_user": self.os_user}


@dataclass(frozen=True)
class AgentRecord:
    """An agent as IT sees it (never the password hash)."""

    id: int
    username: str
    name: str
    role: str
    per_credit_limit: int
    daily_limit: int
    active: bool
    locked_until: str | None  # ISO UTC; in the past: no longer locked

    def locked(self, now: str) -> bool:
        return self.locked_until is not None and self.locked_until > now


_COLUMNS = (db.agents.c.id, db.agents.c.username, db.agents.c.name, db.agents.c.role,
            db.agents.c.per_credit_limit, db.agents.c.daily_limit, db.agents.c.active,
            db.agents.c.locked_until)


def _record(row: Any) -> AgentRecord:
    return AgentRecord(row.id, row.username, row.name, row.role, row.per_credit_limit,
                       row.daily_limit, bool(row.active), row.locked_until)


def list_agents(conn: Connection) -> list[AgentRecord]:
    return [_record(r) for r in conn.execute(select(*_COLUMNS).order_by(db.agents.c.username))]


def find(conn: Connection, username: str) -> AgentRecord | None:
    row = conn.execute(select(*_COLUMNS).where(db.agents.c.username == username)).first()
    return None if row is None else _record(row)


def not_found(username: str) -> ApiError:
    return ApiError(404, "agent-not-found", f"There is no agent {username!r}.")


def username_taken(username: str) -> ApiError:
    return ApiError(409, "username-taken",
                    f"User name {username!r} is taken; choose another (an agent who left "
                    f"stays on record, disabled, for the audit trail).")


def _agent(conn: Connection, username: str) -> AgentRecord:
    """The agent, locked until the change is written."""
    row = conn.execute(select(*_COLUMNS).where(db.agents.c.username == username)
                       .with_for_update()).first()
    if row is None:
        raise not_found(username)
    return _record(row)


def _audit(conn: Connection, operator: Operator, action: str, agent: AgentRecord,
           **detail: Any) -> None:
    audit.append(conn, agent_id=None, action=action,
                 detail={**operator.detail(), "agent_id": agent.id,
                         "username": agent.username, **detail})


def add(conn: Connection, operator: Operator, *, username: str, name: str, role: Role,
        limits: Limits, password_hash: str) -> AgentRecord:
    """A new, active agent; 409 username-taken if the user name is in use. Inside an
    immediate transaction; the arguments are the domain's cleaned values."""
    if find(conn, username) is not None:
        raise username_taken(username)
    try:
        conn.execute(insert(db.agents).values(
            username=username, name=name, role=role.value, password_hash=password_hash,
            per_credit_limit=limits.per_credit_miles, daily_limit=limits.daily_miles,
            active=1, failed_logins=0))
    except IntegrityError:  # added since the check (PostgreSQL): the transaction rolls back
        raise username_taken(username) from None
    agent = _agent(conn, username)
    _audit(conn, operator, "agent_added", agent, name=name, role=role.value,
           limits={"per_credit_miles": limits.per_credit_miles,
                   "daily_miles": limits.daily_miles})
    return agent


def set_active(conn: Connection, operator: Operator, username: str,
               active: bool) -> tuple[AgentRecord, bool, int]:
    """Enable or disable the agent: (the agent after, whether it changed, live tokens
    revoked). Disabling revokes every session of the agent (re-enabling revives none)."""
    agent = _agent(conn, username)
    if agent.active == active:
        return agent, False, 0
    conn.execute(update(db.agents).where(db.agents.c.id == agent.id)
                 .values(active=int(active)))
    revoked = 0 if active else revocations.revoke_agent(conn, agent.id)
    if active:
        _audit(conn, operator, "agent_enabled", agent)
    else:
        _audit(conn, operator, "agent_disabled", agent, tokens_revoked=revoked)
    return _agent(conn, username), True, revoked


def reset_password(conn: Connection, operator: Operator, username: str,
                   password_hash: str) -> tuple[AgentRecord, int]:
    """A new password (hashed by the caller, outside the write lock): revokes the agent's
    sessions and lifts a lock-out after wrong passwords. (The agent, live tokens revoked.)"""
    agent = _agent(conn, username)
    conn.execute(update(db.agents).where(db.agents.c.id == agent.id)
                 .values(password_hash=password_hash, failed_logins=0, locked_until=None))
    revoked = revocations.revoke_agent(conn, agent.id)
    _audit(conn, operator, "agent_password_reset", agent, tokens_revoked=revoked)
    return _agent(conn, username), revoked
