"""Sessions in the real window: the idle lock hides member data and keeps open work, the
password unlocks it (five wrong ones sign out); a sign-out made while the backend is away is
revoked once it is back; quitting revokes the token."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QLabel, QLineEdit

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.security.credentials import TokenStore
from supportdesk.security.sessions import MAX_UNLOCK_ATTEMPTS

from ..helpers.faultproxy import Fault, FaultProxy
from ..helpers.gui import WAIT, close_sessions, fill, sign_in
from ..helpers.gui_credits import open_credit_dialog
from ..helpers.gui_members import open_member
from ..helpers.http import token_accepted


def _controller(url: str, tmp_path, **backend_options) -> tuple[Controller, ApiClient]:
    client = ApiClient(url, read_timeout=10, retries=0)
    backend = Backend(client, "test", "test-sessions", demo=False, **backend_options)
    ctl = Controller(Config(backend_url=url), tokens=TokenStore(), backend=backend,
                     data_folder=tmp_path / "data")
    ctl.start()
    return ctl, client


def _visible_texts() -> str:
    texts = []
    for top in QApplication.topLevelWidgets():
        if not top.isVisible():
            continue
        for widget in [top, *top.findChildren(QLabel), *top.findChildren(QLineEdit)]:
            if widget.isVisible() and hasattr(widget, "text"):
                texts.append(widget.text())
    return "\n".join(texts)


@pytest.fixture
def locking(qtbot, live_server, memory_keyring, tmp_path):
    ctl, client = _controller(live_server.url, tmp_path, idle_lock_minutes=0.02)  # 1.2 s
    yield ctl
    close_sessions([(ctl, client)])


def test_idle_minutes_lock_the_window_and_the_password_brings_the_work_back(qtbot, locking):
    window = sign_in(qtbot, locking, "agent13")
    member = open_member(qtbot, window, demo_member_number(140))
    name = member.account.display_name
    dialog = open_credit_dialog(qtbot, window)
    fill(qtbot, dialog.ui.reasonEdit, "Lounge closed, typed before the lock")
    # Keys reaching the dialog's window (as the platform delivers them) keep it unlocked.
    dialog.activateWindow()
    for _ in range(12):  # 2.4 s, twice the limit
        QTest.keyClick(dialog.windowHandle(), Qt.Key.Key_Shift)
        qtbot.wait(200)
    assert not window.locked
    qtbot.waitUntil(lambda: window.locked, timeout=WAIT)  # then nobody touches anything

    assert not dialog.isVisible() and window.centralWidget() is window.lock_screen
    assert name not in _visible_texts()
    assert not window.ui.actionFindMember.isEnabled()  # no shortcut reaches the pages

    fill(qtbot, window.lock_screen.password, "wrong")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: "attempt" in window.lock_screen.message.text(), timeout=WAIT)
    assert window.locked

    fill(qtbot, window.lock_screen.password, "demo")
    qtbot.keyClick(window.lock_screen.password, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not window.locked, timeout=WAIT)
    assert dialog.isVisible()
    assert dialog.ui.reasonEdit.text() == "Lounge closed, typed before the lock"
    assert window.ui.actionFindMember.isEnabled()
    assert window.member.account.display_name == name  # the page as it was


def test_wrong_passwords_at_the_lock_sign_the_session_out(qtbot, live_server, locking,
                                                         request):
    window = sign_in(qtbot, locking, "agent13")
    # The session's end deletes its window: not one for pytest-qt to close afterwards.
    request.node.qt_widgets = [(ref, f) for ref, f in request.node.qt_widgets
                               if ref() is not window]
    token = locking.backend.client.token
    window.lock()
    screen = window.lock_screen
    for attempt in range(1, MAX_UNLOCK_ATTEMPTS + 1):
        fill(qtbot, screen.password, "guess")
        qtbot.keyClick(screen.password, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda: screen.attempts == attempt, timeout=WAIT)  # noqa: B023
        if attempt < MAX_UNLOCK_ATTEMPTS:
            assert locking.window is window and window.locked
    qtbot.waitUntil(lambda: locking.window is None and locking.dialog is not None,
                    timeout=WAIT)
    assert "wrong passwords" in locking.dialog.ui.errorLabel.text()
    qtbot.waitUntil(lambda: not token_accepted(live_server.url, token), timeout=WAIT)


def test_a_sign_out_while_offline_is_revoked_once_the_backend_is_back(
        qtbot, live_server, memory_keyring, tmp_path):
    down = [False]
    with FaultProxy(live_server.url, choose=lambda _m, _p: (
            Fault.DROP_REQUEST if down[0] else Fault.NONE)) as proxy:
        ctl, client = _controller(proxy.url, tmp_path)
        try:
            window = sign_in(qtbot, ctl, "agent13")
            token = client.token
            down[0] = True
            window.ui.actionSignOut.trigger()
            qtbot.waitUntil(lambda: ctl.deferred_timer.isActive(), timeout=WAIT)
            assert token_accepted(live_server.url, token)  # nothing reached the backend
            assert ctl.tokens.deferred_revocations(ctl.backend.backend_id) == [token]
            down[0] = False
            ctl.send_deferred_sign_outs()  # what the timer does every half minute
            qtbot.waitUntil(lambda: not ctl.deferred_timer.isActive(), timeout=WAIT)
            assert not token_accepted(live_server.url, token)
        finally:
            close_sessions([(ctl, client)])


def test_quitting_revokes_the_token(qtbot, live_server, memory_keyring, tmp_path):
    ctl, client = _controller(live_server.url, tmp_path)
    window = sign_in(qtbot, ctl, "agent13")
    token = client.token
    window.close()
    ctl.shutdown()  # what the app does once its last window has closed
    assert not token_accepted(live_server.url, token)
    assert not any(key.endswith("|agent13") for _service, key in memory_keyring.store)
