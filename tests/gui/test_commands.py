"""The command palette (Ctrl+Shift+P) and the shortcut list (F1), both generated from the
window's actions and page keys: in the real window against the real server, keys only."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication

from supportdesk.gui.commands import keys_text, plain
from supportdesk.gui.palette import CommandPalette, ShortcutsDialog

from ..helpers.gui import WAIT

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _dialog(qtbot, kind):  # noqa: ANN001, ANN202
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), kind), timeout=WAIT)
    return QApplication.activeModalWidget()


def test_f1_lists_every_shortcut_of_the_window_from_the_actions_themselves(qtbot, sessions):
    window = sessions("super1")
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_F1)
    dialog = _dialog(qtbot, ShortcutsDialog)
    listed = {(dialog.table.item(r, 0).text(), dialog.table.item(r, 1).text())
              for r in range(dialog.table.rowCount())}
    expected = set()
    for action in window.findChildren(QAction):
        if action.isVisible() and action.menu() is None and plain(action.text()):
            expected |= {(keys_text(s), plain(action.text())) for s in action.shortcuts()}
    for shortcut in window.findChildren(QShortcut):
        assert shortcut.whatsThis(), f"{keys_text(shortcut.key())} has no description for F1"
        expected.add((keys_text(shortcut.key()), shortcut.whatsThis()))
    assert listed == expected
    keys = {k for k, _ in listed}
    # Those the hand-written list forgot (issue 17), and the palette itself.
    assert {"Ctrl+Shift+N", "F5", "Ctrl+Shift+P", "Ctrl+Shift+L", "F1"} <= keys
    # Typing filters it.
    qtbot.keyClicks(dialog.filterEdit, "F5")
    shown = [dialog.table.item(r, 1).text() for r in range(dialog.table.rowCount())
             if not dialog.table.isRowHidden(r)]
    assert shown and all("F5" == dialog.table.item(r, 0).text()
                         for r in range(dialog.table.rowCount()) if not dialog.table.isRowHidden(r))
    qtbot.keyClick(dialog.filterEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)


def test_the_palette_finds_an_action_by_part_of_its_name_and_runs_it(qtbot, sessions):
    window = sessions("agent2")
    search = window.lookup.ui.queryEdit
    qtbot.keyClick(search, Qt.Key.Key_P, CTRL_SHIFT)
    palette = _dialog(qtbot, CommandPalette)
    names = [palette.proxy.index(r, 0).data() for r in range(palette.proxy.rowCount())]
    assert any(n.startswith("Mileage calculator") for n in names)
    assert not any(n.startswith("Command palette") for n in names)  # not itself
    assert not any(n.startswith("Audit trail") for n in names)  # supervisors only: hidden
    # Without a member open, crediting miles is listed but cannot run.
    credit = next(r for r in range(palette.proxy.rowCount())
                  if "Credit" in palette.proxy.index(r, 0).data())
    assert not palette.proxy.index(credit, 0).flags() & Qt.ItemFlag.ItemIsEnabled
    qtbot.keyClicks(palette.filterEdit, "xyzzy")
    assert palette.proxy.rowCount() == 0 and palette.emptyLabel.isVisible()
    palette.filterEdit.clear()
    qtbot.keyClicks(palette.filterEdit, "mil calc")  # words in any order, any part
    assert palette.proxy.rowCount() == 1
    qtbot.keyClick(palette.filterEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.calculator is not None and window.calculator.isVisible(),
                    timeout=WAIT)
    assert not palette.isVisible()


def test_the_palette_moves_with_the_arrows_and_escape_changes_nothing(qtbot, sessions):
    window = sessions("agent2")
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_P, CTRL_SHIFT)
    palette = _dialog(qtbot, CommandPalette)
    first = palette.listView.currentIndex().row()
    qtbot.keyClick(palette.filterEdit, Qt.Key.Key_Down)
    assert palette.listView.currentIndex().row() == first + 1
    qtbot.keyClick(palette.filterEdit, Qt.Key.Key_Up)
    assert palette.listView.currentIndex().row() == first
    qtbot.waitUntil(palette.filterEdit.hasFocus, timeout=WAIT)
    qtbot.keyClick(palette.filterEdit, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not palette.isVisible(), timeout=WAIT)
    assert palette.chosen is None and window.calculator is None
    assert QKeySequence(window.actionPalette.shortcut()).toString() == "Ctrl+Shift+P"
