"""Schema 15: each agent's miles applied on their own authority per UTC day, kept as a running
total (`agent_days`) that a credit reads and adds to under the agent's row lock.

The daily limit summed the agent's applied credits of the day at every credit: the cost grew
with each one (a benchmark's agent making thousands a day halved its credits per second
between two runs). The total is filled here from the credits already applied, every day of
them, so today's limit counts what was applied before the upgrade.
"""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 15
NAME = "agent days"


def apply(conn: Connection) -> None:
    collate = ' COLLATE "C"' if conn.dialect.name == "postgresql" else ""
    conn.exec_driver_sql(f"""
CREATE TABLE agent_days (
    agent_id INTEGER NOT NULL,
    day VARCHAR(10){collate} NOT NULL,
    applied_miles INTEGER NOT NULL,
    PRIMARY KEY (agent_id, day),
    FOREIGN KEY(agent_id) REFERENCES agents (id)
)""")
    conn.exec_driver_sql(
        "INSERT INTO agent_days (agent_id, day, applied_miles)"
        " SELECT requested_by, substr(requested_at, 1, 10), sum(miles) FROM credits"
        " WHERE status = 'applied' AND decided_by IS NULL"
        " GROUP BY requested_by, substr(requested_at, 1, 10)")
