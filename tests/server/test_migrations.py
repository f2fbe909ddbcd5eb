"""Numbered migrations at start-up: a new database gets all of them, an older one the ones it
lacks, a database from before migrations is adopted, and the schema they build is the one
the code describes (db.metadata)."""

from __future__ import annotations

import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Connection, Engine, inspect, text

from supportdesk.server import db
from supportdesk.server.embedded import _discard_outdated_demo
from supportdesk.server.migrations import (
    MIGRATIONS,
    SCHEMA_VERSION,
    Migration,
    SchemaError,
    migrate,
)
from supportdesk.server.name_keys import TRIGRAMS


def _engine(path: Path) -> Engine:
    return db.make_engine(path)


def _schema(engine: Engine) -> dict[str, tuple]:
    """Each table's columns (name, type, nullable, primary key) and indexes, as the database
    reports them."""
    found = {}
    with engine.connect() as conn:
        look = inspect(conn)
        for table in look.get_table_names():
            # The migrations' own bookkeeping, and SQLite's FTS5 trigram index of the name
            # keys (a virtual table and its shadow tables, which the metadata does not hold).
            if table == "schema_migrations" or table.startswith(TRIGRAMS):
                continue
            columns = tuple((c["name"], str(c["type"]), c["nullable"], c.get("primary_key"))
                            for c in look.get_columns(table))
            indexes = tuple(sorted((i["name"], tuple(i["column_names"]), bool(i["unique"]))
                                   for i in look.get_indexes(table)))
            uniques = tuple(sorted(tuple(u["column_names"])
                                   for u in look.get_unique_constraints(table)))
            found[table] = (columns, indexes, uniques)
    return found


def _versions(engine: Engine) -> list[int]:
    with engine.connect() as conn:
        return list(conn.execute(text("SELECT version FROM schema_migrations ORDER BY version"))
                    .scalars())


def _user_version(path: Path) -> int:
    with sqlite3.connect(path) as conn:
        return conn.execute("PRAGMA user_version").fetchone()[0]


def test_a_new_database_runs_every_migration_and_gets_the_schema_the_code_describes(tmp_path):
    migrated, described = _engine(tmp_path / "new.sqlite"), _engine(tmp_path / "described.sqlite")
    assert migrate(migrated) == [m.version for m in MIGRATIONS]
    db.metadata.create_all(described)
    assert _schema(migrated) == _schema(described)
    assert _versions(migrated) == [m.version for m in MIGRATIONS]
    assert _user_version(tmp_path / "new.sqlite") == SCHEMA_VERSION
    assert migrate(migrated) == []  # the next start-up finds nothing to do


def _add_note_column(conn: Connection) -> None:
    conn.exec_driver_sql("ALTER TABLE credits ADD COLUMN review_note VARCHAR(200)")
    conn.exec_driver_sql("CREATE INDEX ix_credits_review ON credits (review_note)")


NEXT = Migration(SCHEMA_VERSION + 1, "credit review note", _add_note_column)


def test_a_database_at_an_older_version_is_brought_to_the_latest_on_start_up(tmp_path):
    path = tmp_path / "old.sqlite"
    engine = _engine(path)
    migrate(engine)
    with engine.begin() as conn:  # data written under the older schema stays
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
    assert migrate(engine, [*MIGRATIONS, NEXT]) == [NEXT.version]
    with engine.connect() as conn:
        assert "review_note" in {c["name"] for c in inspect(conn).get_columns("credits")}
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'kept'").scalar() == "yes"
    assert _versions(engine)[-1] == NEXT.version
    assert _user_version(path) == NEXT.version
    # This program, which does not know the newer schema, refuses it rather than guess.
    with pytest.raises(SchemaError, match="newer"):
        migrate(engine)


def test_a_failing_migration_leaves_the_database_as_it_was(tmp_path):
    path = tmp_path / "failing.sqlite"
    engine = _engine(path)
    migrate(engine)
    before = _schema(engine)

    def half_done(conn: Connection) -> None:
        _add_note_column(conn)
        raise RuntimeError("disk full, say")

    with pytest.raises(RuntimeError):
        migrate(engine, [*MIGRATIONS, Migration(NEXT.version, "half", half_done)])
    assert _schema(engine) == before
    assert _versions(engine) == [m.version for m in MIGRATIONS]
    assert _user_version(path) == SCHEMA_VERSION


def _from_before_migrations(path: Path) -> Engine:
    """A database as create_schema left it before migrations: schema 3 (the first migration's
    tables), user_version 3, no schema_migrations; one row of data in it."""
    engine = _engine(path)
    migrate(engine, MIGRATIONS[:1])
    with engine.begin() as conn:
        conn.exec_driver_sql("DROP TABLE schema_migrations")
        conn.exec_driver_sql("INSERT INTO meta (key, value) VALUES ('kept', 'yes')")
        conn.exec_driver_sql("PRAGMA user_version=3")
    return engine


def test_a_database_from_before_migrations_is_adopted_and_an_older_one_refused(tmp_path):
    adopted = _from_before_migrations(tmp_path / "before.sqlite")
    assert migrate(adopted) == [m.version for m in MIGRATIONS[1:]]  # adopted, then brought up
    assert _versions(adopted) == [m.version for m in MIGRATIONS]

    older = _engine(tmp_path / "older.sqlite")
    db.metadata.create_all(older)
    with older.begin() as conn:
        conn.exec_driver_sql("PRAGMA user_version=2")
    with pytest.raises(SchemaError, match="cannot be migrated"):
        migrate(older)


def test_a_demo_database_of_a_known_schema_is_kept_and_migrated(tmp_path):
    path = tmp_path / "demo.sqlite"
    _from_before_migrations(path).dispose()  # as a demo from before migrations left it
    _discard_outdated_demo(path)
    assert path.exists()
    engine = _engine(path)
    db.create_schema(engine)
    assert _versions(engine) == [m.version for m in MIGRATIONS]
    with engine.connect() as conn:
        assert conn.exec_driver_sql("SELECT value FROM meta WHERE key = 'kept'").scalar() == "yes"
    engine.dispose()

    with sqlite3.connect(path) as conn:  # a demo of a schema no migration knows: rebuilt
        conn.execute("PRAGMA user_version=2")
    _discard_outdated_demo(path)
    assert not path.exists()


def test_members_written_before_schema_11_get_their_name_sounds(tmp_path):
    """Migration 11 codes every existing member's names (in batches) and indexes them."""
    from supportdesk.domain.phonetics import cologne
    from supportdesk.domain.text import fold_name
    from supportdesk.server.migrations import v0011_name_sounds

    engine = _engine(tmp_path / "ten.sqlite")
    migrate(engine, [m for m in MIGRATIONS if m.version < 11])
    people = [("Anna", "Meyer"), ("Jörg", "Müller"), ("Li", "Xu"), ("Zoë", "O'Brien")]
    rows = [{"id": i, "number": f"99200000000{i:03d}", "first": first, "last": last,
             "fk": fold_name(first), "lk": fold_name(last)}
            for i, (first, last) in enumerate(people * 3000, 1)]  # more than one batch
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO members (id, member_number, first_name, last_name, first_key, last_key,"
            " birth_date, email, email_lower, phone, phone_national, street, postcode, city,"
            " country, language, tier, status, member_since) VALUES (:id, :number, :first,"
            " :last, :fk, :lk, '1980-01-01', 'x@example.org', 'x@example.org', '+4915',"
            " '15', 'Street 1', '12345', 'Berlin', 'DE', 'de', 'Base', 'active',"
            " '2000-01-01')"), rows)
    assert len(rows) > v0011_name_sounds.BATCH
    assert migrate(engine) == [m.version for m in MIGRATIONS if m.version >= 11]
    with engine.connect() as conn:
        found = conn.execute(text("SELECT first_key, last_key, first_sound, last_sound"
                                  " FROM members")).all()
        plan = " ".join(r[3] for r in conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM members WHERE last_sound = '67'"))
    assert len(found) == len(rows)
    assert all(r.first_sound == cologne(r.first_key) and r.last_sound == cologne(r.last_key)
               for r in found)
    assert {r.last_sound for r in found} == {"67", "657", "48", "0176"}
    assert "ix_members_sound" in plan


def test_credits_applied_before_schema_15_count_towards_their_day(tmp_path):
    """Migration 15 fills each agent's daily total from the credits already applied on their
    own authority (approved ones and pending ones not), so an upgrade mid-day keeps the
    day's limit."""
    engine = _engine(tmp_path / "fourteen.sqlite")
    migrate(engine, [m for m in MIGRATIONS if m.version < 15])
    credit = ("INSERT INTO credits (member_id, miles, kind, reason, status, requested_by,"
              " requested_at, decided_by, operation_id) VALUES (1, :miles, 'goodwill', 'x',"
              " :status, :agent, :at, :decided, :op)")
    with engine.begin() as conn:
        conn.execute(text(
            "INSERT INTO agents (id, username, name, role, password_hash, per_credit_limit,"
            " daily_limit, active, failed_logins) VALUES (1, 'a1', 'A', 'agent', 'h', 5000,"
            " 20000, 1, 0), (2, 's1', 'S', 'supervisor', 'h', 5000, 20000, 1, 0)"))
        conn.execute(text(
            "INSERT INTO members (id, member_number, first_name, last_name, first_key,"
            " last_key, birth_date, email, email_lower, phone, phone_national, street,"
            " postcode, city, country, language, tier, status, member_since) VALUES (1,"
            " '992000000000018', 'Anna', 'Meyer', 'anna', 'meyer', '1980-01-01',"
            " 'x@example.org', 'x@example.org', '+4915', '15', 'Street 1', '12345', 'Berlin',"
            " 'DE', 'de', 'Base', 'active', '2000-01-01')"))
        for n, (miles, status, agent, at, decided) in enumerate([
                (1000, "applied", 1, "2026-12-07T08:00:00.000000Z", None),
                (2000, "applied", 1, "2026-12-07T23:59:59.999999Z", None),
                (9000, "applied", 1, "2026-12-07T09:00:00.000000Z", 2),  # approved
                (4000, "pending", 1, "2026-12-07T10:00:00.000000Z", None),
                (700, "applied", 1, "2026-12-06T12:00:00.000000Z", None),
                (300, "applied", 2, "2026-12-07T12:00:00.000000Z", None)]):
            conn.execute(text(credit), {"miles": miles, "status": status, "agent": agent,
                                        "at": at, "decided": decided, "op": f"op-{n}"})
    assert migrate(engine) == [15]
    with engine.connect() as conn:
        totals = set(conn.execute(text("SELECT agent_id, day, applied_miles FROM agent_days")))
    assert totals == {(1, "2026-12-07", 3000), (1, "2026-12-06", 700), (2, "2026-12-07", 300)}
