"""Schema 8: the channel of every ledger entry (web, app, agent, partner, batch) with the
index a remediation window reads, and incident remediation batches with their entries."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 8
NAME = "remediation"

# Entries from before schema 8: an agent's where an agent is named; flown miles came from
# the batch job, partner miles from a partner's feed; the rest the member made on the web.
SQL = """
ALTER TABLE ledger ADD COLUMN channel VARCHAR(10) NOT NULL DEFAULT 'agent';

UPDATE ledger SET channel = CASE
    WHEN agent_id IS NOT NULL THEN 'agent'
    WHEN kind = 'accrual' THEN 'batch'
    WHEN kind = 'partner_accrual' THEN 'partner'
    ELSE 'web' END;

CREATE INDEX ix_ledger_channel_posted ON ledger (channel, posted_at);

CREATE TABLE remediation_batches (
    id {serial} NOT NULL,
    status VARCHAR(10) NOT NULL,
    note VARCHAR(500) NOT NULL,
    window_from VARCHAR(32) NOT NULL,
    window_to VARCHAR(32) NOT NULL,
    kinds VARCHAR(300) NOT NULL,
    channels VARCHAR(100) NOT NULL,
    members TEXT,
    proposed_by INTEGER NOT NULL,
    proposed_at VARCHAR(32) NOT NULL,
    approved_by INTEGER,
    approved_at VARCHAR(32),
    executed_by INTEGER,
    finished_at VARCHAR(32),
    PRIMARY KEY (id),
    FOREIGN KEY(proposed_by) REFERENCES agents (id),
    FOREIGN KEY(approved_by) REFERENCES agents (id),
    FOREIGN KEY(executed_by) REFERENCES agents (id)
);

CREATE INDEX ix_remediation_batches_status ON remediation_batches (status, id);

CREATE TABLE remediation_entries (
    batch_id INTEGER NOT NULL,
    ledger_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    miles INTEGER NOT NULL,
    state VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    reversal_id INTEGER,
    result_code VARCHAR(40),
    result_detail VARCHAR(500),
    done_at VARCHAR(32),
    PRIMARY KEY (batch_id, ledger_id),
    FOREIGN KEY(batch_id) REFERENCES remediation_batches (id),
    FOREIGN KEY(ledger_id) REFERENCES ledger (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(reversal_id) REFERENCES ledger (id)
);

CREATE INDEX ix_remediation_entries_state ON remediation_entries (batch_id, state)
"""


def apply(conn: Connection) -> None:
    serial = "INTEGER" if conn.dialect.name == "sqlite" else "SERIAL"
    for statement in SQL.format(serial=serial).split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
