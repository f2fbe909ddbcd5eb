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

from ..name_keys import TRIGRAMS, fill

VERSION = 12
NAME = "name keys"


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
