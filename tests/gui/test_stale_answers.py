"""A slow answer for an older ask never paints over a newer one."""

from __future__ import annotations

import pytest

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.http import SendingThreads

pytestmark = pytest.mark.slow  # each test waits out answers the server holds back

SLOW = 0.8


def test_newer_search_wins_over_a_slowed_older_one_every_time(qtbot, window, faults):
    lookup = window.lookup
    pairs = [("schmidt", "weber"), ("becker", "koch"), ("wagner", "braun"), ("klein", "wolf"),
             ("fischer", "meyer")]
    for older, newer in pairs:
        faults.delays[f"q={older}"] = SLOW
        lookup.ui.queryEdit.setText(older)
        lookup.search_now()
        lookup.ui.queryEdit.setText(newer)
        lookup.search_now()
        qtbot.waitUntil(lambda: not lookup.searching, timeout=10_000)
        # Let the slow, older answer arrive too; it must be dropped.
        qtbot.wait(int(SLOW * 1000) + 300)
        names = {lookup.model.hit(r).last_name.lower() for r in range(lookup.model.rowCount())}
        assert names and all(n.startswith(newer[:3]) for n in names), (older, newer, names)


def test_slow_member_a_never_paints_over_member_b(qtbot, window, faults):
    member = window.member
    for a, b in ((101, 102), (201, 202), (301, 302)):
        number_a, number_b = demo_member_number(a), demo_member_number(b)
        faults.delays[number_a] = SLOW
        window.open_member(number_a)
        window.open_member(number_b)
        qtbot.waitUntil(lambda: member.account is not None, timeout=10_000)
        assert member.account.member_number == number_b
        qtbot.wait(int(SLOW * 1000) + 300)
        assert member.account.member_number == number_b
        assert member.ui.numberLabel.text().replace(" ", "") == number_b


def test_a_hung_server_does_not_freeze_the_window(qtbot, window, faults):
    lookup = window.lookup
    threads = SendingThreads(lookup.client.session)
    faults.delays["q=hoffmann"] = 3.0
    lookup.ui.queryEdit.setText("hoffmann")
    lookup.search_now()
    # search_now() came back without the answer (the server holds it 3 s): it is pending,
    # and the request goes out from a worker, never from the GUI thread.
    assert lookup.searching and lookup.model.rowCount() == 0
    qtbot.waitUntil(lambda: any("q=hoffmann" in url for url in threads.urls()), timeout=10_000)
    assert threads.on_gui_thread() == []
    # The event loop keeps running: typing still works while the answer is pending.
    lookup.ui.queryEdit.setText("hofmann")
    assert lookup.ui.kindLabel.text() == "Name"
