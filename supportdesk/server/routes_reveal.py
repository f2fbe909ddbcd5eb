"""HTTP of revealing masked personal data (the rules: actions/reveal.py).

A reveal changes nothing but the audit trail, yet it is a POST like the writes and takes an
Idempotency-Key (DESIGN.md §5): a reveal retried with its key (a lost answer) is audited once.
Unlike other writes, what is remembered for the key is the answer without its values — the
idempotency table never holds personal data — and a replay reads the values again.
"""

from __future__ import annotations

import json
from typing import Any

from fastapi import APIRouter, Request
from fastapi.responses import JSONResponse
from sqlalchemy.exc import IntegrityError

from .actions import Actor, reveal
from .answers import RevealOut
from .auth import CurrentAgent, settings_of
from .contract import MAINTENANCE, write
from .idempotency import _remember, _stored, fingerprint, idempotency_key
from .inputs import RevealIn
from .maintenance import capability
from .problems import ApiError

router = APIRouter(prefix="/members", tags=["members"], dependencies=[capability("members")])


def _without_values(answer: dict[str, Any]) -> dict[str, Any]:
    return {**answer, "values": dict.fromkeys(answer["values"])}


@router.post("/{number}/reveal", **write(RevealOut, 404, 409, MAINTENANCE))
def reveal_fields(number: str, body: RevealIn, agent: CurrentAgent, request: Request) -> Any:
    key = idempotency_key(request)
    engine = settings_of(request).engine
    print_ = fingerprint(request, {"member": number, **body.model_dump(mode="json")})
    try:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            row = _stored(conn, key)
            if row is None:
                actor = Actor(agent, key, request.state.request_id,
                              workstation=request.state.workstation)
                answer = reveal.reveal(conn, actor, number, body)
                _remember(conn, key, agent, print_, 200, _without_values(answer))
                return JSONResponse(answer)
    except IntegrityError:
        # The same key won in another process (databases without a whole-database write
        # lock): this attempt's audit entry went with its transaction; answer as a replay.
        with engine.connect() as conn:
            row = _stored(conn, key)
        if row is None:
            raise
    if row.agent_id != agent.id or row.fingerprint != print_:
        raise ApiError(422, "idempotency-key-reused",
                       "This Idempotency-Key was already used for a different request.")
    with engine.connect() as conn:
        answer = {**json.loads(row.response), "values": reveal.values(conn, number, body)}
    return JSONResponse(answer, headers={"Idempotency-Replayed": "true"})
