"""Credits, approvals and reversals through the real widgets against the real server."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QItemSelectionModel, Qt
from PySide6.QtWidgets import QMessageBox
from sqlalchemy import func, select

from supportdesk.api.client import new_operation_id
from supportdesk.api.models import Credit
from supportdesk.domain.identifiers import demo_member_number, format_member_number
from supportdesk.domain.mileage import calculate
from supportdesk.gui.approvals.model import PendingCreditsModel
from supportdesk.gui.member.ledger_model import format_miles
from supportdesk.server import db

from ..helpers.gui import WAIT, fill
from ..helpers.gui_credits import (
    answer_confirmation,
    fill_retro,
    open_credit_dialog,
    pending_page,
    select_credit,
)
from ..helpers.gui_members import open_member, shown_balance
from ..helpers.keys import check
from ..helpers.ledger import balance

# -- proposing ---------------------------------------------------------------------------


def test_large_goodwill_waits_for_a_supervisor_who_approves_it_once(qtbot, sessions,
                                                                    live_server):
    number = demo_member_number(801)
    before = balance(live_server, number)
    agent = sessions("agent3")
    member = open_member(qtbot, agent, number)
    qtbot.keyClick(member.ui.ledgerView, Qt.Key.Key_M, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    dialog = member.dialog
    assert "Ctrl+M" in member.ui.creditButton.toolTip()
    fill(qtbot, dialog.ui.milesEdit, "40,000")
    fill(qtbot, dialog.ui.reasonEdit, "Missed connection in FRA, 9 h delay")
    # Said before sending: this one needs a supervisor.
    assert "supervisor" in dialog.ui.approvalLabel.text()
    assert "5,000" in dialog.ui.approvalLabel.text()
    assert "approval" in dialog.ok_button.text()
    qtbot.keyClick(dialog.ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert "40,000 miles pending approval by a supervisor" in member.ui.messageLabel.text()
    qtbot.waitUntil(lambda: member.ui.asOfLabel.text().startswith("as of"), timeout=WAIT)
    assert shown_balance(agent) == before == balance(live_server, number)

    boss = sessions("super1")
    assert not boss.approvals_label.isHidden()
    page = pending_page(qtbot, boss)
    with live_server.settings.engine.connect() as conn:
        credit_id = conn.execute(
            select(db.credits.c.id).join(db.members, db.members.c.id == db.credits.c.member_id)
            .where(db.members.c.member_number == number, db.credits.c.status == "pending")
        ).scalar_one()
    select_credit(qtbot, page, credit_id)
    assert "Agent 3" in page.ui.detailLabel.text()
    assert page.ui.approveButton.isEnabled()
    count_before = page.model.rowCount()
    assert boss.approvals_label.text().endswith(str(count_before))
    fill(qtbot, page.ui.noteEdit, "Checked the booking")
    page.ui.approveButton.click()
    assert "40,000 miles" in answer_confirmation(qtbot, page, yes=True)  # above 10,000
    qtbot.waitUntil(lambda: page.model.row_of(credit_id) is None and not page.loading
                    and page.deciding is None, timeout=WAIT)
    assert "Approved 40,000 miles" in page.ui.messageLabel.text()
    assert boss.approvals_label.text().endswith(str(page.model.rowCount()))
    assert balance(live_server, number) == before + 40_000
    with live_server.settings.engine.connect() as conn:
        posted = conn.execute(select(func.count()).select_from(db.ledger).where(
            db.ledger.c.operation_id == f"credit:{credit_id}")).scalar_one()
    assert posted == 1
    # The agent's view shows the new balance once refreshed.
    agent.member.refresh()
    qtbot.waitUntil(lambda: shown_balance(agent) == before + 40_000, timeout=WAIT)


def test_a_small_goodwill_credit_applies_at_once_and_the_balance_updates(qtbot, sessions,
                                                                          live_server):
    number = demo_member_number(802)
    window = sessions("agent4")
    member = open_member(qtbot, window, number)
    before = shown_balance(window)
    dialog = open_credit_dialog(qtbot, window)
    assert "5,000 miles per credit" in dialog.ui.limitsLabel.text()
    qtbot.waitUntil(lambda: dialog.used_today is not None, timeout=WAIT)
    fill(qtbot, dialog.ui.milesEdit, "1,500")
    fill(qtbot, dialog.ui.reasonEdit, "Broken seat on LH1234")
    fill(qtbot, dialog.ui.referenceEdit, "case 8802")
    assert "credited at once" in dialog.ui.approvalLabel.text()
    assert dialog.ok_button.isEnabled() and dialog.ok_button.text() == "&Credit miles"
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert member.ui.messageLabel.text() == "Credited 1,500 miles."
    qtbot.waitUntil(lambda: shown_balance(window) == before + 1_500, timeout=WAIT)
    assert balance(live_server, number) == before + 1_500
    assert member.ledger.entry(0).kind == "credit" and member.ledger.entry(0).miles == 1_500


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("milesEdit", "0", "at least 1 mile"),
        ("milesEdit", "-5", "positive"),
        ("milesEdit", "1000001", "At most 1,000,000"),
        ("milesEdit", "abc", "digits only"),
        ("milesEdit", "1,5", "Whole miles only"),
        ("reasonEdit", "", "Required"),
        ("reasonEdit", "ok", "at least 3"),
    ],
)
def test_bad_credit_input_keeps_submit_disabled_and_says_why(qtbot, sessions, field, typed,
                                                             message):
    window = sessions("agent5")
    open_member(qtbot, window, demo_member_number(803))
    dialog = open_credit_dialog(qtbot, window)
    fill(qtbot, dialog.ui.milesEdit, "1,500")
    fill(qtbot, dialog.ui.reasonEdit, "Goodwill for a complaint")
    assert dialog.ok_button.isEnabled()
    edit = getattr(dialog.ui, field)
    fill(qtbot, edit, typed or "x")
    if not typed:
        qtbot.keyClick(edit, Qt.Key.Key_Backspace)
    assert not dialog.ok_button.isEnabled()
    label = {"milesEdit": dialog.ui.milesError, "reasonEdit": dialog.ui.reasonError}[field]
    assert message in label.text() and label.isVisible()
    assert "Still needed" in dialog.ui.approvalLabel.text()
    dialog.reject()


@pytest.mark.parametrize(
    ("change", "label", "message"),
    [
        ({"ticket": "220999999880"}, "ticketError", "13 digits; this has 12"),
        ({"origin": "XXX"}, "originError", "no airport with the code XXX"),
        ({"destination": "FRA"}, "destinationError", "same airport"),
        ({"days_ago": -2}, "flightDateError", "in the future"),
        ({"days_ago": 200}, "flightDateError", "older than 6 months"),
        ({"letter": "Ö"}, "bookingClassError", "single letter"),
        ({"flight": "Lufthansa"}, "flightNumberError", "LH400"),
    ],
)
def test_bad_retro_claims_keep_submit_disabled_and_say_why(qtbot, sessions, change, label,
                                                           message):
    window = sessions("agent5")
    open_member(qtbot, window, demo_member_number(804))
    dialog = open_credit_dialog(qtbot, window)
    fill_retro(qtbot, dialog)
    assert dialog.ok_button.isEnabled()
    assert not dialog.ui.milesEdit.isEnabled()
    fill_retro(qtbot, dialog, **change)
    assert not dialog.ok_button.isEnabled()
    shown = getattr(dialog.ui, label)
    assert message in shown.text() and shown.isVisible()
    dialog.reject()


def test_retro_claim_previews_the_miles_and_server_errors_land_next_to_the_field(
        qtbot, sessions, live_server, api, monkeypatch):
    number = demo_member_number(805)
    window = sessions("agent5")
    member = open_member(qtbot, window, number)
    dialog = open_credit_dialog(qtbot, window)
    dialog.ui.milesEdit.setText("777")  # typed for a goodwill credit, kept across the switch
    fill_retro(qtbot, dialog, ticket="220 9999998805")
    expected = calculate("FRA", "JFK", "M", member.account.tier).total_miles
    preview = dialog.ui.previewLabel.text()
    assert "FRA–JFK" in preview and f"Total: {format_miles(expected)} miles" in preview
    assert dialog.ui.milesEdit.text() == format_miles(expected)
    dialog.ui.kindCombo.setCurrentIndex(0)
    assert dialog.ui.milesEdit.text() == "777" and not dialog.ui.flightBox.isVisible()
    dialog.ui.kindCombo.setCurrentIndex(2)
    keys: list[str] = []
    original = window.backend.client.send_operation  # every credit goes through the outbox

    def spy(method, path, body, operation_id):  # noqa: ANN001, ANN202
        keys.append(operation_id)
        return original(method, path, body, operation_id)

    monkeypatch.setattr(window.backend.client, "send_operation", spy)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert member.ui.messageLabel.text() == f"Credited {format_miles(expected)} miles."

    # The same flight again: the server refuses it; the message sits by the flight.
    again = open_credit_dialog(qtbot, window)
    fill_retro(qtbot, again, ticket="2209999998805")
    again.ok_button.click()
    qtbot.waitUntil(lambda: "already claimed" in again.ui.flightError.text(), timeout=WAIT)
    assert again.isVisible() and again.ui.flightError.isVisible()
    assert again.ui.ticketEdit.text() == "2209999998805"
    assert again.ui.reasonEdit.text() == "Card not presented at check-in"
    # The backend's refusal ended that attempt: submitting again, unchanged or changed, is a
    # new operation (the backend may say yes now). Only an unanswered send reuses its key.
    again.ok_button.click()
    qtbot.waitUntil(lambda: len(keys) == 3 and not again.busy, timeout=WAIT)
    fill(qtbot, again.ui.reasonEdit, "Card not presented, second try")
    assert "already claimed" in again.ui.flightError.text()  # still true of the flight
    again.ok_button.click()
    qtbot.waitUntil(lambda: len(keys) == 4 and not again.busy, timeout=WAIT)
    assert len(set(keys)) == 4
    fill(qtbot, again.ui.ticketEdit, "2209999998806")
    assert again.ui.flightError.text() == ""  # editing the flight clears the complaint
    again.reject()


# -- approvals ---------------------------------------------------------------------------


def test_nobody_can_approve_their_own_credit_in_the_inbox(qtbot, sessions, live_server):
    number = demo_member_number(806)
    before = balance(live_server, number)
    window = sessions("super2")
    member = open_member(qtbot, window, number)
    dialog = open_credit_dialog(qtbot, window)
    fill(qtbot, dialog.ui.milesEdit, "12000")
    fill(qtbot, dialog.ui.reasonEdit, "Complaint escalated to me")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert "pending approval" in member.ui.messageLabel.text()
    with live_server.settings.engine.connect() as conn:
        credit_id = conn.execute(
            select(db.credits.c.id).join(db.members, db.members.c.id == db.credits.c.member_id)
            .where(db.members.c.member_number == number)).scalar_one()
    page = pending_page(qtbot, window)
    select_credit(qtbot, page, credit_id)
    ui = page.ui
    assert not ui.approveButton.isEnabled() and not ui.rejectButton.isEnabled()
    assert "You cannot approve your own credit" in ui.approveButton.toolTip()
    assert ui.ownLabel.isVisible() and "You cannot approve your own credit" in ui.ownLabel.text()
    row = page.model.row_of(credit_id)
    assert "(you)" in page.model.data(page.model.index(row, 7))
    page.approve()  # even called directly, nothing is sent
    assert page.deciding is None
    assert balance(live_server, number) == before  # pending credits post nothing


def test_reject_needs_a_note_and_a_credit_decided_elsewhere_is_a_clear_conflict(
        qtbot, sessions, api):
    agent = api("agent3")
    first = agent.propose_credit(demo_member_number(807), kind="goodwill", miles=30_000,
                                 reason="Lost luggage, 3 days", operation_id=new_operation_id())
    second = agent.propose_credit(demo_member_number(808), kind="correction", miles=8_000,
                                  reason="Statement mismatch", operation_id=new_operation_id())
    window = sessions("super1")
    page = pending_page(qtbot, window)

    select_credit(qtbot, page, second.id)
    page.ui.rejectButton.click()
    assert "To reject, say why" in page.ui.noteError.text() and page.ui.noteError.isVisible()
    assert page.deciding is None
    fill(qtbot, page.ui.noteEdit, "No evidence of a mismatch")
    assert not page.ui.noteError.isVisible()
    page.ui.rejectButton.click()
    qtbot.waitUntil(lambda: page.model.row_of(second.id) is None and page.deciding is None
                    and not page.loading, timeout=WAIT)
    assert "Rejected 8,000 miles" in page.ui.messageLabel.text()

    select_credit(qtbot, page, first.id)
    api("super3").approve_credit(first.id, None, new_operation_id(),
                                 member_number=first.member_number,
                                 miles=first.miles)  # someone else was faster
    page.ui.approveButton.click()
    answer_confirmation(qtbot, page, yes=True)  # 30,000 miles: asked once more
    qtbot.waitUntil(lambda: "already applied by Supervisor 3" in page.ui.errorLabel.text(),
                    timeout=WAIT)
    assert "refreshed" in page.ui.errorLabel.text()
    qtbot.waitUntil(lambda: not page.loading and page.model.row_of(first.id) is None,
                    timeout=WAIT)
    assert window.approvals_label.text().endswith(str(page.model.rowCount()))


def test_the_inbox_shows_who_what_and_why_and_chooses_nothing_by_itself(qtbot, sessions, api):
    number = demo_member_number(821)
    credit = api("agent3").propose_credit(
        number, kind="correction", miles=12_500, reason="Statement showed the flight twice",
        reference="case 8821", operation_id=new_operation_id())
    account = api("super1").get_member(number)
    window = sessions("super1")
    page = pending_page(qtbot, window)
    qtbot.waitUntil(lambda: page.model.row_of(credit.id) is not None, timeout=WAIT)
    ui, view, model = page.ui, page.ui.pendingView, page.model

    def nothing_chosen() -> None:
        assert page.selected_credit() is None and not view.selectionModel().hasSelection()
        assert not ui.approveButton.isEnabled() and not ui.rejectButton.isEnabled()
        assert "Choose a credit" in ui.detailLabel.text()

    nothing_chosen()  # loaded: Alt+A has nothing to approve
    row = model.row_of(credit.id)
    assert [model.data(model.index(row, c)) for c in range(8)] == [
        format_member_number(number), f"{account.first_name} {account.last_name}",
        account.tier, format_miles(account.miles_balance), "12,500", "Correction",
        "Statement showed the flight twice", "Agent 3 (agent3)"]
    qtbot.keyClick(view, Qt.Key.Key_F5)  # reloaded: still nothing chosen
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    nothing_chosen()
    page.timer.timeout.emit()  # the refresh every 30 s
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    nothing_chosen()

    # The keyboard: the cursor on a row (where entering the list puts it) is not a choice;
    # the first arrow picks that row, the next ones move the choice; Space or Enter pick.
    def cursor_on(r: int) -> None:
        view.selectionModel().setCurrentIndex(model.index(r, 0),
                                              QItemSelectionModel.SelectionFlag.NoUpdate)

    view.setFocus()
    cursor_on(row)
    nothing_chosen()
    qtbot.keyClick(view, Qt.Key.Key_Down)
    assert page.selected_credit().id == credit.id
    view.clearSelection()
    cursor_on(row)
    qtbot.keyClick(view, Qt.Key.Key_Space)
    assert page.selected_credit().id == credit.id
    assert ui.approveButton.isEnabled() and ui.rejectButton.isEnabled()
    detail = ui.detailLabel.text()
    for part in (f"{account.first_name} {account.last_name}", format_member_number(number),
                 account.tier, f"balance {format_miles(account.miles_balance)} miles",
                 "12,500 miles", "Correction", "Reason: Statement showed the flight twice",
                 "Reference: case 8821", "Requested by Agent 3 (agent3)"):
        assert part in detail, (part, detail)
    if model.rowCount() > 1:
        qtbot.keyClick(view, Qt.Key.Key_Up if row else Qt.Key.Key_Down)
        assert page.selected_credit().id == model.credit(row - 1 if row else row + 1).id
        view.clearSelection()
        cursor_on(row)
        qtbot.keyClick(view, Qt.Key.Key_Return)
        assert page.selected_credit().id == credit.id
    # The supervisor's own choice stays theirs through a reload (the same credit, by id).
    qtbot.keyClick(view, Qt.Key.Key_F5)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.selected_credit().id == credit.id


def test_approving_above_the_threshold_asks_once_more_and_no_leaves_it_pending(
        qtbot, sessions, api, live_server):
    agent = api("agent3")
    small_number, big_number = demo_member_number(822), demo_member_number(823)
    small = agent.propose_credit(small_number, kind="goodwill", miles=9_000,
                                 reason="Seat broken, 9 h flight",
                                 operation_id=new_operation_id())
    big = agent.propose_credit(big_number, kind="goodwill", miles=50_000,
                               reason="Missed connection, two days lost",
                               operation_id=new_operation_id())
    assert small.status == big.status == "pending"  # both above the agent's 5,000
    small_before, big_before = balance(live_server, small_number), balance(live_server,
                                                                           big_number)
    boss = api("super2")
    account = boss.get_member(big_number)

    def still_pending() -> None:  # over HTTP: nothing was sent
        assert big.id in [c.id for c in boss.list_credits(status="pending", limit=500)]
        assert balance(live_server, big_number) == big_before

    window = sessions("super2")
    page = pending_page(qtbot, window)
    assert page.confirm_miles == 10_000  # the managed config's default
    select_credit(qtbot, page, small.id)
    page.ui.approveButton.click()
    assert page.confirmation is None  # 9,000: not asked
    qtbot.waitUntil(lambda: page.model.row_of(small.id) is None and page.deciding is None,
                    timeout=WAIT)
    assert balance(live_server, small_number) == small_before + 9_000

    select_credit(qtbot, page, big.id)
    page.ui.approveButton.click()
    box = page.confirmation
    assert box is not None and box.isVisible() and page.deciding is None
    no = box.button(QMessageBox.StandardButton.No)
    assert box.defaultButton() is no and box.escapeButton() is no
    for part in ("50,000 miles", f"{account.first_name} {account.last_name}",
                 format_member_number(big_number), "Agent 3 (agent3)",
                 "Missed connection, two days lost"):
        assert part in box.text(), (part, box.text())
    assert not page.ui.approveButton.isEnabled()  # one question at a time
    page.approve()  # Alt+A again while asked: nothing more
    assert page.confirmation is box and page.deciding is None
    answer_confirmation(qtbot, page, yes=False)
    assert "Not approved" in page.ui.messageLabel.text()
    still_pending()
    assert page.selected_credit().id == big.id and page.ui.approveButton.isEnabled()

    page.ui.approveButton.click()  # Enter on the question is its default: No
    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible(),
                    timeout=WAIT)
    qtbot.keyClick(page.confirmation, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.confirmation is None, timeout=WAIT)
    still_pending()

    page.ui.approveButton.click()  # Yes applies it, once
    answer_confirmation(qtbot, page, yes=True)
    qtbot.waitUntil(lambda: page.model.row_of(big.id) is None and page.deciding is None
                    and not page.loading, timeout=WAIT)
    assert "Approved 50,000 miles" in page.ui.messageLabel.text()
    assert balance(live_server, big_number) == big_before + 50_000
    with live_server.settings.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.ledger).where(
            db.ledger.c.operation_id == f"credit:{big.id}")).scalar_one() == 1


def test_agents_have_no_approvals_and_no_reversal(qtbot, sessions):
    window = sessions("agent4")
    assert window.approvals is None
    assert not window.actionApprovals.isVisible() and not window.actionApprovals.isEnabled()
    assert not window.approvals_label.isVisible()
    member = open_member(qtbot, window, demo_member_number(809))
    member.ui.ledgerView.selectRow(0)
    assert not member.reverse_action.isVisible() and not member.reverse_action.isEnabled()
    assert not member.ui.reverseButton.isVisible()


# -- reversals ---------------------------------------------------------------------------


def donations(live_server, count: int) -> list:
    with live_server.settings.engine.connect() as conn:
        reversed_ids = select(db.ledger.c.reverses_id).where(
            db.ledger.c.reverses_id.is_not(None))
        return conn.execute(
            select(db.ledger.c.id, db.ledger.c.miles, db.members.c.member_number)
            .join(db.members, db.members.c.id == db.ledger.c.member_id)
            .where(db.ledger.c.kind == "donation", db.members.c.id.between(2500, 2999),
                   db.ledger.c.id.not_in(reversed_ids))
            .order_by(db.members.c.id).limit(count)).all()


def select_entry(qtbot, member, entry_id: int) -> None:  # noqa: ANN001
    rows = [r for r in range(member.ledger.rowCount()) if member.ledger.entry(r).id == entry_id]
    assert rows, "the entry is on the first ledger page"
    member.ui.ledgerView.setFocus()
    member.ui.ledgerView.selectRow(rows[0])
    assert member.reverse_action.isEnabled()


def test_a_supervisor_reverses_a_donation_from_the_ledger(qtbot, sessions, live_server):
    entry = donations(live_server, 1)[0]
    window = sessions("super3")
    member = open_member(qtbot, window, entry.member_number)
    before = shown_balance(window)
    select_entry(qtbot, member, entry.id)
    assert "Ctrl+Shift+R" in member.ui.reverseButton.toolTip()
    qtbot.keyClick(member.ui.ledgerView, Qt.Key.Key_R,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    dialog = member.dialog
    ui = dialog.ui
    assert ui.typeValue.text() == "Donation" and ui.milesValue.text() == format_miles(
        entry.miles, signed=True)
    assert not ui.entryValue.isVisible() and str(entry.id) not in dialog.windowTitle()
    assert format_miles(before - entry.miles) in ui.effectLabel.text()
    assert not dialog.ok_button.isEnabled()  # a reason is required
    fill(qtbot, ui.reasonEdit, "Donated from a session that was not the member's")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: shown_balance(window) == before - entry.miles, timeout=WAIT)
    assert before - entry.miles > before
    assert balance(live_server, entry.member_number) == before - entry.miles
    assert "Reversed: " in member.ui.messageLabel.text()
    assert str(entry.id) not in member.ui.messageLabel.text()  # the system's number
    assert any(member.ledger.entry(r).reverses_id == entry.id
               for r in range(member.ledger.rowCount()))
    # The reversal itself, and the entry reversed, cannot be reversed again from here.
    select_entry(qtbot, member, entry.id)
    member.reverse_action.trigger()
    qtbot.waitUntil(lambda: member.dialog.isVisible(), timeout=WAIT)
    assert "already reversed" in member.dialog.ui.effectLabel.text()
    fill(qtbot, member.dialog.ui.reasonEdit, "twice")
    assert not member.dialog.ok_button.isEnabled()
    member.dialog.reject()


def test_a_reversal_refused_by_the_server_is_shown_and_the_reason_kept(qtbot, sessions,
                                                                       live_server, api):
    entry = donations(live_server, 1)[0]
    window = sessions("super1")
    member = open_member(qtbot, window, entry.member_number)
    select_entry(qtbot, member, entry.id)
    member.reverse_action.trigger()
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    dialog = member.dialog
    check(dialog)  # tests/gui/test_keyboard.py: each Alt key leads to one control
    # Another supervisor reverses it first.
    api("super2").reverse_entry(entry.id, "Incident 42", entry.member_number,
                                new_operation_id())
    fill(qtbot, dialog.ui.reasonEdit, "Incident 42, second desk")
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "already reversed" in dialog.ui.errorLabel.text(), timeout=WAIT)
    assert dialog.isVisible() and dialog.ui.reasonEdit.text() == "Incident 42, second desk"
    dialog.reject()


# -- the table model ---------------------------------------------------------------------


def credit(i: int, agent_id: int) -> Credit:
    return Credit(i, demo_member_number(900 + i), 6_000 + i, "goodwill", f"Reason {i}", None,
                  "pending", agent_id, f"Agent {agent_id}",
                  f"2026-01-0{i}T10:00:00.000000Z", None, None, None,
                  member_name=f"Anna Müller{i}", member_tier="Senator",
                  member_balance=120_000 + i, requested_by_username=f"agent{agent_id}")


def test_pending_credits_model(qtmodeltester):
    model = PendingCreditsModel(own_agent_id=2)
    now = dt.datetime(2026, 1, 9, 12, 30, tzinfo=dt.UTC)
    model.set_credits(tuple(credit(i, i % 3) for i in (5, 3, 1, 2, 4)), now=now)
    qtmodeltester.check(model, force_py=True)
    assert [model.credit(r).id for r in range(5)] == [1, 2, 3, 4, 5]  # oldest first
    # Who, what and why, at a glance: number, name, tier, balance, miles, kind, reason, by.
    assert [model.data(model.index(0, c)) for c in range(8)] == [
        format_member_number(demo_member_number(901)), "Anna Müller1", "Senator",
        "120,001", "6,001", "Goodwill", "Reason 1", "Agent 1 (agent1)"]
    assert model.data(model.index(1, 7)) == "Agent 2 (you)"
    assert model.data(model.index(4, 9)) == "4 d 2 h"
    assert model.own_count() == 2
    model.remove(3)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 4 and model.row_of(3) is None


def test_supervisor_keyboard_path_and_automatic_refresh(qtbot, sessions, api):
    window = sessions("super3")
    page = window.approvals
    qtbot.waitUntil(lambda: not page.loading and bool(window.approvals_label.text()),
                    timeout=WAIT)
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_A,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.timer.isActive() and page.timer.interval() == 30_000
    shown = page.model.rowCount()
    new = api("agent4").propose_credit(demo_member_number(810), kind="goodwill", miles=15_000,
                                       reason="Timer test", operation_id=new_operation_id())
    page.timer.timeout.emit()  # what happens every 30 s
    qtbot.waitUntil(lambda: page.model.row_of(new.id) is not None, timeout=WAIT)
    assert page.model.rowCount() == shown + 1
    assert window.approvals_label.text().endswith(str(shown + 1))
    qtbot.keyClick(page.ui.pendingView, Qt.Key.Key_F5)
    assert page.loading
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    qtbot.keyClick(page.ui.pendingView, Qt.Key.Key_Escape)
    assert window.ui.pages.currentWidget() is window.lookup
    member = open_member(qtbot, window, demo_member_number(810))
    assert window.ui.pages.currentWidget() is member
    qtbot.keyClick(member.ui.ledgerView, Qt.Key.Key_Escape)
    assert window.ui.pages.currentWidget() is window.lookup
