"""Miles credits in the real window: the credit dialog on the member page, a retro claim
filled in, and the approvals page (picking a credit, answering its "approve N miles?")."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate
from PySide6.QtWidgets import QMessageBox

from .gui import WAIT, fill


def open_credit_dialog(qtbot, window):  # noqa: ANN001, ANN201
    member = window.member
    member.credit_action.trigger()
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    return member.dialog


def fill_retro(qtbot, dialog, ticket: str = "2209999998801", flight: str = "LH400",  # noqa: ANN001
               days_ago: int = 10, letter: str = "M", origin: str = "FRA",
               destination: str = "JFK") -> None:
    ui = dialog.ui
    ui.kindCombo.setCurrentIndex(2)
    fill(qtbot, ui.reasonEdit, "Card not presented at check-in")
    fill(qtbot, ui.ticketEdit, ticket)
    fill(qtbot, ui.flightNumberEdit, flight)
    day = dialog.today - dt.timedelta(days=days_ago)
    ui.flightDateEdit.setDate(QDate(day.year, day.month, day.day))
    fill(qtbot, ui.bookingClassEdit, letter)
    fill(qtbot, ui.originEdit, origin)
    fill(qtbot, ui.destinationEdit, destination)


def pending_page(qtbot, window):  # noqa: ANN001, ANN201
    window.actionApprovals.trigger()
    page = window.approvals
    assert window.ui.pages.currentWidget() is page
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    return page


def select_credit(qtbot, page, credit_id: int) -> None:  # noqa: ANN001
    qtbot.waitUntil(lambda: page.model.row_of(credit_id) is not None, timeout=WAIT)
    page._select(page.model.row_of(credit_id))
    assert page.selected_credit().id == credit_id


def answer_confirmation(qtbot, page, yes: bool) -> str:  # noqa: ANN001
    """Answer the page's "approve N miles?" with Yes or No (a click); returns its text."""
    qtbot.waitUntil(lambda: page.confirmation is not None and page.confirmation.isVisible(),
                    timeout=WAIT)
    box = page.confirmation
    text = box.text()
    box.button(QMessageBox.StandardButton.Yes if yes else QMessageBox.StandardButton.No).click()
    qtbot.waitUntil(lambda: page.confirmation is None, timeout=WAIT)
    return text
