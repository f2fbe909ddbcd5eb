"""A whole shift's first minutes in German, keys only: sign in, look a member up, open the
account, propose a credit, and run an action from the command palette. Every key goes to
whatever has the focus (no mouse, no widget called directly): focus that is lost, a shortcut
that does not work in German, or a field Tab skips, fails it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.calculator.dialog import CalculatorDialog
from supportdesk.gui.credits.dialog import CreditDialog
from supportdesk.gui.palette import CommandPalette

from ..helpers.gui import WAIT
from ..helpers.ledger import balance

CTRL = Qt.KeyboardModifier.ControlModifier
CTRL_SHIFT = CTRL | Qt.KeyboardModifier.ShiftModifier
ALT = Qt.KeyboardModifier.AltModifier


def _focus():  # noqa: ANN202
    widget = QApplication.focusWidget()
    assert widget is not None, "the keys would go nowhere"
    return widget


def _type(qtbot, text: str) -> None:  # noqa: ANN001
    qtbot.keyClicks(_focus(), text)


def _press(qtbot, key: Qt.Key, modifiers=Qt.KeyboardModifier.NoModifier) -> None:  # noqa: ANN001
    qtbot.keyClick(_focus(), key, modifiers)


def _tab_to(qtbot, widget, most: int = 10) -> None:  # noqa: ANN001
    """Tab on until `widget` has the keys, as an agent does."""
    for _ in range(most):
        if _focus() is widget:
            return
        _press(qtbot, Qt.Key.Key_Tab)
    assert _focus() is widget, f"Tab never reaches {widget.objectName()}"


def test_sign_in_look_up_credit_and_the_palette_in_german_by_keys_alone(
        qtbot, german, controller, live_server):
    dialog = controller.dialog
    qtbot.waitUntil(lambda: QApplication.focusWidget() is dialog.ui.usernameEdit, timeout=WAIT)
    _type(qtbot, "agent9")
    _press(qtbot, Qt.Key.Key_Tab)
    _type(qtbot, "demo")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: controller.window is not None, timeout=WAIT)
    window = controller.window
    qtbot.addWidget(window)
    assert window.ui.menuFile.title() == "&Datei"

    # The search box has the keys: a member number, Enter opens the one member found.
    number = demo_member_number(823)
    before = balance(live_server, number)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.lookup.ui.queryEdit,
                    timeout=WAIT)
    _type(qtbot, number)
    qtbot.waitUntil(lambda: window.lookup.model.rowCount() == 1, timeout=WAIT)
    _press(qtbot, Qt.Key.Key_Return)
    member = window.member
    qtbot.waitUntil(lambda: member.account is not None
                    and member.account.member_number == number, timeout=WAIT)

    # Strg+M: a goodwill credit, typed field after field.
    _press(qtbot, Qt.Key.Key_M, CTRL)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CreditDialog),
                    timeout=WAIT)
    credit = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: credit.isAncestorOf(_focus()), timeout=WAIT)
    assert credit.ok_button.text().replace("&", "") != "OK"  # its own, German words
    _tab_to(qtbot, credit.ui.milesEdit)
    _type(qtbot, "1.500")  # as a German agent writes it
    _tab_to(qtbot, credit.ui.reasonEdit)
    _type(qtbot, "Verspaetung ohne Verpflegung")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not credit.isVisible(), timeout=WAIT)
    qtbot.waitUntil(lambda: balance(live_server, number) == before + 1500, timeout=WAIT)
    assert "1.500" in member.ui.messageLabel.text()  # German figures
    qtbot.waitUntil(lambda: window.isAncestorOf(_focus()), timeout=WAIT)  # keys came back

    # Strg+Umschalt+P: the palette finds the calculator by its German name.
    _press(qtbot, Qt.Key.Key_P, CTRL_SHIFT)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), CommandPalette),
                    timeout=WAIT)
    palette = QApplication.activeModalWidget()
    qtbot.waitUntil(lambda: palette.isAncestorOf(_focus()), timeout=WAIT)  # as the agent sees
    _type(qtbot, "rechner")
    assert palette.listView.currentIndex().data().startswith("Meilenrechner")
    _press(qtbot, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: window.calculator is not None and window.calculator.isVisible(),
                    timeout=WAIT)
    assert isinstance(window.calculator, CalculatorDialog)
