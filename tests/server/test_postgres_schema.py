"""The schema on PostgreSQL (migration 13): ids that number themselves are identity columns
that start after the ids already there, and the tables that grow with every request have
64-bit ids."""

from __future__ import annotations

import re

from sqlalchemy import event, insert, inspect, select, text

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


def test_the_name_indexes_serve_the_search_order_and_a_prebuilt_one_is_kept(postgres):
    """Migration 14: the name and ledger indexes end with the id their queries order by, so
    a search reads its first rows in order and stops (no sort with sorts priced out); an
    index an operator built beforehand (concurrently, docs/deployment.md) is kept as it is."""
    from supportdesk.domain.query import classify_query
    from supportdesk.server.migrations import MIGRATIONS, migrate
    from supportdesk.server.search import MemberSearch

    name = postgres.create_database()
    engine = make_engine(postgres.url(name))
    try:
        migrate(engine, [m for m in MIGRATIONS if m.version < 14])
        with engine.connect().execution_options(isolation_level="AUTOCOMMIT") as conn:
            conn.exec_driver_sql("CREATE INDEX CONCURRENTLY ix_members_last_first_new"
                                 " ON members (last_key, first_key, id)")
            conn.exec_driver_sql("DROP INDEX ix_members_last_first")
            conn.exec_driver_sql("ALTER INDEX ix_members_last_first_new"
                                 " RENAME TO ix_members_last_first")
            prebuilt = conn.exec_driver_sql("SELECT 'ix_members_last_first'::regclass::oid"
                                            ).scalar_one()
        assert migrate(engine, [m for m in MIGRATIONS if m.version <= 14]) == [14]
        statements: list[tuple[str, object]] = []
        with engine.begin() as conn:
            same = conn.exec_driver_sql("SELECT 'ix_members_last_first'::regclass::oid"
                                        ).scalar_one()
            columns = {ix["name"]: ix["column_names"] for table in ("members", "ledger")
                       for ix in inspect(conn).get_indexes(table)}

            @event.listens_for(conn, "before_cursor_execute")
            def keep(_conn, _cursor, statement, parameters, *_):  # noqa: ANN001, ANN002
                if statement.startswith("SELECT") and "FROM members" in statement:
                    statements.append((statement, parameters))

            MemberSearch(conn, 25).run(classify_query("anna mül"))
            event.remove(conn, "before_cursor_execute", keep)
            conn.exec_driver_sql("SET LOCAL enable_sort = off")
            conn.exec_driver_sql("SET LOCAL enable_bitmapscan = off")
            conn.exec_driver_sql("SET LOCAL enable_seqscan = off")
            plan = "\n".join(row[0] for statement, parameters in statements
                             for row in conn.exec_driver_sql("EXPLAIN " + statement,
                                                             parameters))
    finally:
        engine.dispose()
        postgres.drop_database(name)
    assert same == prebuilt
    assert columns["ix_members_last_first"] == ["last_key", "first_key", "id"]
    assert columns["ix_members_first_last"] == ["first_key", "last_key", "id"]
    assert columns["ix_members_sound"] == ["last_sound", "last_key", "first_key", "id",
                                           "first_sound"]
    assert columns["ix_ledger_member"] == ["member_id", "id"]
    # Each branch reads its index in order; only the few rows the branches found are sorted
    # (by id to keep each member once, by rank to rank them).
    branch_sorts = re.findall(r"Sort Key: members(?:_\d+)?\.(?:last|first)_(?:key|sound)", plan)
    assert branch_sorts == [], plan
    assert plan.count("Index Scan using ix_members_") >= 5, plan
