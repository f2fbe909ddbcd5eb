"""The miles ledger, fetched page by page as the agent scrolls (canFetchMore/fetchMore)."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtGui import QColor

from ...api.models import LedgerEntry, LedgerPage
from .. import fmt
from ..tablemodel import Index, PagedRowsModel

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
    """Grouped for the agent's language (gui/fmt.py): 71.909 / 71,909."""
    return fmt.miles(miles, signed)


class LedgerModel(PagedRowsModel):
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
        super().__init__(request_page, parent)
        self.total = 0  # entries of the whole ledger (the answer says)

    def reset(self, page: LedgerPage | None = None) -> None:
        self.total = page.total if page else 0
        super().reset(page)

    def add_page(self, page: LedgerPage) -> None:
        self.total = page.total
        super().add_page(page)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: LedgerEntry | None = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return fmt.local_date(entry.posted_at)
            if column == 1:
                return self.tr(KIND_LABELS.get(entry.kind, entry.kind))
            if column == 2:
                return fmt.ledger_description(entry.description)
            if column == 3:
                # a reversal's reference is the reversed entry's number: the system's, not theirs
                return "" if entry.reverses_id is not None and entry.kind == "reversal" \
                    else entry.reference or ""
            return format_miles(entry.miles, signed=True)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ForegroundRole and column == self.MILES:
            return QColor("#1d6b35") if entry.miles > 0 else QColor("#8a1c1c")
        if role == Qt.ItemDataRole.ToolTipRole:
            return fmt.date_time(entry.posted_at, seconds=True)
        return None
