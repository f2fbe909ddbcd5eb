"""Reading the reference server's audit trail in tests."""

from __future__ import annotations

from sqlalchemy import select

from supportdesk.server import db


def security_events(live_server, username: str) -> list:  # noqa: ANN001
    """The security reports `username` made: (member_number, detail JSON) rows, oldest first."""
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.audit.c.member_number, db.audit.c.detail)
            .join(db.agents, db.agents.c.id == db.audit.c.agent_id)
            .where(db.audit.c.action == "security-event", db.agents.c.username == username)
            .order_by(db.audit.c.id)
        ).all()
