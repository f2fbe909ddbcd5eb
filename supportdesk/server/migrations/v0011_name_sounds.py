"""Schema 11: how each member's names sound (Kölner Phonetik, domain/phonetics.py), so that
a name heard on the phone finds its other spellings — Meier, Meyer, Maier, Mayer — when the
typed letters find nobody (server/search.py). One index on (last, first) sound.

Existing members are coded here, in batches; the demo seeder writes the codes with the rows.
"""

from __future__ import annotations

from sqlalchemy import Connection, bindparam, text

from ...domain.phonetics import cologne

VERSION = 11
NAME = "name sounds"
BATCH = 5_000


def apply(conn: Connection) -> None:
    collate = ' COLLATE "C"' if conn.dialect.name == "postgresql" else ""
    for column in ("last_sound", "first_sound"):
        conn.exec_driver_sql(
            f"ALTER TABLE members ADD COLUMN {column} VARCHAR(40){collate} NOT NULL DEFAULT ''")
    update = text("UPDATE members SET last_sound = :last, first_sound = :first"
                  " WHERE id = :member").bindparams(bindparam("member"))
    after = 0
    while True:
        rows = conn.execute(text("SELECT id, last_key, first_key FROM members WHERE id > :after"
                                 " ORDER BY id LIMIT :batch"),
                            {"after": after, "batch": BATCH}).all()
        if not rows:
            break
        conn.execute(update, [{"member": r.id, "last": cologne(r.last_key),
                               "first": cologne(r.first_key)} for r in rows])
        after = rows[-1].id
    conn.exec_driver_sql(
        "CREATE INDEX ix_members_sound ON members (last_sound, first_sound)")
