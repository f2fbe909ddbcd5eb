"""Schema 9: every change to a member's profile, whoever made it (the member on the web site
or in the app, an agent here), with the values before and after — so that an incident
window's profile changes can be found and restored like its ledger entries — and the
profile changes of a remediation batch with what became of each."""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 9
NAME = "profile changes"

SQL = """
CREATE TABLE profile_changes (
    id {serial} NOT NULL,
    member_id INTEGER NOT NULL,
    changed_at VARCHAR(32) NOT NULL,
    channel VARCHAR(10) NOT NULL,
    fields VARCHAR(200) NOT NULL,
    before TEXT NOT NULL,
    after TEXT NOT NULL,
    agent_id INTEGER,
    operation_id VARCHAR(64),
    restores_id INTEGER,
    PRIMARY KEY (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(agent_id) REFERENCES agents (id),
    FOREIGN KEY(restores_id) REFERENCES profile_changes (id),
    CONSTRAINT uq_profile_changes_operation UNIQUE (operation_id),
    CONSTRAINT uq_profile_changes_restores UNIQUE (restores_id)
);

CREATE INDEX ix_profile_changes_channel_at ON profile_changes (channel, changed_at);

CREATE INDEX ix_profile_changes_member ON profile_changes (member_id);

CREATE TABLE remediation_profile_entries (
    batch_id INTEGER NOT NULL,
    change_id INTEGER NOT NULL,
    member_id INTEGER NOT NULL,
    state VARCHAR(10) NOT NULL,
    reason VARCHAR(500),
    restore_id INTEGER,
    result_code VARCHAR(40),
    result_detail VARCHAR(500),
    done_at VARCHAR(32),
    PRIMARY KEY (batch_id, change_id),
    FOREIGN KEY(batch_id) REFERENCES remediation_batches (id),
    FOREIGN KEY(change_id) REFERENCES profile_changes (id),
    FOREIGN KEY(member_id) REFERENCES members (id),
    FOREIGN KEY(restore_id) REFERENCES profile_changes (id)
);

CREATE INDEX ix_remediation_profile_entries_state ON remediation_profile_entries (batch_id, state)
"""


def apply(conn: Connection) -> None:
    serial = "INTEGER" if conn.dialect.name == "sqlite" else "SERIAL"
    for statement in SQL.format(serial=serial).split(";\n"):
        if statement.strip():
            conn.exec_driver_sql(statement)
