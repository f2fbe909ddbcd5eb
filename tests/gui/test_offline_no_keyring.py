"""Offline work on a workstation without a secure keyring, in the real window against the real
server behind the fault proxy: the local store's key is wrapped by the agent's password, so a
credit queued offline survives a restart, the password opens it again offline, and once the
backend is back and the agent has signed in to it, the credit is sent once. After a password
change the previous password is asked once, and the work kept here is kept."""

from __future__ import annotations

import sqlite3

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.security.credentials import TokenStore
from supportdesk.server import db
from supportdesk.server.passwords import hash_password
from supportdesk.store.keywrap import WrappedKey, WrongPassword
from supportdesk.sync.connection import State

from ..helpers.faultproxy import Fault, FaultProxy
from ..helpers.gui import WAIT, close_sessions, fill, screenshot, sign_in
from ..helpers.gui_credits import open_credit_dialog
from ..helpers.gui_members import open_member

pytestmark = pytest.mark.slow  # two app starts, an outage and scrypt at every sign-in

NUMBER = demo_member_number(163)
AGENT = "agent18"


def start(url: str, tmp_path) -> tuple[Controller, ApiClient]:  # noqa: ANN001
    client = ApiClient(url, read_timeout=2, connect_timeout=1, retries=0)
    backend = Backend(client, "no keyring", "no-keyring-test", demo=False, health_interval=1.0)
    ctl = Controller(Config(backend_url=url), tokens=TokenStore(), backend=backend,
                     data_folder=tmp_path)
    ctl.start()
    return ctl, client


def credits_of(live_server, op_id: str) -> int:  # noqa: ANN001
    with live_server.settings.engine.connect() as conn:
        return len(conn.execute(select(db.ledger.c.id).where(
            db.ledger.c.operation_id == op_id)).all())


def test_a_credit_queued_offline_survives_a_restart_and_is_sent_once_without_a_keyring(
        qtbot, live_server, no_keyring, tmp_path):
    down = [False]
    with FaultProxy(live_server.url, choose=lambda _m, _p: (
            Fault.DROP_REQUEST if down[0] else Fault.NONE)) as proxy:
        made: list[tuple[Controller, ApiClient]] = []
        try:
            ctl, client = start(proxy.url, tmp_path)
            made.append((ctl, client))
            assert not ctl.tokens.secure
            assert "opens it when the backend" in ctl.dialog.ui.keyringNotice.text()
            window = sign_in(qtbot, ctl, AGENT)
            qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)  # no keyring needed
            assert window.actionNeedsAttention is not None
            assert "memory only" in window.keyring_label.text()
            open_member(qtbot, window, NUMBER)

            down[0] = True
            qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE,
                            timeout=WAIT)
            dialog = open_credit_dialog(qtbot, window)
            fill(qtbot, dialog.ui.milesEdit, "250")
            fill(qtbot, dialog.ui.reasonEdit, "Goodwill, queued on a computer with no keyring")
            qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
            dialog.ok_button.click()
            qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)
            queued: list = []
            window.sync.queued(queued.extend)
            qtbot.waitUntil(lambda: len(queued) == 1, timeout=WAIT)
            op_id = queued[0].op_id

            # Quit while the backend is away (the sign-out cannot reach it) and start again.
            window.close()
            ctl.shutdown()
            ctl, client = start(proxy.url, tmp_path)
            made.append((ctl, client))
            dialog = ctl.dialog
            qtbot.keyClicks(dialog.ui.usernameEdit, AGENT)
            qtbot.keyClicks(dialog.ui.passwordEdit, "not the password")
            qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: "does not open" in dialog.ui.errorLabel.text(),
                            timeout=WAIT)
            assert ctl.window is None
            fill(qtbot, dialog.ui.passwordEdit, "demo")
            qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: ctl.window is not None, timeout=WAIT)
            window = ctl.window
            qtbot.addWidget(window)
            assert client.signed_in_offline and client.token is None
            qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)
            assert window.sync.state.status.state is State.OFFLINE
            assert "Signed in offline" in window.ui.banner.text()
            bar = window.sign_in_again
            assert bar is not None and bar.isVisible()
            screenshot(window, "offline-sign-in-no-keyring.png")
            assert credits_of(live_server, op_id) == 0
            # The member opened before the restart reads from the offline copy the password
            # opened (the backend is not asked: not signed in to it).
            window.open_member(NUMBER)
            member = window.member
            qtbot.waitUntil(lambda: member.offline_copy and member.account is not None
                            and member.account.member_number == NUMBER, timeout=WAIT)
            assert "offline copy" in member.ui.asOfLabel.text()
            # Reading the copy is itself reported to the backend's audit trail, queued too.
            qtbot.waitUntil(lambda: window.sync.state.queued == 2, timeout=WAIT)

            down[0] = False  # back: nothing is sent until the agent signs in to it
            qtbot.waitUntil(lambda: "answers again" in bar.text.text(), timeout=WAIT)
            assert window.sync.state.queued == 2 and credits_of(live_server, op_id) == 0
            bar.password.setFocus()
            qtbot.keyClicks(bar.password, "demo")
            qtbot.keyClick(bar.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.sign_in_again is None, timeout=WAIT)
            assert client.token and not client.signed_in_offline
            qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=20_000)
            qtbot.wait(1500)  # a few more health checks and drains: nothing more is sent
            assert credits_of(live_server, op_id) == 1
            assert window.sync.state.attention == 0 and window.online
        finally:
            close_sessions(made)


def sent(db_path, op_id: str) -> int:  # noqa: ANN001
    with sqlite3.connect(db_path) as conn:
        return conn.execute("SELECT count(*) FROM ledger WHERE operation_id = ?",
                            (op_id,)).fetchone()[0]


def queue_a_credit(qtbot, window, reason: str) -> str:  # noqa: ANN001
    """The backend is away: a goodwill credit for NUMBER goes to the outbox; its op id."""
    dialog = open_credit_dialog(qtbot, window)
    fill(qtbot, dialog.ui.milesEdit, "120")
    fill(qtbot, dialog.ui.reasonEdit, reason)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)
    queued: list = []
    window.sync.queued(queued.extend)
    qtbot.waitUntil(lambda: len(queued) == 1, timeout=WAIT)
    return queued[0].op_id


def test_after_a_password_change_the_previous_password_keeps_the_work_queued_here(
        qtbot, private_servers, no_keyring, tmp_path):
    db_path = private_servers.database()
    server = private_servers.start(db_path)
    down = [False]
    with FaultProxy(server.url, choose=lambda _m, _p: (
            Fault.DROP_REQUEST if down[0] else Fault.NONE)) as proxy:
        made: list[tuple[Controller, ApiClient]] = []
        try:
            ctl, client = start(proxy.url, tmp_path)
            made.append((ctl, client))
            window = sign_in(qtbot, ctl, "agent19")
            qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
            open_member(qtbot, window, NUMBER)
            down[0] = True
            qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE,
                            timeout=WAIT)
            op_id = queue_a_credit(qtbot, window, "Goodwill, before the password change")
            window.close()
            ctl.shutdown()

            # Meanwhile IT set a new password; the backend is back.
            with sqlite3.connect(db_path) as conn:
                conn.execute("UPDATE agents SET password_hash = ? WHERE username = 'agent19'",
                             (hash_password("neues Passwort 2"),))
            down[0] = False
            ctl, client = start(proxy.url, tmp_path)
            made.append((ctl, client))
            dialog = ctl.dialog
            qtbot.keyClicks(dialog.ui.usernameEdit, "agent19")
            qtbot.keyClicks(dialog.ui.passwordEdit, "neues Passwort 2")
            qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: getattr(dialog, "previous_dialog", None) is not None
                            and dialog.previous_dialog.isVisible(), timeout=WAIT)
            ask = dialog.previous_dialog
            assert ctl.window is None and ask.password.hasFocus()
            qtbot.keyClicks(ask.password, "not it either")
            qtbot.keyClick(ask.password, Qt.Key.Key_Return)  # the default: keep my work
            qtbot.waitUntil(lambda: "not your previous password" in ask.message.text(),
                            timeout=WAIT)
            screenshot(ask, "previous-password.png")
            qtbot.keyClicks(ask.password, "demo")
            qtbot.keyClick(ask.password, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: ctl.window is not None, timeout=WAIT)
            window = ctl.window
            qtbot.addWidget(window)
            # The same store: the credit queued before the change is sent now, once.
            qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
            qtbot.waitUntil(lambda: sent(db_path, op_id) == 1, timeout=20_000)
            qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=WAIT)
            qtbot.wait(1500)  # a few more health checks and drains: nothing more is sent
            assert sent(db_path, op_id) == 1
            wrapped = WrappedKey(tmp_path / "store", ctl.backend.backend_id, "agent19")
            assert wrapped.open("neues Passwort 2").key  # wrapped again under the new one
            with pytest.raises(WrongPassword):
                wrapped.open("demo")
        finally:
            close_sessions(made)
