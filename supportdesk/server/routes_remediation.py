"""HTTP of incident remediation (the rules: actions/remediation.py). Supervisors only."""

from __future__ import annotations

import csv
import datetime as dt
import io
from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request
from fastapi.responses import JSONResponse, Response
from pydantic import ValidationError

from ..domain import remediation as rules
from ..errors import InvalidInput
from . import audit
from .actions import Actor
from .actions import remediation as actions
from .auth import Supervisor, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import PositiveId
from .idempotency import idempotency_key, run_write
from .maintenance import capability
from .problems import ApiError, field_error
from .remediation_io import (
    BatchApproval,
    BatchExecution,
    BatchIn,
    BatchList,
    BatchOut,
    ExecutionOut,
    PreviewOut,
    Selection,
)

router = APIRouter(prefix="/remediation", tags=["remediation"],
                   dependencies=[capability("reversals")])

def _selection(start: str, end: str, types: str, channels: str,
               members: str | None) -> Selection:
    """The preview's query parameters, checked by the same rules as a proposal's body."""
    try:
        numbers = rules.parse_member_list(members) if members else None
        return Selection.model_validate({
            "from": start, "to": end,
            "types": [t for t in types.split(",") if t.strip()],
            "channels": [c for c in channels.split(",") if c.strip()],
            "members": numbers})
    except InvalidInput as exc:
        raise field_error(exc.field, exc.message) from None
    except ValidationError as exc:
        first = exc.errors()[0]
        where = ".".join(str(p) for p in first["loc"]) or "from"
        message = str(first["msg"]).removeprefix("Value error, ")
        raise ApiError(422, "invalid-input", f"{where}: {message}",
                       errors=[{"field": where, "message": message}]) from None


@router.get("/preview", **declare(PreviewOut, 403, 422, MAINTENANCE))
def preview(
    agent: Supervisor,
    request: Request,
    start: Annotated[str, Query(alias="from", max_length=40)],
    end: Annotated[str, Query(alias="to", max_length=40)],
    types: Annotated[str, Query(max_length=300)] = ",".join(rules.KINDS),
    channels: Annotated[str, Query(max_length=100)] = ",".join(rules.CHANNELS),
    members: Annotated[str | None, Query(max_length=40_000)] = None,
) -> dict[str, Any]:
    selection = _selection(start, end, types, channels, members)
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        answer = actions.preview(conn, selection)
    audit.record(settings.engine, agent_id=agent.id, action="remediation_preview",
                 detail={"from": start, "to": end, "types": selection.types,
                         "channels": selection.channels,
                         "entries": answer["totals"]["entries"],
                         "members": [m["member_number"] for m in answer["members"]]},
                 request_id=request.state.request_id,
                 workstation=request.state.workstation)
    return answer


@router.post("/batches", **write(BatchOut, 403, 422, MAINTENANCE, status=201))
def propose(body: BatchIn, agent: Supervisor, request: Request) -> Any:
    return run_write(request, agent, body.model_dump(mode="json", by_alias=True),
                     lambda conn, actor: (201, actions.propose(conn, actor, body)))


@router.get("/batches", **declare(BatchList, 403, 422, MAINTENANCE))
def list_batches(
    agent: Supervisor,
    request: Request,
    status: Annotated[Literal["proposed", "approved", "executed"] | None, Query()] = None,
) -> dict[str, Any]:
    with settings_of(request).engine.connect() as conn:
        return {"batches": actions.list_batches(conn, status)}


@router.post("/batches/{batch_id}/approve", **write(BatchOut, 403, 404, 409, MAINTENANCE))
def approve(batch_id: PositiveId, body: BatchApproval, agent: Supervisor,
            request: Request) -> Any:
    return run_write(request, agent, {"batch": batch_id, **body.model_dump()},
                     lambda conn, actor: (200, actions.approve(conn, actor, batch_id, body)))


@router.post("/batches/{batch_id}/execute", **write(ExecutionOut, 403, 404, 409, MAINTENANCE))
def execute(batch_id: PositiveId, body: BatchExecution, agent: Supervisor,
            request: Request) -> Any:
    # Not remembered per Idempotency-Key like other writes: an execution is many
    # transactions (one per entry), each exactly once by its own operation id, and asking
    # again — with the same key or another — resumes with the entries still pending.
    idempotency_key(request)
    settings = settings_of(request)
    actor = Actor(agent, "", request.state.request_id, settings.clock,
                  request.state.workstation)
    return JSONResponse(actions.execute(settings.engine, actor, batch_id, body.limit))


@router.get("/batches/{batch_id}", **declare(BatchOut, 403, 404, 422, MAINTENANCE))
def get_batch(batch_id: PositiveId, agent: Supervisor, request: Request) -> dict[str, Any]:
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        answer = actions.batch_json(conn, batch_id)
    audit.record(settings.engine, agent_id=agent.id, action="remediation_batch_read",
                 detail={"batch_id": batch_id,
                         "members": [m["member_number"] for m in answer["members"]]},
                 request_id=request.state.request_id,
                 workstation=request.state.workstation)
    return answer


_CSV = {200: {"description": "Per member: entries reversed, miles re-credited, and who read "
                             "the account during the window (the audit).",
              "content": {"text/csv": {"schema": {"type": "string"}}}}}


@router.get("/batches/{batch_id}/export.csv", response_class=Response,
            **{**declare(None, 403, 404, 422, MAINTENANCE),
               "responses": {**declare(None, 403, 404, 422, MAINTENANCE)["responses"], **_CSV}})
def export_csv(batch_id: PositiveId, agent: Supervisor, request: Request) -> Response:
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        rows = actions.export_rows(conn, batch_id)
    audit.record(settings.engine, agent_id=agent.id, action="remediation_export",
                 detail={"batch_id": batch_id, "members": [row[0] for row in rows[1:]]},
                 request_id=request.state.request_id,
                 workstation=request.state.workstation)
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows(rows)
    stamp = dt.datetime.now(dt.timezone.utc).strftime("%Y%m%d")
    return Response(out.getvalue(), media_type="text/csv; charset=utf-8", headers={
        "Content-Disposition": f'attachment; filename="remediation-{batch_id}-{stamp}.csv"'})
