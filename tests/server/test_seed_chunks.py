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
