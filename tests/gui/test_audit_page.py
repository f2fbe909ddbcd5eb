"""The supervisors' Audit page (issue 16, item 2) through the real widgets against the real
server: only supervisors have it; a filter typed and checked as typed; newest first, older
pages fetched by scrolling; the detail pane; the CSV export of every page of the filter."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from supportdesk.api.client import new_operation_id
from supportdesk.domain.audit import AUDIT_PAGE, AuditFilter
from supportdesk.domain.identifiers import demo_member_number, format_member_number
from supportdesk.gui.audit.export import export_audit

from ..helpers.gui import fill, screenshot

MEMBER = demo_member_number(2331)
PAGED_MEMBER = demo_member_number(2332)
APPROVED_MEMBER = demo_member_number(2333)


def _open_audit(qtbot, window):  # noqa: ANN001, ANN202
    window.actionAudit.trigger()
    page = window.audit
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page.statusLabel.text().startswith("Loading"), timeout=10_000)
    return page


def _show(qtbot, page, **typed: str) -> None:  # noqa: ANN001
    for name in ("member", "agent", "action", "from", "to"):
        fill(qtbot, page.edits[name], typed.get(name, ""))
    assert page.showButton.isEnabled(), page.messages.message(next(iter(typed)))
    ticket = page.latest.current
    qtbot.keyClick(page.edits["member"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.latest.current > ticket and page.statusLabel.text()
                    and not page.statusLabel.text().startswith("Loading"), timeout=10_000)


def test_agents_have_no_audit_page(qtbot, sessions):
    window = sessions("agent5")
    assert window.audit is None
    assert not window.actionAudit.isVisible() and not window.actionAudit.isEnabled()


def test_a_member_filter_shows_that_members_reads_and_writes(qtbot, sessions, api):
    agent = api("agent6")
    agent.get_member(MEMBER)
    agent.propose_credit(MEMBER, kind="goodwill", reason="Audit page test", miles=100,
                         operation_id=new_operation_id())
    window = sessions("super1")
    page = _open_audit(qtbot, window)
    _show(qtbot, page, member=format_member_number(MEMBER))
    rows = [page.model.entry(row) for row in range(page.model.rowCount())]
    assert {e.member_number for e in rows} == {MEMBER}
    actions = [e.action for e in rows if e.agent_username == "agent6"]
    assert actions[:2] == ["credit_applied", "member_read"]  # newest first
    assert page.model.index(0, 3).data() == format_member_number(MEMBER)
    assert rows[0].workstation and rows[0].workstation.endswith("@127.0.0.1")

    # The detail pane: the chosen entry's detail as JSON.
    page.view.setFocus()
    page.view.selectRow(0)
    text = page.detail.toPlainText()
    assert '"miles": 100' in text and "credit_applied" in text and "agent6" in text
    screenshot(window, "audit-page.png")


def test_the_filter_is_checked_as_typed(qtbot, sessions):
    page = _open_audit(qtbot, sessions("super1"))
    fill(qtbot, page.edits["member"], "992 123")
    assert page.messages.message("member") and not page.showButton.isEnabled()
    fill(qtbot, page.edits["member"], "")
    fill(qtbot, page.edits["action"], "drop table")
    assert page.messages.message("action") and not page.showButton.isEnabled()
    fill(qtbot, page.edits["action"], "credit_approved")
    fill(qtbot, page.edits["from"], "2026-12-24")
    fill(qtbot, page.edits["to"], "2026-12-01")
    assert page.messages.message("to") and not page.showButton.isEnabled()
    fill(qtbot, page.edits["to"], "2026-13-01")
    assert page.messages.message("to")
    fill(qtbot, page.edits["to"], "2026-12-31")
    assert not page.messages.message("to") and page.showButton.isEnabled()
    # An agent the server does not know: its answer lands under the field.
    fill(qtbot, page.edits["agent"], "nobody-of-that-name")
    page.refresh()
    qtbot.waitUntil(lambda: bool(page.messages.message("agent")), timeout=10_000)


def test_scrolling_fetches_older_pages_and_the_export_writes_every_row(
        qtbot, sessions, api, tmp_path):
    agent = api("agent7")
    for _ in range(AUDIT_PAGE + 20):
        agent.get_member(PAGED_MEMBER)
    page = _open_audit(qtbot, sessions("super2"))
    _show(qtbot, page, member=PAGED_MEMBER, agent="agent7")
    assert page.model.rowCount() == AUDIT_PAGE and not page.model.complete
    page.view.setFocus()
    page.view.scrollToBottom()
    qtbot.waitUntil(lambda: page.model.complete, timeout=10_000)
    assert page.model.rowCount() == AUDIT_PAGE + 20
    ids = [page.model.entry(row).id for row in range(page.model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)

    target = tmp_path / "trail.csv"
    with qtbot.waitSignal(page.export_finished, timeout=30_000) as done:
        page.export_to(target)
    assert done.args[0].rows == AUDIT_PAGE + 20 and not done.args[0].capped
    with target.open(encoding="utf-8-sig", newline="") as rows_file:
        rows = list(csv.DictReader(rows_file))
    assert [int(r["id"]) for r in rows] == ids
    assert {r["member_number"] for r in rows} == {PAGED_MEMBER}
    assert "Exported 120 entries" in page.statusLabel.text()

    # Bounded: it stops at the bound and says so.
    capped = export_audit(page.client, AuditFilter(member=PAGED_MEMBER), tmp_path / "c.csv",
                          max_rows=30)
    assert capped.rows == 30 and capped.capped


def test_a_decision_shows_before_and_after(qtbot, sessions, api):
    agent, boss = api("agent8"), api("super3")
    credit = agent.propose_credit(APPROVED_MEMBER, kind="goodwill", reason="Audit page big",
                                  miles=6000, operation_id=new_operation_id())
    boss.approve_credit(credit.id, None, new_operation_id(),
                        member_number=APPROVED_MEMBER, miles=6000)
    page = _open_audit(qtbot, sessions("super3"))
    _show(qtbot, page, member=APPROVED_MEMBER, action="credit_approved")
    assert page.model.rowCount() == 1
    page.view.selectRow(0)
    text = page.detail.toPlainText()
    assert '"before": {\n    "status": "pending"' in text and '"applied"' in text


def test_the_keyboard_path(qtbot, sessions):
    window = sessions("super1")
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_T,
                   Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    page = window.audit
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page.statusLabel.text().startswith("Loading"), timeout=10_000)
    assert page.model.rowCount() > 0  # the newest entries of the whole trail
    qtbot.keyClicks(page.edits["action"], "login")
    qtbot.keyClick(page.edits["action"], Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.model.rowCount() > 0 and {
        page.model.entry(r).action for r in range(page.model.rowCount())} == {"login"},
        timeout=10_000)
    qtbot.keyClick(page.edits["action"], Qt.Key.Key_Escape)
    assert window.ui.pages.currentWidget() is window.lookup
