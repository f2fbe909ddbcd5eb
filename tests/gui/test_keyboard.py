"""Alt+letter keys: in every window the app shows, each underlined letter belongs to one
control. Qt treats a letter that two visible controls claim as ambiguous: the first press only
moves the focus between them, nothing is pressed or opened (Alt+F was both the lookup box's
and the File menu's). Checked on the forms and on the real windows, signed in against the real
server; tests/helpers/keys.py has the checker."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.gui import WAIT
from ..helpers.gui_awards import open_dialog
from ..helpers.gui_calculator import open_calculator
from ..helpers.gui_credits import open_credit_dialog, pending_page
from ..helpers.gui_members import open_member, open_profile_dialog
from ..helpers.gui_queue import claimed_dialog, open_queue
from ..helpers.keys import check, clashes, wrong_hints

ROOT = Path(__file__).resolve().parents[2]
MEMBER = demo_member_number(811)


def test_the_checker_finds_a_clash_and_ignores_hidden_controls(qtbot):
    window = QWidget()
    qtbot.addWidget(window)
    box = QVBoxLayout(window)
    label, edit = QLabel("&Find:"), QLineEdit()
    label.setBuddy(edit)
    hidden = QPushButton("&Hidden")
    for widget in (label, edit, QPushButton("&File"), QPushButton("Fish && &Chips"), hidden,
                   QPushButton("&Help")):
        box.addWidget(widget)
    hidden.hide()
    assert clashes(window) == {"f": ["&Find:", "&File"]}
    hidden.show()
    assert clashes(window) == {"f": ["&Find:", "&File"], "h": ["&Hidden", "&Help"]}
    hidden.hide()
    edit.setObjectName("findEdit")
    edit.setToolTip("Name or number (Alt+C). Alt+H for help, Alt+X for nothing.")
    assert wrong_hints(window) == ["findEdit: Alt+C leads to ['']", "findEdit: Alt+X leads to "
                                   "nothing"]


# -- the forms as designed ----------------------------------------------------------------


def forms() -> list[Path]:
    return sorted((ROOT / "ui").glob("*.ui"))


@pytest.mark.parametrize("ui_file", forms(), ids=lambda path: path.stem)
def test_each_form_underlines_each_letter_once(qtbot, ui_file: Path):
    top = ET.parse(ui_file).getroot().find("widget")
    host = {"QMainWindow": QMainWindow, "QDialog": QDialog}.get(top.get("class"), QWidget)()
    qtbot.addWidget(host)
    module = import_module(f"supportdesk.gui.forms.ui_{ui_file.stem}")
    getattr(module, f"Ui_{top.get('name')}")().setupUi(host)
    check(host)


# -- the windows as the app shows them ----------------------------------------------------


def test_main_window_pages_with_their_menus(qtbot, sessions):
    window = sessions("super2")
    check(window)  # the lookup page
    open_member(qtbot, window, MEMBER)
    check(window)
    open_queue(qtbot, window)
    check(window)
    pending_page(qtbot, window)
    check(window)


@pytest.mark.qt_log_ignore("This plugin does not support")  # offscreen: a menu pops up
def test_alt_f_opens_the_file_menu_and_alt_n_goes_to_the_lookup_box(qtbot, window):
    query = window.lookup.ui.queryEdit
    window.lookup.ui.resultsView.setFocus()
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.AltModifier)
    assert QApplication.focusWidget() is query
    qtbot.keyClick(query, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is window.ui.menuFile,
                    timeout=WAIT)
    qtbot.keyClick(window.ui.menuFile, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: QApplication.activePopupWidget() is None, timeout=WAIT)


def test_the_sign_in_dialog(controller):
    assert controller.dialog is not None
    check(controller.dialog)


@pytest.mark.parametrize("opener", ["credit", "award", "upgrade", "profile", "calculator"])
def test_dialogs_opened_on_a_member(qtbot, sessions, opener: str):
    window = sessions("agent17")
    member = open_member(qtbot, window, MEMBER)
    dialog = {
        "credit": lambda: open_credit_dialog(qtbot, window),
        "award": lambda: open_dialog(qtbot, member, Qt.Key.Key_B),
        "upgrade": lambda: open_dialog(qtbot, member, Qt.Key.Key_U),
        "profile": lambda: open_profile_dialog(qtbot, member),
        "calculator": lambda: open_calculator(qtbot, window),
    }[opener]()  # each opener waits until its dialog is on screen
    check(dialog)
    if opener == "profile":  # its second way of verifying the caller shows other fields
        dialog.ui.pinRadio.click()
        check(dialog)
    dialog.reject()


def test_the_decision_dialog_on_a_claimed_request(qtbot, sessions, api, live_server):
    _server, _target, _page, dialog = claimed_dialog(qtbot, sessions, api, live_server,
                                                     "agent15")
    check(dialog)
    dialog.reject()
