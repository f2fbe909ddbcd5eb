"""In the real window, behind a cache that answers every look-up with the first one's body:
the other member never reaches the screen, the agent sees a security alert, and the event is
in the backend's audit trail under the agent, naming the member asked for."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import QApplication, QPushButton
from sqlalchemy import insert, select

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.gui.member.view import LEDGER_PAGE
from supportdesk.security.credentials import TokenStore
from supportdesk.server import db

from ..helpers.audit import security_events
from ..helpers.gui import WAIT, close_sessions, fill, sign_in
from ..helpers.intermediaries import caching_proxy, swapping_proxy


@pytest.mark.expect_log("supportdesk", "")  # the refusal, the report and the alert box
@pytest.mark.parametrize("echo", [False, True], ids=["stale id", "id copied by the cache"])
def test_a_cached_look_up_for_another_member_raises_an_alert_and_is_reported(
        qtbot, live_server, memory_keyring, tmp_path, echo):
    first, asked = demo_member_number(120), demo_member_number(121)
    username = "agent15" if echo else "agent16"
    before = len(security_events(live_server, username))
    with caching_proxy(live_server.url, echo=echo) as (url, served):
        client = ApiClient(url, read_timeout=10)
        ctl = Controller(Config(backend_url=url), tokens=TokenStore(), data_folder=tmp_path,
                         backend=Backend(client, "behind a cache", "cached", demo=False))
        ctl.start()
        try:
            window = sign_in(qtbot, ctl, username)
            lookup = window.lookup
            fill(qtbot, lookup.ui.queryEdit, first)
            qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.member.account is not None, timeout=WAIT)
            window.show_lookup()
            fill(qtbot, lookup.ui.queryEdit, asked)
            qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: window.security_alert.isVisible(), timeout=WAIT)
            assert served  # the cache did answer the second look-up
            assert window.ui.pages.currentWidget() is lookup  # nothing opened
            assert lookup.model.rowCount() == 0  # and nothing of the answer listed
            assert "Security alert" in window.security_text.text()
            qtbot.waitUntil(lambda: len(security_events(live_server, username)) > before,
                            timeout=WAIT)
            member, detail = security_events(live_server, username)[-1]
            assert member == (asked if echo else None)
            assert json.loads(detail)["code"] == ("wrong-member" if echo
                                                  else "request-id-mismatch")
            dismiss = window.security_alert.findChild(QPushButton)
            qtbot.mouseClick(dismiss, Qt.MouseButton.LeftButton)
            assert not window.security_alert.isVisible()
        finally:
            close_sessions([(ctl, client)])


def _more_ledger_than_a_page(engine, number: str, entries: int = 150) -> None:  # noqa: ANN001
    """Give `number` more ledger entries than the member page shows at once."""
    with engine.begin() as conn:
        member_id = conn.execute(select(db.members.c.id)
                                 .where(db.members.c.member_number == number)).scalar_one()
        conn.execute(insert(db.ledger), [
            {"member_id": member_id, "posted_at": f"2025-01-01T10:{i // 60:02d}:{i % 60:02d}Z",
             "kind": "goodwill", "miles": 1, "description": f"Older goodwill {i}",
             "reference": None} for i in range(entries)])


@pytest.mark.expect_log("supportdesk", "")  # the refusal, the report and the alert box
def test_a_cached_ledger_page_for_another_cursor_is_refused_when_scrolling(
        qtbot, private_servers, memory_keyring, tmp_path):
    number = demo_member_number(130)
    server = private_servers.start()
    _more_ledger_than_a_page(server.settings.engine, number)
    with caching_proxy(server.url, echo=True) as (url, served):
        client = ApiClient(url, read_timeout=10)
        ctl = Controller(Config(backend_url=url), tokens=TokenStore(), data_folder=tmp_path,
                         backend=Backend(client, "behind a cache", "cached", demo=False))
        ctl.start()
        try:
            window = sign_in(qtbot, ctl, "agent14")
            member = window.member
            window.open_member(number)
            qtbot.waitUntil(lambda: member.account is not None
                            and member.ledger.rowCount() == LEDGER_PAGE, timeout=WAIT)
            assert member.ledger.canFetchMore(QModelIndex())
            member.ui.ledgerView.scrollToBottom()  # the agent scrolls: the next page is asked
            if member.ledger.canFetchMore(QModelIndex()):
                member.ledger.fetchMore(QModelIndex())
            qtbot.waitUntil(lambda: window.security_alert.isVisible(), timeout=WAIT)
            assert served  # the cache answered the next page with the first one
            assert member.ledger.rowCount() == LEDGER_PAGE  # nothing of it was added
            qtbot.waitUntil(lambda: len(security_events(server, "agent14")) == 1, timeout=WAIT)
            ((asked, detail),) = security_events(server, "agent14")
            assert asked == number
            assert json.loads(detail)["code"] == "request-id-mismatch"
            # The report settles; the member on screen is not reloaded for it, nor the page
            # asked again: the cache served the refused page once, and nothing else.
            qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=WAIT)
            qtbot.wait(300)
            assert served == [f"/api/v1/members/{number}/transactions"]
            assert len(security_events(server, "agent14")) == 1
        finally:
            close_sessions([(ctl, client)])


@pytest.mark.expect_log("supportdesk", "")  # the refusal, the report and the alert box
def test_a_sign_in_answered_for_another_agent_signs_nobody_in_as_them_and_is_reported(
        qtbot, live_server, memory_keyring, tmp_path):
    username = "agent13"
    before = len(security_events(live_server, username))
    with swapping_proxy(live_server.url) as url:
        supervisor = ApiClient(url, retries=0)
        supervisor.login("super3", "demo")  # the answer the proxy hands the next caller
        client = ApiClient(url, read_timeout=10)
        ctl = Controller(Config(backend_url=url), tokens=TokenStore(), data_folder=tmp_path,
                         backend=Backend(client, "behind a swapper", "swapped", demo=False))
        ctl.start()
        try:
            dialog = ctl.dialog
            qtbot.keyClicks(dialog.ui.usernameEdit, username)
            qtbot.keyClicks(dialog.ui.passwordEdit, "demo")
            qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: bool(dialog.caught), timeout=WAIT)
            assert ctl.window is None  # nobody signed in, least of all as super3
            assert client.token is None
            assert dialog.ui.errorLabel.text()
            # Again: the proxy now hands over this agent's own first answer, which is theirs.
            # The password is where the agent types again: Enter retries, it never cancels
            # (with the focus left on Cancel, Enter closed the sign-in and so the app).
            assert QApplication.focusWidget() is dialog.ui.passwordEdit
            fill(qtbot, dialog.ui.passwordEdit, "demo")
            qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
            qtbot.waitUntil(lambda: ctl.window is not None, timeout=WAIT)
            window = ctl.window
            qtbot.addWidget(window)
            assert window.agent.username == username
            qtbot.waitUntil(lambda: window.security_alert.isVisible(), timeout=WAIT)
            qtbot.waitUntil(lambda: len(security_events(live_server, username)) > before,
                            timeout=WAIT)
            member, detail = security_events(live_server, username)[-1]
            assert member is None
            assert (json.loads(detail)["code"], json.loads(detail)["answered_agent"]) == (
                "signin-mismatch", "super3")
        finally:
            close_sessions([(ctl, client)])
            supervisor.close()
