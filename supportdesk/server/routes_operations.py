"""HTTP of closing a refused write (the rules: actions/operations.py).

Closing a write the backend refused: the agent's word on it, recorded and audited.

A queued write that was rejected or met a conflict is never dropped silently on the client:
the agent discards it with a reason, or — for a provisional award booking the member was told
about — says what the member was told once called back. That statement is itself a write
(`POST /operations/{operation_id}/closure`, with its own Idempotency-Key) so that it reaches
the audit trail even when it was made offline. Only the agent who made an operation can close
it; an operation that was applied cannot be closed; a second closure for the same member
answers the first, one naming another member is refused (409 member-mismatch).
"""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection

from .actions import Actor, operations
from .answers import ClosureOut
from .auth import CurrentAgent
from .contract import write
from .idempotency import KEY_PATTERN, run_write
from .inputs import ClosureIn
from .problems import field_error

router = APIRouter(prefix="/operations", tags=["operations"])
_CLOSURE = write(ClosureOut, 404, 409, status=201)
_CLOSURE["responses"][200] = {"model": ClosureOut, "description": "Closed before: that closure."}


@router.post("/{operation_id}/closure", **_CLOSURE)
def close_operation(operation_id: str, body: ClosureIn, request: Request,
                    agent: CurrentAgent) -> Any:
    if not KEY_PATTERN.match(operation_id):
        raise field_error("operation_id", "Not an operation id.")

    def handler(conn: Connection, actor: Actor) -> tuple[int, dict[str, Any]]:
        created, closure = operations.close_operation(conn, actor, operation_id, body)
        return (201 if created else 200), closure

    return run_write(request, agent, {"operation_id": operation_id, **body.model_dump()},
                     handler)
