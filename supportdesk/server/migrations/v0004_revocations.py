"""Schema 4: revocations (sign-outs, disabled agents, reset passwords) in commit order, read
by every server process so that none trusts a cached token past them (revocations.py)."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 4
NAME = "revocations"

SQL = """
CREATE TABLE revocations (
    id {serial} NOT NULL,
    at VARCHAR(32) NOT NULL,
    token_hash VARCHAR(64),
    agent_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
)
"""


def apply(conn: Connection) -> None:
    serial = "INTEGER" if conn.dialect.name == "sqlite" else "SERIAL"
    conn.exec_driver_sql(SQL.format(serial=serial))
