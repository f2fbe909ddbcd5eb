"""HTTP of the supervisors' audit trail: GET /audit, filtered and paged newest first.

Keyset paging on the id (`before`): entries appended while a supervisor pages (this read's own
audit_read among them) have larger ids, so pages neither skip nor repeat an entry. Each filter
walks its index (ix_audit_member, ix_audit_agent, ix_audit_action: the column and the id;
ix_audit_at for a period alone: schema 7)."""

from __future__ import annotations

import datetime as dt
import json
from typing import Annotated, Any

from fastapi import APIRouter, Query, Request
from pydantic import BaseModel
from sqlalchemy import Select, select

from ..domain import audit as rules
from ..errors import InvalidInput
from . import audit, db, masking
from .auth import Supervisor, settings_of
from .contract import declare
from .fields import IsoDateTime, PositiveId
from .problems import field_error

router = APIRouter(tags=["audit"])


class AuditAgent(BaseModel):
    id: int
    username: str
    name: str


class AuditEntry(BaseModel):
    id: int
    at: str
    agent: AuditAgent | None  # None: the server itself (an agents CLI change), or unknown
    action: str
    member_number: str | None
    workstation: str | None  # the client's X-Workstation and the peer address
    request_id: str | None
    detail: dict[str, Any]
    # A write's state before and after it, where its action records them (else None).
    before: Any = None
    after: Any = None


class AuditPage(BaseModel):
    entries: list[AuditEntry]
    next_before: int | None  # pass as `before` for the next (older) page; None: no more


def _utc(field: str, moment: dt.datetime | None) -> str | None:
    if moment is None:
        return None
    try:
        return db.iso(moment)
    except (OverflowError, ValueError):
        raise field_error(field, "That time is out of range.") from None


# What a profile change's before and after may show unmasked: the rest is personal data, and
# reading the trail is no reveal (no reason asked, none of it timed out).
_PROFILE_SHOWN = frozenset({"city", "country", "language"})


def _masked(values: Any) -> Any:
    if not isinstance(values, dict):
        return values
    out = {}
    for key, value in values.items():
        if value is None or key in _PROFILE_SHOWN:
            out[key] = value
        elif key == "email" and isinstance(value, str):
            out[key] = masking.mask_email(value)
        elif key == "phone" and isinstance(value, str):
            out[key] = masking.mask_phone(value)
        else:
            out[key] = masking.MASK * 3
    return out


def _entry(row: Any) -> dict[str, Any]:
    try:
        detail = json.loads(row.detail)
    except ValueError:
        detail = {"text": row.detail}
    if not isinstance(detail, dict):
        detail = {"value": detail}
    before = after = None
    if "after" in detail:  # a write's states (a ledger read's "before" is its page cursor)
        before, after = detail.pop("before", None), detail.pop("after")
    if row.action == "profile_change":
        before, after = _masked(before), _masked(after)
    agent = None
    if row.username is not None:
        agent = {"id": row.agent_id, "username": row.username, "name": row.agent_name}
    return {"id": row.id, "at": row.at, "agent": agent, "action": row.action,
            "member_number": row.member_number, "workstation": row.workstation,
            "request_id": row.request_id, "detail": detail, "before": before, "after": after}


def audit_select(*, member: str | None = None, agent_id: int | None = None,
                 action: str | None = None, start: str | None = None, end: str | None = None,
                 before: int | None = None, limit: int) -> Select:
    """The entries a filter selects, newest first (times as db.iso text)."""
    a = db.audit
    stmt = (select(a.c.id, a.c.at, a.c.agent_id, a.c.action, a.c.member_number, a.c.detail,
                   a.c.request_id, a.c.workstation, db.agents.c.username,
                   db.agents.c.name.label("agent_name"))
            .select_from(a.outerjoin(db.agents, db.agents.c.id == a.c.agent_id))
            .order_by(a.c.id.desc()).limit(limit))
    if member is not None:
        stmt = stmt.where(a.c.member_number == member)
    if agent_id is not None:
        stmt = stmt.where(a.c.agent_id == agent_id)
    if action is not None:
        stmt = stmt.where(a.c.action == action)
    if start is not None:
        stmt = stmt.where(a.c.at >= start)
    if end is not None:
        stmt = stmt.where(a.c.at < end)
    if before is not None:
        stmt = stmt.where(a.c.id < before)
    return stmt


@router.get("/audit", **declare(AuditPage, 403, 422))
def read_audit(
    agent: Supervisor,
    request: Request,
    member: Annotated[str | None, Query(max_length=40)] = None,
    agent_name: Annotated[str | None, Query(alias="agent", max_length=80)] = None,
    action: Annotated[str | None, Query(max_length=60)] = None,
    since: Annotated[IsoDateTime | None, Query(alias="from")] = None,
    until: Annotated[IsoDateTime | None, Query(alias="to")] = None,
    before: Annotated[PositiveId | None, Query()] = None,
    limit: Annotated[int, Query(ge=1, le=rules.MAX_AUDIT_PAGE)] = rules.AUDIT_PAGE,
) -> dict[str, Any]:
    try:
        number = rules.check_member(member) if member is not None else None
        username = rules.check_agent(agent_name) if agent_name is not None else None
        action_name = rules.check_action(action) if action is not None else None
        rules.check_period(since, until)
    except InvalidInput as exc:
        raise field_error(exc.field, exc.message) from None
    start, end = _utc("from", since), _utc("to", until)
    settings = settings_of(request)
    with settings.engine.connect() as conn:
        agent_id = None
        if username is not None:
            agent_id = conn.execute(select(db.agents.c.id).where(
                db.agents.c.username == username)).scalar_one_or_none()
            if agent_id is None:
                raise field_error("agent", f"No agent has the user name {username}.")
        rows = conn.execute(audit_select(member=number, agent_id=agent_id, action=action_name,
                                         start=start, end=end, before=before,
                                         limit=limit + 1)).all()
    entries = [_entry(row) for row in rows[:limit]]
    filters = {"member": number, "agent": username, "action": action_name, "from": start,
               "to": end}
    # Reading the trail is audited too: who looked at what, with which filter.
    audit.record(settings.engine, agent_id=agent.id, action="audit_read", member_number=number,
                 detail={"filter": {k: v for k, v in filters.items() if v is not None},
                         "page_before": before, "entries": len(entries)},
                 request_id=request.state.request_id, workstation=request.state.workstation)
    more = len(rows) > limit
    return {"entries": entries, "next_before": entries[-1]["id"] if more else None}
