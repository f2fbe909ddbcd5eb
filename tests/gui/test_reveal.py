"""Reveal with a reason in the real window (issue 16, item 1): Ctrl+Shift+V asks which fields
and why (the reason checked as typed), the backend's values replace the masks for
`reveal_seconds` with a countdown, then the masks come back; a member change and the lock mask
them at once; the offline copy refuses to reveal; the values are never written to the data
folder (store, outbox, cache) nor logged. And item 4: a member opened from the offline copy is
reported to the audit trail ("offline_read") once the backend is back, once."""

from __future__ import annotations

import datetime as dt
import json
import logging
import time
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.gui.member.reveal import RevealDialog
from supportdesk.security.credentials import TokenStore
from supportdesk.server import db
from supportdesk.sync.connection import State

from ..helpers.faultproxy import Fault, FaultProxy
from ..helpers.gui import WAIT, close_sessions, fill, screenshot, sign_in
from ..helpers.gui_members import open_member
from ..helpers.gui_queue import open_queue, show_request
from ..helpers.keys import check
from ..helpers.queue import add_request


@pytest.fixture
def session(qtbot, live_server, memory_keyring, tmp_path):
    """open_session(username, reveal_seconds) → a signed-in MainWindow (its data folder is
    tmp_path / "data")."""
    made = []

    def open_session(username: str, reveal_seconds: float = 60.0):  # noqa: ANN202
        client = ApiClient(live_server.url, read_timeout=10, retries=0)
        backend = Backend(client, "test", f"test-{username}", demo=False,
                          reveal_seconds=reveal_seconds)
        ctl = Controller(Config(backend_url=live_server.url), tokens=TokenStore(),
                         backend=backend, data_folder=tmp_path / "data")
        ctl.start()
        made.append((ctl, client))
        return sign_in(qtbot, ctl, username)

    yield open_session
    close_sessions(made)


def _row(live_server, number: str):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(
            db.members.c.member_number == number)).one()


def _reveals(live_server, number: str) -> list[dict]:
    with live_server.settings.engine.connect() as conn:
        return [json.loads(d) for d in conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "reveal", db.audit.c.member_number == number)).scalars()]


def _open_reveal(qtbot, member, keys: bool = True) -> RevealDialog:  # noqa: ANN001
    assert "Ctrl+Shift+V" in member.ui.revealButton.toolTip()
    if keys:
        qtbot.keyClick(member.ui.ledgerView, Qt.Key.Key_V,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    else:  # after an earlier dialog the offscreen window is not active again
        member.reveal_action.trigger()
    qtbot.waitUntil(lambda: isinstance(member.dialog, RevealDialog)
                    and member.dialog.isVisible(), timeout=WAIT)
    return member.dialog


def _reveal(qtbot, member, fields, code="supervisor_request",  # noqa: ANN001
            text="Supervisor Weber, case 17", keys: bool = True) -> None:
    dialog = _open_reveal(qtbot, member, keys)
    for name in fields:
        dialog.field_boxes[name].setChecked(True)
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData(code))
    fill(qtbot, dialog.text_edit, text)
    assert dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def _written(folder: Path) -> bytes:
    return b"".join(p.read_bytes() for p in folder.rglob("*") if p.is_file())


def test_revealed_values_show_for_a_limited_time_and_leave_no_trace(qtbot, session, live_server,
                                                                    tmp_path, caplog):
    caplog.set_level(logging.DEBUG)
    number = demo_member_number(2301)
    row = _row(live_server, number)
    window = session("agent8", reveal_seconds=2)
    member = open_member(qtbot, window, number)
    masked = member.ui.emailValue.text()
    assert masked != row.email and row.birth_date not in member.ui.birthDateValue.text()
    assert member.ui.nameLabel.text()  # the name stays readable
    _reveal(qtbot, member, ["email", "birth_date"])
    assert member.ui.emailValue.text() == row.email
    assert member.ui.birthDateValue.text() == row.birth_date
    assert member.ui.phoneValue.text() == member.account.phone_masked  # not asked: masked
    assert "masked again in" in member.ui.maskNote.text()
    screenshot(window, "reveal-countdown.png")
    qtbot.waitUntil(lambda: member.ui.emailValue.text() == masked, timeout=WAIT)
    assert member.ui.birthDateValue.text() == member.account.birth_date_masked
    assert member.ui.maskNote.text() == "Contact data is masked."
    assert _reveals(live_server, number) == [
        {"fields": ["email", "birth_date"], "reason": "supervisor_request",
         "reason_text": "Supervisor Weber, case 17"}]
    # Never written to the data folder (store, outbox, cache) nor logged.
    window.close()
    written = _written(tmp_path / "data")
    for secret in (row.email, row.birth_date):
        assert secret.encode() not in written
        assert secret not in caplog.text


def test_a_member_change_and_the_lock_mask_at_once(qtbot, session, live_server):
    first, second = demo_member_number(2302), demo_member_number(2303)
    window = session("agent9")
    member = open_member(qtbot, window, first)
    _reveal(qtbot, member, ["phone"], "caller_verified", "")
    assert member.ui.phoneValue.text() == _row(live_server, first).phone
    member = open_member(qtbot, window, second)
    assert member.ui.phoneValue.text() == member.account.phone_masked
    assert member.revealed is None and not member.reveal_timer.isActive()

    _reveal(qtbot, member, ["address"], "data_protection_request", "DPA request 2026-114",
            keys=False)
    row = _row(live_server, second)
    assert row.street in member.ui.addressValue.text()
    _reveal(qtbot, member, ["email"], "caller_verified", "", keys=False)
    email = member.ui.emailValue  # nothing cut off: the profile widens for the value
    assert email.text() == row.email and member.ui.addressValue.text() != \
        member.account.address_masked  # the earlier reveal still shows
    box = member.ui.profileBox
    qtbot.waitUntil(lambda: email.width() >= email.sizeHint().width()
                    and email.geometry().right() <= box.contentsRect().right(), timeout=WAIT)
    screenshot(window, "reveal-shown.png")
    window.actionLock.trigger()
    assert window.locked
    assert row.street not in member.ui.addressValue.text()
    assert member.ui.addressValue.text() == member.account.address_masked
    assert member.ui.emailValue.text() == member.account.email_masked



def test_closing_the_window_masks_what_was_revealed(qtbot, session, live_server):
    """Sign-out and quit close the window: nothing revealed outlives it."""
    number = demo_member_number(2307)
    window = session("agent12")
    member = open_member(qtbot, window, number)
    _reveal(qtbot, member, ["email"], "caller_verified", "")
    assert member.ui.emailValue.text() == _row(live_server, number).email
    window.close()
    assert member.revealed is None and not member.reveal_timer.isActive()
    assert member.ui.emailValue.text() == member.account.email_masked


def test_the_reason_is_checked_as_typed(qtbot, session):
    window = session("agent10")
    member = open_member(qtbot, window, demo_member_number(2304))
    dialog = _open_reveal(qtbot, member)
    check(dialog)  # every control reachable by its own letter, none clipped
    assert not dialog.ok_button.isEnabled()  # no field chosen
    dialog.field_boxes["email"].setChecked(True)
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("fraud_investigation"))
    assert not dialog.ok_button.isEnabled()  # this reason needs words
    fill(qtbot, dialog.text_edit, "ab")
    assert not dialog.ok_button.isEnabled()
    assert "at least 3" in dialog.text_error.text()
    screenshot(dialog, "reveal-dialog.png")
    fill(qtbot, dialog.text_edit, "Case 2026-17")
    assert dialog.ok_button.isEnabled() and not dialog.text_error.isVisible()
    dialog.reason_box.setCurrentIndex(dialog.reason_box.findData("caller_verified"))
    dialog.text_edit.clear()
    assert dialog.ok_button.isEnabled()  # a verified caller is its own reason
    dialog.reject()


@pytest.fixture
def behind_proxy(qtbot, live_server, memory_keyring, tmp_path):
    """(window, proxy): a session whose backend is reached through a FaultProxy."""
    proxy = FaultProxy(live_server.url).start()
    client = ApiClient(proxy.url, read_timeout=2, connect_timeout=1, retries=0)
    backend = Backend(client, "test", "test-offline-reads", demo=False, health_interval=1)
    ctl = Controller(Config(backend_url=proxy.url), tokens=TokenStore(), backend=backend,
                     data_folder=tmp_path / "data")
    ctl.start()
    try:
        yield sign_in(qtbot, ctl, "agent11"), proxy
    finally:
        close_sessions([(ctl, client)])
        proxy.stop()


def _offline_reads(live_server, number: str) -> list[dict]:
    with live_server.settings.engine.connect() as conn:
        return [json.loads(d) for d in conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "offline_read", db.audit.c.member_number == number)).scalars()]


@pytest.mark.slow
def test_offline_the_copy_refuses_to_reveal_and_its_reading_is_reported_once_back(
        qtbot, behind_proxy, live_server):
    window, proxy = behind_proxy
    number = demo_member_number(2305)
    qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
    open_member(qtbot, window, number)  # online: kept as the offline copy
    assert not _offline_reads(live_server, number)

    proxy.choose = lambda method, path: Fault.DROP_REQUEST  # the network goes away
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=20_000)
    before = time.time()
    member = open_member(qtbot, window, number)  # from the offline copy
    assert member.offline_copy
    assert not member.reveal_action.isEnabled()
    assert "revealing needs the backend" in member.ui.revealButton.toolTip()
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)

    proxy.choose = lambda method, path: Fault.NONE  # back
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=20_000)
    assert window.sync.state.attention == 0
    (read,) = _offline_reads(live_server, number)
    assert read["what"] == "member" and read["request_id"] is None
    opened = dt.datetime.fromisoformat(read["opened_at"]).timestamp()
    assert before - 1 <= opened <= time.time()


def _request_reads(live_server, request_id: int) -> list[dict]:
    with live_server.settings.engine.connect() as conn:
        details = conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "offline_read")).scalars()
        return [d for d in map(json.loads, details) if d["request_id"] == request_id]


@pytest.mark.slow
def test_a_request_read_from_the_offline_copy_is_reported_once_back(qtbot, behind_proxy,
                                                                    live_server):
    window, proxy = behind_proxy
    request_id = add_request(live_server)
    qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
    page = open_queue(qtbot, window, status="new")
    seen = show_request(qtbot, page, request_id)  # online: kept as the offline copy
    other = next(page.model.request(row).id for row in range(page.model.rowCount())
                 if page.model.request(row).id != request_id)
    show_request(qtbot, page, other)

    proxy.choose = lambda method, path: Fault.DROP_REQUEST
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=20_000)
    show_request(qtbot, page, request_id)
    qtbot.waitUntil(lambda: page.detail_as_of is not None, timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)

    proxy.choose = lambda method, path: Fault.NONE
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=20_000)
    assert window.sync.state.attention == 0
    (read,) = _request_reads(live_server, request_id)
    assert read["what"] == "request"
    with live_server.settings.engine.connect() as conn:
        audited_member = conn.execute(select(db.audit.c.member_number).where(
            db.audit.c.action == "offline_read").order_by(db.audit.c.id.desc())).first()[0]
    assert audited_member == seen.member_number


@pytest.mark.slow
def test_a_reveal_whose_answer_was_lost_is_audited_once_when_pressed_again(
        qtbot, behind_proxy, live_server):
    window, proxy = behind_proxy
    number = demo_member_number(2306)
    qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
    member = open_member(qtbot, window, number)
    lost = []

    def lose_the_first_answer(method: str, path: str) -> Fault:
        if path.endswith("/reveal") and not lost:
            lost.append(path)
            return Fault.DROP_RESPONSE  # applied by the server, the answer never arrives
        return Fault.NONE

    proxy.choose = lose_the_first_answer
    dialog = _open_reveal(qtbot, member)
    dialog.field_boxes["phone"].setChecked(True)
    qtbot.keyClick(dialog.text_edit, Qt.Key.Key_Return)  # caller verified: no words needed
    qtbot.waitUntil(lambda: dialog.error_label.isVisible() and not dialog.busy, timeout=WAIT)
    assert dialog.isVisible() and lost
    assert len(_reveals(live_server, number)) == 1  # the server did reveal, and audited it
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert member.ui.phoneValue.text() == _row(live_server, number).phone
    assert len(_reveals(live_server, number)) == 1  # the same reveal: audited once
