"""The miles ledger, fetched page by page as the agent scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt
from PySide6.QtGui import QColor

from ...api.models import LedgerEntry, LedgerPage
from ..tablemodel import Index, RowsModel

KIND_LABELS = {
    "accrual": QT_TRANSLATE_NOOP("LedgerModel", "Flight"),
    "partner_accrual": QT_TRANSLATE_NOOP("LedgerModel", "Partner"),
    "award_redemption": QT_TRANSLATE_NOOP("LedgerModel", "Flight award"),
    "award_cancellation": QT_TRANSLATE_NOOP("LedgerModel", "Award cancelled"),
    "upgrade_redemption": QT_TRANSLATE_NOOP("LedgerModel", "Upgrade award"),
    "voucher": QT_TRANSLATE_NOOP("LedgerModel", "Voucher"),
    "donation": QT_TRANSLATE_NOOP("LedgerModel", "Donation"),
    "credit": QT_TRANSLATE_NOOP("LedgerModel", "Credit"),
    "reversal": QT_TRANSLATE_NOOP("LedgerModel", "Reversal"),
    "expiry": QT_TRANSLATE_NOOP("LedgerModel", "Expiry"),
}


def format_miles(miles: int, signed: bool = False) -> str:
    text = f"{abs(miles):,}".replace(",", "\u202f")  # narrow no-break space groups digits
    if signed:
        return ("+" if miles > 0 else "−" if miles < 0 else "") + text
    return ("−" if miles < 0 else "") + text


class LedgerModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("LedgerModel", "Date"),
        QT_TRANSLATE_NOOP("LedgerModel", "Type"),
        QT_TRANSLATE_NOOP("LedgerModel", "Description"),
        QT_TRANSLATE_NOOP("LedgerModel", "Reference"),
        QT_TRANSLATE_NOOP("LedgerModel", "Miles"),
    )
    MILES = 4
    RIGHT_ALIGNED = frozenset({MILES})
    _rows: list[LedgerEntry]

    def __init__(self, request_page: Callable[[int], None], parent=None) -> None:  # noqa: ANN001
        """`request_page(before_id)` starts fetching the next page; `add_page` receives it."""
        super().__init__(parent)
        self._request_page = request_page
        self._rows = []
        self.total = 0
        self._next_before: int | None = None
        self.loading = False

    def reset(self, page: LedgerPage | None = None) -> None:
        self.beginResetModel()
        self._rows = list(page.entries) if page else []
        self.total = page.total if page else 0
        self._next_before = page.next_before if page else None
        self.loading = False
        self.endResetModel()

    def add_page(self, page: LedgerPage) -> None:
        # Still loading while the rows go in: a view (or the model tester) asks whether it can
        # fetch more as soon as it hears of them, and must be told of the next page, never
        # the one just received.
        self.total = page.total
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

    def entry(self, row: int) -> LedgerEntry:
        return self._rows[row]

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_before is not None and not self.loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self._request_page(self._next_before)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: LedgerEntry | None = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return entry.posted_at[:10]
            if column == 1:
                return self.tr(KIND_LABELS.get(entry.kind, entry.kind))
            if column == 2:
                return entry.description
            if column == 3:
                return entry.reference or ""
            return format_miles(entry.miles, signed=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MILES:
            return QColor("#1d6b35") if entry.miles > 0 else QColor("#8a1c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.posted_at} · #{entry.id}"
        return None
