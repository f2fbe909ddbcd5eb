"""The member page in the real window: opening a member, the balance it shows, and the
dialogs it opens (credit, profile change)."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supportdesk.gui.profile.dialog import ProfileDialog

from .gui import WAIT


def open_member(qtbot, window, number: str):  # noqa: ANN001, ANN201
    window.open_member(number)
    member = window.member
    qtbot.waitUntil(lambda: member.account is not None
                    and member.account.member_number == number, timeout=WAIT)
    return member


def shown_balance(window) -> int:  # noqa: ANN001
    text = window.member.ui.balanceLabel.text()
    return int(text.replace(",", "").replace(".", "").replace("−", "-")) if text else -1


def open_profile_dialog(qtbot, member) -> ProfileDialog:  # noqa: ANN001
    assert "Ctrl+P" in member.ui.changeProfileButton.toolTip()
    qtbot.keyClick(member.ui.ledgerView, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    assert isinstance(member.dialog, ProfileDialog)
    return member.dialog
