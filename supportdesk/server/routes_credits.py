"""HTTP of miles credits, their approval, and reversals (the rules: actions/credits.py)."""

from __future__ import annotations

from typing import Annotated, Any, Literal

from fastapi import APIRouter, Query, Request

from ..domain import limits
from ..domain.identifiers import InvalidIdentifier, parse_member_number
from . import audit, db
from .actions import credits
from .answers import CreditList, CreditOut, ProposedCredit, ReversalOut
from .auth import CurrentAgent, Supervisor, settings_of
from .contract import MAINTENANCE, declare, write
from .fields import PositiveId
from .idempotency import run_write
from .inputs import CreditIn, Decision, Rejection, ReversalIn
from .maintenance import capability
from .problems import field_error
from .views import listed_credit, listed_credits_select

router = APIRouter(tags=["credits"])


@router.post("/credits", dependencies=[capability("credits")],
             **write(ProposedCredit, 404, 409, MAINTENANCE, status=201))
def propose_credit(body: CreditIn, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, body.model_dump(mode="json"),
                     lambda conn, actor: (201, credits.propose_credit(conn, actor, body)))


@router.get("/credits", dependencies=[capability("credits")],
            **declare(CreditList, 422, MAINTENANCE))
def list_credits(
    agent: CurrentAgent,
    request: Request,
    status: Annotated[Literal["pending", "applied", "rejected"] | None, Query()] = None,
    member_number: Annotated[str | None, Query(max_length=40)] = None,
    limit: Annotated[int, Query(ge=1, le=limits.MAX_CREDITS_PAGE)] = 100,
) -> dict[str, Any]:
    # One query (no read per credit): ix_credits_status walks the pending ones newest first;
    # each balance sums one member's ledger over ix_ledger_member.
    stmt = listed_credits_select().order_by(db.credits.c.requested_at.desc(),
                                            db.credits.c.id.desc())
    if status:
        stmt = stmt.where(db.credits.c.status == status)
    if not agent.is_supervisor:
        stmt = stmt.where(db.credits.c.requested_by == agent.id)  # agents see their own
    if member_number is not None:
        try:
            number = parse_member_number(member_number)
        except InvalidIdentifier as exc:
            raise field_error("member_number", exc.message) from None
        stmt = stmt.where(db.members.c.member_number == number)
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        rows = conn.execute(stmt.limit(limit)).all()
    credits_shown = [listed_credit(row) for row in rows]
    if credits_shown:  # names, tiers and balances were read: whose, by whom
        audit.record(settings.engine, agent_id=agent.id, action="credits_listed",
                     member_number=member_number and credits_shown[0]["member_number"],
                     detail={"status": status, "members": sorted(
                         {c["member_number"] for c in credits_shown})},
                     request_id=request.state.request_id,
                     workstation=request.state.workstation)
    return {"credits": credits_shown}


@router.post("/credits/{credit_id}/approve", dependencies=[capability("credits")],
             **write(CreditOut, 403, 404, 409, MAINTENANCE))
def approve_credit(credit_id: PositiveId, body: Decision, agent: Supervisor,
                   request: Request) -> Any:
    return run_write(request, agent, {"credit": credit_id, **body.model_dump()},
                     lambda conn, actor: (200, credits.approve_credit(conn, actor, credit_id,
                                                                      body)))


@router.post("/credits/{credit_id}/reject", dependencies=[capability("credits")],
             **write(CreditOut, 403, 404, 409, MAINTENANCE))
def reject_credit(credit_id: PositiveId, body: Rejection, agent: Supervisor,
                  request: Request) -> Any:
    return run_write(request, agent, {"credit": credit_id, **body.model_dump()},
                     lambda conn, actor: (200, credits.reject_credit(conn, actor, credit_id,
                                                                     body)))


@router.post("/transactions/{entry_id}/reversal", dependencies=[capability("reversals")],
             **write(ReversalOut, 403, 404, 409, MAINTENANCE, status=201))
def reverse_entry(entry_id: PositiveId, body: ReversalIn, agent: Supervisor,
                  request: Request) -> Any:
    return run_write(request, agent, {"entry": entry_id, **body.model_dump()},
                     lambda conn, actor: (201, credits.reverse_entry(conn, actor, entry_id,
                                                                     body)))
