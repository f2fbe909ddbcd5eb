"""Numbered schema migrations, applied in order at start-up (`migrate`).

Each migration is a module `vNNNN_name.py` with VERSION, NAME and `apply(conn)`, listed in
MIGRATIONS. The `schema_migrations` table records which ran and when; on SQLite,
`PRAGMA user_version` follows the latest, as before migrations (the demo's check and tools
read it). Small and without Alembic on purpose: plain DDL in order is all this schema needs,
and the server stays free of a second schema language.

The first migration is version 3, the schema when migrations began: databases from before
(user_version 3, no `schema_migrations`) are adopted as they are; older ones were rebuilt,
never migrated, and are refused.
"""

from __future__ import annotations

import logging
from collections.abc import Callable, Sequence
from dataclasses import dataclass

from sqlalchemy import Connection, Engine, inspect, text

from . import (
    v0003_initial,
    v0004_revocations,
    v0005_award_passengers,
    v0006_audit_chains,
    v0007_audit_trail,
    v0008_remediation,
    v0009_profile_changes,
    v0010_byte_order,
    v0011_name_sounds,
    v0012_name_keys,
    v0013_identity,
    v0014_index_order,
    v0015_agent_days,
)

log = logging.getLogger(__name__)


@dataclass(frozen=True)
class Migration:
    version: int
    name: str
    apply: Callable[[Connection], None]


MIGRATIONS: tuple[Migration, ...] = (
    Migration(v0003_initial.VERSION, v0003_initial.NAME, v0003_initial.apply),
    Migration(v0004_revocations.VERSION, v0004_revocations.NAME, v0004_revocations.apply),
    Migration(v0005_award_passengers.VERSION, v0005_award_passengers.NAME,
              v0005_award_passengers.apply),
    Migration(v0006_audit_chains.VERSION, v0006_audit_chains.NAME, v0006_audit_chains.apply),
    Migration(v0007_audit_trail.VERSION, v0007_audit_trail.NAME, v0007_audit_trail.apply),
    Migration(v0008_remediation.VERSION, v0008_remediation.NAME, v0008_remediation.apply),
    Migration(v0009_profile_changes.VERSION, v0009_profile_changes.NAME,
              v0009_profile_changes.apply),
    Migration(v0010_byte_order.VERSION, v0010_byte_order.NAME, v0010_byte_order.apply),
    Migration(v0011_name_sounds.VERSION, v0011_name_sounds.NAME, v0011_name_sounds.apply),
    Migration(v0012_name_keys.VERSION, v0012_name_keys.NAME, v0012_name_keys.apply),
    Migration(v0013_identity.VERSION, v0013_identity.NAME, v0013_identity.apply),
    Migration(v0014_index_order.VERSION, v0014_index_order.NAME, v0014_index_order.apply),
    Migration(v0015_agent_days.VERSION, v0015_agent_days.NAME, v0015_agent_days.apply),
)
SCHEMA_VERSION = MIGRATIONS[-1].version


class SchemaError(RuntimeError):
    """The database's schema cannot be brought to this program's: says why and what to do."""


_CREATE_TABLE = (
    "CREATE TABLE IF NOT EXISTS schema_migrations ("
    " version INTEGER NOT NULL PRIMARY KEY, name VARCHAR(100) NOT NULL,"
    " applied_at VARCHAR(32) NOT NULL)"
)


def _user_version(conn: Connection) -> int:
    if conn.dialect.name != "sqlite":
        return 0
    return int(conn.exec_driver_sql("PRAGMA user_version").scalar_one())


def _applied(conn: Connection, migrations: Sequence[Migration]) -> set[int]:
    done = set(conn.execute(text("SELECT version FROM schema_migrations")).scalars())
    if done:
        return done
    tables = set(inspect(conn).get_table_names()) - {"schema_migrations"}
    if not tables:
        return done  # a new database: every migration runs
    version = _user_version(conn)
    first = migrations[0]
    if version != first.version:
        raise SchemaError(
            f"The database has schema {version or 'unknown'}, from before numbered migrations "
            f"(which start at {first.version}); it cannot be migrated. Export what it holds, "
            f"or start from a new database.")
    _record(conn, first)  # its tables are there already: adopt it
    return {first.version}


def _record(conn: Connection, migration: Migration) -> None:
    from ..db import iso, utcnow

    conn.execute(text("INSERT INTO schema_migrations (version, name, applied_at) "
                      "VALUES (:version, :name, :at)"),
                 {"version": migration.version, "name": migration.name, "at": iso(utcnow())})


def migrate(engine: Engine, migrations: Sequence[Migration] = MIGRATIONS) -> list[int]:
    """Bring the database to the latest schema; the versions applied now, in order.

    All in one write transaction, so a failed migration leaves the database as it was, and
    two servers starting at once migrate it once (the second waits and finds nothing to do)."""
    latest = migrations[-1].version
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        conn.exec_driver_sql(_CREATE_TABLE)
        if conn.dialect.name == "postgresql":
            conn.exec_driver_sql("LOCK TABLE schema_migrations IN EXCLUSIVE MODE")
        done = _applied(conn, migrations)
        if done and max(done) > latest:
            raise SchemaError(f"The database has schema {max(done)}, newer than this server's "
                              f"{latest}; run the newer server.")
        ran = []
        for migration in migrations:
            if migration.version not in done:
                log.info("migrating the database to schema %s (%s)", migration.version,
                         migration.name)
                migration.apply(conn)
                _record(conn, migration)
                ran.append(migration.version)
        if conn.dialect.name == "sqlite":
            conn.exec_driver_sql(f"PRAGMA user_version={latest}")
    return ran
