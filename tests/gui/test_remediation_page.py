"""The supervisors' Remediation page (issue 16, item 5) in the real window against the real
server: the demo incident window selected and previewed, two entries excluded with a reason,
the batch proposed; a second supervisor's window approves it, executes it (progress off the
GUI thread) and exports the CSV."""

from __future__ import annotations

import csv

from PySide6.QtCore import Qt

from supportdesk.api import remediation as api
from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

from ..helpers.gui import fill, screenshot

FROM = INCIDENT_FROM.strftime("%Y-%m-%d %H:%M:%S")
TO = INCIDENT_TO.strftime("%Y-%m-%d %H:%M:%S")


def _incident_members(client) -> list[str]:  # noqa: ANN001
    """Three members with web entries of the demo incident window: the two with the most
    ledger entries, and one who changed the profile on the web."""
    found = api.preview(client, api.Selection(
        INCIDENT_FROM, INCIDENT_TO, ("donation", "award_redemption", "upgrade_redemption"),
        ("web",)))
    members = sorted(found.members, key=lambda m: (-m["entries"], m["member_number"]))
    changed = api.preview(client, api.Selection(INCIDENT_FROM, INCIDENT_TO,
                                                ("profile_change",), ("web",)))
    top = [m["member_number"] for m in members[:2]]
    return [*top, next(e.member_number for e in changed.entries if e.member_number not in top)]


def _open(qtbot, window):  # noqa: ANN001, ANN202
    window.actionRemediation.trigger()
    page = window.remediation
    assert window.ui.pages.currentWidget() is page
    return page


def test_agents_have_no_remediation_page(qtbot, sessions):
    window = sessions("agent8")
    assert window.remediation is None
    assert not window.actionRemediation.isVisible()


def test_a_batch_is_previewed_proposed_approved_by_another_executed_and_exported(
        qtbot, sessions, api, tmp_path):  # noqa: F811 - the fixture
    members = _incident_members(api("super3"))
    proposer = sessions("super1")
    page = _open(qtbot, proposer)
    fill(qtbot, page.fromEdit, "2026-10-27 15:00:xx")
    assert not page.previewButton.isEnabled() and page.filterError.text()  # checked as typed
    fill(qtbot, page.fromEdit, FROM)
    fill(qtbot, page.toEdit, TO)
    page.membersEdit.setFocus()
    qtbot.keyClicks(page.membersEdit, "992 123")
    assert "members" in page.filterError.text() or not page.previewButton.isEnabled()
    page.membersEdit.setPlainText("\n".join(members))
    assert page.previewButton.isEnabled(), page.filterError.text()
    qtbot.keyClick(page.fromEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: page.entries.rowCount() > 0, timeout=15_000)
    entries = page.entries.entries()
    assert {e.member_number for e in entries} == set(members)
    assert len(entries) >= 3
    assert str(len(entries)) in page.totalsLabel.text()

    # Exclude two ledger entries in a row, keyboard only: the reason, then Ctrl+E on the
    # chosen row (which moves on to the next); the profile change stays in.
    assert "profile" in {e.source for e in entries}  # its profile change is in the window
    first = next(i for i in range(len(entries) - 1)
                 if entries[i].source == entries[i + 1].source == "ledger")
    page.entriesView.setFocus()
    page.entriesView.selectRow(first)
    fill(qtbot, page.reasonEdit, "Member confirmed it")
    for _ in range(2):
        page.entriesView.setFocus()
        qtbot.keyClick(page.entriesView, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    excluded = {entries[first].key, entries[first + 1].key}
    assert set(page.entries.excluded) == excluded
    fill(qtbot, page.noteEdit, "Wrong-profile incident")
    with qtbot.waitSignal(page.batch_proposed, timeout=15_000) as proposed:
        qtbot.keyClick(page.noteEdit, Qt.Key.Key_Return, Qt.KeyboardModifier.ControlModifier)
    batch = proposed.args[0]
    assert batch.to_reverse == len(entries) - 2 and batch.counts["excluded"] == 2
    screenshot(proposer, "remediation-proposed.png")
    # The proposer may not approve it: the button is there, the server refuses.
    qtbot.waitUntil(lambda: page.chosen_batch() is not None
                    and page.chosen_batch().id == batch.id, timeout=10_000)
    page.approveButton.click()
    qtbot.waitUntil(lambda: "another supervisor" in page.messageLabel.text().lower(),
                    timeout=10_000)

    approver = sessions("super2")
    other = _open(qtbot, approver)
    qtbot.waitUntil(lambda: other.batches.row_of(batch.id) >= 0, timeout=10_000)
    other.batchesView.setFocus()
    other.batchesView.selectRow(other.batches.row_of(batch.id))
    assert other.approveButton.isEnabled()
    qtbot.keyClick(other.batchesView, Qt.Key.Key_A, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: other.chosen_batch() is not None
                    and other.chosen_batch().status == "approved", timeout=10_000)
    progress = []
    other.execution_progress.connect(lambda done, total: progress.append((done, total)))
    qtbot.waitUntil(other.executeButton.isEnabled, timeout=5_000)
    qtbot.keyClick(other.batchesView, Qt.Key.Key_U, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: other.chosen_batch() is not None
                    and other.chosen_batch().status == "executed", timeout=30_000)
    assert progress and progress[-1][0] == batch.to_reverse
    qtbot.waitUntil(lambda: {e.state for e in other.entries.entries()} >= {"excluded"},
                    timeout=10_000)
    shown = {e.key: e.state for e in other.entries.entries()}
    assert {shown[i] for i in excluded} == {"excluded"}
    screenshot(approver, "remediation-executed.png")

    target = tmp_path / "remediation.csv"
    with qtbot.waitSignal(other.export_finished, timeout=15_000):
        other.export_to(target)
    with target.open(encoding="utf-8-sig") as exported:
        rows = list(csv.DictReader(exported))
    assert {r["member_number"] for r in rows} == set(members)
    reversed_ = [e for e in other.entries.entries() if e.state == "reversed"]
    assert sum(int(r["miles_recredited"]) for r in rows) == -sum(e.miles for e in reversed_)
    restored = sum(1 for e in reversed_ if e.source == "profile")
    assert restored >= 1
    assert sum(int(r["profile_changes_restored"]) for r in rows) == restored
