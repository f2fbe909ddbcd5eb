"""Every main screen at 1024×700 and at 1920×1080, in English and in German: no label,
button, check box, combo box or column header cut off, and the window keeps the size it was
given (issue 17). Real windows on the offscreen platform against the real server."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QApplication, QLineEdit

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui import i18n
from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

from ..helpers.clipping import clipped, grown
from ..helpers.gui import WAIT, fill
from ..helpers.gui_credits import pending_page
from ..helpers.gui_members import open_member
from ..helpers.gui_queue import open_queue

SIZES = ((1024, 700), (1920, 1080))


@pytest.fixture(params=["en", "de"])
def language(request, qapp):  # noqa: ANN001, ANN201
    if request.param == "de":
        assert i18n.install(qapp, "de") == "de"
    yield request.param
    if request.param == "de":
        i18n.uninstall(qapp)


def _screens(qtbot, window):  # noqa: ANN001, ANN202
    """Each main screen as an agent or supervisor works in it, filled with data."""
    lookup = window.lookup
    window.show_lookup()
    lookup.ui.queryEdit.setFocus()
    qtbot.keyClicks(lookup.ui.queryEdit, "Schmi")
    qtbot.waitUntil(lambda: not lookup.searching and lookup.model.rowCount() > 0, timeout=WAIT)
    yield "lookup"
    open_member(qtbot, window, demo_member_number(811))
    qtbot.waitUntil(lambda: window.member.ledger.rowCount() > 0, timeout=WAIT)
    yield "member"
    page = open_queue(qtbot, window)
    if page.model.rowCount():
        page.ui.queueView.selectRow(0)
        qtbot.waitUntil(lambda: page.detail is not None, timeout=WAIT)
    yield "queue"
    pending_page(qtbot, window)
    yield "approvals"
    window.actionAudit.trigger()
    audit = window.audit
    fill(qtbot, audit.findChild(QLineEdit, "memberEdit"), demo_member_number(811))
    audit.refresh()
    qtbot.waitUntil(lambda: audit.model.rowCount() > 0, timeout=WAIT)
    yield "audit"
    window.actionRemediation.trigger()
    remediation = window.remediation
    fill(qtbot, remediation.fromEdit, INCIDENT_FROM.strftime("%Y-%m-%d %H:%M:%S"))
    fill(qtbot, remediation.toEdit, INCIDENT_TO.strftime("%Y-%m-%d %H:%M:%S"))
    remediation.preview()
    qtbot.waitUntil(lambda: remediation.entries.rowCount() > 0, timeout=WAIT)
    yield "remediation"


def test_no_screen_cuts_anything_off(qtbot, sessions, language):
    window = sessions("super1")
    problems = []
    for screen in _screens(qtbot, window):
        for width, height in SIZES:
            window.resize(width, height)
            QApplication.processEvents()
            qtbot.wait(50)  # layouts settle
            where = f"{language} {width}×{height} {screen}"
            if (too_big := grown(window, width, height)) is not None:
                problems.append(f"{where}: window {too_big}")
            problems += [f"{where}: {cut}" for cut in clipped(window)]
    assert problems == [], "\n".join(problems)
