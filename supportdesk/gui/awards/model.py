"""The award flights of one search: a short list (one day, one route), so a plain table model.
Flights without enough seats for the passengers are shown but cannot be chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ...api.award_models import AwardFlight
from ..tablemodel import Index, RowsModel


class FlightsModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("FlightsModel", "Flight"),
        QT_TRANSLATE_NOOP("FlightsModel", "Departs"),
        QT_TRANSLATE_NOOP("FlightsModel", "Seats left"),
        QT_TRANSLATE_NOOP("FlightsModel", "Status"),
    )
    RIGHT_ALIGNED = frozenset({2})
    _rows: tuple[AwardFlight, ...]

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.passengers = 1

    def set_flights(self, flights: tuple[AwardFlight, ...], passengers: int) -> None:
        self.beginResetModel()
        self._rows, self.passengers = tuple(flights), passengers
        self.endResetModel()

    def clear(self) -> None:
        if self._rows:
            self.set_flights((), self.passengers)

    def flight(self, row: int) -> AwardFlight:
        return self._rows[row]

    def row_of(self, inventory_id: int) -> int | None:
        return next((row for row, f in enumerate(self._rows)
                     if f.inventory_id == inventory_id), None)

    def available_count(self) -> int:
        return sum(1 for f in self._rows if f.available)

    def flags(self, index: Index) -> Qt.ItemFlag:
        flight: AwardFlight | None = self.row_at(index)
        if flight is None or not flight.available:
            return Qt.ItemFlag.NoItemFlags  # greyed out and skipped by the keyboard
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | \
            Qt.ItemFlag.ItemNeverHasChildren

    def status(self, flight: AwardFlight) -> str:
        if flight.seats_left == 0:
            return self.tr("Sold out")
        if not flight.available:
            return self.tr("Only {0} left; {1} needed").format(flight.seats_left,
                                                             self.passengers)
        if flight.seats_left == 1:
            return self.tr("Last seat")
        return self.tr("Available")

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        flight: AwardFlight | None = self.row_at(index)
        if flight is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (flight.flight_number, flight.departure_time, str(flight.seats_left),
                    self.status(flight))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QColor("#1d6b35") if flight.available else QColor("#8a1c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.status(flight)
        return None
