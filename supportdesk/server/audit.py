"""Append-only audit of reads and writes that proves itself (DESIGN.md §4, "Audit").

- Append-only in the database: triggers refuse UPDATE and DELETE of audit rows (schema 6).
- Keyed chains: each entry's hash is an HMAC-SHA256, with a key kept outside the database (a
  key file), over every column of the row but `id` and `hash` (a column a later migration
  adds is covered as soon as a writer fills it: NULL columns are left out, so a row written
  before the column existed still verifies). It includes the chain, the sequence number and
  the previous entry's hash.
- One chain per agent ("agent:<id>", "system" for entries without one): `audit_heads` holds
  each chain's last sequence number and hash, updated in the same transaction as the append,
  so processes append concurrently without one global lock (PostgreSQL locks the chain's head
  row only; SQLite has its single writer anyway). The unique (chain, seq) index makes a fork
  impossible.
- Entries from before schema 6 (one plain SHA-256 chain) are the chain "legacy", sealed by a
  keyed entry in "system" that records how many there were and the last one's hash.
- Signed checkpoints (every chain's head, the count, the time) are appended as lines to a
  file outside the database (`checkpoint`), periodically by the server and on demand, so a
  truncated tail or a wiped table is detected even when the heads were rewritten with it.
- `verify_trail` checks it all and names the first bad entry of each chain and what is wrong;
  `supportdesk-server audit verify` prints that for IT (cli_audit.py).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import logging
import os
import secrets
import threading
import weakref
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sqlalchemy import Connection, Engine, MetaData, Table, func, select, text

from . import db

log = logging.getLogger(__name__)

GENESIS = "0" * 64
LEGACY = "legacy"
SYSTEM = "system"
LEGACY_SEALED = "audit_legacy_sealed"
KEY_ENV = "SUPPORTDESK_AUDIT_KEY_FILE"
CHECKPOINTS_ENV = "SUPPORTDESK_AUDIT_CHECKPOINTS"
_UNSIGNED = ("id", "hash")


class AuditKeyError(RuntimeError):
    """The audit key file cannot be found, made or read: says which and what to do."""


# ---------------------------------------------------------------------------------------------
# The key


def chain_of(agent_id: int | None) -> str:
    return SYSTEM if agent_id is None else f"agent:{agent_id}"


def _sqlite_file(engine: Engine) -> Path | None:
    if engine.dialect.name != "sqlite":
        return None
    database = engine.url.database
    if not database or database == ":memory:" or database.startswith("file:"):
        return None
    return Path(database).resolve()


def default_key_path(engine: Engine) -> Path:
    """$SUPPORTDESK_AUDIT_KEY_FILE, else `<database file>.audit-key` next to the database."""
    if os.environ.get(KEY_ENV):
        return Path(os.environ[KEY_ENV])
    database = _sqlite_file(engine)
    if database is None:
        raise AuditKeyError(
            f"No audit key file for {engine.url.render_as_string(hide_password=True)}: give "
            f"--audit-key-file or set {KEY_ENV} (a file only the server's account can read).")
    return database.with_name(database.name + ".audit-key")


def default_checkpoint_path(engine: Engine) -> Path | None:
    """$SUPPORTDESK_AUDIT_CHECKPOINTS, else `<database file>.audit-checkpoints`; None for a
    database that is not a file (then give one)."""
    if os.environ.get(CHECKPOINTS_ENV):
        return Path(os.environ[CHECKPOINTS_ENV])
    database = _sqlite_file(engine)
    return None if database is None else database.with_name(database.name + ".audit-checkpoints")


def read_key(path: Path) -> bytes:
    try:
        text_ = path.read_text(encoding="ascii").strip()
        key = bytes.fromhex(text_)
    except FileNotFoundError:
        raise AuditKeyError(f"The audit key file {path} does not exist.") from None
    except (OSError, ValueError) as exc:
        raise AuditKeyError(f"The audit key file {path} cannot be read: {exc}") from None
    if len(key) < 32:
        raise AuditKeyError(f"The audit key file {path} holds no key of 32 bytes.")
    return key


def load_or_create_key(path: Path) -> bytes:
    """The key in `path`; made there (0600, 32 random bytes as hex) if there is none yet.

    Written to a temporary file and linked into place, so that processes starting at once
    never make two keys: the link fails for all but the first, and they read the first's."""
    if path.exists():
        return read_key(path)
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{os.getpid()}.{secrets.token_hex(4)}")
    descriptor = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(descriptor, "w", encoding="ascii") as out:
            out.write(secrets.token_hex(32) + "\n")
            out.flush()
            os.fsync(out.fileno())
        try:
            os.link(temporary, path)
            log.info("made the audit key file %s: IT backs it up (docs/operations.md)", path)
        except FileExistsError:
            pass
    finally:
        temporary.unlink(missing_ok=True)
    return read_key(path)


_KEYS: weakref.WeakKeyDictionary[Engine, bytes] = weakref.WeakKeyDictionary()
_KEYS_LOCK = threading.Lock()


def use_key(engine: Engine, key: bytes) -> None:
    """The key the entries written through `engine` are signed with."""
    _KEYS[engine] = key


def key_for(engine: Engine) -> bytes:
    """The engine's key: the one given (use_key), else the default key file's (made if new);
    an in-memory database gets a key of its own, for its life."""
    key = _KEYS.get(engine)
    if key is not None:
        return key
    with _KEYS_LOCK:
        key = _KEYS.get(engine)
        if key is None:
            if engine.dialect.name == "sqlite" and _sqlite_file(engine) is None \
                    and not os.environ.get(KEY_ENV):
                key = secrets.token_bytes(32)
            else:
                key = load_or_create_key(default_key_path(engine))
            _KEYS[engine] = key
    return key


# ---------------------------------------------------------------------------------------------
# Entries


def canonical(row: Mapping[str, Any]) -> bytes:
    """What an entry's HMAC covers: every column but id and hash, NULL ones left out."""
    signed = {k: v for k, v in row.items() if k not in _UNSIGNED and v is not None}
    return json.dumps(signed, sort_keys=True, separators=(",", ":"), ensure_ascii=False).encode()


def mac(key: bytes, row: Mapping[str, Any]) -> str:
    return hmac.new(key, canonical(row), hashlib.sha256).hexdigest()


def legacy_digest(prev_hash: str, row: Mapping[str, Any]) -> str:
    """The plain SHA-256 chain of entries from before schema 6."""
    fields = {k: row[k] for k in ("at", "agent_id", "action", "member_number", "detail",
                                  "request_id")}
    text_ = json.dumps(fields, sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256((prev_hash + text_).encode()).hexdigest()


def _fields(*, agent_id: int | None, action: str, member_number: str | None = None,
            detail: dict[str, Any] | None = None, request_id: str | None = None,
            **columns: Any) -> dict[str, Any]:
    """An entry's columns: the usual ones plus any a later schema added (e.g. workstation)."""
    return {
        "at": db.iso(db.utcnow()),
        "agent_id": agent_id,
        "action": action,
        "member_number": member_number,
        "detail": json.dumps(detail or {}, sort_keys=True, ensure_ascii=False),
        "request_id": request_id,
        **columns,
    }


def _signed(key: bytes, fields: dict[str, Any], chain: str, seq: int,
            prev_hash: str) -> dict[str, Any]:
    row = {**fields, "chain": chain, "seq": seq, "prev_hash": prev_hash}
    row["hash"] = mac(key, row)
    return row


def append(
    conn: Connection,
    *,
    agent_id: int | None,
    action: str,
    member_number: str | None = None,
    detail: dict[str, Any] | None = None,
    request_id: str | None = None,
    **columns: Any,
) -> None:
    """Append one entry to the agent's chain, in `conn`'s transaction (which must be a write
    transaction: immediate on SQLite; on PostgreSQL the chain's head row is locked here)."""
    key = key_for(conn.engine)
    chain = chain_of(agent_id)
    fields = _fields(agent_id=agent_id, action=action, member_number=member_number,
                     detail=detail, request_id=request_id, **columns)
    _append_fields(conn, key, chain, fields)


def _append_fields(conn: Connection, key: bytes, chain: str, fields: dict[str, Any]) -> None:
    if conn.dialect.name == "postgresql":
        _append_postgresql(conn.exec_driver_sql, key, chain, fields)
        return
    heads = db.audit_heads
    query = select(heads.c.seq, heads.c.hash).where(heads.c.chain == chain)
    head = conn.execute(query).first()
    seq, prev_hash = (head.seq, head.hash) if head else (0, GENESIS)
    row = _signed(key, fields, chain, seq + 1, prev_hash)
    conn.execute(text(_insert_sql(tuple(row))), row)
    conn.execute(text(_HEAD_UPSERT_SQL), {"chain": chain, "seq": seq + 1, "hash": row["hash"]})


_HEAD_SQL = "SELECT seq, hash FROM audit_heads WHERE chain = ?"
_HEAD_UPSERT_SQL = (
    "INSERT INTO audit_heads (chain, seq, hash) VALUES (:chain, :seq, :hash) "
    "ON CONFLICT (chain) DO UPDATE SET seq = excluded.seq, hash = excluded.hash"
)
_HEAD_UPSERT_RAW = _HEAD_UPSERT_SQL.replace(":chain", "?").replace(":seq", "?").replace(
    ":hash", "?")
_INSERT_SQL: dict[tuple[str, ...], str] = {}


def _insert_sql(columns: tuple[str, ...]) -> str:
    sql = _INSERT_SQL.get(columns)
    if sql is None:
        sql = (f"INSERT INTO audit ({', '.join(columns)}) "
               f"VALUES ({', '.join(':' + c for c in columns)})")
        _INSERT_SQL[columns] = sql
    return sql


def record(engine: Engine, **entry: Any) -> None:
    """Append one entry (the fields of `append`) in its own immediate transaction, for audited
    reads: committed before the read's answer leaves the server."""
    sqlite = engine.dialect.name == "sqlite"
    if not sqlite and engine.dialect.name != "postgresql":
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            append(conn, **entry)
        return
    # Every search and account read writes one of these, on the driver's own cursor: on
    # SQLite ~0.03 ms where the same statements through SQLAlchemy cost ~0.4 ms (bench/).
    key = key_for(engine)
    fields = _fields(**entry)
    chain = chain_of(fields["agent_id"])
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        if sqlite:
            cursor.execute("BEGIN IMMEDIATE")  # before the try: a refused BEGIN rolls nothing back
        try:
            if sqlite:
                head = cursor.execute(_HEAD_SQL, (chain,)).fetchone()
                seq, prev_hash = head if head else (0, GENESIS)
                row = _signed(key, fields, chain, seq + 1, prev_hash)
                cursor.execute(_insert_sql(tuple(row)), row)
                cursor.execute(_HEAD_UPSERT_RAW, (chain, seq + 1, row["hash"]))
                cursor.execute("COMMIT")
            else:
                _append_postgresql(cursor.execute, key, chain, fields)
                raw.commit()
        except BaseException:
            if sqlite:
                cursor.execute("ROLLBACK")
            else:
                raw.rollback()
            raise
        finally:
            cursor.close()
    finally:
        raw.close()


def record_read(conn: Connection, **entry: Any) -> None:
    """Append the entry of the read `conn` has just made: on PostgreSQL in the read's own
    transaction, committed with it (one connection and one commit per audited read, where
    `record` takes a second of each); elsewhere the read ends and `record` follows."""
    if conn.dialect.name == "postgresql":
        append(conn, **entry)
        conn.commit()
        return
    conn.rollback()  # SQLite: the read's transaction ends before the immediate one begins
    record(conn.engine, **entry)


# PostgreSQL: the head row locked and read in one statement (an upsert that keeps its values:
# a chain's first entry makes it, and two first entries of a chain wait on each other instead
# of both taking seq 1), then the entry and the new head in one more — two round trips where
# a SELECT … FOR UPDATE, an INSERT and an upsert took four (bench/ "audit append").
_HEAD_LOCK_PG = (
    "INSERT INTO audit_heads (chain, seq, hash) VALUES (%(chain)s, 0, %(genesis)s)"
    " ON CONFLICT (chain) DO UPDATE SET seq = audit_heads.seq RETURNING seq, hash")
_ENTRY_PG: dict[tuple[str, ...], str] = {}


def _entry_sql_postgresql(columns: tuple[str, ...]) -> str:
    sql = _ENTRY_PG.get(columns)
    if sql is None:
        sql = (f"WITH entry AS (INSERT INTO audit ({', '.join(columns)})"
               f" VALUES ({', '.join(f'%({c})s' for c in columns)}))"
               " UPDATE audit_heads SET seq = %(seq)s, hash = %(hash)s WHERE chain = %(chain)s")
        _ENTRY_PG[columns] = sql
    return sql


def _append_postgresql(execute: Callable, key: bytes, chain: str, fields: dict[str, Any]) -> None:
    """`execute`: the driver's cursor.execute, or a Connection's exec_driver_sql (both take
    the driver's own parameter style)."""
    seq, prev_hash = execute(_HEAD_LOCK_PG, {"chain": chain, "genesis": GENESIS}).fetchone()
    row = _signed(key, fields, chain, seq + 1, prev_hash)
    execute(_entry_sql_postgresql(tuple(row)), row)


def seal_legacy(engine: Engine) -> bool:
    """Seal the entries from before schema 6 (if not yet): a keyed entry in "system" records
    their count and the last one's id and hash, and the "legacy" head goes. True if sealed now.
    """
    heads = db.audit_heads
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        query = select(heads.c.seq, heads.c.hash).where(heads.c.chain == LEGACY)
        if conn.dialect.name == "postgresql":
            query = query.with_for_update()
        head = conn.execute(query).first()
        if head is None:
            return False
        count = conn.execute(select(func.count()).select_from(db.audit)
                             .where(db.audit.c.chain == LEGACY)).scalar_one()
        fields = _fields(agent_id=None, action=LEGACY_SEALED, detail={
            "entries": count, "last_id": head.seq, "last_hash": head.hash})
        _append_fields(conn, key_for(engine), SYSTEM, fields)
        conn.execute(heads.delete().where(heads.c.chain == LEGACY))
    log.info("sealed the %s audit entries from before schema 6", count)
    return True


# ---------------------------------------------------------------------------------------------
# Checkpoints


def _checkpoint_mac(key: bytes, body: Mapping[str, Any]) -> str:
    payload = json.dumps({k: v for k, v in body.items() if k != "mac"}, sort_keys=True,
                         separators=(",", ":"))
    return hmac.new(key, b"checkpoint\n" + payload.encode(), hashlib.sha256).hexdigest()


def _snapshot(engine: Engine) -> Connection:
    """A connection whose transaction reads one snapshot while servers append (SQLite's read
    transaction in WAL mode is one; PostgreSQL's READ COMMITTED is not)."""
    conn = engine.connect()
    if engine.dialect.name == "postgresql":
        conn = conn.execution_options(isolation_level="REPEATABLE READ")
    return conn


def heads_now(engine: Engine) -> tuple[dict[str, list], int]:
    """Every chain's [seq, hash] and the number of entries, read in one snapshot."""
    with _snapshot(engine) as conn, conn.begin():
        chains = {row.chain: [row.seq, row.hash] for row in conn.execute(
            select(db.audit_heads.c.chain, db.audit_heads.c.seq, db.audit_heads.c.hash))}
        entries = conn.execute(select(func.count()).select_from(db.audit)).scalar_one()
    return chains, entries


def checkpoint(engine: Engine, path: Path, *, kind: str = "checkpoint",
               chains: dict[str, list] | None = None, entries: int | None = None) -> dict:
    """Append one signed line (every chain's head, the count, the time) to `path`."""
    key = key_for(engine)
    if chains is None or entries is None:
        chains, entries = heads_now(engine)
    body = {"v": 1, "kind": kind, "at": db.iso(db.utcnow()), "entries": entries,
            "chains": chains}
    body["mac"] = _checkpoint_mac(key, body)
    line = json.dumps(body, sort_keys=True, separators=(",", ":")) + "\n"
    path.parent.mkdir(parents=True, exist_ok=True)
    # One write of one line in append mode: lines of several processes never interleave.
    descriptor = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        os.write(descriptor, line.encode())
        os.fsync(descriptor)
    finally:
        os.close(descriptor)
    return body


class Checkpointer:
    """Writes a checkpoint every `minutes` (and one when stopped), in a thread of its own."""

    def __init__(self, engine: Engine, path: Path, minutes: float) -> None:
        self.engine, self.path, self.seconds = engine, path, minutes * 60
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, name="audit-checkpoints", daemon=True)

    def start(self) -> Checkpointer:
        self._thread.start()
        return self

    def _run(self) -> None:
        while not self._stop.wait(self.seconds):
            self._write()

    def _write(self) -> None:
        try:
            checkpoint(self.engine, self.path)
        except Exception:  # noqa: BLE001 - a missed checkpoint must not stop the server
            log.exception("could not write an audit checkpoint to %s", self.path)

    def stop(self) -> None:
        self._stop.set()
        self._thread.join(10)
        self._write()


# ---------------------------------------------------------------------------------------------
# Verification


@dataclass
class Problem:
    chain: str | None
    entry_id: int | None
    seq: int | None
    what: str

    def __str__(self) -> str:
        where = []
        if self.chain:
            where.append(f"chain {self.chain}")
        if self.entry_id is not None:
            where.append(f"entry id {self.entry_id}")
        if self.seq is not None:
            where.append(f"seq {self.seq}")
        return f"{', '.join(where) or 'trail'}: {self.what}"


@dataclass
class Report:
    entries: int = 0  # checked
    total: int = 0  # in the database
    chains: int = 0
    checkpoints: int = 0
    incremental_from: str | None = None
    problems: list[Problem] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    # the heads as verified, for the "verified" checkpoint
    heads: dict[str, list] = field(default_factory=dict)

    @property
    def intact(self) -> bool:
        return not self.problems

    def first_bad_id(self) -> int | None:
        ids = [p.entry_id for p in self.problems if p.entry_id is not None]
        return min(ids) if ids else None

    def text(self, database: str) -> str:
        scope = (f"incrementally, from the verified checkpoint of {self.incremental_from}"
                 if self.incremental_from else "in full")
        lines = [f"Audit trail of {database}, checked {scope}:",
                 f"  {self.chains} chains, {self.entries} entries, "
                 f"{self.checkpoints} checkpoint(s) checked"]
        lines += [f"  note: {note}" for note in self.notes]
        if self.intact:
            lines.append("RESULT: INTACT - every chain and every checkpoint verifies.")
        else:
            lines.append(f"RESULT: NOT INTACT - {len(self.problems)} problem(s):")
            lines += [f"  PROBLEM {problem}" for problem in self.problems]
            lines.append("Keep this database, its key file and checkpoint file as they are "
                         "and tell security (docs/operations.md, \"Audit trail\").")
        return "\n".join(lines)


def read_checkpoints(path: Path | None, key: bytes, report: Report) -> list[dict]:
    """The checkpoint file's lines whose signature holds, oldest first; the others are
    problems."""
    if path is None or not path.exists():
        return []
    good = []
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip():
            continue
        try:
            body = json.loads(line)
            valid = hmac.compare_digest(body["mac"], _checkpoint_mac(key, body))
            body["chains"].items()
        except (ValueError, KeyError, TypeError, AttributeError):
            report.problems.append(Problem(None, None, None, f"checkpoint line {number} of "
                                           f"{path} is not a checkpoint (edited or damaged)"))
            continue
        if not valid:
            report.problems.append(Problem(None, None, None, (
                f"checkpoint line {number} of {path} ({body.get('at')}): its signature does "
                f"not match the key (edited, or signed with another key)")))
            continue
        body["line"] = number
        good.append(body)
    return good


class _Walk:
    """One chain's walk in seq order, from (seq, hash) on."""

    def __init__(self, conn: Connection, audit: Table, key: bytes, chain: str, report: Report,
                 seq: int = 0, prev_hash: str = GENESIS) -> None:
        self.conn, self.audit, self.key, self.chain = conn, audit, key, chain
        self.report = report
        self.seq, self.prev_hash = seq, prev_hash
        self.first: Problem | None = None
        self.mac_failures = 0
        self.after_first = 0
        self.last_id: int | None = None

    def _problem(self, row: Mapping[str, Any], what: str) -> None:
        if self.first is None:
            self.first = Problem(self.chain, row["id"], row["seq"], what)

    def step(self, row: Mapping[str, Any]) -> None:
        self.report.entries += 1
        if self.first is not None:
            self.after_first += 1
        if row["seq"] != self.seq + 1:
            if row["seq"] > self.seq + 1:
                missing = (f"seq {self.seq + 1}" if row["seq"] == self.seq + 2
                           else f"seq {self.seq + 1} to {row['seq'] - 1}")
                self._problem(row, f"the entries before it ({missing}) are missing: deleted")
            else:
                self._problem(row, "its sequence number repeats: the chain was forked")
        linked = row["prev_hash"] == self.prev_hash
        if not linked and self.first is None:
            later = self.conn.execute(
                select(self.audit.c.id, self.audit.c.seq).where(
                    self.audit.c.chain == self.chain, self.audit.c.hash == row["prev_hash"])
            ).first()
            if later is not None and later.seq >= row["seq"]:
                self._problem(row, f"it is out of order: it follows entry id {later.id} (seq "
                                   f"{later.seq}), which comes after it: reordered")
            elif row["seq"] == self.seq + 1:
                self._problem(row, "it does not follow the entry before it: an entry was "
                                   "deleted or replaced")
        if not hmac.compare_digest(row["hash"], mac(self.key, row)):
            self.mac_failures += 1
            if linked:
                self._problem(row, "its content no longer matches its hash: edited")
        self.seq, self.prev_hash, self.last_id = row["seq"], row["hash"], row["id"]

    def finish(self, head: list | None) -> None:
        if self.first is not None:
            if (self.first.what.endswith("edited") and self.after_first > 0
                    and self.mac_failures == self.after_first + 1):
                self.first.what = ("from here on no entry's hash matches the key, though they "
                                   "link up: the hashes were recomputed with another key "
                                   "(or content edited and re-hashed)")
            self.report.problems.append(self.first)
        if head is not None and [self.seq, self.prev_hash] != list(head):
            if head[0] > self.seq:
                self.report.problems.append(Problem(self.chain, self.last_id, self.seq, (
                    f"the chain ends at seq {self.seq} but its head says seq {head[0]}: "
                    f"the tail was truncated")))
            else:
                self.report.problems.append(Problem(self.chain, self.last_id, self.seq, (
                    f"the chain's head (seq {head[0]}) does not match its last entry")))


def _columns_of(row: Any) -> dict[str, Any]:
    return dict(row._mapping)


def verify_trail(engine: Engine, *, checkpoints: Path | None = None, full: bool = False,
                 key: bytes | None = None) -> Report:
    """Check every chain (from the last verified checkpoint on, unless `full`), the heads,
    the legacy prefix and its seal, and every checkpoint (from that one on)."""
    key = key or key_for(engine)
    report = Report()
    lines = read_checkpoints(checkpoints, key, report)
    anchor = None
    if not full:
        verified = [line for line in lines if line.get("kind") == "verified"]
        anchor = verified[-1] if verified else None
    if anchor is not None:
        report.incremental_from = anchor["at"]
        lines = [line for line in lines if line["line"] >= anchor["line"]]
    with _snapshot(engine) as conn, conn.begin():
        # As the database has it: every column is signed, one a later schema added included.
        audit = Table("audit", MetaData(), autoload_with=conn)
        heads = {row.chain: [row.seq, row.hash] for row in conn.execute(
            select(db.audit_heads.c.chain, db.audit_heads.c.seq, db.audit_heads.c.hash))}
        chains = set(conn.execute(select(audit.c.chain).distinct()).scalars())
        total = report.total = conn.execute(select(func.count()).select_from(audit)).scalar_one()
        names = sorted((chains | set(heads)) - {LEGACY})
        report.chains = len(names) + (1 if LEGACY in chains else 0)
        all_failed = True
        for chain in names:
            start = anchor["chains"].get(chain) if anchor else None
            walk = _Walk(conn, audit, key, chain, report)
            query = select(audit).where(audit.c.chain == chain)
            if start is not None:
                anchor_row = conn.execute(query.where(audit.c.seq == start[0])).first()
                if anchor_row is None or anchor_row.hash != start[1]:
                    report.problems.append(Problem(chain, None, start[0], (
                        f"the entry the verified checkpoint of {anchor['at']} recorded is "
                        f"{'gone' if anchor_row is None else 'changed'}")))
                    continue
                walk.seq, walk.prev_hash = start
                query = query.where(audit.c.seq > start[0])
            for row in conn.execution_options(yield_per=2000).execute(
                    query.order_by(audit.c.seq)):
                walk.step(_columns_of(row))
            all_failed = all_failed and walk.mac_failures > 0 and walk.first is not None
            walk.finish(heads.get(chain))
            report.heads[chain] = [walk.seq, walk.prev_hash]
        if names and all_failed and lines:
            report.notes.append("the checkpoints verify under this key but no chain does: "
                                "the entries were re-hashed with another key")
        elif names and all_failed:
            report.notes.append("no chain verifies under this key: is it this database's key "
                                "file? If it is, the entries were re-hashed with another key")
        if anchor is None:
            _verify_legacy(conn, audit, report, heads.get(LEGACY))
        _verify_checkpoints(conn, audit, lines, report, total)
    return report


def _verify_legacy(conn: Connection, audit: Table, report: Report, head: list | None) -> None:
    prev_hash, count, last_id = GENESIS, 0, None
    first: Problem | None = None
    for row in conn.execution_options(yield_per=2000).execute(
            select(audit).where(audit.c.chain == LEGACY).order_by(audit.c.id)):
        row = _columns_of(row)
        report.entries += 1
        if first is None and (row["prev_hash"] != prev_hash
                              or row["hash"] != legacy_digest(prev_hash, row)):
            what = ("its content no longer matches its hash: edited"
                    if row["prev_hash"] == prev_hash else
                    "it does not follow the entry before it: deleted, reordered or replaced")
            first = Problem(LEGACY, row["id"], row["seq"], what)
        prev_hash, count, last_id = row["hash"], count + 1, row["id"]
    if first is not None:
        report.problems.append(first)
    seals = conn.execute(select(audit.c.detail).where(
        audit.c.chain == SYSTEM, audit.c.action == LEGACY_SEALED)).scalars().all()
    if head is not None:
        report.notes.append(f"the {count} entries from before schema 6 are not sealed yet "
                            "(the server seals them when it starts)")
        if [last_id, prev_hash] != list(head):
            report.problems.append(Problem(LEGACY, last_id, None, (
                "the legacy chain's head does not match its last entry: truncated")))
        return
    if not seals:
        if count:
            report.problems.append(Problem(LEGACY, None, None, (
                f"{count} entries from before schema 6 but no seal: the seal was removed")))
        return
    seal = json.loads(seals[0])
    if seal.get("entries") != count or seal.get("last_hash") != prev_hash:
        report.problems.append(Problem(LEGACY, last_id, None, (
            f"the seal recorded {seal.get('entries')} entries ending with id "
            f"{seal.get('last_id')}; the database holds {count} ending with id {last_id}: "
            f"entries from before schema 6 were deleted, added or re-hashed")))


def _verify_checkpoints(conn: Connection, audit: Table, lines: Iterable[dict], report: Report,
                        total: int) -> None:
    reported: set[str | None] = set()  # one problem per chain (and one for the count)
    for line in lines:
        report.checkpoints += 1
        if total == 0 and line["entries"]:
            report.problems.append(Problem(None, None, None, (
                f"the audit table is empty but the checkpoint of {line['at']} recorded "
                f"{line['entries']} entries: the table was wiped")))
            return
        for chain, (seq, hash_) in sorted(line["chains"].items()):
            if chain in reported:
                continue
            row = conn.execute(select(audit.c.id, audit.c.hash).where(
                audit.c.chain == chain, audit.c.seq == seq)).first()
            if row is None:
                last = conn.execute(select(func.max(audit.c.seq)).where(
                    audit.c.chain == chain)).scalar_one_or_none()
                report.problems.append(Problem(chain, None, seq, (
                    f"the checkpoint of {line['at']} recorded the chain up to seq {seq}; the "
                    f"database ends at seq {last or 0}: the tail was truncated")))
                reported.add(chain)
            elif row.hash != hash_:
                report.problems.append(Problem(chain, row.id, seq, (
                    f"differs from the checkpoint of {line['at']}: rewritten since")))
                reported.add(chain)
        if total < line["entries"] and None not in reported:
            reported.add(None)
            report.problems.append(Problem(None, None, None, (
                f"the checkpoint of {line['at']} recorded {line['entries']} entries; the "
                f"database holds {total}: entries were deleted")))


def verify(engine: Engine) -> tuple[bool, int, int | None]:
    """Every chain in full, without checkpoints: (intact, entries checked, id of the first
    broken entry or None)."""
    report = verify_trail(engine, full=True)
    return report.intact, report.entries, report.first_bad_id()
