"""A large demo on SQLite is generated into a chunk file per worker and copied in whole
tables inside SQLite: the database it gives is the one the rows themselves give."""

from __future__ import annotations

import contextlib
import os
import sqlite3

from supportdesk.server import db
from supportdesk.server.seed import BULK_COLUMNS, FILE, ROWS, _attach_load, _chunk, _load


def _loaded(path, chunks) -> dict[str, list[tuple]]:  # noqa: ANN001
    engine = db.make_engine(path)
    db.create_schema(engine)
    engine.dispose()
    with contextlib.closing(sqlite3.connect(path, isolation_level=None)) as conn:
        cur = conn.cursor()
        cur.execute("BEGIN")
        for chunk in chunks:
            if isinstance(chunk, str):
                _attach_load(cur, chunk)
            else:
                for table, rows in zip(BULK_COLUMNS, chunk):
                    _load(cur, table, rows, postgresql=False)
        cur.execute("COMMIT")
        return {table: conn.execute(f"SELECT * FROM {table} ORDER BY rowid").fetchall()
                for table in BULK_COLUMNS}


def test_chunk_files_give_the_same_database_as_the_rows(tmp_path):
    folder = tmp_path / "chunks"
    folder.mkdir()
    jobs = [(1, 1, 151), (1, 151, 300)]  # two chunks, in order, as the writer takes them
    files = [_chunk((*job, FILE, str(folder))) for job in jobs]
    rows = [_chunk((*job, ROWS, "")) for job in jobs]
    by_file = _loaded(tmp_path / "file.sqlite", files)
    by_rows = _loaded(tmp_path / "rows.sqlite", rows)
    assert by_file == by_rows
    assert len(by_file["members"]) == 299 and len(by_file["ledger"]) > 299
    assert os.listdir(folder) == []  # each chunk file goes once it is in


def test_requests_inserted_in_batches_are_the_ones_made_at_once(tmp_path, monkeypatch):
    """The demo's requests are inserted every _FLUSH requests (memory bounded at 30 million
    members): the same rows, ids and flights as inserting them all at the end."""
    from supportdesk.server import seed_requests
    from supportdesk.server.seed import seed_demo

    tables = ("flights", "bookings", "tickets", "segments", "requests")

    def seeded(name: str) -> dict[str, list[tuple]]:
        engine = db.make_engine(tmp_path / name)
        seed_demo(engine, members=400, seed=3)
        engine.dispose()
        with contextlib.closing(sqlite3.connect(tmp_path / name)) as conn:
            return {t: conn.execute(f"SELECT * FROM {t} ORDER BY rowid").fetchall()
                    for t in tables}

    at_once = seeded("once.sqlite")
    monkeypatch.setattr(seed_requests, "_FLUSH", 7)
    in_batches = seeded("batches.sqlite")
    # Times follow the seeding's clock (a request's arrival, a booking's creation): all else
    # is compared.
    assert len(at_once["requests"]) >= 60
    for table in ("flights", "tickets", "segments"):
        assert in_batches[table] == at_once[table], table
    assert [r[:3] for r in in_batches["bookings"]] == [r[:3] for r in at_once["bookings"]]
    assert [r[:10] + r[12:] for r in in_batches["requests"]] == \
        [r[:10] + r[12:] for r in at_once["requests"]]
