"""The benchmark database: the seeded demo database for (members, seed), cached under
bench/results/db/, the schema-index check, and the `Context` every benchmark gets.
"""

from __future__ import annotations

import contextlib
import json
import os
import sqlite3
import subprocess
import time
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from .common import PROJECT_DIR, PYTHON, RESULTS_DIR, free_port, stop_process, wait_for_line

DB_CACHE_DIR = RESULTS_DIR / "db"


# -- the seeded database ------------------------------------------------------------------------

@dataclass
class SeededDb:
    path: Path
    members: int
    seed: int
    seeded_now: bool
    seed_seconds: float | None  # from this run, or from the run that built the cache
    seeded_at: str = ""


def db_cache_path(members: int, seed: int) -> Path:
    return DB_CACHE_DIR / f"members-{members}-seed-{seed}.sqlite"


def seeded_db(members: int, seed: int = 1, log=print) -> SeededDb:  # noqa: ANN001
    """The demo database for (members, seed), seeded with `supportdesk-server --demo` the first
    time and cached under bench/results/db/ afterwards; a cached file that lacks a table of
    the current schema is stale and seeded again. The seeding time is measured from the start
    of the server command to its "serving" line (seeding, indexes and ANALYZE)."""
    path = db_cache_path(members, seed)
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        stale = missing_tables(path)
        if not stale:
            meta = json.loads(meta_path.read_text())
            return SeededDb(path, members, seed, False, meta.get("seed_seconds"),
                            meta.get("seeded_at", ""))
        log(f"{path.name} predates the schema (no {', '.join(stale)}): seeding it again")
    path.parent.mkdir(parents=True, exist_ok=True)
    partial = path.with_name(path.stem + "-partial.sqlite")
    for leftover in sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    log(f"seeding {members:,} members (seed {seed}) into {partial} ...")
    port = free_port()
    started = time.perf_counter()
    proc = subprocess.Popen(
        [PYTHON, "-m", "supportdesk.server", "--db", str(partial), "--demo",
         "--members", str(members), "--seed", str(seed), "--port", str(port),
         "--log-level", "warning"],
        cwd=PROJECT_DIR, stdout=subprocess.PIPE, stderr=subprocess.STDOUT, text=True,
    )
    timeout = 300 + members / 1_000_000 * 900
    try:
        line = wait_for_line(proc, "serving", timeout)
        seconds = time.perf_counter() - started
    finally:
        stop_process(proc)
    if line is None:
        raise RuntimeError(f"seeding did not finish within {timeout:.0f} s")
    checkpoint(partial)
    with contextlib.closing(readonly_connection(partial)) as conn:
        count = conn.execute("SELECT count(*) FROM members").fetchone()[0]
    if count != members:
        raise RuntimeError(f"seeded {count} members, expected {members}")
    for leftover in sqlite_files(path)[1:]:  # a stale file's WAL must not meet the new one
        leftover.unlink(missing_ok=True)
    os.replace(partial, path)
    for leftover in sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    seeded_at = time.strftime("%Y-%m-%dT%H:%M:%S")
    meta_path.write_text(json.dumps({"members": members, "seed": seed, "seed_seconds": seconds,
                                     "seeded_at": seeded_at}))
    log(f"seeded in {seconds:.1f} s")
    return SeededDb(path, members, seed, True, seconds, seeded_at)


def checkpoint(path: Path) -> None:
    """Move everything from the write-ahead log into the database file itself."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def sqlite_files(path: Path) -> list[Path]:
    return [path, path.with_name(path.name + "-wal"), path.with_name(path.name + "-shm")]


def _missing(path: Path, kind: str, declared: set[str]) -> list[str]:
    with contextlib.closing(readonly_connection(path)) as conn:
        present = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type=?",
                                              (kind,))}
    return sorted(declared - present)


def missing_tables(path: Path) -> list[str]:
    """Tables that the server's schema (supportdesk.server.db) declares but the file lacks."""
    from supportdesk.server import db as schema

    return _missing(path, "table", set(schema.metadata.tables))


def missing_indexes(path: Path) -> list[str]:
    """Indexes that the server's schema (supportdesk.server.db) declares but the file lacks."""
    from supportdesk.server import db as schema

    declared = {ix.name for table in schema.metadata.tables.values() for ix in table.indexes}
    return _missing(path, "index", declared)


def with_schema_indexes(db: SeededDb, log=print) -> tuple[SeededDb, float | None]:  # noqa: ANN001
    """A cached copy of `db` with the schema's missing indexes created and ANALYZE run: what
    the seeding should have produced. Returns the copy and the seconds the indexes took (None
    if the copy was cached)."""
    from sqlalchemy import create_engine

    from supportdesk.server import db as schema

    path = db.path.with_name(db.path.stem + "-indexed.sqlite")
    meta_path = path.with_suffix(".json")
    if path.exists() and meta_path.exists():
        meta = json.loads(meta_path.read_text())
        if meta.get("source_seeded_at") == db.seeded_at:
            return SeededDb(path, db.members, db.seed, False, db.seed_seconds), meta["seconds"]
    partial = path.with_name(path.stem + "-partial.sqlite")
    log(f"copying {db.path.name} and creating its missing indexes ...")
    checkpoint(db.path)
    for leftover in sqlite_files(path)[1:] + sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    subprocess.run(["cp", "--reflink=auto", str(db.path), str(partial)], check=True)
    started = time.perf_counter()
    engine = create_engine(f"sqlite:///{partial}")
    with engine.begin() as conn:
        for table in schema.metadata.tables.values():
            for index in table.indexes:
                index.create(conn, checkfirst=True)
        conn.exec_driver_sql("ANALYZE")
    engine.dispose()
    seconds = time.perf_counter() - started
    os.replace(partial, path)
    meta_path.write_text(json.dumps({"seconds": seconds, "source_seeded_at": db.seeded_at}))
    log(f"indexes created in {seconds:.1f} s")
    return SeededDb(path, db.members, db.seed, False, db.seed_seconds), seconds


def readonly_connection(path: Path) -> sqlite3.Connection:
    return sqlite3.connect(f"file:{path}?mode=ro", uri=True, check_same_thread=False)


# -- what every benchmark gets ------------------------------------------------------------------

@dataclass
class Context:
    members: int
    seed: int
    quick: bool = False  # fewer repetitions (smoke runs)
    fix_indexes: bool = False  # benchmark a copy with the schema's missing indexes created
    log: Any = print
    postgres_url: str | None = None  # scale: an operator's empty database, else our cluster
    parts: tuple[str, ...] = ("search", "throughput", "audit")  # scale: what it measures
    seeded: SeededDb | None = None  # as `supportdesk-server --demo` left it
    missing: list[str] = field(default_factory=list)  # schema indexes the seeded file lacks
    index_seconds: float | None = None
    _db: SeededDb | None = None

    @property
    def used_db(self) -> bool:
        return self._db is not None

    @property
    def db(self) -> SeededDb:
        """The database the benchmarks run on, seeded on first use (the GUI ones need none)."""
        if self._db is None:
            self.seeded = seeded_db(self.members, self.seed, log=self.log)
            self.missing = missing_indexes(self.seeded.path)
            self._db = self.seeded
            if self.missing:
                self.log(f"  the seeded database lacks {len(self.missing)} schema indexes: "
                         f"{', '.join(self.missing)}")
                if self.fix_indexes:
                    self._db, self.index_seconds = with_schema_indexes(self.seeded, self.log)
        return self._db

    def scaled(self, full: int, quick: int) -> int:
        return quick if self.quick else full
