"""HTTP of security events (the rules: actions/security.py): the client reports an answer it
refused, as a write with its own Idempotency-Key, so a report made offline arrives once."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection

from .actions import Actor, security
from .answers import SecurityEventOut
from .auth import CurrentAgent
from .contract import write
from .idempotency import run_write
from .inputs import SecurityEventIn

router = APIRouter(prefix="/security-events", tags=["security"])


@router.post("", **write(SecurityEventOut, status=201))
def report_security_event(body: SecurityEventIn, request: Request, agent: CurrentAgent) -> Any:
    def handler(conn: Connection, actor: Actor) -> tuple[int, dict[str, Any]]:
        return 201, security.record_event(conn, actor, body)

    return run_write(request, agent, body.model_dump(mode="json"), handler)
