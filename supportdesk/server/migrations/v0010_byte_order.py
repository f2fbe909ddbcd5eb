"""Schema 10: on PostgreSQL every text column compares in byte order (COLLATE "C"), as
SQLite's do.

The server's keys are compared by ranges: a name prefix is `[key, key + U+10FFFF)`, a member
number prefix likewise, a time window `[from, to)` on ISO time stamps. Under a database's
language collation (de_DE.utf8, say) those ranges are wrong: glibc ignores U+10FFFF, so the
prefix range is empty and "schm" found nobody; punctuation is ignored at the first level. In
byte order they are exact and each B-tree serves them. Nothing here is sorted for people to
read (the app sorts what it shows), so no column needs a language's order. SQLite: nothing to
do (BINARY is its default).

The indexes on the changed columns are rebuilt by PostgreSQL as part of each ALTER.
"""

from __future__ import annotations

from sqlalchemy import Connection

VERSION = 10
NAME = "byte order"

_COLUMNS = """
SELECT c.table_name, c.column_name, c.data_type, c.character_maximum_length
FROM information_schema.columns c
JOIN information_schema.tables t
  ON t.table_schema = c.table_schema AND t.table_name = c.table_name
WHERE c.table_schema = current_schema() AND t.table_type = 'BASE TABLE'
  AND c.data_type IN ('character varying', 'text')
  AND (c.collation_name IS NULL OR c.collation_name <> 'C')
ORDER BY c.table_name, c.ordinal_position
"""


def apply(conn: Connection) -> None:
    if conn.dialect.name != "postgresql":
        return
    for table, column, data_type, length in conn.exec_driver_sql(_COLUMNS).all():
        type_ = f"VARCHAR({length})" if data_type == "character varying" and length \
            else "TEXT"
        conn.exec_driver_sql(
            f'ALTER TABLE "{table}" ALTER COLUMN "{column}" TYPE {type_} COLLATE "C"')
