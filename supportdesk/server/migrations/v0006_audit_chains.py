"""Schema 6: the audit trail proves itself (DESIGN.md §4, "Audit"; server/audit.py).

Each entry now belongs to a chain (one per agent, "system" for entries without one) at a
sequence number, and `audit_heads` holds each chain's last sequence number and hash, so that
several server processes append without one global lock. Entries written before are adopted
as the chain "legacy" (their plain SHA-256 chain, in id order, seq = id); the server seals
that prefix with the first keyed entry it writes (audit.seal_legacy).

Triggers refuse UPDATE and DELETE on audit rows (and TRUNCATE on PostgreSQL): the trail is
append-only in the database itself, not only in the application.
"""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 6
NAME = "audit chains"

COMMON = [
    "ALTER TABLE audit ADD COLUMN chain VARCHAR(40) NOT NULL DEFAULT 'legacy'",
    "ALTER TABLE audit ADD COLUMN seq INTEGER NOT NULL DEFAULT 0",
    "UPDATE audit SET seq = id",
    "CREATE UNIQUE INDEX uq_audit_chain_seq ON audit (chain, seq)",
    "CREATE TABLE audit_heads ("
    " chain VARCHAR(40) NOT NULL, seq INTEGER NOT NULL, hash VARCHAR(64) NOT NULL,"
    " PRIMARY KEY (chain))",
    "INSERT INTO audit_heads (chain, seq, hash)"
    " SELECT 'legacy', id, hash FROM audit WHERE id = (SELECT MAX(id) FROM audit)",
]

SQLITE = [
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " BEGIN SELECT RAISE(ABORT, 'audit entries are append-only'); END",
]

POSTGRESQL = [
    "CREATE FUNCTION audit_append_only() RETURNS trigger LANGUAGE plpgsql AS"
    " $$ BEGIN RAISE EXCEPTION 'audit entries are append-only'; END $$",
    "CREATE TRIGGER audit_no_update BEFORE UPDATE ON audit"
    " FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    "CREATE TRIGGER audit_no_delete BEFORE DELETE ON audit"
    " FOR EACH ROW EXECUTE FUNCTION audit_append_only()",
    "CREATE TRIGGER audit_no_truncate BEFORE TRUNCATE ON audit"
    " FOR EACH STATEMENT EXECUTE FUNCTION audit_append_only()",
]


def apply(conn: Connection) -> None:
    dialect = SQLITE if conn.dialect.name == "sqlite" else POSTGRESQL
    for statement in COMMON + dialect:
        conn.exec_driver_sql(statement)
