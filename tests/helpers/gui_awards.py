"""Award bookings in the real window: opening the award or upgrade dialog from the member
page, searching availability, choosing a flight."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt

from supportdesk.api.award_models import AwardFlight

from .awards import TRAVELLERS
from .gui import WAIT, fill

CTRL = Qt.KeyboardModifier.ControlModifier


def open_dialog(qtbot, member, key: Qt.Key, modifiers=CTRL):  # noqa: ANN001, ANN201
    qtbot.keyClick(member.ui.ledgerView, key, modifiers)
    qtbot.waitUntil(lambda: member.dialog is not None and member.dialog.isVisible(),
                    timeout=WAIT)
    return member.dialog


def fill_search(qtbot, dialog, origin: str, destination: str, day: dt.date,  # noqa: ANN001
                cabin: str = "Business", passengers: str = "1") -> None:
    """The search as an agent types it; passengers after the first (the member, filled in)
    are named from TRAVELLERS where their rows are empty."""
    ui = dialog.ui
    fill(qtbot, ui.originEdit, origin)
    fill(qtbot, ui.destinationEdit, destination)
    ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    ui.cabinCombo.setCurrentIndex(ui.cabinCombo.findData(cabin))
    fill(qtbot, ui.passengersEdit, passengers)
    if passengers.isdigit():
        name_passengers(qtbot, dialog, TRAVELLERS[1:int(passengers)], first_row=1)


def name_passengers(qtbot, dialog, names, first_row: int = 0) -> None:  # noqa: ANN001
    """Type `names` ((given, surname) pairs) into the passenger rows from `first_row` on,
    where empty."""
    rows = dialog.passengers.rows
    for row, (given, surname) in enumerate(names, start=first_row):
        if row >= len(rows):
            break
        for edit, text in ((rows[row][1], given), (rows[row][2], surname)):
            if not edit.text():
                type_name(qtbot, edit, text)


def type_name(qtbot, edit, text: str) -> None:  # noqa: ANN001
    """Type `text` into `edit` as the agent would; QTest types ASCII only, so letters such
    as ü or Ł are put in as a paste (or a compose key) would."""
    edit.setFocus()
    edit.selectAll()
    if text.isascii():
        qtbot.keyClicks(edit, text) if text else edit.del_()
    else:
        edit.insert(text)


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
