"""HTTP of the refund and rebooking queue (the check that does the reasoning for the agent:
views.py; claiming and deciding: actions/requests.py)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from ..domain import limits
from ..domain.requests import OPEN_STATUSES, REQUEST_TYPES, STATUSES
from . import audit, db
from .actions import requests
from .answers import RequestDetail, RequestList
from .auth import CurrentAgent, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import PositiveId
from .idempotency import run_write
from .inputs import DecisionIn
from .maintenance import capability
from .views import request_detail, summary, summary_select

RequestType = Literal[REQUEST_TYPES]  # type: ignore[valid-type]

router = APIRouter(prefix="/requests", tags=["requests"], dependencies=[capability("requests")])


@router.get("", **declare(RequestList, 422, MAINTENANCE))
def list_requests(
    agent: CurrentAgent,
    request: Request,
    status: Annotated[list[Literal[STATUSES]] | None, Query()] = None,  # type: ignore[valid-type]
    type: Annotated[RequestType | None, Query()] = None,  # noqa: A002
    assigned: Annotated[Literal["me", "unassigned", "others", "any"], Query()] = "any",
    overdue: Annotated[bool | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=limits.MAX_REQUESTS_PAGE)] = 200,
    offset: Annotated[int, Query(ge=0, le=1_000_000)] = 0,
) -> dict[str, Any]:
    r = db.requests
    now = db.iso(db.utcnow())
    stmt = summary_select()
    stmt = stmt.where(r.c.status.in_(status or OPEN_STATUSES))
    if type:
        stmt = stmt.where(r.c.type == type)
    if assigned == "me":
        stmt = stmt.where(r.c.assignee_id == agent.id)
    elif assigned == "unassigned":
        stmt = stmt.where(r.c.assignee_id.is_(None))
    elif assigned == "others":
        stmt = stmt.where(r.c.assignee_id.is_not(None), r.c.assignee_id != agent.id)
    if overdue is not None:
        stmt = stmt.where((r.c.sla_due < now) if overdue else (r.c.sla_due >= now))
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        rows = conn.execute(stmt.order_by(r.c.sla_due, r.c.id).limit(limit + 1)
                            .offset(offset)).all()
    listed = [summary(row, now) for row in rows[:limit]]
    if listed:  # customers' names were read: whose, by whom (as the pending credits)
        audit.record(settings.engine, agent_id=agent.id, action="requests_listed",
                     detail={"requests": [item["id"] for item in listed],
                             "members": sorted({item["member_number"] for item in listed})},
                     request_id=request.state.request_id,
                     workstation=request.state.workstation)
    return {"requests": listed, "more": len(rows) > limit}


@router.get("/{request_id}", **declare(RequestDetail, 404, 422, MAINTENANCE))
def get_request(request_id: PositiveId, agent: CurrentAgent, request: Request) -> dict[str, Any]:
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        detail = request_detail(conn, request_id)
    audit.record(settings.engine, agent_id=agent.id, action="request_read",
                 member_number=detail["member_number"], detail={"request_id": request_id},
                 request_id=request.state.request_id,
                 workstation=request.state.workstation)
    return detail


@router.post("/{request_id}/claim", **write(RequestDetail, 404, 409, MAINTENANCE))
def claim_request(request_id: PositiveId, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, {"claim": request_id},
                     lambda conn, actor: (200, requests.claim_request(conn, actor, request_id)))


@router.post("/{request_id}/decision", **write(RequestDetail, 403, 404, 409, MAINTENANCE))
def decide_request(request_id: PositiveId, body: DecisionIn, agent: CurrentAgent,
                   request: Request) -> Any:
    return run_write(request, agent, {"request": request_id, **body.model_dump()},
                     lambda conn, actor: (200, requests.decide_request(conn, actor, request_id,
                                                                       body)))
