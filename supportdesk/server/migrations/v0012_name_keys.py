"""Schema 12: the distinct last names, indexed by trigrams, for a search that forgives typos
(server/search.py: "Schmidz" finds Schmidt, within two edits).

Thirty million members have far fewer distinct last names; the trigram index covers those,
and the members are then found by their exact name key (ix_members_last_first). PostgreSQL:
pg_trgm's GIN index (the extension is trusted: the database owner may create it). SQLite: a
contentless FTS5 table with the trigram tokenizer, row id = the key's id (the server never
adds members; the seeder and this migration fill both).
"""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 12
NAME = "name keys"

TRIGRAMS = "name_keys_trigrams"  # SQLite's FTS5 table (and its shadow tables' prefix)
# Keys are indexed padded as pg_trgm pads them (two spaces before, one after), so that a word's
# first and last letters make trigrams of their own: "Bekcer" shares " be" and "er " with
# "Becker" though no inner trigram is left.
PAD = "  "


def fill(conn: Connection) -> None:
    """Every distinct last-name key with its member count; then the trigram index."""
    conn.exec_driver_sql("DELETE FROM name_keys")
    conn.exec_driver_sql("INSERT INTO name_keys (key, members)"
                         " SELECT last_key, count(*) FROM members GROUP BY last_key")
    if conn.dialect.name == "sqlite":
        conn.exec_driver_sql(f"INSERT INTO {TRIGRAMS}({TRIGRAMS}) VALUES ('delete-all')")
        conn.exec_driver_sql(f"INSERT INTO {TRIGRAMS} (rowid, key)"
                             f" SELECT id, '{PAD}' || key || ' ' FROM name_keys")


def apply(conn: Connection) -> None:
    postgresql = conn.dialect.name == "postgresql"
    serial, collate = ("SERIAL", ' COLLATE "C"') if postgresql else ("INTEGER", "")
    conn.exec_driver_sql(
        f"CREATE TABLE name_keys (id {serial} NOT NULL, key VARCHAR(100){collate} NOT NULL,"
        " members INTEGER NOT NULL, PRIMARY KEY (id), CONSTRAINT uq_name_keys_key UNIQUE (key))")
    if postgresql:
        conn.exec_driver_sql("CREATE EXTENSION IF NOT EXISTS pg_trgm")
        conn.exec_driver_sql(
            "CREATE INDEX ix_name_keys_trigrams ON name_keys USING gin (key gin_trgm_ops)")
    else:
        conn.exec_driver_sql(
            f"CREATE VIRTUAL TABLE {TRIGRAMS} USING fts5(key, content='', tokenize='trigram')")
    fill(conn)
