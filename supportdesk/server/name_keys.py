"""The distinct last-name keys and their trigram index (schema 12), for the search that
forgives typos (search.similar_keys). Filled by migration 12 for an existing database and by
the demo seeder after its bulk load; the server never adds members."""

from __future__ import annotations

from sqlalchemy import Connection

TRIGRAMS = "name_keys_trigrams"  # SQLite's FTS5 table (and its shadow tables' prefix)
# Keys are indexed padded as pg_trgm pads them (two spaces before, one after), so that a word's
# first and last letters make trigrams of their own: "Bekcer" shares " be" and "er " with
# "Becker" though no inner trigram is left.
PAD = "  "


def fill(conn: Connection) -> None:
    """Every distinct last-name key with its member count; then SQLite's trigram index
    (PostgreSQL's GIN index follows the table by itself)."""
    conn.exec_driver_sql("DELETE FROM name_keys")
    conn.exec_driver_sql("INSERT INTO name_keys (key, members)"
                         " SELECT last_key, count(*) FROM members GROUP BY last_key")
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {TRIGRAMS}({TRIGRAMS}) VALUES ('delete-all')")
        conn.exec_driver_sql(f"INSERT INTO {TRIGRAMS} (rowid, key)"
                             f" SELECT id, '{PAD}' || key || ' ' FROM name_keys")
