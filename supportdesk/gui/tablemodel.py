"""What the app's table models share: a list of rows under fixed column titles, the numbers
right-aligned. A subclass names its COLUMNS, marked QT_TRANSLATE_NOOP("<its class name>", …):
that is the context PySide6's `self.tr` looks them up in (a bare QT_TR_NOOP in a class body
lupdate files under no context at all). It keeps its rows in `self._rows` and answers `data`."""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

Index = QModelIndex | QPersistentModelIndex
RIGHT = int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)


class RowsModel(QAbstractTableModel):
    COLUMNS: tuple[str, ...] = ()
    RIGHT_ALIGNED: frozenset[int] = frozenset()  # columns of numbers

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._rows: Sequence[Any] = ()

    def row_at(self, index: Index) -> Any | None:
        """The row object `index` points at, or None for an index that is not (any more)."""
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        return self._rows[index.row()]

    def alignment(self, column: int) -> int | None:
        return RIGHT if column in self.RIGHT_ALIGNED else None

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal or not 0 <= section < len(self.COLUMNS):
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])  # in the subclass's context (tested)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(section)
        return None
