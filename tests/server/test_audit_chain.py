"""The audit trail proves itself (server/audit.py, schema 6): keyed chains per agent, heads,
signed checkpoints, append-only triggers, and `supportdesk-server audit verify` naming what an
attacker with database access did (the triggers dropped first, as such an attacker would)."""

from __future__ import annotations

import json
import sqlite3
import subprocess
import sys
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import pytest
import requests
from sqlalchemy import Engine, delete, func, select, text, update
from sqlalchemy.exc import DBAPIError

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import audit, db
from supportdesk.server.cli import main as server_main
from supportdesk.server.migrations import MIGRATIONS, migrate

from ..helpers.http import API, auth, login
from ..helpers.servers import ServerProcess, copy_database


def _trail(folder: Path, entries: int = 12) -> Path:
    """A database whose trail has three agents' chains and "system", and a checkpoint."""
    path = folder / "trail.sqlite"
    engine = db.make_engine(path)
    db.create_schema(engine)
    for i in range(entries):
        audit.record(engine, agent_id=1 + i % 3, action="member_read",
                     member_number=demo_member_number(1 + i), detail={"i": i},
                     request_id=f"r{i}")
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        audit.append(conn, agent_id=None, action="agent_created", detail={"username": "x"})
    audit.checkpoint(engine, _checkpoints(path))
    engine.dispose()
    return path


def _checkpoints(path: Path) -> Path:
    return path.with_name(path.name + ".audit-checkpoints")


def _verify(path: Path, capsys, *extra: str) -> tuple[int, str]:  # noqa: ANN001
    code = server_main(["audit", "verify", "--db", str(path), *extra])
    return code, capsys.readouterr().out


def _attack(path: Path) -> sqlite3.Connection:
    """A connection of someone with access to the database file who drops the triggers."""
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("DROP TRIGGER audit_no_update")
    conn.execute("DROP TRIGGER audit_no_delete")
    return conn


def _row(conn: sqlite3.Connection, chain: str, seq: int) -> int:
    return conn.execute("SELECT id FROM audit WHERE chain = ? AND seq = ?",
                        (chain, seq)).fetchone()[0]


def test_an_untouched_trail_verifies_and_the_next_run_starts_at_the_verified_checkpoint(
        tmp_path, capsys):
    path = _trail(tmp_path)
    code, out = _verify(path, capsys)
    assert code == 0, out
    assert "checked in full" in out and "4 chains, 13 entries" in out and "INTACT" in out
    engine = db.make_engine(path)
    audit.record(engine, agent_id=2, action="member_search", detail={"q": "x"})
    engine.dispose()
    code, out = _verify(path, capsys)
    assert code == 0, out
    assert "incrementally" in out and "1 entries" in out, out


def test_an_edited_detail_is_named(tmp_path, capsys):
    path = _trail(tmp_path)
    with _attack(path) as conn:
        victim = _row(conn, "agent:2", 3)
        conn.execute("UPDATE audit SET detail = '{\"i\": 99}' WHERE id = ?", (victim,))
    code, out = _verify(path, capsys)
    assert code == 1
    assert f"chain agent:2, entry id {victim}, seq 3: its content no longer matches its " \
           f"hash: edited" in out, out


def test_an_entry_deleted_in_the_middle_is_named(tmp_path, capsys):
    path = _trail(tmp_path)
    with _attack(path) as conn:
        conn.execute("DELETE FROM audit WHERE id = ?", (_row(conn, "agent:1", 2),))
        after = _row(conn, "agent:1", 3)
    code, out = _verify(path, capsys)
    assert code == 1
    assert f"chain agent:1, entry id {after}, seq 3: the entries before it (seq 2) are " \
           f"missing: deleted" in out, out


def test_two_reordered_entries_are_named(tmp_path, capsys):
    path = _trail(tmp_path)
    with _attack(path) as conn:
        first, second = _row(conn, "agent:3", 2), _row(conn, "agent:3", 3)
        conn.execute("UPDATE audit SET seq = -1 WHERE id = ?", (first,))
        conn.execute("UPDATE audit SET seq = 2 WHERE id = ?", (second,))
        conn.execute("UPDATE audit SET seq = 3 WHERE id = ?", (first,))
    code, out = _verify(path, capsys)
    assert code == 1
    assert f"chain agent:3, entry id {second}, seq 2: it is out of order: it follows entry " \
           f"id {first} (seq 3)" in out, out


def test_a_truncated_tail_is_caught_by_the_checkpoint_even_with_the_head_rewritten(
        tmp_path, capsys):
    path = _trail(tmp_path)
    with _attack(path) as conn:
        conn.execute("DELETE FROM audit WHERE chain = 'agent:1' AND seq > 2")
        last = conn.execute("SELECT hash FROM audit WHERE chain = 'agent:1' AND seq = 2"
                            ).fetchone()[0]
        conn.execute("UPDATE audit_heads SET seq = 2, hash = ? WHERE chain = 'agent:1'",
                      (last,))
    code, out = _verify(path, capsys)
    assert code == 1
    assert "chain agent:1, seq 4: the checkpoint of" in out
    assert "recorded the chain up to seq 4; the database ends at seq 2: the tail was " \
           "truncated" in out, out


def test_hashes_recomputed_with_another_key_are_detected(tmp_path, capsys):
    path = _trail(tmp_path)
    other = b"k" * 32
    with _attack(path) as conn:
        conn.row_factory = sqlite3.Row
        conn.execute("BEGIN")
        rows = [dict(r) for r in conn.execute("SELECT * FROM audit ORDER BY chain, seq")]
        conn.execute("DELETE FROM audit")
        prev: dict[str, str] = {}
        for row in rows:
            row["prev_hash"] = prev.get(row["chain"], audit.GENESIS)
            row["hash"] = prev[row["chain"]] = audit.mac(other, row)
            conn.execute(f"INSERT INTO audit ({', '.join(row)}) VALUES "
                         f"({', '.join('?' * len(row))})", tuple(row.values()))
            conn.execute("UPDATE audit_heads SET hash = ? WHERE chain = ?",
                         (row["hash"], row["chain"]))
        conn.execute("COMMIT")
    code, out = _verify(path, capsys)
    assert code == 1
    first = rows[0]
    assert f"chain {first['chain']}, entry id {first['id']}, seq 1: from here on no entry's " \
           f"hash matches the key, though they link up: the hashes were recomputed with " \
           f"another key" in out, out
    assert "the checkpoints verify under this key but no chain does" in out


def test_a_wiped_table_is_detected(tmp_path, capsys):
    path = _trail(tmp_path)
    with _attack(path) as conn:
        conn.execute("DELETE FROM audit")
        conn.execute("DELETE FROM audit_heads")
    code, out = _verify(path, capsys)
    assert code == 1
    assert "the audit table is empty but the checkpoint of" in out
    assert "recorded 13 entries: the table was wiped" in out, out


def test_a_forged_checkpoint_and_a_missing_key_file(tmp_path, capsys):
    path = _trail(tmp_path)
    lines = _checkpoints(path).read_text().splitlines()
    forged = json.loads(lines[0])
    forged["entries"] = 1
    _checkpoints(path).write_text("\n".join([json.dumps(forged), *lines[1:]]) + "\n")
    code, out = _verify(path, capsys)
    assert code == 1
    assert "checkpoint line 1 of" in out and "its signature does not match the key" in out
    code = server_main(["audit", "verify", "--db", str(path), "--key-file",
                        str(tmp_path / "none")])
    assert code == 2
    assert "does not exist" in capsys.readouterr().err


def test_an_edit_before_the_verified_checkpoint_takes_full(tmp_path, capsys):
    """Incremental runs trust what the last clean run verified; --full checks it again."""
    path = _trail(tmp_path)
    assert _verify(path, capsys)[0] == 0
    with _attack(path) as conn:
        conn.execute("UPDATE audit SET action = 'x' WHERE id = ?", (_row(conn, "agent:1", 1),))
    assert _verify(path, capsys)[0] == 0
    code, out = _verify(path, capsys, "--full")
    assert code == 1 and "chain agent:1" in out and "edited" in out


def _refused(engine: Engine, statement) -> str:  # noqa: ANN001
    with pytest.raises(DBAPIError) as refused:
        with engine.begin() as conn:
            conn.execute(statement)
    return str(refused.value)


def test_the_database_refuses_to_update_or_delete_audit_rows(tmp_path):
    engine = db.make_engine(_trail(tmp_path))
    try:
        assert "append-only" in _refused(
            engine, update(db.audit).where(db.audit.c.id == 1).values(detail="{}"))
        assert "append-only" in _refused(engine, delete(db.audit).where(db.audit.c.id == 2))
        assert "append-only" in _refused(engine, delete(db.audit))
        with engine.connect() as conn:
            assert conn.execute(select(func.count()).select_from(db.audit)).scalar_one() == 13
        assert audit.verify(engine) == (True, 13, None)
    finally:
        engine.dispose()


def test_a_later_column_is_covered_once_written(tmp_path):
    """A column a later schema adds (here: one added by hand) is part of the signed row."""
    path = tmp_path / "wide.sqlite"
    engine = db.make_engine(path)
    db.create_schema(engine)
    with engine.begin() as conn:
        conn.exec_driver_sql("ALTER TABLE audit ADD COLUMN extra_note VARCHAR(40)")
    audit.record(engine, agent_id=1, action="member_read", extra_note="desk 4")
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        audit.append(conn, agent_id=1, action="login", extra_note="desk 5")
    assert audit.verify(engine) == (True, 2, None)
    engine.dispose()
    with _attack(path) as conn:
        conn.execute("UPDATE audit SET extra_note = 'desk 9' WHERE seq = 2")
    engine = db.make_engine(path)
    assert audit.verify(engine)[0] is False
    engine.dispose()


def test_entries_from_before_schema_6_are_adopted_and_sealed(tmp_path, capsys):
    path = tmp_path / "old.sqlite"
    engine = db.make_engine(path)
    migrate(engine, [m for m in MIGRATIONS if m.version < 6])
    prev = audit.GENESIS
    with engine.begin() as conn:
        for i in range(4):
            row = {"at": db.iso(db.utcnow()), "agent_id": 1 + i % 2, "action": "member_read",
                   "member_number": None, "detail": json.dumps({"i": i}), "request_id": None}
            row["prev_hash"], row["hash"] = prev, audit.legacy_digest(prev, row)
            prev = row["hash"]
            conn.execute(text("INSERT INTO audit (at, agent_id, action, member_number, detail,"
                              " request_id, prev_hash, hash) VALUES (:at, :agent_id, :action,"
                              " :member_number, :detail, :request_id, :prev_hash, :hash)"), row)
    db.create_schema(engine)
    report = audit.verify_trail(engine, full=True)
    assert report.intact and "not sealed yet" in report.notes[0], report.text("old")
    assert audit.seal_legacy(engine) and not audit.seal_legacy(engine)
    audit.record(engine, agent_id=1, action="member_read")
    engine.dispose()
    code, out = _verify(path, capsys)
    assert code == 0 and "3 chains, 6 entries" in out, out
    with _attack(path) as conn:
        conn.execute("DELETE FROM audit WHERE chain = 'legacy' AND id = 4")
    code, out = _verify(path, capsys, "--full")
    assert code == 1
    assert "the seal recorded 4 entries ending with id 4; the database holds 3 ending with " \
           "id 3" in out, out


def test_the_command_as_it_runs(tmp_path):
    """`supportdesk-server audit checkpoint` and `audit verify` in a process of their own."""
    path = _trail(tmp_path)
    command = [sys.executable, "-m", "supportdesk.server", "audit"]
    done = subprocess.run([*command, "checkpoint", "--db", str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 0 and "checkpoint of 4 chains, 13 entries" in done.stdout
    assert len(_checkpoints(path).read_text().splitlines()) == 2
    with _attack(path) as conn:
        conn.execute("DELETE FROM audit WHERE id = 5")
    done = subprocess.run([*command, "verify", "--db", str(path)], capture_output=True,
                          text=True, timeout=60)
    assert done.returncode == 1 and "RESULT: NOT INTACT" in done.stdout, done.stdout


@pytest.mark.slow
def test_four_server_processes_append_concurrently_and_every_chain_verifies(
        seeded_db, tmp_path):
    path = copy_database(seeded_db, tmp_path / "four.sqlite")
    servers = [ServerProcess(path, tmp_path / f"server{n}.log") for n in range(4)]
    try:
        urls = [server.wait_ready().url for server in servers]

        def agent(n: int) -> int:
            base, done = urls[n % 4], 0
            with requests.Session() as session:
                token = login(base, f"agent{n + 1}")  # a write: the sign-in is audited
                session.headers.update(auth(token))
                deadline = time.monotonic() + 3
                while time.monotonic() < deadline:
                    member = demo_member_number(1 + (n * 37 + done) % 100)
                    r = session.get(f"{urls[done % 4]}{API}/members/{member}", timeout=30)
                    assert r.status_code == 200, r.text
                    done += 1
                session.post(f"{base}{API}/auth/logout", timeout=30)
            return done + 2

        with ThreadPoolExecutor(12) as pool:
            written = sum(pool.map(agent, range(12)))
    finally:
        for server in servers:
            server.stop()
    engine = db.make_engine(path)
    try:
        report = audit.verify_trail(engine, checkpoints=_checkpoints(path), full=True)
        assert report.intact, report.text(str(path))
        assert report.entries >= written
        with engine.connect() as conn:
            heads = dict(conn.execute(select(db.audit_heads.c.chain, db.audit_heads.c.seq)).all())
            per_chain = dict(conn.execute(select(db.audit.c.chain, func.count())
                                          .group_by(db.audit.c.chain)).all())
        assert {f"agent:{n}" for n in range(1, 13)} <= set(heads)
        assert heads == per_chain  # no gaps, no forks: seq 1..n in every chain
        assert report.checkpoints == 4  # each process wrote one when it stopped
    finally:
        engine.dispose()


def test_a_running_server_writes_checkpoints_periodically_and_when_it_stops(private_servers):
    server = private_servers.start(audit_checkpoint_minutes=0.005)  # every 0.3 s
    checkpoints = server.settings.audit_checkpoints
    login(server.url, "agent4")
    deadline = time.monotonic() + 30
    while not checkpoints.exists() or len(checkpoints.read_text().splitlines()) < 2:
        assert time.monotonic() < deadline, "no periodic checkpoint"
        time.sleep(0.05)
    private_servers.stop(server)
    lines = [json.loads(line) for line in checkpoints.read_text().splitlines()]
    assert lines[-1]["chains"]["agent:4"][0] >= 1  # its sign-in
    engine = db.make_engine(private_servers.database())
    try:
        report = audit.verify_trail(engine, checkpoints=checkpoints)
        assert report.intact and report.checkpoints == len(lines), report.text("private")
    finally:
        engine.dispose()
