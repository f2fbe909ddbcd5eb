"""In the real window, behind a cache that answers every look-up with the first one's body:
the other member never reaches the screen, the agent sees a security alert, and the event is
in the backend's audit trail under the agent, naming the member asked for."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.security.credentials import TokenStore

from ..helpers.audit import security_events
from ..helpers.gui import WAIT, close_sessions, fill, sign_in
from ..helpers.intermediaries import caching_proxy


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
            assert "Security alert" in window.security_alert.text()
            qtbot.waitUntil(lambda: len(security_events(live_server, username)) > before,
                            timeout=WAIT)
            member, detail = security_events(live_server, username)[-1]
            assert member == (asked if echo else None)
            assert json.loads(detail)["code"] == ("wrong-member" if echo
                                                  else "request-id-mismatch")
            window.security_alert.linkActivated.emit("dismiss")
            assert not window.security_alert.isVisible()
        finally:
            close_sessions([(ctl, client)])
