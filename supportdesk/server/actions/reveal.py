"""Revealing a member's masked personal data with a reason (DESIGN.md §4 "Audit", §6).

Who may: any signed-in agent or supervisor, for any member — members belong to no agent, and
the agent reveals the member they have open (the body names it; the path must name the same
member, else nothing is shown). The reason (domain/reveal.py) is required; the audit entry
("reveal") keeps the fields and the reason, never the values. Nothing else changes.

Not rate-limited: every reveal is one audited row with the agent and the reason, which is the
control supervisors read (GET /audit); a limit would stop an agent working through a
data-protection request or an incident while telling a supervisor nothing the trail does not.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from ...domain.identifiers import InvalidIdentifier, parse_member_number
from .. import audit, db
from ..inputs import RevealIn
from ..problems import ApiError, invalid
from . import Actor

_COLUMNS = (db.members.c.member_number, db.members.c.email, db.members.c.phone,
            db.members.c.street, db.members.c.postcode, db.members.c.city,
            db.members.c.country, db.members.c.birth_date)


def _member(conn: Connection, number: str, body: RevealIn) -> Any:
    try:
        canonical = parse_member_number(number)
    except InvalidIdentifier as exc:
        raise invalid(exc) from None
    if body.member_number != canonical:
        # Another member's screen, or a request rewritten on its way: neither member's data.
        raise ApiError(409, "member-mismatch",
                       f"The reveal names member {body.member_number} but asks for "
                       f"{canonical}; nothing was revealed.")
    row = conn.execute(select(*_COLUMNS).where(db.members.c.member_number == canonical)).first()
    if row is None:
        raise ApiError(404, "member-not-found", f"There is no member {canonical}.")
    return row


def _value(row: Any, field: str) -> str:
    if field == "address":
        return f"{row.street}, {row.postcode} {row.city}, {row.country}"
    return str(getattr(row, field))


def values(conn: Connection, number: str, body: RevealIn) -> dict[str, str]:
    """The unmasked values of the fields asked, without an audit entry (a replay's: the first
    answer's entry stands for it)."""
    row = _member(conn, number, body)
    return {field: _value(row, field) for field in body.fields}


def reveal(conn: Connection, actor: Actor, number: str, body: RevealIn) -> dict[str, Any]:
    """The values of the fields asked, audited with the reason; the answer names the member."""
    row = _member(conn, number, body)
    at = db.iso(db.utcnow())
    audit.append(conn, agent_id=actor.agent.id, action="reveal",
                 member_number=row.member_number,
                 detail={"fields": list(body.fields), "reason": body.reason.code,
                         "reason_text": body.reason.text},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {"member_number": row.member_number, "reason": body.reason.code,
            "revealed_at": at,
            "values": {field: _value(row, field) for field in body.fields}}
