"""The miles ledger, fetched page by page as the agent scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QT_TR_NOOP,
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QColor

from ...api.models import LedgerEntry, LedgerPage

_Index = QModelIndex | QPersistentModelIndex

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


class LedgerModel(QAbstractTableModel):
    COLUMNS = (QT_TR_NOOP("Date"), QT_TR_NOOP("Type"), QT_TR_NOOP("Description"),
               QT_TR_NOOP("Reference"), QT_TR_NOOP("Miles"))

    def __init__(self, request_page: Callable[[int], None], parent=None) -> None:  # noqa: ANN001
        """`request_page(before_id)` starts fetching the next page; `add_page` receives it."""
        super().__init__(parent)
        self._request_page = request_page
        self._entries: list[LedgerEntry] = []
        self.total = 0
        self._next_before: int | None = None
        self.loading = False

    def reset(self, page: LedgerPage | None = None) -> None:
        self.beginResetModel()
        self._entries = list(page.entries) if page else []
        self.total = page.total if page else 0
        self._next_before = page.next_before if page else None
        self.loading = False
        self.endResetModel()

    def add_page(self, page: LedgerPage) -> None:
        self.loading = False
        if page.entries:
            first = len(self._entries)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._entries.extend(page.entries)
            self.endInsertRows()
        self.total = page.total
        self._next_before = page.next_before

    def page_failed(self) -> None:
        self.loading = False

    def entry(self, row: int) -> LedgerEntry:
        return self._entries[row]

    def canFetchMore(self, parent: _Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_before is not None and not self.loading

    def fetchMore(self, parent: _Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self._request_page(self._next_before)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._entries)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if orientation != Qt.Orientation.Horizontal:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            return self.tr(self.COLUMNS[section])
        if role == Qt.ItemDataRole.TextAlignmentRole and section == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        return None

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self._entries):
            return None
        entry = self._entries[index.row()]
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
        if role == Qt.ItemDataRole.TextAlignmentRole and column == 4:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and column == 4:
            return QColor("#1d6b35") if entry.miles > 0 else QColor("#8a1c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{entry.posted_at} · #{entry.id}"
        return None
