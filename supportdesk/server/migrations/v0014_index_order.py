"""Schema 14: the search's and the ledger's indexes end with the id they are ordered by.

Names are listed in (last, first, id) or (first, last, id) order, how they sound in (sound,
last, first, id) order, and a member's ledger newest first by id. SQLite appends the rowid to
every index, so it walked these orders without a sort; PostgreSQL does not, and sorted every
matching row before the LIMIT (all of a common name's members). With the id in the index both
engines read the first rows in order and stop. The sound index was (last sound, first sound):
a common sound's members — Meier, Meyer, Maier and Mayer together — were sorted by name on
every search; now they are read in name order, and the first-name sound, last in the index, is
checked on the way without reading the rows.

An index that already has its new columns is kept: on a large PostgreSQL database an operator
builds them beforehand without blocking writes (`CREATE INDEX CONCURRENTLY` under a temporary
name, then `DROP INDEX` the old one and `ALTER INDEX … RENAME`: docs/deployment.md), and this
migration finds them done. Otherwise each is rebuilt here, inside the start-up's transaction
(about 9 s for all four at 1,000,000 members; writes to those tables wait meanwhile).
"""

from __future__ import annotations

from sqlalchemy import Connection, inspect

VERSION = 14
NAME = "index order"

INDEXES = (
    ("ix_members_last_first", "members", "last_key, first_key, id"),
    ("ix_members_first_last", "members", "first_key, last_key, id"),
    ("ix_members_sound", "members", "last_sound, last_key, first_key, id, first_sound"),
    ("ix_ledger_member", "ledger", "member_id, id"),
)


def apply(conn: Connection) -> None:
    inspector = inspect(conn)
    for name, table, columns in INDEXES:
        present = {ix["name"]: ix["column_names"] for ix in inspector.get_indexes(table)}
        if present.get(name) == columns.split(", "):
            continue  # built beforehand
        conn.exec_driver_sql(f"DROP INDEX IF EXISTS {name}")
        conn.exec_driver_sql(f"CREATE INDEX {name} ON {table} ({columns})")
