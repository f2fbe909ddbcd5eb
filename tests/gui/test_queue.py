"""The refund and rebooking queue through the real widgets against the real server."""

from __future__ import annotations

import dataclasses
import datetime as dt

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication, QMessageBox

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.api.queue_models import (
    Eu261Check,
    FareCheck,
    FlightCheck,
    FlightSummary,
    RequestCheck,
    RequestDetail,
    RequestSummary,
)
from supportdesk.domain.replies import NEW_FLIGHT, REASON
from supportdesk.errors import BackendTimeout
from supportdesk.gui.queue.detail import eu261_headline, flight_line
from supportdesk.gui.queue.model import QueueModel, sla_text

from ..helpers.audit import security_events
from ..helpers.gui import WAIT
from ..helpers.gui_queue import claimed_dialog, open_dialog, open_queue, show_request
from ..helpers.queue import add_request

SLOW = 0.8


def untouched(api: ApiClient, flight_status: str) -> list[RequestDetail]:
    """New, unassigned requests with a `flight_status` flight, as they are now (other tests
    claim and decide too)."""
    found = [api.get_request(item.id, member_number=item.member_number)
             for item in api.list_requests(status=["new"], assigned="unassigned",
                                           limit=500).requests
             if item.flight.status == flight_status]
    assert found, f"no new, unassigned request with a {flight_status} flight left"
    return found


def window_has_store(page) -> bool:  # noqa: ANN001
    return page.sync is not None and page.sync.available


# -- the whole path --------------------------------------------------------------------


def test_an_agent_claims_checks_and_approves_a_delayed_flight_request(qtbot, sessions, api):
    server = api("agent15")
    candidates = untouched(server, "delayed")
    target = next((d for d in candidates if d.check.eu261.amount_eur > 0), candidates[0])
    window = sessions("agent15")
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_F6)
    page = window.queue
    assert window.ui.pages.currentWidget() is page
    assert "F6" in window.actionQueue.toolTip()
    assert page.timer.isActive() and page.timer.interval() == 60_000
    assert page.tick_timer.isActive()
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    ui = page.ui
    ui.assignedCombo.setCurrentIndex(ui.assignedCombo.findData("unassigned"))
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    assert page.filters()["assigned"] == "unassigned"
    rows = [page.model.request(r) for r in range(page.model.rowCount())]
    assert rows and all(r.assignee_id is None for r in rows)

    # The other agent has the same request on screen, still unassigned.
    rival = sessions("agent16")
    rival_page = open_queue(qtbot, rival, assigned="unassigned")
    show_request(qtbot, rival_page, target.id)
    assert rival_page.ui.claimButton.isEnabled()

    window.activateWindow()  # back to the first agent's desk: its shortcuts are live
    qtbot.waitUntil(window.isActiveWindow, timeout=WAIT)
    detail = show_request(qtbot, page, target.id)
    eu = detail.check.eu261
    expected = f"EU 261: €{eu.amount_eur}" if eu.amount_eur else "EU 261: no compensation"
    assert ui.eu261Label.text().startswith(expected)
    for reason in eu.reasons:
        assert reason in ui.eu261Reasons.text()
    assert "Delayed" in ui.flightStatusValue.text() and "at arrival" in ui.flightStatusValue.text()
    assert detail.customer_message == ui.customerMessage.text()
    assert detail.check.fare.lines[0] in ui.fareValue.text()
    assert ui.claimButton.isEnabled() and not ui.decideButton.isEnabled()
    assert "Claim the request first" in ui.decideButton.toolTip()

    qtbot.keyClick(ui.queueView, Qt.Key.Key_C, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.claiming is None and page.detail.assignee_id is not None,
                    timeout=WAIT)
    assert f"Request #{target.id} is yours now" in ui.noticeLabel.text()
    assert ui.assigneeValue.text() == "Agent 15 (you)" and ui.statusBadge.text() == "In review"
    assert not ui.claimButton.isEnabled() and ui.decideButton.isEnabled()

    # The rival was a moment too late: refused, said clearly, and the screen catches up.
    rival_page.ui.claimButton.click()
    qtbot.waitUntil(lambda: "Agent 15 is already working" in rival_page.ui.noticeLabel.text(),
                    timeout=WAIT)
    assert rival_page.ui.noticeLabel.text().startswith("Not claimed:")
    qtbot.waitUntil(lambda: rival_page.detail is not None
                    and rival_page.detail.assignee_name == "Agent 15", timeout=WAIT)
    assert not rival_page.ui.claimButton.isEnabled()
    assert "Agent 15 is working" in rival_page.ui.claimButton.toolTip()
    assert server.get_request(target.id).assignee_name == "Agent 15"

    dialog = open_dialog(qtbot, page)
    qtbot.keyClick(dialog.ui.approveRadio, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: dialog.decision == "approve", timeout=WAIT)  # an animated click
    drafted = dialog.ui.replyEdit.toPlainText()
    assert drafted.startswith(f"Dear {target.member_name},")
    assert target.booking_code in drafted and target.flight.flight_number in drafted
    if eu.amount_eur:
        assert f"compensation of €{eu.amount_eur} per passenger" in drafted
    qtbot.keyClicks(dialog.ui.noteEdit, "Delay over 3 h confirmed by ops")
    # The agent edits the draft: fills in the new flight if any, and adds a line.
    edited = drafted.replace(NEW_FLIGHT, "LH402 on 2 December, 10:05") + \
        "\n\nP.S. Thank you for your patience."
    dialog.ui.replyEdit.setPlainText(edited)
    assert dialog.reply_edited
    qtbot.keyClick(dialog.ui.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.detail.status == "approved" and not page.loading,
                    timeout=WAIT)
    assert ui.statusBadge.text() == "Approved"
    assert f"Request #{target.id} approved" in ui.noticeLabel.text()
    assert ui.customerReply.isVisible() and ui.customerReply.text() == edited.strip()
    assert not ui.claimButton.isEnabled() and not ui.decideButton.isEnabled()
    # Refreshed: the approved request has left the open, unassigned list.
    assert page.model.row_of(target.id) is None
    on_server = server.get_request(target.id)
    assert on_server.status == "approved" and on_server.customer_reply == edited.strip()
    assert [n.kind for n in on_server.notes] == ["claim", "decision"]
    assert "Delay over 3 h confirmed by ops" in on_server.notes[-1].text


def test_a_supervisor_decides_an_escalated_request_that_agents_cannot(qtbot, sessions, api,
                                                                       live_server):
    agent = api("agent16")
    target = agent.get_request(add_request(live_server))
    agent.claim_request(target.id, new_operation_id(), member_number=target.member_number)
    agent.decide_request(target.id, "escalate", "Beyond my authority", None, new_operation_id(),
                         member_number=target.member_number)

    window = sessions("agent16")
    page = open_queue(qtbot, window, status="escalated", assigned="me")
    show_request(qtbot, page, target.id)
    assert not page.ui.decideButton.isEnabled()
    assert "a supervisor decides" in page.ui.decideButton.toolTip()

    boss = sessions("super2")
    page = open_queue(qtbot, boss, status="escalated")
    show_request(qtbot, page, target.id)
    assert not page.ui.claimButton.isEnabled()
    assert "Agent 16 is working" in page.ui.claimButton.toolTip()
    dialog = open_dialog(qtbot, page)
    assert "you decide as a supervisor" in dialog.ui.checkLabel.text()
    dialog.choose("reject")
    qtbot.keyClicks(dialog.ui.noteEdit, "Fare rules apply; no exception")
    reply = dialog.ui.replyEdit.toPlainText()
    if REASON in reply:  # the template left the reason to the agent
        dialog.ui.replyEdit.setPlainText(reply.replace(REASON, "the ticket was used"))
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: page.detail.status == "rejected", timeout=WAIT)
    assert agent.get_request(target.id).status == "rejected"


# -- the decision dialog -----------------------------------------------------------------


def test_bad_input_in_the_decision_dialog_is_never_sent(qtbot, sessions, api, live_server,
                                                        monkeypatch):
    _server, target, page, dialog = claimed_dialog(qtbot, sessions, api, live_server)
    sent: list[tuple] = []

    def unanswered(method, path, body, operation_id):  # noqa: ANN001, ANN202
        sent.append((method, path, body))
        raise BackendTimeout("not answered in this test")

    # What leaves the app is recorded, and answered with a timeout (the outcome unknown).
    monkeypatch.setattr(page.client, "send_operation", unanswered)
    assert window_has_store(page)
    ui = dialog.ui
    # No decision yet: nothing drafted, nothing sent.
    assert dialog.decision is None and not ui.replyEdit.isEnabled()
    dialog.submit()
    assert "Choose a decision" in ui.decisionError.text() and ui.decisionError.isVisible()
    assert "Required" in ui.noteError.text()

    dialog.choose("approve")
    assert not ui.decisionError.isVisible()
    assert ui.replyEdit.toPlainText().startswith(f"Dear {target.member_name},")
    dialog.submit()  # the note is still empty
    assert "Required" in ui.noteError.text() and ui.noteError.isVisible()
    qtbot.keyClicks(ui.noteEdit, "ok")
    assert "Too short" in ui.noteError.text()  # checked as typed once a send was tried
    qtbot.keyClicks(ui.noteEdit, " then")
    assert not ui.noteError.isVisible()

    ui.replyEdit.clear()  # the reply is required to approve
    dialog.submit()
    assert "write the reply" in ui.replyError.text() and ui.replyError.isVisible()
    assert ui.replyEdit.hasFocus()

    dialog.choose("needs_info")  # the agent emptied the reply: the template comes back?
    assert ui.replyEdit.toPlainText() == ""  # no: an edit (even to empty) is the agent's
    ui.redraftButton.click()
    assert "we need more information" in ui.replyEdit.toPlainText()
    dialog.submit()  # the placeholder for what is missing is still there
    assert "Fill in or remove" in ui.replyError.text()
    assert ui.replyEdit.textCursor().selectedText().startswith("[")
    assert sent == [] and dialog.isVisible()

    dialog.choose("escalate")  # an escalation needs no reply
    ui.replyEdit.clear()
    assert not ui.replyError.isVisible()
    dialog.submit()
    qtbot.waitUntil(lambda: len(sent) >= 1 and not dialog.isVisible(), timeout=WAIT)
    assert sent[0] == ("POST", f"/requests/{target.id}/decision",
                       {"decision": "escalate", "note": "ok then", "customer_reply": None})
    # Unanswered is not lost: saved, and sent again by itself under the same operation id.
    assert "Saved on this computer" in page.ui.noticeLabel.text()


def test_switching_the_decision_redrafts_only_an_unedited_reply(qtbot, sessions, api,
                                                                live_server):
    _server, _target, _page, dialog = claimed_dialog(qtbot, sessions, api, live_server)
    ui = dialog.ui
    dialog.choose("approve")
    approve = ui.replyEdit.toPlainText()
    dialog.choose("reject")
    reject = ui.replyEdit.toPlainText()
    assert reject != approve and "Unfortunately" in reject
    assert "Drafted from the template" in ui.replyState.text()
    ui.replyEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ui.replyEdit, " Sorry again.")
    dialog.choose("approve")
    assert ui.replyEdit.toPlainText() == reject + " Sorry again."  # the edit is kept
    assert "Edited by you" in ui.replyState.text() and ui.redraftButton.isEnabled()
    ui.redraftButton.click()
    assert ui.replyEdit.toPlainText() == approve
    ui.replyEdit.undo()  # Ctrl+Z brings the typed text back
    assert ui.replyEdit.toPlainText() == reject + " Sorry again."
    dialog.reject()


def test_refusals_are_shown_in_the_dialog_and_the_text_is_kept(qtbot, sessions, api,
                                                               live_server):
    server, target, _page, dialog = claimed_dialog(qtbot, sessions, api, live_server,
                                                   "agent15")
    ui = dialog.ui
    dialog.choose("approve")
    qtbot.keyClicks(ui.noteEdit, "Compensation owed")
    reply = ui.replyEdit.toPlainText().replace(NEW_FLIGHT, "LH1 tomorrow")
    ui.replyEdit.setPlainText(reply)
    # Meanwhile, from another desk, the same agent escalated it: only a supervisor decides now.
    server.decide_request(target.id, "escalate", "Second opinion", None, new_operation_id(),
                          member_number=target.member_number)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: ui.errorLabel.isVisible(), timeout=WAIT)
    assert ui.errorLabel.text().startswith("Not allowed: An escalated request is decided by a "
                                           "supervisor.")
    assert dialog.isVisible() and ui.replyEdit.toPlainText() == reply
    assert ui.noteEdit.toPlainText() == "Compensation owed"
    # A supervisor decides it before the agent tries again: "already decided", text kept.
    api("super2").decide_request(target.id, "reject", "Not owed", "Sorry.", new_operation_id(),
                                 member_number=target.member_number)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "Already decided" in ui.errorLabel.text(), timeout=WAIT)
    assert "already rejected" in ui.errorLabel.text()
    assert dialog.isVisible() and ui.replyEdit.toPlainText() == reply
    dialog.reject()
    assert server.get_request(target.id).status == "rejected"


def test_duplicates_are_listed_and_a_link_jumps_to_them(qtbot, window):
    page = open_queue(qtbot, window, status=None)
    item = next(page.model.request(r) for r in range(page.model.rowCount())
                if page.model.request(r).duplicates)
    detail = show_request(qtbot, page, item.id)
    other = detail.check.duplicates[0]
    text = page.ui.duplicatesValue.text()
    assert f'href="request:{other.id}"' in text and f"#{other.id}" in text
    assert "Also asked" in text
    page.ui.duplicatesValue.linkActivated.emit(f"request:{other.id}")
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == other.id,
                    timeout=WAIT)
    assert item.id in {d.id for d in page.detail.check.duplicates}
    if page.model.row_of(other.id) is not None:
        assert page.selected_id() == other.id
    else:  # filtered out of the list: shown anyway, and said so
        assert "not in the list" in page.ui.noticeLabel.text()


# -- stale answers ---------------------------------------------------------------------


def test_a_slow_detail_for_request_a_never_paints_over_request_b(qtbot, window, faults):
    page = open_queue(qtbot, window)
    first = page.model.request(0).id  # shown at once: the most urgent
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == first, timeout=WAIT)
    ids = [page.model.request(r).id for r in range(1, page.model.rowCount())]
    pairs = [(a, b) for a, b in zip(ids[0::2], ids[1::2], strict=False)
             if not str(b).startswith(str(a))][:2]
    assert pairs
    for a, b in pairs:
        faults.delays[f"/requests/{a}"] = SLOW
        page.select(a)
        assert page.loading_id == a
        assert page.ui.requestTitle.text().startswith(f"Request #{a} ")  # the summary at once
        page.select(b)
        qtbot.waitUntil(lambda b=b: page.detail is not None and page.detail.id == b,
                        timeout=WAIT)
        qtbot.wait(int(SLOW * 1000) + 300)  # the slow answer for A arrives, and is dropped
        assert page.detail.id == b and page.panel.shown.id == b
        assert page.ui.requestTitle.text().startswith(f"Request #{b} ")
        assert page.ui.customerMessage.text() == page.detail.customer_message
        faults.delays.clear()


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
@pytest.mark.expect_log("supportdesk.gui.errors", "Security stop")
@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_an_answer_about_another_member_is_never_shown(qtbot, window, faults, live_server):
    """The wrong-profile incident, for requests: the detail is refused, loudly, and reported
    to the backend's audit trail naming the member asked for."""
    before = len(security_events(live_server, window.agent.username))
    page = open_queue(qtbot, window)
    first = page.model.request(0).id
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == first, timeout=WAIT)
    rows = [page.model.request(r) for r in range(1, page.model.rowCount())]
    asked, other = next((a, b) for a in rows for b in rows
                        if a.member_number != b.member_number
                        and not str(b.id).startswith(str(a.id)))
    faults.path_rewrites[f"/requests/{asked.id}"] = f"/requests/{other.id}"
    page.select(asked.id)
    qtbot.waitUntil(lambda: page.loading_id is None, timeout=WAIT)
    assert page.detail is None and page.panel.shown is None
    assert page.ui.placeholderLabel.isVisible()
    assert f"Request #{asked.id} cannot be shown" in page.ui.placeholderLabel.text()
    assert other.member_name not in page.ui.placeholderLabel.text()
    assert not page.ui.claimButton.isEnabled() and not page.ui.decideButton.isEnabled()
    boxes = [w for w in page.findChildren(QMessageBox) if w.isVisible()]
    assert boxes and boxes[0].windowTitle() == "Security stop"
    assert window.security_alert.isVisible()
    qtbot.waitUntil(lambda: len(security_events(live_server, window.agent.username)) > before,
                    timeout=WAIT)
    assert security_events(live_server, window.agent.username)[-1].member_number \
        == asked.member_number


# -- the table model -------------------------------------------------------------------

NOW = dt.datetime(2026, 11, 20, 12, 0, tzinfo=dt.UTC)


def summary(i: int, due_hours: float, assignee: int | None = None,
            status: str = "new") -> RequestSummary:
    due = (NOW + dt.timedelta(hours=due_hours)).isoformat().replace("+00:00", "Z")
    return RequestSummary(
        i, "refund" if i % 2 else "rebooking", "email", status, "992000000000018",
        f"Anna Müller{i}", "XX2KRU", f"220900000000{i}", "M",
        FlightSummary("LH400", "2026-11-01", "FRA", "JFK", "delayed", 200),
        "2026-11-19T10:00:00Z", due, due_hours < 0, assignee,
        f"Agent {assignee}" if assignee else None, i % 2)


def test_queue_model(qtmodeltester):
    model = QueueModel(own_agent_id=15)
    model.set_requests((summary(1, -3.2), summary(2, 0.5, 15), summary(3, 5.5, 4),
                        summary(4, 60, status="needs_info")), now=NOW)
    qtmodeltester.check(model, force_py=True)
    text = lambda row, col: model.data(model.index(row, col))  # noqa: E731
    assert text(0, QueueModel.SLA) == "overdue 3 h"
    assert text(1, QueueModel.SLA) == "in 30 min"
    assert text(2, QueueModel.SLA) == "in 5 h"
    assert text(3, QueueModel.SLA) == "in 2 d 12 h"
    assert text(1, QueueModel.ASSIGNEE) == "You" and text(2, QueueModel.ASSIGNEE) == "Agent 4"
    assert text(0, QueueModel.ASSIGNEE) == "—"
    assert text(0, QueueModel.MEMBER) == "Anna Müller1 · 992 0000 0000 0018"
    assert text(0, QueueModel.FLIGHT_STATUS) == "Delayed 3 h 20 min"
    assert text(0, QueueModel.DUPLICATES) == "1" and text(1, QueueModel.DUPLICATES) == ""
    font = model.data(model.index(0, QueueModel.SLA), Qt.ItemDataRole.FontRole)
    assert font.bold() and model.data(model.index(1, QueueModel.SLA),
                                      Qt.ItemDataRole.FontRole) is None
    assert model.overdue_count() == 1
    # An hour later, locally: the countdown moves and row 2 turns overdue.
    changed: list[tuple] = []
    model.dataChanged.connect(lambda *args: changed.append(args))
    model.set_now(NOW + dt.timedelta(hours=1))
    assert changed and text(1, QueueModel.SLA) == "overdue 30 min"
    assert model.overdue_count() == 2
    model.update(dataclasses.replace(summary(3, 5.5, 15), status="in_review"))
    assert text(2, QueueModel.ASSIGNEE) == "You" and text(2, QueueModel.STATUS) == "In review"
    model.set_requests(())  # the tester stays attached and checks every change as it comes
    assert model.rowCount() == 0 and model.overdue_count() == 0


def test_sla_countdown_texts():
    assert sla_text("2026-11-20T17:00:00Z", NOW) == "in 5 h"
    assert sla_text("2026-11-20T09:00:00Z", NOW) == "overdue 3 h"
    assert sla_text("2026-11-20T12:00:20Z", NOW) == "in 1 min"
    assert sla_text("not a time", NOW) == "not a time"


def test_the_check_in_words():
    cancelled = FlightCheck("LH980", "2026-11-06", "DUB", "FRA", "cancelled", 0, 1, -30, 230,
                            None, 1085)
    assert flight_line(cancelled) == (
        "Cancelled 1 day before departure; re-routing offered: departs 30 min early, "
        "arrives 3 h 50 min late · 1,085 km great-circle")
    strike = dataclasses.replace(cancelled, notice_days=0, rerouting_arrival_minutes=None,
                                 extraordinary="Air traffic control strike")
    assert flight_line(strike).splitlines() == [
        "Cancelled on the day of departure; no re-routing offered · 1,085 km great-circle",
        "Extraordinary circumstance: Air traffic control strike"]
    delayed = dataclasses.replace(cancelled, status="delayed", arrival_delay_minutes=215)
    assert flight_line(delayed).startswith("Delayed 3 h 35 min at arrival")
    fare = FareCheck("Economy Classic", "Economy", False, None, True, None, ("x",))
    base = summary(1, 5)
    check = RequestCheck(cancelled, fare, (), Eu261Check(300, "long", True, ("r",)))
    detail = RequestDetail(**{f.name: getattr(base, f.name)
                              for f in dataclasses.fields(RequestSummary)},
                           customer_message="Refund please", customer_reply=None,
                           decided_at=None, notes=(), check=check)
    assert eu261_headline(detail) == "EU 261: €300 (halved)"
    none = dataclasses.replace(check, eu261=Eu261Check(0, "short", False, ("r",)))
    assert eu261_headline(dataclasses.replace(detail, check=none)) == "EU 261: no compensation"


def test_the_reply_is_in_the_members_language_and_the_agent_can_switch_it(
        qtbot, sessions, api, live_server):
    server, target, _page, dialog = claimed_dialog(qtbot, sessions, api, live_server,
                                                   "agent17", language=None)
    language = server.get_request(target.id).member_language
    ui = dialog.ui
    dialog.choose("approve")
    assert dialog.languageBox.currentData() == ("de" if language == "de" else "en")
    first = ui.replyEdit.toPlainText()
    other = 1 - dialog.languageBox.currentIndex()
    # Keys only: Alt+G to the language, then the other one.
    qtbot.keyClick(dialog, Qt.Key.Key_G, Qt.KeyboardModifier.AltModifier)
    assert dialog.languageBox.hasFocus() or QApplication.focusWidget() is dialog.languageBox
    dialog.languageBox.setCurrentIndex(other)
    switched = ui.replyEdit.toPlainText()
    assert switched != first
    greeting = "Guten Tag" if dialog.languageBox.currentData() == "de" else "Dear"
    assert switched.startswith(f"{greeting} {target.member_name},")
    assert "Drafted from the template" in ui.replyState.text()
    # Typed text is kept when the language changes; Re-draft writes it in that language.
    ui.replyEdit.moveCursor(QTextCursor.MoveOperation.End)
    qtbot.keyClicks(ui.replyEdit, " PS")
    dialog.languageBox.setCurrentIndex(1 - other)
    assert ui.replyEdit.toPlainText() == switched + " PS" and ui.redraftButton.isEnabled()
    ui.redraftButton.click()
    assert ui.replyEdit.toPlainText() == first
    dialog.reject()


def test_the_eu261_check_reads_in_german_with_german_figures(qtbot, german, sessions, api):
    """The server sends the check's sentences as templates; a German desk words them in
    German with German figures, the Art. 8 refund right included (issue 17)."""
    target = untouched(api("agent17"), "cancelled")[0]
    eu = target.check.eu261
    assert eu.wording, "the server sends the check as templates"
    page = open_queue(qtbot, sessions("agent17"), assigned="unassigned")
    show_request(qtbot, page, target.id)
    shown = page.ui.eu261Reasons.text()
    assert "Erstattung des Tickets" in shown and "Art. 8(1)" in shown  # the refund right
    assert ("Entschädigung" in shown) or ("Verordnung gilt nicht" in shown)
    for english in eu.reasons:  # not one sentence left in English
        assert english not in shown
    assert "€" not in shown or " €" in shown  # German amounts: "600 €", never "€600"
    km = f"{target.check.flight.distance_km:,}".replace(",", ".")
    assert f"{km} km" in shown
