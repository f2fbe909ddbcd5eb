"""Member search, account and ledger. Every answer names the member it is about."""

from __future__ import annotations

import hashlib
from typing import Annotated

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import func, select

from ..domain.identifiers import InvalidIdentifier, parse_member_number
from ..domain.query import QueryError, classify_query
from . import audit, db
from .auth import CurrentAgent, settings_of
from .contract import MAINTENANCE, declare
from .fields import PositiveId
from .maintenance import capability
from .masking import mask_address, mask_birth_date, mask_email, mask_phone
from .problems import ApiError, invalid
from .search import MemberSearch
from .views import balance

router = APIRouter(prefix="/members", tags=["members"], dependencies=[capability("members")])


class SearchResult(BaseModel):
    member_number: str
    first_name: str
    last_name: str
    tier: str
    status: str
    city: str
    country: str
    email_masked: str
    phone_masked: str
    matched_by: str
    match_detail: str | None = None


class SearchOut(BaseModel):
    query: str  # the normalised query searched for: the client checks it is what it asked
    kind: str  # the key type it searched by
    results: list[SearchResult]
    truncated: bool


class MemberOut(BaseModel):
    member_number: str
    title: str | None
    first_name: str
    last_name: str
    tier: str
    status: str
    member_since: str
    miles_balance: int
    birth_date_masked: str
    email_masked: str
    phone_masked: str
    address_masked: str
    language: str


class LedgerEntry(BaseModel):
    id: int
    posted_at: str
    kind: str
    miles: int
    description: str
    reference: str | None
    reverses_id: int | None


class LedgerPage(BaseModel):
    member_number: str
    entries: list[LedgerEntry]
    total: int
    next_before: int | None


def member_row(conn, number: str):  # noqa: ANN001, ANN202
    """The member row for a typed member number; 422 for a malformed one, 404 if unknown."""
    try:
        canonical = parse_member_number(number)
    except InvalidIdentifier as exc:
        raise invalid(exc) from None
    row = conn.execute(select(db.members).where(db.members.c.member_number == canonical)).first()
    if row is None:
        raise ApiError(404, "member-not-found", f"There is no member {canonical}.")
    return row


@router.get("", **declare(SearchOut, 422, MAINTENANCE))
def search_members(
    agent: CurrentAgent,
    request: Request,
    q: Annotated[str, Query(max_length=10_000)],
    limit: Annotated[int, Query(ge=1, le=100)] = 25,
) -> SearchOut:
    try:
        query = classify_query(q)
    except QueryError as exc:
        raise invalid(exc) from None
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        search = MemberSearch(conn, limit)
        hits = search.run(query)
        # The query itself may be an e-mail or phone: the audit keeps its kind and a hash only.
        audit.record_read(
            conn,
            agent_id=agent.id,
            action="member_search",
            detail={
                "kind": query.kind.value,
                "query_sha256": hashlib.sha256(query.value.encode()).hexdigest()[:16],
                "results": len(hits),
            },
            request_id=request.state.request_id,
            workstation=request.state.workstation,
        )
    return SearchOut(
        query=query.value,
        kind=query.kind.value,
        truncated=search.truncated,
        results=[
            SearchResult(
                member_number=h.row.member_number,
                first_name=h.row.first_name,
                last_name=h.row.last_name,
                tier=h.row.tier,
                status=h.row.status,
                city=h.row.city,
                country=h.row.country,
                email_masked=mask_email(h.row.email),
                phone_masked=mask_phone(h.row.phone),
                matched_by=h.matched_by,
                match_detail=h.match_detail,
            )
            for h in hits
        ],
    )


@router.get("/{number}", **declare(MemberOut, 404, 422, MAINTENANCE))
def get_member(number: str, agent: CurrentAgent, request: Request) -> MemberOut:
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        row = member_row(conn, number)
        miles = balance(conn, row.id)
        audit.record_read(
            conn,
            agent_id=agent.id,
            action="member_read",
            member_number=row.member_number,
            request_id=request.state.request_id,
            workstation=request.state.workstation,
        )
    return MemberOut(
        member_number=row.member_number,
        title=row.title,
        first_name=row.first_name,
        last_name=row.last_name,
        tier=row.tier,
        status=row.status,
        member_since=row.member_since,
        miles_balance=miles,
        birth_date_masked=mask_birth_date(row.birth_date),
        email_masked=mask_email(row.email),
        phone_masked=mask_phone(row.phone),
        address_masked=mask_address(row.city, row.country),
        language=row.language,
    )


@router.get("/{number}/transactions", **declare(LedgerPage, 404, 422, MAINTENANCE))
def get_transactions(
    number: str,
    agent: CurrentAgent,
    request: Request,
    limit: Annotated[int, Query(ge=1, le=500)] = 100,
    before: PositiveId | None = None,
) -> LedgerPage:
    settings = settings_of(request)
    ledger = db.ledger
    with settings.engine.connect() as conn:
        row = member_row(conn, number)
        stmt = select(ledger).where(ledger.c.member_id == row.id)
        if before is not None:
            stmt = stmt.where(ledger.c.id < before)
        rows = conn.execute(stmt.order_by(ledger.c.id.desc()).limit(limit + 1)).all()
        total = conn.execute(
            select(func.count()).select_from(ledger).where(ledger.c.member_id == row.id)
        ).scalar_one()
        more = len(rows) > limit
        rows = rows[:limit]
        audit.record_read(
            conn,
            agent_id=agent.id,
            action="ledger_read",
            member_number=row.member_number,
            detail={"before": before, "count": len(rows)},
            request_id=request.state.request_id,
            workstation=request.state.workstation,
        )
    return LedgerPage(
        member_number=row.member_number,
        total=total,
        next_before=rows[-1].id if more and rows else None,
        entries=[
            LedgerEntry(
                id=r.id,
                posted_at=r.posted_at,
                kind=r.kind,
                miles=r.miles,
                description=r.description,
                reference=r.reference,
                reverses_id=r.reverses_id,
            )
            for r in rows
        ],
    )
