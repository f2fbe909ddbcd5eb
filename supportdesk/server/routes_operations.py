"""Closing a write the backend refused: the agent's word on it, recorded and audited.

A queued write that was rejected or met a conflict is never dropped silently on the client:
the agent discards it with a reason, or — for a provisional award booking the member was told
about — says what the member was told once called back. That statement is itself a write
(`POST /operations/{operation_id}/closure`, with its own Idempotency-Key) so that it reaches
the audit trail even when it was made offline. Only the agent who made an operation can close
it; an operation that was applied cannot be closed; a second closure answers the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import Connection, insert, select

from ..domain import limits
from . import audit, db
from .answers import ClosureOut
from .auth import CurrentAgent
from .contract import write
from .fields import MemberNumber, text_field
from .idempotency import KEY_PATTERN, run_write
from .problems import ApiError

router = APIRouter(prefix="/operations", tags=["operations"])
_CLOSURE = write(ClosureOut, 404, 409, status=201)
_CLOSURE["responses"][200] = {"model": ClosureOut, "description": "Closed before: that closure."}


class ClosureIn(BaseModel):
    outcome: Literal["discarded", "called_back"]
    reason: text_field(limits.CLOSURE_REASON)
    member_number: MemberNumber


def _closure(row: Mapping[str, Any]) -> dict[str, Any]:
    return {name: row[name] for name in ("operation_id", "outcome", "member_number", "reason",
                                         "closed_at", "refused_with")}


@router.post("/{operation_id}/closure", **_CLOSURE)
def close_operation(operation_id: str, body: ClosureIn, request: Request,
                    agent: CurrentAgent) -> Any:
    if not KEY_PATTERN.match(operation_id):
        raise ApiError(422, "invalid-input", "Not an operation id.",
                       errors=[{"field": "operation_id", "message": "Not an operation id."}])

    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        closures = db.operation_closures
        earlier = conn.execute(select(closures).where(
            closures.c.operation_id == operation_id)).first()
        if earlier is not None:
            if earlier.agent_id != agent.id:
                raise _not_yours(operation_id)
            return 200, _closure(earlier._mapping)  # closed before (another device, a second press)
        made = conn.execute(select(db.idempotency.c.agent_id, db.idempotency.c.status_code)
                            .where(db.idempotency.c.key == operation_id)).first()
        if made is not None and made.agent_id != agent.id:
            raise _not_yours(operation_id)
        if made is not None and made.status_code < 400:
            raise ApiError(409, "operation-applied",
                           f"Operation {operation_id} was applied; there is nothing to close.")
        row = {"operation_id": operation_id, "agent_id": agent.id,
               "member_number": body.member_number, "outcome": body.outcome,
               "reason": body.reason, "closed_at": db.iso(db.utcnow()),
               # None: the backend never kept an answer for it (refused before it was
               # remembered: 403, or the client gave up after repeated server errors).
               "refused_with": None if made is None else made.status_code}
        conn.execute(insert(closures).values(**row))
        audit.append(conn, agent_id=agent.id, action=f"operation_{body.outcome}",
                     member_number=body.member_number,
                     detail={"operation_id": operation_id, "reason": body.reason,
                             "refused_with": row["refused_with"]},
                     request_id=request.state.request_id)
        return 201, _closure(row)

    return run_write(request, agent, {"operation_id": operation_id, **body.model_dump()},
                     handler)


def _not_yours(operation_id: str) -> ApiError:
    # Another agent's operation is answered as unknown: its existence is not shown.
    return ApiError(404, "operation-not-found",
                    f"No operation {operation_id} of yours can be closed.")
