"""Schema 7: the workstation each audited read and write came from, and the indexes the
supervisors' audit trail (GET /audit) filters and pages by: member, agent or action, each with
the id it pages newest first by, and the time."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 7
NAME = "audit trail"

SQL = """
ALTER TABLE audit ADD COLUMN workstation VARCHAR(200);
DROP INDEX IF EXISTS ix_audit_member;
DROP INDEX IF EXISTS ix_audit_agent;
CREATE INDEX ix_audit_member ON audit (member_number, id);
CREATE INDEX ix_audit_agent ON audit (agent_id, id);
CREATE INDEX ix_audit_action ON audit (action, id);
CREATE INDEX ix_audit_at ON audit (at)
"""


def apply(conn: Connection) -> None:
    for statement in SQL.split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
