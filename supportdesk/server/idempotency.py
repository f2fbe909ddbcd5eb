"""Exactly-once writes: every write carries an Idempotency-Key (DESIGN.md §5).

Same key + same request → the first answer again (marked `Idempotency-Replayed: true`).
Same key + a different request → 422. No key → 400. The key is stored in the same transaction
as the write it guards, so a replay after a timeout, crash or restart can never apply twice.
"""

from __future__ import annotations

import hashlib
import json
import re
import uuid
from collections.abc import Callable
from typing import Any

from fastapi import Request
from fastapi.responses import JSONResponse
from sqlalchemy import Connection, insert, select
from sqlalchemy.exc import IntegrityError

from . import db
from .actions import Actor
from .auth import Agent, settings_of
from .contract import IDEMPOTENCY_KEY_PATTERN
from .problems import ApiError, problem_response

KEY_PATTERN = re.compile(IDEMPOTENCY_KEY_PATTERN)
# Answers not worth remembering: the same request may well succeed later.
_TRANSIENT = {401, 403, 429}

# Runs one action: (connection in the write transaction, who acts) → (status, answer).
Handler = Callable[[Connection, Actor], tuple[int, dict[str, Any]]]


def idempotency_key(request: Request) -> str:
    key = request.headers.get("idempotency-key")
    if key is None:
        raise ApiError(400, "idempotency-key-missing",
                       "Every write needs an Idempotency-Key header (a unique id per operation).")
    if not KEY_PATTERN.match(key):
        raise ApiError(400, "idempotency-key-invalid",
                       "The Idempotency-Key must be 8–100 letters, digits or . _ : -.")
    return key


def fingerprint(request: Request, payload: dict[str, Any]) -> str:
    canonical = json.dumps(payload, sort_keys=True, separators=(",", ":"), default=str)
    return hashlib.sha256(
        f"{request.method} {request.url.path}\n{canonical}".encode()).hexdigest()


def _replay(row: Any, agent: Agent, print_: str) -> JSONResponse:
    if row.agent_id != agent.id or row.fingerprint != print_:
        raise ApiError(422, "idempotency-key-reused",
                       "This Idempotency-Key was already used for a different request.")
    body = json.loads(row.response)
    headers = {"Idempotency-Replayed": "true"}
    if row.status_code >= 400:
        extra = {k: v for k, v in body.items() if k not in ("code", "detail", "errors")}
        return problem_response(row.status_code, body.get("code", "error"), body["detail"],
                                errors=body.get("errors"), headers=headers, **extra)
    return JSONResponse(body, status_code=row.status_code, headers=headers)


def _stored(conn: Connection, key: str) -> Any:
    return conn.execute(select(db.idempotency).where(db.idempotency.c.key == key)).first()


def _remember(conn: Connection, key: str, agent: Agent, print_: str, status: int,
              body: dict[str, Any]) -> None:
    conn.execute(insert(db.idempotency).values(
        key=key, agent_id=agent.id, fingerprint=print_, status_code=status,
        response=json.dumps(body, default=str), created_at=db.iso(db.utcnow())))


def run_write(request: Request, agent: Agent, payload: dict[str, Any],
              handler: Handler) -> JSONResponse:
    """Run `handler` once per Idempotency-Key, inside the write lock, and remember its answer."""
    key = idempotency_key(request)
    settings = settings_of(request)
    engine = settings.engine
    if not settings.deduplicate_writes:
        # The switch the fault-injection test flips to prove that it sees duplicates: every
        # attempt is a new operation, to this table and to the ledger's unique operation_id.
        actor = Actor(agent, f"{key}:{uuid.uuid4().hex}", request.state.request_id,
                      settings.clock, request.state.workstation)
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            status, body = handler(conn, actor)
        return JSONResponse(body, status_code=status)
    actor = Actor(agent, key, request.state.request_id, settings.clock,
                  request.state.workstation)
    print_ = fingerprint(request, payload)
    with engine.connect() as conn:
        row = _stored(conn, key)
    if row is not None:
        return _replay(row, agent, print_)
    try:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            row = _stored(conn, key)
            if row is None:
                status, body = handler(conn, actor)
                _remember(conn, key, agent, print_, status, body)
        if row is not None:
            return _replay(row, agent, print_)
    except IntegrityError:
        # A concurrent request with the same key won the race (databases without a
        # whole-database write lock): answer what it answered.
        with engine.connect() as conn:
            row = _stored(conn, key)
        if row is None:
            raise
        return _replay(row, agent, print_)
    except ApiError as exc:
        if exc.status < 500 and exc.status not in _TRANSIENT:
            body = {**exc.extra, "code": exc.code, "detail": exc.detail, "errors": exc.errors}
            try:
                with engine.connect().execution_options(immediate=True) as conn, conn.begin():
                    if _stored(conn, key) is None:
                        _remember(conn, key, agent, print_, exc.status, body)
            except IntegrityError:
                pass
        raise
    return JSONResponse(body, status_code=status)
