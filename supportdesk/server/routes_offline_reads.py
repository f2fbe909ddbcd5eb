"""HTTP of offline reads (the rules: actions/offline_reads.py): the app reports what it showed
from its offline copy, as a write with its own Idempotency-Key, so a report sent again after a
lost answer is recorded once."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request
from sqlalchemy import Connection

from .actions import Actor, offline_reads
from .answers import OfflineReadOut
from .auth import CurrentAgent
from .contract import write
from .idempotency import run_write
from .inputs import OfflineReadIn

router = APIRouter(prefix="/offline-reads", tags=["audit"])


@router.post("", **write(OfflineReadOut, 404, 409, status=201))
def report_offline_read(body: OfflineReadIn, request: Request, agent: CurrentAgent) -> Any:
    def handler(conn: Connection, actor: Actor) -> tuple[int, dict[str, Any]]:
        return 201, offline_reads.record_read(conn, actor, body)

    return run_write(request, agent, body.model_dump(mode="json"), handler)
