"""End-to-end GUI flows with pytest-qt against the real server."""

from __future__ import annotations

import keyring
import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number, format_member_number
from supportdesk.server import db

from ..helpers.gui import sign_in
from ..helpers.servers import copy_database


def member_row(live_server, index: int):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(db.members.c.id == index)).one()


def type_query(qtbot, window, text: str) -> None:
    edit = window.lookup.ui.queryEdit
    edit.clear()
    qtbot.keyClicks(edit, text)


def test_sign_in_find_by_part_of_a_name_and_open_exactly_that_member(qtbot, window,
                                                                     live_server):
    target = member_row(live_server, 17)
    lookup = window.lookup
    assert lookup.ui.queryEdit.hasFocus() or window.ui.pages.currentWidget() is lookup
    type_query(qtbot, window, f"{target.first_name} {target.last_name[:4]}")
    assert lookup.ui.kindLabel.text() == "Name"
    qtbot.waitUntil(lambda: lookup.model.rowCount() > 0, timeout=10_000)
    numbers = [lookup.model.hit(r).member_number for r in range(lookup.model.rowCount())]
    if target.member_number not in numbers:
        type_query(qtbot, window, f"{target.first_name} {target.last_name}")
        qtbot.waitUntil(lambda: not lookup.searching and lookup.model.rowCount() > 0,
                        timeout=10_000)
        numbers = [lookup.model.hit(r).member_number for r in range(lookup.model.rowCount())]
    row = numbers.index(target.member_number)
    # Keyboard only: ↓ into the results, down to the row, Enter to open.
    qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Down)
    for _ in range(row):
        qtbot.keyClick(lookup.ui.resultsView, Qt.Key.Key_Down)
    qtbot.keyClick(lookup.ui.resultsView, Qt.Key.Key_Return)
    member = window.member
    qtbot.waitUntil(lambda: member.account is not None, timeout=10_000)
    assert window.ui.pages.currentWidget() is member
    assert member.account.member_number == target.member_number
    assert member.ui.numberLabel.text() == format_member_number(target.member_number)
    assert target.first_name in member.ui.nameLabel.text()
    assert target.last_name in member.ui.nameLabel.text()
    assert member.ui.tierLabel.text() == target.tier
    assert "•" in member.ui.emailValue.text() and target.email not in member.ui.emailValue.text()
    with live_server.settings.engine.connect() as conn:
        entries = conn.execute(select(db.ledger.c.miles).where(
            db.ledger.c.member_id == target.id)).scalars().all()
    assert member.ledger.rowCount() == len(entries)
    balance = member.ui.balanceLabel.text().replace(",", "").replace("−", "-")
    assert int(balance) == sum(entries)
    # Esc goes back to the results with the query kept.
    qtbot.keyClick(member, Qt.Key.Key_Escape)
    assert window.ui.pages.currentWidget() is lookup


def test_enter_on_a_member_number_opens_it_directly(qtbot, window):
    number = demo_member_number(33)
    type_query(qtbot, window, format_member_number(number))
    assert window.lookup.ui.kindLabel.text() == "Member number"
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.member.account is not None, timeout=10_000)
    assert window.member.account.member_number == number


def test_fourteen_digits_list_candidates_and_enter_never_opens_one_of_them(qtbot, window):
    """One digit missing: the start of many numbers. Nothing is picked as if it were the
    member asked for, and Enter goes to the list instead of opening its first row."""
    number = demo_member_number(33)
    lookup = window.lookup
    type_query(qtbot, window, number[:14])
    qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Return)  # while it is still searching
    qtbot.waitUntil(lambda: not lookup.searching and lookup.model.rowCount() > 0,
                    timeout=10_000)
    hits = [lookup.model.hit(r) for r in range(lookup.model.rowCount())]
    assert all(h.member_number.startswith(number[:14]) for h in hits)
    assert {h.matched_by for h in hits} == {"member_number_prefix"}
    assert lookup.model.index(0, 6).data() == "start of the member number"
    assert not lookup.ui.resultsView.selectionModel().hasSelection()
    assert window.ui.pages.currentWidget() is lookup
    qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Return)  # results shown: into the list
    assert window.ui.pages.currentWidget() is lookup and lookup.ui.resultsView.hasFocus()
    assert window.member.account is None


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        ("992 0000 0000 0019", "check digit"),
        ("12345", "digits"),
        ("x" * 10_000, "too long"),
        ("<script>", "name has letters"),
        ("AB12CD3", "booking code"),
        ("a\x07b", "control characters"),
    ],
)
def test_bad_input_is_explained_as_the_agent_types(qtbot, window, typed, message):
    lookup = window.lookup
    lookup.ui.queryEdit.setText(typed)
    assert message in lookup.ui.messageLabel.text().lower() or \
        message in lookup.ui.messageLabel.text()
    assert lookup.model.rowCount() == 0
    assert not lookup.timer.isActive()


def test_unknown_member_number_says_so(qtbot, window):
    type_query(qtbot, window, demo_member_number(99_999_997))
    qtbot.waitUntil(lambda: "No member found" in window.lookup.ui.resultCountLabel.text(),
                    timeout=10_000)


def test_token_goes_to_the_keyring_and_sign_out_revokes_it(qtbot, controller, memory_keyring):
    window = sign_in(qtbot, controller, "agent2")
    stored = [v for (service, key), v in memory_keyring.store.items()
              if service == "SupportDesk" and key.endswith("|agent2")]
    assert stored and stored[0] == controller.backend.client.token
    assert not hasattr(window, "keyring_label")
    window.ui.actionSignOut.trigger()
    qtbot.waitUntil(lambda: controller.dialog is not None and controller.window is None)
    qtbot.waitUntil(lambda: not any(k.endswith("|agent2") for _s, k in memory_keyring.store),
                    timeout=10_000)
    from supportdesk.api.client import ApiClient
    from supportdesk.errors import AuthError

    probe = ApiClient(controller.backend.client.base_url)
    probe.token = stored[0]
    with pytest.raises(AuthError, match="signed out"):
        probe.me()


def test_wrong_password_is_shown_in_the_dialog(qtbot, controller):
    dialog = controller.dialog
    qtbot.keyClicks(dialog.ui.usernameEdit, "agent18")
    qtbot.keyClicks(dialog.ui.passwordEdit, "wrong")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "Wrong user name or password" in dialog.ui.errorLabel.text(),
                    timeout=10_000)
    assert controller.window is None
    assert dialog.ui.passwordEdit.isEnabled()


def test_no_secure_keyring_keeps_the_token_in_memory_and_says_so(qtbot, backend):
    from keyring.backends import fail

    from supportdesk.config import Config
    from supportdesk.gui.controller import Controller
    from supportdesk.security.credentials import TokenStore

    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        ctl = Controller(Config(backend_url=backend.client.base_url), tokens=TokenStore(),
                         backend=backend)
        ctl.start()
        assert "memory only" in ctl.dialog.ui.keyringNotice.text()
        window = sign_in(qtbot, ctl, "agent11")
        assert "memory only" in window.keyring_label.text()
        assert ctl.tokens.load("test-backend", "agent11") == backend.client.token
        window.close()
        ctl.taskman.shutdown(wait=True)
    finally:
        keyring.set_keyring(previous)


def test_ledger_loads_page_by_page_as_the_agent_scrolls(qtbot, window, live_server,
                                                        monkeypatch):
    from supportdesk.gui.member import view as member_view
    from supportdesk.gui.member.ledger_model import LedgerModel

    monkeypatch.setattr(member_view, "LEDGER_PAGE", 3)
    pages: list[int] = []
    original = LedgerModel.add_page
    monkeypatch.setattr(LedgerModel, "add_page",
                        lambda self, page: (pages.append(len(page.entries)),
                                            original(self, page)))
    index = next(i for i in range(1, 300) if _ledger_size(live_server, i) >= 10)
    total = _ledger_size(live_server, index)
    window.open_member(demo_member_number(index))
    member = window.member
    qtbot.waitUntil(lambda: member.account is not None, timeout=10_000)
    assert member.ledger.total == total
    # The view asks for more while it has room; scrolling to the end asks for the rest.
    while member.ledger.rowCount() < total:
        member.ui.ledgerView.scrollToBottom()
        qtbot.wait(20)
        qtbot.waitUntil(lambda: not member.ledger.loading, timeout=10_000)
    assert pages and all(size == 3 for size in pages[:-1])
    assert 3 + sum(pages) == total
    ids = [member.ledger.entry(r).id for r in range(total)]
    assert ids == sorted(set(ids), reverse=True)
    assert member.ui.ledgerStatusLabel.text() == f"{total} entries"


def _ledger_size(live_server, index: int) -> int:
    from sqlalchemy import func

    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.ledger)
                            .where(db.ledger.c.member_id == index)).scalar_one()


def test_an_expired_session_returns_to_the_sign_in_saying_why(qtbot, controller, live_server):
    from sqlalchemy import update

    from supportdesk.server.passwords import token_hash

    window = sign_in(qtbot, controller, "agent12")
    with live_server.settings.engine.begin() as conn:
        conn.execute(update(db.tokens)
                     .where(db.tokens.c.token_hash == token_hash(controller.backend.client.token))
                     .values(expires_at="2000-01-01T00:00:00.000000Z"))
    type_query(qtbot, window, "schmidt")
    qtbot.waitUntil(lambda: controller.window is None and controller.dialog is not None,
                    timeout=10_000)
    dialog = controller.dialog
    assert "expired" in dialog.ui.errorLabel.text()
    assert dialog.ui.usernameEdit.text() == "agent12"
    # Signing in again works and lands on a fresh main window.
    qtbot.keyClicks(dialog.ui.passwordEdit, "demo")
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=10_000)
    qtbot.addWidget(controller.window)


def test_server_gone_clears_old_results_and_says_offline(qtbot, seeded_db, memory_keyring,
                                                         tmp_path):
    """With the backend stopped, the search fails visibly and no earlier results remain."""
    from supportdesk.api.client import ApiClient
    from supportdesk.backend import Backend
    from supportdesk.config import Config
    from supportdesk.gui.controller import Controller
    from supportdesk.security.credentials import TokenStore
    from supportdesk.server.app import Settings
    from supportdesk.server.db import make_engine
    from supportdesk.server.embedded import EmbeddedServer

    own = copy_database(seeded_db, tmp_path / "own.sqlite")
    server = EmbeddedServer(Settings(engine=make_engine(own))).start()
    client = ApiClient(server.url, retries=0)
    ctl = Controller(Config(backend_url=server.url), tokens=TokenStore(),
                     backend=Backend(client, "own", "own", demo=False), data_folder=tmp_path)
    ctl.start()
    try:
        window = sign_in(qtbot, ctl, "agent13")
        type_query(qtbot, window, "weber")
        qtbot.waitUntil(lambda: window.lookup.model.rowCount() > 0, timeout=10_000)
        server.stop()
        type_query(qtbot, window, "koch")
        qtbot.waitUntil(lambda: not window.online, timeout=10_000)
        assert window.lookup.model.rowCount() == 0
        assert "refused" in window.lookup.ui.messageLabel.text()
        assert window.ui.banner.isVisible() and "Offline" in window.ui.banner.text()
        assert "Offline" in window.connection_label.text()
    finally:
        if ctl.window:
            ctl.window.close()
        ctl.taskman.shutdown(wait=True)
        client.close()


def test_a_bad_config_file_is_explained_in_the_sign_in(qtbot, tmp_path, monkeypatch,
                                                       memory_keyring):
    from supportdesk.gui.controller import Controller

    bad = tmp_path / "config.toml"
    bad.write_text('backend_url = "http://backend.example.com"\n', encoding="utf-8")
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(bad))
    monkeypatch.setenv("SUPPORTDESK_DATA_DIR", str(tmp_path / "data"))
    ctl = Controller(None)
    ctl.start()
    try:
        qtbot.waitUntil(lambda: "Plain HTTP" in ctl.dialog.ui.errorLabel.text(), timeout=10_000)
        assert not ctl.dialog.ok_button.isEnabled()
    finally:
        ctl.dialog.close()
        ctl.taskman.shutdown(wait=True)
        import logging
        import logging.handlers

        root = logging.getLogger()
        for handler in [h for h in root.handlers
                        if isinstance(h, logging.handlers.RotatingFileHandler)]:
            root.removeHandler(handler)
            handler.close()


def test_the_backend_comes_up_only_once_the_sign_in_has_been_painted(qtbot):
    """Start-up order: the worker's imports hold the GIL, so they wait for the first paint
    (or for the limit, should no paint come); `then` runs exactly once."""
    from PySide6.QtWidgets import QWidget

    from supportdesk.gui.controller import _AfterFirstPaint

    widget = QWidget()
    qtbot.addWidget(widget)
    calls, by_limit = [], []
    _AfterFirstPaint(widget, lambda: calls.append(widget.isVisible()), limit_ms=60_000)
    qtbot.wait(200)
    assert calls == []  # not shown: not painted, and the limit is far away
    widget.show()
    qtbot.waitUntil(lambda: calls == [True], timeout=5_000)
    widget.update()
    widget.repaint()
    qtbot.wait(100)
    assert calls == [True]

    hidden = QWidget()
    qtbot.addWidget(hidden)
    _AfterFirstPaint(hidden, lambda: by_limit.append(hidden.isVisible()), limit_ms=50)
    qtbot.waitUntil(lambda: by_limit == [False], timeout=5_000)  # never shown: the limit


def test_bench_hook_opens_a_member_and_reports_the_whole_ledger(live_server, tmp_path):
    """The hook bench/gui_memory.py relies on, run as the real app in a child process."""
    import os
    import subprocess
    import sys

    config = tmp_path / "config.toml"
    config.write_text(f'backend_url = "{live_server.url}"\n', encoding="utf-8")
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "SUPPORTDESK_CONFIG": str(config),
           "SUPPORTDESK_DATA_DIR": str(tmp_path / "data"),
           "SUPPORTDESK_BENCH_OPEN_MEMBER": demo_member_number(1),
           "SUPPORTDESK_BENCH_USER": "agent1", "SUPPORTDESK_BENCH_PASSWORD": "demo",
           "PYTHON_KEYRING_BACKEND": "keyring.backends.null.Keyring"}
    proc = subprocess.Popen([sys.executable, "-m", "supportdesk", "--log-level", "ERROR"],
                            stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True, env=env)
    try:
        line = ""
        for line in proc.stdout:
            if line.startswith("LOADED"):
                break
        assert line.startswith("LOADED"), line
        assert int(line.split()[2]) == _ledger_size(live_server, 1)
    finally:
        proc.kill()
        proc.wait(10)
        proc.stdout.close()


def test_the_command_line_gives_the_log_level_with_or_without_arguments(monkeypatch):
    from supportdesk.gui.app import parse_args

    monkeypatch.delenv("SUPPORTDESK_LOG_LEVEL", raising=False)
    assert parse_args([]).log_level == "INFO"
    monkeypatch.setenv("SUPPORTDESK_LOG_LEVEL", "DEBUG")
    assert parse_args([]).log_level == "DEBUG"  # the usual start: no parser is built
    assert parse_args(["--log-level", "WARNING"]).log_level == "WARNING"
    with pytest.raises(SystemExit):
        parse_args(["--no-such-option"])
