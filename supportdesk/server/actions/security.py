"""Recording a security event the client reported: an answer it refused (security/events.py).

Any signed-in agent may report; the report goes into the audit trail under that agent, with
the member asked for and what the refused answer was about, so that supervisors can see it
next to the reads and writes around it. Nothing else is changed.
"""

from __future__ import annotations

import logging
from typing import Any

from sqlalchemy import Connection

from .. import audit, db
from ..inputs import SecurityEventIn
from . import Actor

log = logging.getLogger(__name__)


def record_event(conn: Connection, actor: Actor, body: SecurityEventIn) -> dict[str, Any]:
    """Append the report to the audit trail; the answer names the member it is about."""
    at = db.iso(db.utcnow())
    audit.append(conn, agent_id=actor.agent.id, action="security-event",
                 member_number=body.member_number,
                 detail={"code": body.code, "caught_at": body.caught_at.isoformat(),
                         "refused_request_id": body.request_id,
                         "answered_member_number": body.answered_member_number,
                         "answered_agent": body.answered_agent},
                 request_id=actor.request_id, workstation=actor.workstation)
    log.warning("security event reported by agent %s: %s (request %s)", actor.agent.username,
                body.code, body.request_id)
    return {"code": body.code, "member_number": body.member_number,
            "request_id": body.request_id, "recorded_at": at}
