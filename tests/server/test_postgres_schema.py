"""The schema on PostgreSQL (migration 13): ids that number themselves are identity columns
that start after the ids already there, and the tables that grow with every request have
64-bit ids."""

from __future__ import annotations

from sqlalchemy import insert, select, text

from supportdesk.server import db
from supportdesk.server.db import make_engine


def test_ids_are_identity_columns_and_the_growing_tables_are_64_bit(seeded_postgres):
    engine = make_engine(seeded_postgres.copy())
    try:
        with engine.begin() as conn:
            serial = conn.execute(text(
                "SELECT table_name FROM information_schema.columns WHERE table_schema ="
                " current_schema() AND column_default LIKE 'nextval(%'")).scalars().all()
            identity = set(conn.execute(text(
                "SELECT table_name FROM information_schema.columns WHERE table_schema ="
                " current_schema() AND is_identity = 'YES'")).scalars())
            types = dict(conn.execute(text(
                "SELECT table_name || '.' || column_name, data_type FROM"
                " information_schema.columns WHERE table_schema = current_schema()")).all())
            # The next rows number on from the demo's explicit ids.
            biggest = conn.execute(select(db.ledger.c.id).order_by(db.ledger.c.id.desc())
                                   .limit(1)).scalar_one()
            new = conn.execute(insert(db.ledger).values(
                member_id=1, posted_at=db.iso(db.utcnow()), kind="credit", miles=1,
                description="Correction: identity test", channel="agent")
                ).inserted_primary_key[0]
    finally:
        engine.dispose()
    assert serial == []
    assert {"agents", "audit", "ledger", "members", "credits", "name_keys"} <= identity
    assert {column: types[column] for column in (
        "audit.id", "ledger.id", "ledger.reverses_id", "credits.ledger_id",
        "award_bookings.ledger_id", "remediation_entries.ledger_id")} == dict.fromkeys((
            "audit.id", "ledger.id", "ledger.reverses_id", "credits.ledger_id",
            "award_bookings.ledger_id", "remediation_entries.ledger_id"), "bigint")
    assert new == biggest + 1
