"""What the app's table models share: a list of rows under fixed column titles, the numbers
right-aligned. A subclass names its COLUMNS, marked QT_TRANSLATE_NOOP("<its class name>", …):
that is the context PySide6's `self.tr` looks them up in (a bare QT_TR_NOOP in a class body
lupdate files under no context at all). It keeps its rows in `self._rows` and answers `data`."""

from __future__ import annotations

from collections.abc import Callable, Sequence
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


class PagedRowsModel(RowsModel):
    """Rows that come page by page, newest first, as the view scrolls (canFetchMore /
    fetchMore; the fetchmore example of PySide6): a page is any answer with `entries` and
    `next_before` (the keyset of the next page, None at the end)."""

    def __init__(self, request_page: Callable[[int], None], parent=None) -> None:  # noqa: ANN001
        """`request_page(before)` starts fetching the next page; `add_page` receives it."""
        super().__init__(parent)
        self._request_page = request_page
        self._rows: list[Any] = []
        self._next_before: int | None = None
        self.loading = False

    def reset(self, page: Any | None = None) -> None:
        self.beginResetModel()
        self._rows = list(page.entries) if page else []
        self._next_before = page.next_before if page else None
        self.loading = False
        self.endResetModel()

    def add_page(self, page: Any) -> None:
        # Still loading while the rows go in: a view (or the model tester) asks whether it can
        # fetch more as soon as it hears of them, and must be told of the next page, never
        # the one just received.
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self._next_before = page.next_before
        self.loading = False

    def page_failed(self, retry: bool = True) -> None:
        """The next page did not come; with `retry` False none is asked for again (its answer
        was refused: the view would ask again at once, at every layout, for the same)."""
        self.loading = False
        if not retry:
            self._next_before = None

    @property
    def complete(self) -> bool:
        """Every row there is, is in."""
        return self._next_before is None

    def entry(self, row: int) -> Any:
        return self._rows[row]

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_before is not None and not self.loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self._request_page(self._next_before)
