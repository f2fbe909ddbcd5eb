"""Recording what an agent read from the offline copy while the backend was away (issue 16,
item 4): the app reports each member or request it showed from its copy once the backend is
back, as a write of its own (queued, sent once), and it goes into the audit trail as
"offline_read" with the time the agent opened it (the computer's clock), so that the trail of
who saw an account has no gap for the hours a site worked offline.

Any signed-in agent reports its own reads; the member must exist and a request must be that
member's (else 404 / 409 member-mismatch, nothing recorded). Nothing else changes.
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import Connection, select

from .. import audit, db
from ..inputs import OfflineReadIn
from ..problems import ApiError
from . import Actor


def record_read(conn: Connection, actor: Actor, body: OfflineReadIn) -> dict[str, Any]:
    """Append the read to the audit trail; the answer names the member it is about."""
    member_id = conn.execute(select(db.members.c.id).where(
        db.members.c.member_number == body.member_number)).scalar_one_or_none()
    if member_id is None:
        raise ApiError(404, "member-not-found", f"There is no member {body.member_number}.")
    if body.request_id is not None:
        owner = conn.execute(select(db.requests.c.member_id).where(
            db.requests.c.id == body.request_id)).first()
        if owner is None:
            raise ApiError(404, "request-not-found", f"There is no request {body.request_id}.")
        if owner.member_id != member_id:
            raise ApiError(409, "member-mismatch",
                           f"Request {body.request_id} is not member {body.member_number}'s; "
                           f"nothing was recorded.")
    opened_at = body.opened_at.isoformat()
    audit.append(conn, agent_id=actor.agent.id, action="offline_read",
                 member_number=body.member_number,
                 detail={"what": body.what, "request_id": body.request_id,
                         "opened_at": opened_at},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {"member_number": body.member_number, "what": body.what,
            "request_id": body.request_id, "opened_at": opened_at,
            "recorded_at": db.iso(db.utcnow())}
