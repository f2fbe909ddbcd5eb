"""The remediation workbench end to end in the real window, with the backend killed in the
middle of the execution (issue 16, must show): the demo incident window selected and
previewed, two entries excluded, the batch approved by a second supervisor and executed; the
server process is killed (SIGKILL) while the entries are being reversed, started again, and
Execute pressed again resumes; the CSV is exported. Every balance is right and no entry was
reversed twice."""

from __future__ import annotations

import csv
import sqlite3
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import func, select

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.gui.controller import Controller
from supportdesk.security.credentials import TokenStore
from supportdesk.server import db
from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

from ..helpers.faultproxy import FaultProxy
from ..helpers.gui import close_sessions, fill, sign_in
from ..helpers.servers import ServerProcess, copy_database

FROM = INCIDENT_FROM.strftime("%Y-%m-%d %H:%M:%S")
TO = INCIDENT_TO.strftime("%Y-%m-%d %H:%M:%S")
WAIT = 30_000


def _reversed(path: Path, batch_id: int) -> int:
    """The batch's ledger entries reversed and profile changes restored so far."""
    with sqlite3.connect(path) as conn:
        return sum(conn.execute(f"SELECT count(*) FROM {table} WHERE batch_id = ? AND "
                                f"state = 'reversed'", (batch_id,)).fetchone()[0]
                   for table in ("remediation_entries", "remediation_profile_entries"))


def _balances(engine, member_ids) -> dict[int, int]:  # noqa: ANN001
    with engine.connect() as conn:
        return dict(conn.execute(select(db.ledger.c.member_id, func.sum(db.ledger.c.miles))
                                 .where(db.ledger.c.member_id.in_(list(member_ids)))
                                 .group_by(db.ledger.c.member_id)).all())


@pytest.mark.slow
def test_killed_in_the_middle_the_window_resumes_and_reverses_nothing_twice(
        qtbot, seeded_db, memory_keyring, tmp_path):
    path = copy_database(seeded_db, tmp_path / "incident.sqlite")
    server = ServerProcess(path, tmp_path / "first.log").wait_ready()
    proxy = FaultProxy(server.url).start()  # the address the windows keep through the restart
    made: list[tuple[Controller, ApiClient]] = []

    def session(username: str):  # noqa: ANN202
        client = ApiClient(proxy.url, read_timeout=20, retries=0)
        ctl = Controller(Config(backend_url=proxy.url), tokens=TokenStore(), data_folder=tmp_path
                         / username, backend=Backend(client, "incident", "incident", demo=False))
        ctl.start()
        made.append((ctl, client))
        window = sign_in(qtbot, ctl, username)
        window.actionRemediation.trigger()
        return window.remediation

    try:
        proposer = session("super1")
        fill(qtbot, proposer.fromEdit, FROM)
        fill(qtbot, proposer.toEdit, TO)
        for name, box in proposer.channelBoxes.items():
            box.setChecked(name in ("web", "app"))
        qtbot.keyClick(proposer.fromEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: proposer.entries.rowCount() > 0, timeout=WAIT)
        entries = proposer.entries.entries()
        assert len(entries) > 100  # several execution steps of 25: a kill lands in the middle
        proposer.entriesView.selectRow(0)
        fill(qtbot, proposer.reasonEdit, "Member confirmed it")
        for _ in range(2):
            proposer.entriesView.setFocus()
            qtbot.keyClick(proposer.entriesView, Qt.Key.Key_E,
                           Qt.KeyboardModifier.ControlModifier)
        assert len(proposer.entries.excluded) == 2
        fill(qtbot, proposer.noteEdit, "Wrong-profile incident, 27 October")
        with qtbot.waitSignal(proposer.batch_proposed, timeout=WAIT) as proposed:
            qtbot.keyClick(proposer.noteEdit, Qt.Key.Key_Return,
                           Qt.KeyboardModifier.ControlModifier)
        batch = proposed.args[0]

        engine = db.make_engine(path)
        kept = [e for e in entries if e.key not in proposer.entries.excluded]
        numbers = {e.member_number for e in kept}
        with engine.connect() as conn:
            ids = dict(conn.execute(select(db.members.c.member_number, db.members.c.id)
                                    .where(db.members.c.member_number.in_(numbers))).all())
        before = _balances(engine, ids.values())

        approver = session("super2")
        qtbot.waitUntil(lambda: approver.batches.row_of(batch.id) >= 0, timeout=WAIT)
        approver.batchesView.setFocus()
        approver.batchesView.selectRow(approver.batches.row_of(batch.id))
        qtbot.keyClick(approver.batchesView, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: approver.chosen_batch() is not None
                        and approver.chosen_batch().status == "approved", timeout=WAIT)
        qtbot.waitUntil(approver.executeButton.isEnabled, timeout=WAIT)
        qtbot.keyClick(approver.batchesView, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)

        # The backend dies while the entries are being reversed.
        qtbot.waitUntil(lambda: _reversed(path, batch.id) >= 5, timeout=WAIT)
        server._process.kill()  # noqa: SLF001 - a crash, not a shutdown
        server.stop()  # reaps it, closes its log
        stopped = _reversed(path, batch.id)
        assert 0 < stopped < batch.to_reverse, stopped  # it did stop in the middle
        qtbot.waitUntil(approver.executeButton.isEnabled, timeout=WAIT)  # said, not stuck

        # Started again (a new process, same database); the window keeps its address.
        server = ServerProcess(path, tmp_path / "second.log").wait_ready()
        proxy.upstream = ("127.0.0.1", server.port)
        # The window finds the backend back by itself (its health checks), then Execute again.
        qtbot.waitUntil(lambda: approver.window().online, timeout=WAIT)
        approver.batchesView.setFocus()
        qtbot.keyClick(approver.batchesView, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
        qtbot.waitUntil(lambda: approver.chosen_batch() is not None
                        and approver.chosen_batch().status == "executed", timeout=WAIT)
        assert _reversed(path, batch.id) == batch.to_reverse

        target = tmp_path / "incident.csv"
        with qtbot.waitSignal(approver.export_finished, timeout=WAIT):
            approver.export_to(target)
        with target.open(encoding="utf-8-sig") as exported:
            rows = list(csv.DictReader(exported))
        assert {r["member_number"] for r in rows} >= numbers
        assert sum(int(r["miles_recredited"]) for r in rows) == -sum(e.miles for e in kept)
        assert sum(int(r["profile_changes_restored"]) for r in rows) == sum(
            1 for e in kept if e.source == "profile")

        ledger = [e.id for e in kept if e.source == "ledger"]
        changes = [e.id for e in kept if e.source == "profile"]
        assert ledger and changes  # the window's profile changes are in the batch too
        with engine.connect() as conn:
            reversals = conn.execute(select(db.ledger.c.reverses_id, func.count())
                                     .where(db.ledger.c.reverses_id.in_(ledger))
                                     .group_by(db.ledger.c.reverses_id)).all()
            restores = conn.execute(select(db.profile_changes.c.restores_id, func.count())
                                    .where(db.profile_changes.c.restores_id.in_(changes))
                                    .group_by(db.profile_changes.c.restores_id)).all()
        assert len(reversals) == len(ledger) and {n for _, n in reversals} == {1}
        assert len(restores) == len(changes) and {n for _, n in restores} == {1}
        after = _balances(engine, ids.values())
        for number, member_id in ids.items():
            recredit = -sum(e.miles for e in kept if e.member_number == number)
            assert after.get(member_id, 0) == before.get(member_id, 0) + recredit, number
        engine.dispose()
    finally:
        close_sessions(made)
        proxy.stop()
        server.stop()
