"""The award flights of one search: a short list (one day, one route), so a plain table model.
Flights without enough seats for the passengers are shown but cannot be chosen."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...api.award_models import AwardFlight

_Index = QModelIndex | QPersistentModelIndex
_RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class FlightsModel(QAbstractTableModel):
    COLUMNS = (QT_TR_NOOP("Flight"), QT_TR_NOOP("Departs"), QT_TR_NOOP("Seats left"),
               QT_TR_NOOP("Status"))

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._flights: tuple[AwardFlight, ...] = ()
        self.passengers = 1

    def set_flights(self, flights: tuple[AwardFlight, ...], passengers: int) -> None:
        self.beginResetModel()
        self._flights, self.passengers = tuple(flights), passengers
        self.endResetModel()

    def clear(self) -> None:
        if self._flights:
            self.set_flights((), self.passengers)

    def flight(self, row: int) -> AwardFlight:
        return self._flights[row]

    def row_of(self, inventory_id: int) -> int | None:
        return next((row for row, f in enumerate(self._flights)
                     if f.inventory_id == inventory_id), None)

    def available_count(self) -> int:
        return sum(1 for f in self._flights if f.available)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._flights)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 2:
            return _RIGHT
        return None

    def flags(self, index: _Index) -> Qt.ItemFlag:
        if not index.isValid() or not 0 <= index.row() < len(self._flights):
            return Qt.ItemFlag.NoItemFlags
        if not self._flights[index.row()].available:
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

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._flights):
            return None
        flight, column = self._flights[index.row()], index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (flight.flight_number, flight.departure_time, str(flight.seats_left),
                    self.status(flight))[column]
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 2:
            return _RIGHT
        if role == Qt.ItemDataRole.ForegroundRole and column == 3:
            return QColor("#1d6b35") if flight.available else QColor("#8a1c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return self.status(flight)
        return None
