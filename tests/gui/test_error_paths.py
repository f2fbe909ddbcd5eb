"""How failures travel: one raising callback never drops the others, and only the core's
typed errors are the agent's to read; everything else is a bug that IT gets to see."""

from __future__ import annotations

import logging
import threading
from concurrent.futures import wait

import pytest
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from supportdesk.api.client import new_operation_id
from supportdesk.domain.identifiers import demo_member_number, parse_member_number
from supportdesk.errors import InvalidInput
from supportdesk.gui.errors import CrashDialog, show_error
from supportdesk.gui.taskman import TaskManager
from supportdesk.operations import build
from supportdesk.sync.service import LocalSync


@pytest.fixture
def taskman():
    manager = TaskManager()
    yield manager
    manager.shutdown(wait=True)


def test_a_raising_callback_does_not_drop_the_others_of_its_batch(qtbot, taskman):
    ran: list[str] = []
    gate = threading.Event()

    def callback(name: str):  # noqa: ANN202
        def done(_future) -> None:  # noqa: ANN001
            ran.append(name)
            if name == "second":
                raise RuntimeError("a bug in the second callback")
        return done

    # Three results that arrive together: the GUI thread runs their callbacks in one batch.
    futures = [taskman.run_in_background(gate.wait, callback("first"), pool="store"),
               taskman.run_in_background(lambda: None, callback("second"), pool="store"),
               taskman.run_in_background(lambda: None, callback("third"), pool="store")]
    gate.set()
    wait(futures, timeout=10)
    with qtbot.capture_exceptions() as caught:
        qtbot.waitUntil(lambda: len(ran) == 3, timeout=5000)
    assert ran == ["first", "second", "third"]
    assert [str(exc) for _kind, exc, _tb in caught] == ["a bug in the second callback"]


def _open_dialogs(kind: type) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def test_a_plain_value_error_is_a_bug_with_the_crash_dialog(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        int("not a number")  # a programming error, not something the agent typed
    except ValueError as exc:
        error = exc
    with caplog.at_level(logging.ERROR, logger="supportdesk.gui.errors"):
        show_error(parent, error)
    crash = _open_dialogs(CrashDialog)
    assert len(crash) == 1, "a bug must open the crash dialog, not a warning box"
    assert "invalid literal for int()" in crash[0].details.toPlainText()
    assert not _open_dialogs(QMessageBox)
    logged = [r for r in caplog.records if r.levelno == logging.ERROR]
    assert logged and "Traceback" in logged[-1].getMessage()
    crash[0].close()


def test_what_the_agent_typed_wrong_is_a_warning_not_a_crash(qtbot, caplog):
    parent = QWidget()
    qtbot.addWidget(parent)
    try:
        parse_member_number("992 0000 0000 001")  # one digit short
    except InvalidInput as exc:
        error = exc
    with caplog.at_level(logging.WARNING, logger="supportdesk.gui.errors"):
        show_error(parent, error)
    boxes = _open_dialogs(QMessageBox)
    assert len(boxes) == 1 and not _open_dialogs(CrashDialog)
    assert boxes[0].text() == error.message
    assert boxes[0].windowTitle() == "Check the input"
    boxes[0].close()


def test_the_drain_recovers_after_a_failure_in_one_of_its_steps(qtbot, window, monkeypatch):
    sync = window.sync
    qtbot.waitUntil(lambda: sync.available, timeout=10_000)
    record_round = LocalSync.record_round
    failures = []

    def fails_once(self, results):  # noqa: ANN001, ANN202 - the store worker's bookkeeping
        if not failures:
            failures.append(threading.current_thread().name)
            raise OSError("disk I/O error")
        return record_round(self, results)

    monkeypatch.setattr(LocalSync, "record_round", fails_once)
    number = demo_member_number(77)
    before = window.backend.client.get_member(number).miles_balance
    sync.tracker.unreachable("cable pulled")  # saved, not sent: the drain's to send
    saved = []
    sync.submit(build.credit(number, kind="goodwill", miles=33, reason="Drain recovery test"),
                new_operation_id(), saved.append, pytest.fail)
    qtbot.waitUntil(lambda: bool(saved) and sync.state.queued == 1, timeout=10_000)

    with qtbot.capture_exceptions() as caught:
        sync.drain()
        qtbot.waitUntil(lambda: bool(caught), timeout=10_000)
    assert "disk I/O error" in str(caught[0][1]) and failures[0].startswith("sd-store")
    sync.drain()  # not stuck "draining": the next one runs and sends it, once
    qtbot.waitUntil(lambda: sync.state.queued == 0, timeout=10_000)
    assert window.backend.client.get_member(number).miles_balance == before + 33
