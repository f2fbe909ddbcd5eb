"""Writes other than credits while the backend is away or in maintenance, in the real window
against a private reference server that the test stops, restarts and puts into maintenance."""

from __future__ import annotations

import datetime as dt
import sqlite3
from contextlib import closing
from pathlib import Path

import pytest
from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import QDialogButtonBox, QLineEdit
from sqlalchemy import func, select

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.api.models import RetroFlight
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.domain.awards import price_upgrade
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.controller import Controller
from supportdesk.gui.member.ledger_model import format_miles
from supportdesk.gui.sync.attention import NeedsAttentionDialog
from supportdesk.operations import build
from supportdesk.security.credentials import TokenStore
from supportdesk.server import db, maintenance
from supportdesk.server.db import make_engine
from supportdesk.sync.connection import State

from ..helpers.awards import (
    TRAVELLERS,
    add_ticket,
    fund,
    inventory,
    passengers,
    seats,
    set_seats,
    utc_day,
)
from ..helpers.gui import WAIT, close_sessions, fill, screenshot, sign_in
from ..helpers.gui_awards import choose_first_flight, fill_search, search
from ..helpers.gui_credits import fill_retro, open_credit_dialog, pending_page, select_credit
from ..helpers.gui_members import open_member
from ..helpers.gui_queue import open_dialog as open_decision
from ..helpers.gui_queue import open_queue, show_request
from ..helpers.keys import check


@pytest.fixture
def private_session(qtbot, private_servers, memory_keyring, tmp_path):  # noqa: ANN001, ANN201
    """session(server, username) → a signed-in window on `server`, health checked every
    second; closed and its workers joined afterwards."""
    made: list[tuple[Controller, ApiClient]] = []

    def open_session(url: str, username: str):  # noqa: ANN202
        client = ApiClient(url, read_timeout=2, connect_timeout=1, retries=0)
        backend = Backend(client, "private", "private-test", demo=False, health_interval=1.0)
        ctl = Controller(Config(backend_url=url), tokens=TokenStore(), backend=backend,
                         data_folder=tmp_path)
        ctl.start()
        made.append((ctl, client))
        window = sign_in(qtbot, ctl, username)
        qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)
        return window

    yield open_session
    close_sessions(made)


def new_request(url: str, username: str):  # noqa: ANN201
    """A new, unassigned request on this (private) server."""
    api = ApiClient(url)
    api.login(username, "demo")
    try:
        return api.list_requests(status=["new"], assigned="unassigned", limit=1).requests[0]
    finally:
        api.close()


def server_request(url: str, request_id: int, number: str):  # noqa: ANN201
    api = ApiClient(url)
    api.login("super1", "demo")
    try:
        return api.get_request(request_id, member_number=number)
    finally:
        api.close()


def test_a_decision_made_offline_waits_in_the_outbox_and_is_recorded_once_when_back(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    url = server.url
    item = new_request(url, "agent17")
    window = private_session(url, "agent17")
    page = open_queue(qtbot, window, status="new")
    show_request(qtbot, page, item.id)
    qtbot.keyClick(page.ui.queueView, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.detail.assignee_id == window.agent.id, timeout=WAIT)

    port = server.port
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    dialog = open_decision(qtbot, page)
    dialog.choose("escalate")
    qtbot.keyClicks(dialog.ui.noteEdit, "Fare rules unclear; supervisor to decide")
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert "Saved on this computer" in page.ui.noticeLabel.text()
    assert "when the backend is back" in page.ui.noticeLabel.text()
    assert not page.ui.decideButton.isEnabled()
    assert "queued" in page.ui.decideButton.toolTip()
    assert page.queued_decisions == {item.id}
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=5_000)

    private_servers.start(private_servers.database(), port=port)  # back, same address
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=20_000)
    decided = server_request(url, item.id, item.member_number)
    assert decided.status == "escalated"
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.status == "escalated",
                    timeout=WAIT)
    assert window.sync.state.attention == 0
    assert item.id not in page.queued_decisions


def test_the_queue_and_the_requests_opened_are_readable_offline_as_of_when_seen(
        qtbot, private_servers, private_session, tmp_path):
    server = private_servers.start()
    mine = new_request(server.url, "agent15")
    window = private_session(server.url, "agent15")
    page = open_queue(qtbot, window, status="new")
    rows = [page.model.request(row).id for row in range(page.model.rowCount())]
    other, never_opened = [rid for rid in rows if rid != mine.id][:2]
    show_request(qtbot, page, other)
    seen = show_request(qtbot, page, mine.id)
    qtbot.keyClick(page.ui.queueView, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.detail.assignee_id == window.agent.id, timeout=WAIT)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)  # the list after the claim
    listed = page.model.rowCount()
    page.set_filters(assigned="me")  # one offline copy per filter: this one holds "mine"
    qtbot.waitUntil(lambda: not page.loading and page.model.row_of(mine.id) is not None,
                    timeout=WAIT)
    page.set_filters(status="new")
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)

    port = server.port
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    page.refresh()
    qtbot.waitUntil(lambda: page.list_as_of is not None, timeout=WAIT)
    assert page.ui.updatedLabel.text().startswith("Offline copy as of ")
    assert page.model.rowCount() == listed

    show_request(qtbot, page, other)  # opened before: the copy, saying so
    qtbot.waitUntil(lambda: page.detail_as_of is not None, timeout=WAIT)
    assert f"Offline copy of request #{other} as of" in page.ui.noticeLabel.text()
    assert not page.ui.claimButton.isEnabled()
    assert "needs the backend" in page.ui.claimButton.toolTip()

    assert page.select(never_opened)  # never opened: nothing to show, and it says why
    qtbot.waitUntil(lambda: f"Request #{never_opened} cannot be shown"
                    in page.ui.placeholderLabel.text(), timeout=WAIT)
    assert page.detail is None and not page.ui.decideButton.isEnabled()

    page.set_filters(assigned="me")
    qtbot.waitUntil(lambda: page.model.row_of(mine.id) is not None, timeout=WAIT)
    copy = show_request(qtbot, page, mine.id)
    assert page.detail_as_of is not None
    assert copy.customer_message == seen.customer_message
    assert copy.assignee_id == window.agent.id  # claimed before the backend went
    assert page.ui.decideButton.isEnabled()  # a decision on one's own request is queued

    # Sealed: the member's name and the customer's words are nowhere in the store's bytes.
    files = list((tmp_path / "store").iterdir())  # the store, its WAL and shared memory
    assert any(p.name == "local.sqlite" for p in files)
    stored = b"".join(p.read_bytes() for p in files)
    for secret in (seen.member_name, seen.customer_message[:40]):
        assert secret.encode() not in stored, secret

    private_servers.start(private_servers.database(), port=port)  # back, same address
    qtbot.waitUntil(lambda: page.list_as_of is None and page.detail_as_of is None,
                    timeout=20_000)
    assert page.ui.updatedLabel.text().startswith("Updated ")
    assert "Offline copy" not in page.ui.noticeLabel.text()


@pytest.mark.slow
def test_maintenance_of_the_queue_greys_its_actions_with_the_reason_until_it_ends(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    item = new_request(server.url, "agent18")
    window = private_session(server.url, "agent18")
    page = open_queue(qtbot, window, status="new")
    show_request(qtbot, page, item.id)
    assert page.ui.claimButton.isEnabled()

    engine = make_engine(private_servers.database())
    until = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=2)).isoformat(timespec="minutes")
    maintenance.start(engine, ["requests"], until, "Moving to the new CRM.")
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.MAINTENANCE,
                    timeout=WAIT)
    qtbot.waitUntil(lambda: not page.ui.claimButton.isEnabled(), timeout=WAIT)
    assert not page.ui.decideButton.isEnabled()
    tip = page.ui.claimButton.toolTip()
    assert "in maintenance until" in tip and "Moving to the new CRM." in tip
    assert "The request queue: in maintenance until" in window.ui.banner.text()

    maintenance.end(engine)
    qtbot.waitUntil(lambda: page.ui.claimButton.isEnabled(), timeout=WAIT)
    engine.dispose()


def test_a_refused_decision_that_cannot_be_edited_now_says_why_over_its_request(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    item = new_request(server.url, "agent13")  # nobody's: deciding it needs a claim first
    window = private_session(server.url, "agent13")
    attention = refused_on_sync(qtbot, window, build.request_decision(
        item.id, item.member_number, "reject", "Outside the fare rules", "No.",
        summary=f"Request #{item.id}: reject"))
    attention.edit_button.click()
    page = window.queue
    qtbot.waitUntil(lambda: "cannot be edited now" in page.ui.noticeLabel.text(), timeout=WAIT)
    assert "Claim the request first" in page.ui.noticeLabel.text()
    assert page.detail is not None and page.detail.id == item.id  # shown, to claim it
    assert page.dialog is None and page.editing is None
    assert window.sync.state.attention == 1  # still there, to edit once claimed


def business_seats(server, number: str, seats_by_day: dict[dt.date, int]) -> list[int]:  # noqa: ANN001
    """Member `number` funded for awards, and Business seats VIE–JFK on each day: the
    inventory ids, in the order given."""
    fund(server, number)
    ids = []
    for day, count in seats_by_day.items():
        ids.append(inventory(server, "VIE", "JFK", day, "Business"))
        set_seats(server, ids[-1], count)
    return ids


def test_an_award_booked_offline_is_provisional_then_confirmed_or_a_call_back(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    number = demo_member_number(957)
    confirmed_day, sold_out_day = utc_day(9), utc_day(10)
    kept, gone = business_seats(server, number, {confirmed_day: 3, sold_out_day: 1})
    window = private_session(server.url, "agent19")
    member = open_member(qtbot, window, number)

    port = server.port
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    assert member.award_action.isEnabled()  # provisional, through the outbox
    for day, count in ((confirmed_day, "2"), (sold_out_day, "1")):
        member.award_action.trigger()
        qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible()
                        and member.dialog.ui.originEdit.text() == "", timeout=WAIT)
        dialog = member.dialog
        fill_search(qtbot, dialog, "VIE", "JFK", day, passengers=count)
        qtbot.waitUntil(lambda d=dialog: d.ok_button.isEnabled(), timeout=WAIT)
        assert dialog.ok_button.text() == "Book pro&visionally"
        check(dialog)
        assert "Offline" in dialog.ui.flightsNote.text()
        qtbot.keyClick(dialog.ui.passengersEdit, Qt.Key.Key_Return)
        qtbot.waitUntil(lambda d=dialog: d.ui.resultBox.isVisible(), timeout=WAIT)
        assert dialog.ui.codeLabel.text() == "PENDING"
        assert "pending confirmation" in dialog.ui.resultLabel.text()
        assert f"Passengers: {member.account.first_name} {member.account.last_name}" \
            in dialog.ui.resultLabel.text()
        assert "pending confirmation" in member.ui.messageLabel.text()
        dialog.reject()
    qtbot.waitUntil(lambda: window.sync.state.queued == 2, timeout=5_000)

    set_seats(server, gone, 0)  # while the backend was away, the last seat went elsewhere
    private_servers.start(private_servers.database(), port=port)
    qtbot.waitUntil(lambda: window.sync.state.queued == 0 and window.sync.state.attention == 1,
                    timeout=20_000)
    assert seats(server, kept) == 1  # two seats, booked once
    with server.settings.engine.connect() as conn:
        bookings = conn.execute(select(func.count()).select_from(db.award_bookings).where(
            db.award_bookings.c.inventory_id == kept)).scalar_one()
        # The names saved offline went with it and were judged by the same rules.
        names = conn.execute(
            select(db.award_passengers.c.given_name, db.award_passengers.c.surname)
            .join(db.award_bookings,
                  db.award_bookings.c.id == db.award_passengers.c.booking_id)
            .where(db.award_bookings.c.inventory_id == kept)
            .order_by(db.award_passengers.c.seq)).all()
    assert bookings == 1
    assert [tuple(n) for n in names] == [
        (member.account.first_name, member.account.last_name), TRAVELLERS[1]]

    attention = NeedsAttentionDialog(window.sync, window)
    qtbot.addWidget(attention)
    qtbot.waitUntil(lambda: attention.table.rowCount() == 1, timeout=WAIT)
    assert attention.table.item(0, 3).text().startswith("Call the member back")
    assert "No award seats left" in attention.table.item(0, 4).text()
    assert attention.discard_button.text() == "Called &back…"
    attention.discard_button.click()
    ask = attention.reason_dialog
    qtbot.waitUntil(lambda: ask.isVisible(), timeout=WAIT)
    ok = ask.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    assert not ok.isEnabled()  # no word, no closing
    told = "Told her the 10th is full; she will call back for the 11th"
    qtbot.keyClicks(ask.findChild(QLineEdit), told)
    assert ok.isEnabled()
    ok.click()
    qtbot.waitUntil(lambda: attention.table.rowCount() == 0, timeout=WAIT)
    # The agent's word reached the backend's audit trail, once, about that member.
    qtbot.waitUntil(lambda: window.sync.state.queued == 0 and window.sync.state.attention == 0,
                    timeout=WAIT)
    with server.settings.engine.connect() as conn:
        audited = conn.execute(select(db.audit.c.member_number, db.audit.c.detail).where(
            db.audit.c.action == "operation_called_back")).all()
    assert len(audited) == 1 and audited[0].member_number == number
    assert told in audited[0].detail
    attention.close()


def test_a_credit_refused_on_sync_is_edited_in_the_credit_dialog_and_sent_as_a_new_one(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    number, ticket = demo_member_number(958), "2209999997001"
    window = private_session(server.url, "agent14")
    open_member(qtbot, window, number)

    port = server.port
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    dialog = open_credit_dialog(qtbot, window)
    fill_retro(qtbot, dialog, ticket=ticket)  # LH400 FRA–JFK, ten days ago
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)

    # Meanwhile a colleague credited that very flight (through a backend on another address).
    elsewhere = private_servers.start(private_servers.database())
    api = ApiClient(elsewhere.url)
    api.login("agent13", "demo")
    day = (dt.datetime.now(dt.UTC).date() - dt.timedelta(days=10)).isoformat()
    api.propose_credit(number, kind="retro_claim", reason="Claimed by phone",
                       operation_id=new_operation_id(),
                       flight=RetroFlight(ticket, "LH400", day, "M", "FRA", "JFK"))
    api.close()
    private_servers.stop(elsewhere)
    private_servers.start(private_servers.database(), port=port)
    qtbot.waitUntil(lambda: window.sync.state.attention == 1, timeout=20_000)

    window.show_needs_attention()
    attention = window.findChild(NeedsAttentionDialog)
    qtbot.waitUntil(lambda: attention.table.rowCount() == 1, timeout=WAIT)
    assert "already claimed" in attention.table.item(0, 4).text()
    assert attention.edit_button.isEnabled()
    attention.edit_button.click()
    member = window.member
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog is not dialog
                    and member.dialog.isVisible(), timeout=WAIT)
    edit = member.dialog
    assert edit.windowTitle().startswith("Edit and send again")
    assert edit.kind == "retro_claim" and edit.ui.ticketEdit.text() == ticket
    assert edit.ui.flightNumberEdit.text() == "LH400"
    assert edit.ui.reasonEdit.text() == "Card not presented at check-in"
    assert "already claimed" in edit.ui.errorLabel.text()
    # It was the way back, in fact.
    fill(qtbot, edit.ui.flightNumberEdit, "LH401")
    fill(qtbot, edit.ui.originEdit, "JFK")
    fill(qtbot, edit.ui.destinationEdit, "FRA")
    qtbot.waitUntil(lambda: edit.ok_button.isEnabled(), timeout=WAIT)
    edit.ok_button.click()
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=WAIT)
    assert member.ui.messageLabel.text().startswith("Credited ")
    assert window.sync.state.attention == 0
    with server.settings.engine.connect() as conn:
        claims = conn.execute(select(db.credits.c.reference).where(
            db.credits.c.kind == "retro_claim", db.credits.c.reference.contains(ticket))
        ).scalars().all()
    assert sorted(c.split()[0] for c in claims) == ["LH400", "LH401"]  # each flight once
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=WAIT)


def test_a_refused_credit_that_cannot_be_edited_now_says_why_over_the_member(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    with server.settings.engine.connect() as conn:
        closed = conn.execute(select(db.members.c.member_number).where(
            db.members.c.status == "closed").limit(1)).scalar_one()
    window = private_session(server.url, "agent12")
    window.sync.submit(build.credit(closed, kind="goodwill", miles=500,
                                    reason="Agreed on the phone",
                                    summary="Goodwill: 500 miles"),
                       new_operation_id(), lambda _s: None, pytest.fail, interactive=False)
    qtbot.waitUntil(lambda: window.sync.state.attention == 1, timeout=WAIT)
    window.show_needs_attention()
    attention = window.findChild(NeedsAttentionDialog)
    qtbot.waitUntil(lambda: attention.table.rowCount() == 1, timeout=WAIT)
    attention.edit_button.click()
    message = window.member.ui.messageLabel
    qtbot.waitUntil(lambda: "cannot be edited now" in message.text(), timeout=WAIT)
    assert "The account is closed." in message.text()
    assert window.member.dialog is None


def refused_on_sync(qtbot, window, operation) -> NeedsAttentionDialog:  # noqa: ANN001
    """`operation` sent as the sender sends a queued row (no dialog looking), refused by the
    backend: Needs attention opened on it."""
    window.sync.submit(operation, new_operation_id(), lambda _s: None, pytest.fail,
                       interactive=False)
    qtbot.waitUntil(lambda: window.sync.state.attention == 1, timeout=WAIT)
    window.show_needs_attention()
    attention = window.findChild(NeedsAttentionDialog)
    qtbot.waitUntil(lambda: attention.table.rowCount() == 1, timeout=WAIT)
    check(attention)
    return attention


def test_a_decision_refused_on_sync_is_edited_over_its_request_and_sent_as_a_new_one(
        qtbot, private_servers, private_session, tmp_path):
    server = private_servers.start()
    item = new_request(server.url, "agent16")
    api = ApiClient(server.url)
    api.login("agent16", "demo")
    api.claim_request(item.id, new_operation_id(), member_number=item.member_number)
    api.close()
    window = private_session(server.url, "agent16")
    note = "Rebooking within the fare rules"
    attention = refused_on_sync(qtbot, window, build.request_decision(
        item.id, item.member_number, "approve", note, None,
        summary=f"Request #{item.id}: approve — {note}"))
    assert attention.table.item(0, 2).text() == "Request decision"
    assert "Write the reply to the customer." in attention.table.item(0, 4).text()
    assert attention.edit_button.isEnabled()
    attention.edit_button.click()

    page = window.queue
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isVisible(), timeout=WAIT)
    edit = page.dialog
    assert edit.detail.id == item.id
    assert edit.windowTitle().startswith(f"Edit and send again — request #{item.id}")
    assert edit.decision == "approve" and edit.ui.noteEdit.toPlainText() == note
    assert "Write the reply to the customer." in edit.ui.errorLabel.text()
    reply = "Dear customer, your rebooking is approved; the new ticket follows by e-mail."
    edit.ui.replyEdit.setPlainText(reply)
    screenshot(edit, "decision-edit.png")
    qtbot.keyClick(edit.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not edit.isVisible(), timeout=WAIT)
    decided = server_request(server.url, item.id, item.member_number)
    assert decided.status == "approved"
    qtbot.waitUntil(lambda: window.sync.state.attention == 0 and window.sync.state.queued == 0,
                    timeout=WAIT)  # the banner's counts follow the outbox
    states = [(kind, state) for _id, kind, _policy, state in outbox_rows(tmp_path)]
    assert states == [("request_decision", "resubmitted"), ("request_decision", "applied")]


def test_a_provisional_booking_refused_on_sync_is_booked_again_on_another_day(
        qtbot, private_servers, private_session, tmp_path):
    server = private_servers.start()
    number = demo_member_number(959)
    full_day, free_day = utc_day(12), utc_day(13)
    full, free = business_seats(server, number, {full_day: 0, free_day: 2})
    window = private_session(server.url, "agent11")
    member = open_member(qtbot, window, number)
    attention = refused_on_sync(qtbot, window, build.award_on_route(
        number, origin="VIE", destination="JFK", date=full_day, cabin="Business",
        names=passengers(1), summary="Award VIE–JFK (provisional)"))
    assert attention.table.item(0, 3).text().startswith("Call the member back")
    assert attention.edit_button.isEnabled()
    attention.edit_button.click()

    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    edit = member.dialog
    ui = edit.ui
    assert edit.windowTitle().startswith("Book again")
    assert (ui.originEdit.text(), ui.destinationEdit.text()) == ("VIE", "JFK")
    assert ui.dateEdit.date().toPython() == full_day
    assert ui.cabinCombo.currentData() == "Business" and ui.passengersEdit.text() == "1"
    rows = edit.passengers.rows  # the names it was saved with, not the member's
    assert (rows[0][1].text(), rows[0][2].text()) == ("Anna", "Schmidt")
    assert "No award seats left" in ui.errorLabel.text()
    qtbot.waitUntil(lambda: not edit.searching and edit.model.rowCount() > 0, timeout=WAIT)
    assert not edit.model.flight(0).available  # searched at once: still full that day
    screenshot(edit, "award-book-again.png")
    ui.dateEdit.setDate(QDate(free_day.year, free_day.month, free_day.day))
    search(qtbot, edit)
    flight = choose_first_flight(qtbot, edit)
    assert flight.inventory_id == free
    qtbot.keyClick(ui.flightsView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.resultBox.isVisible() and ui.codeLabel.text() != "PENDING",
                    timeout=WAIT)
    assert seats(server, free) == 1 and seats(server, full) == 0
    qtbot.waitUntil(lambda: window.sync.state.attention == 0 and window.sync.state.queued == 0,
                    timeout=WAIT)
    states = [(kind, policy, state) for _id, kind, policy, state in outbox_rows(tmp_path)]
    assert states == [("award_booking", "provisional", "resubmitted"),
                      ("award_booking", "refuse", "applied")]
    edit.reject()


def outbox_rows(folder: Path) -> list[tuple[str, str, str, str]]:
    """(op_id, kind, policy, state) of every outbox row, oldest first: read beside the app
    (WAL lets a second reader in); these columns are not personal data, so not sealed."""
    with closing(sqlite3.connect(folder / "store" / "local.sqlite")) as conn:
        return conn.execute("SELECT op_id, kind, policy, state FROM outbox ORDER BY seq").fetchall()


def test_writes_that_need_the_backend_are_outbox_rows_too_and_refused_while_it_is_away(
        qtbot, private_servers, private_session, tmp_path):
    server = private_servers.start()
    api = ApiClient(server.url)
    api.login("agent9", "demo")
    first, second = (api.propose_credit(demo_member_number(n), kind="goodwill", miles=9_000,
                                        reason="Lost luggage, 3 days",
                                        operation_id=new_operation_id()) for n in (841, 842))
    api.close()
    window = private_session(server.url, "super2")
    page = pending_page(qtbot, window)
    select_credit(qtbot, page, first.id)
    page.ui.approveButton.click()
    qtbot.waitUntil(lambda: page.model.row_of(first.id) is None and page.deciding is None,
                    timeout=WAIT)
    # An approval needs the backend, yet it too was saved before it was sent, and sent
    # under the row's id.
    [(op_id, kind, policy, state)] = outbox_rows(tmp_path)
    assert (kind, policy, state) == ("approval", "refuse", "applied")
    engine = make_engine(private_servers.database())
    with engine.connect() as conn:
        assert conn.execute(select(db.idempotency.c.status_code).where(
            db.idempotency.c.key == op_id)).scalar_one() == 200
    engine.dispose()

    port = server.port
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    select_credit(qtbot, page, second.id)
    # Greyed with the reason, as on a member's offline copy.
    assert not page.ui.approveButton.isEnabled() and not page.ui.rejectButton.isEnabled()
    assert page.ui.ownLabel.isVisible() and "needs its live state" in page.ui.ownLabel.text()
    assert "needs its live state" in page.ui.approveButton.toolTip()
    window.resize(1280, 800)
    screenshot(window, "approval-refused-offline.png")
    # A press that raced the banner (Alt+A as the backend went) is refused, nothing saved.
    page.approve()
    qtbot.waitUntil(lambda: "Nothing was saved or sent" in page.ui.errorLabel.text(),
                    timeout=WAIT)
    assert "needs its live state" in page.ui.errorLabel.text()  # the reason, for the agent
    assert len(outbox_rows(tmp_path)) == 1 and window.sync.state.queued == 0
    assert page.model.row_of(second.id) is not None  # still there to approve later

    private_servers.start(private_servers.database(), port=port)
    qtbot.waitUntil(lambda: window.sync.state.status.state is not State.OFFLINE,
                    timeout=WAIT)
    assert page.ui.approveButton.isEnabled() and not page.ui.ownLabel.isVisible()
    page.ui.approveButton.click()
    qtbot.waitUntil(lambda: page.model.row_of(second.id) is None and page.deciding is None,
                    timeout=WAIT)
    assert [row[1:] for row in outbox_rows(tmp_path)] == [("approval", "refuse", "applied")] * 2


@pytest.mark.slow
def test_approvals_in_maintenance_are_greyed_and_a_racing_press_is_refused_not_kept(
        qtbot, private_servers, private_session, tmp_path):
    server = private_servers.start()
    api = ApiClient(server.url)
    api.login("agent8", "demo")
    credit = api.propose_credit(demo_member_number(843), kind="goodwill", miles=9_000,
                                reason="Lost luggage, 5 days", operation_id=new_operation_id())
    api.close()
    window = private_session(server.url, "super3")
    page = pending_page(qtbot, window)
    select_credit(qtbot, page, credit.id)
    assert page.ui.approveButton.isEnabled()

    engine = make_engine(private_servers.database())
    until = (dt.datetime.now(dt.UTC) + dt.timedelta(hours=1)).isoformat(timespec="minutes")
    maintenance.start(engine, ["credits"], until, "Ledger migration.")
    qtbot.waitUntil(lambda: not page.ui.approveButton.isEnabled(), timeout=WAIT)
    assert "in maintenance until" in page.ui.ownLabel.text()
    assert "Ledger migration." in page.ui.approveButton.toolTip()
    # A press that raced the greying: the backend says maintenance, so nothing was applied,
    # and it is not kept to be applied by itself once the maintenance ends.
    page.approve()
    qtbot.waitUntil(lambda: "maintenance" in page.ui.errorLabel.text(), timeout=WAIT)
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=WAIT)
    assert window.sync.state.attention == 0
    assert [row[1:] for row in outbox_rows(tmp_path)] == [("approval", "refuse", "discarded")]

    maintenance.end(engine)
    engine.dispose()
    qtbot.waitUntil(lambda: page.ui.approveButton.isEnabled(), timeout=WAIT)
    page.ui.approveButton.click()  # a new decision, under a new id
    qtbot.waitUntil(lambda: page.model.row_of(credit.id) is None and page.deciding is None,
                    timeout=WAIT)
    rows = outbox_rows(tmp_path)
    assert [row[1:] for row in rows] == [("approval", "refuse", "discarded"),
                                         ("approval", "refuse", "applied")]
    assert rows[0][0] != rows[1][0]


def test_offline_an_upgrade_is_priced_from_the_chart_against_the_pages_balance_not_booked(
        qtbot, private_servers, private_session):
    server = private_servers.start()
    add_ticket(server, 1402, "2209991402001", "QUPG75",
               ("LH9757", "MUC", "JFK", dt.date(2031, 2, 3), "10:15", "Economy"))
    number = demo_member_number(1402)
    window = private_session(server.url, "agent12")
    member = open_member(qtbot, window, number)
    held = member.account.miles_balance
    as_of = member.ui.asOfLabel.text()
    member.upgrade_action.trigger()
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    dialog = member.dialog
    ui = dialog.ui
    private_servers.stop(server)
    qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE, timeout=5_000)
    fill(qtbot, ui.ticketEdit, "2209991402001")
    qtbot.waitUntil(lambda: dialog.unreachable, timeout=WAIT)
    assert "Offline: the server cannot price the upgrade" in ui.previewLabel.text()
    assert not dialog.ok_button.isEnabled()
    # The caller names the flight: the core's chart prices it, against the page's balance.
    fill(qtbot, ui.originEdit, "MUC")
    fill(qtbot, ui.destinationEdit, "JFK")
    ui.fromCabinCombo.setCurrentIndex(ui.fromCabinCombo.findData("Economy"))
    chart = price_upgrade("MUC", "JFK", "Economy", "Business")
    assert f"{format_miles(chart.miles)} miles" in ui.previewLabel.text()
    assert f"From the award chart (offline), against the balance on the member page " \
           f"{as_of}" in ui.previewLabel.text()
    if held >= chart.miles:
        assert (f"Balance {format_miles(held)} miles → {format_miles(held - chart.miles)}"
                in ui.needLabel.text())
    else:
        assert "Not enough miles" in ui.needLabel.text()
    assert not dialog.ok_button.isEnabled()  # upgrades are booked with the server's price
    assert "not booked offline" in dialog.ok_button.toolTip()
    dialog.reject()
