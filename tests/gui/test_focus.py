"""After a dialog closes, the keys go back where they were — also with no window manager
(the offscreen platform, like xvfb-run with none, leaves the focus nowhere by itself)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QMessageBox

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.palette import CommandPalette

from ..helpers.gui import WAIT
from ..helpers.gui_credits import open_credit_dialog
from ..helpers.gui_members import open_member

CTRL_SHIFT = Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier


def _keys_back_in(qtbot, window, widget) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(),
                    timeout=WAIT)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is widget, timeout=WAIT)


def test_closing_the_palette_gives_the_keys_back_to_the_search_box(qtbot, sessions):
    window = sessions("agent4")
    search = window.lookup.ui.queryEdit
    search.setFocus()
    _keys_back_in(qtbot, window, search)
    qtbot.keyClick(search, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CommandPalette),
                    timeout=WAIT)
    palette = QApplication.activeModalWidget()
    qtbot.keyClick(palette.filterEdit, Qt.Key.Key_Escape)
    _keys_back_in(qtbot, window, search)
    qtbot.keyClicks(QApplication.focusWidget(), "Schm")  # typed where the agent was
    assert search.text() == "Schm"


def test_a_question_over_a_dialog_gives_the_keys_back_to_that_dialog(qtbot, sessions):
    window = sessions("agent4")
    open_member(qtbot, window, demo_member_number(812))
    dialog = open_credit_dialog(qtbot, window)
    dialog.ui.milesEdit.setFocus()
    qtbot.waitUntil(dialog.ui.milesEdit.hasFocus, timeout=WAIT)
    box = QMessageBox(QMessageBox.Icon.Question, "?", "Really?",
                      QMessageBox.StandardButton.No, dialog)
    box.open()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is box.windowHandle(), timeout=WAIT)
    qtbot.keyClick(box, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is dialog.windowHandle(),
                    timeout=WAIT)
    assert QApplication.focusWidget() is dialog.ui.milesEdit
    dialog.reject()
    qtbot.waitUntil(lambda: QGuiApplication.focusWindow() is window.windowHandle(),
                    timeout=WAIT)
