"""Closing a write the backend refused: the agent's word on it, recorded and audited.

A queued write that was rejected or met a conflict is never dropped silently on the client:
the agent discards it with a reason, or — for a provisional award booking the member was told
about — says what the member was told once called back. Only the agent who made an operation
can close it; an operation that was applied cannot be closed; a second closure for the same
member answers the first, one naming another member is refused (409 member-mismatch).
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from sqlalchemy import Connection, insert, select

from .. import audit, db
from ..inputs import ClosureIn
from ..problems import ApiError
from . import Actor


def _closure(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in ("operation_id", "outcome", "member_number", "reason",
                                         "closed_at", "refused_with")}


def close_operation(conn: Connection, actor: Actor, operation_id: str,
                    body: ClosureIn) -> tuple[bool, dict[str, Any]]:
    """(closed now, the closure). Lock: the closure's primary key is the operation id, so of
    two closures at once one inserts and the other fails; a later one answers the first."""
    closures = db.operation_closures
    earlier = conn.execute(select(closures).where(
        closures.c.operation_id == operation_id)).first()
    if earlier is not None:
        if earlier.agent_id != actor.agent.id:
            raise _not_yours(operation_id)
        if earlier.member_number != body.member_number:
            # An operation is about one member: a closure naming another is a mix-up (a
            # mistyped id, another member's screen), answered with neither member's data.
            raise ApiError(409, "member-mismatch",
                           f"Operation {operation_id} was closed for another member, not for "
                           f"{body.member_number}; nothing was recorded.")
        # Closed before for this member (another device, a second press): that closure again.
        return False, _closure(earlier._mapping)
    made = conn.execute(select(db.idempotency.c.agent_id, db.idempotency.c.status_code)
                        .where(db.idempotency.c.key == operation_id)).first()
    if made is not None and made.agent_id != actor.agent.id:
        raise _not_yours(operation_id)
    if made is not None and made.status_code < 400:
        raise ApiError(409, "operation-applied",
                       f"Operation {operation_id} was applied; there is nothing to close.")
    row = {"operation_id": operation_id, "agent_id": actor.agent.id,
           "member_number": body.member_number, "outcome": body.outcome,
           "reason": body.reason, "closed_at": db.iso(db.utcnow()),
           # None: the backend never kept an answer for it (refused before it was
           # remembered: 403, or the client gave up after repeated server errors).
           "refused_with": None if made is None else made.status_code}
    conn.execute(insert(closures).values(**row))
    audit.append(conn, agent_id=actor.agent.id, action=f"operation_{body.outcome}",
                 member_number=body.member_number,
                 detail={"operation_id": operation_id, "reason": body.reason,
                         "refused_with": row["refused_with"]},
                 request_id=actor.request_id, workstation=actor.workstation)
    return True, _closure(row)


def _not_yours(operation_id: str) -> ApiError:
    # Another agent's operation is answered as unknown: its existence is not shown.
    return ApiError(404, "operation-not-found",
                    f"No operation {operation_id} of yours can be closed.")
