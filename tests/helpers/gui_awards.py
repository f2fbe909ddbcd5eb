"""Award bookings in the real window: opening the award or upgrade dialog from the member
page, searching availability, choosing a flight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from supportdesk.api.award_models import AwardFlight

from .gui import WAIT, fill

CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(qtbot, member, key: Qt.Key, modifiers=CTRL):  # noqa: ANN001, ANN201
    qtbot.keyClick(member.ui.ledgerView, key, modifiers)
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    return member.dialog


def fill_search(qtbot, dialog, origin: str, destination: str, day: dt.date,  # noqa: ANN001
                cabin: str = "Business", passengers: str = "1") -> None:
    ui = dialog.ui
    fill(qtbot, ui.originEdit, origin)
    fill(qtbot, ui.destinationEdit, destination)
    ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    ui.cabinCombo.setCurrentIndex(ui.cabinCombo.findData(cabin))
    fill(qtbot, ui.passengersEdit, passengers)


def search(qtbot, dialog) -> None:  # noqa: ANN001
    """Return in the form searches (the default button until a flight is chosen)."""
    assert dialog.ui.searchButton.isDefault()
    qtbot.keyClick(dialog.ui.passengersEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() > 0,
                    timeout=WAIT)


def choose_first_flight(qtbot, dialog) -> AwardFlight:  # noqa: ANN001
    view = dialog.ui.flightsView
    qtbot.keyClick(dialog.ui.passengersEdit, Qt.Key.Key_F, Qt.KeyboardModifier.AltModifier)
    assert view.hasFocus()
    flight = dialog.selected_flight()
    assert flight is not None and flight.available
    return flight
