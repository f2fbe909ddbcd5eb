"""The audit trail's rows, fetched page by page as the supervisor scrolls (like the ledger:
canFetchMore/fetchMore), newest first."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QModelIndex, Qt

from ...api.audit import AuditEntry, AuditPage
from ...domain.identifiers import format_member_number
from ..tablemodel import Index, RowsModel


def local_time(at: str) -> str:
    """An entry's UTC time as the supervisor's local date and time, to the second."""
    try:
        moment = dt.datetime.fromisoformat(at.replace("Z", "+00:00"))
    except ValueError:
        return at
    return moment.astimezone().strftime("%Y-%m-%d %H:%M:%S")


def agent_text(entry: AuditEntry) -> str:
    if entry.agent_username is None:
        return "—"
    return f"{entry.agent_name} ({entry.agent_username})"


class AuditModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "Time"),
        QT_TRANSLATE_NOOP("AuditModel", "Agent"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Member"),
        QT_TRANSLATE_NOOP("AuditModel", "Workstation"),
    )  # the request id: in the detail pane and the export
    _rows: list[AuditEntry]

    def __init__(self, request_page: Callable[[int], None], parent=None) -> None:  # noqa: ANN001
        """`request_page(before_id)` starts fetching the next page; `add_page` receives it."""
        super().__init__(parent)
        self._request_page = request_page
        self._rows = []
        self._next_before: int | None = None
        self.loading = False

    def reset(self, page: AuditPage | None = None) -> None:
        self.beginResetModel()
        self._rows = list(page.entries) if page else []
        self._next_before = page.next_before if page else None
        self.loading = False
        self.endResetModel()

    def add_page(self, page: AuditPage) -> None:
        # Still loading while the rows go in: a view asking at once must hear of the next
        # page, never of the one just received (as LedgerModel).
        if page.entries:
            first = len(self._rows)
            self.beginInsertRows(QModelIndex(), first, first + len(page.entries) - 1)
            self._rows.extend(page.entries)
            self.endInsertRows()
        self._next_before = page.next_before
        self.loading = False

    def page_failed(self, retry: bool = True) -> None:
        """The next page did not come; with `retry` False none is asked for again."""
        self.loading = False
        if not retry:
            self._next_before = None

    @property
    def complete(self) -> bool:
        """Every entry of the filter is in."""
        return self._next_before is None

    def entry(self, row: int) -> AuditEntry:
        return self._rows[row]

    def canFetchMore(self, parent: Index) -> bool:  # noqa: N802
        return not parent.isValid() and self._next_before is not None and not self.loading

    def fetchMore(self, parent: Index) -> None:  # noqa: N802
        if self.canFetchMore(parent):
            self.loading = True
            self._request_page(self._next_before)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: AuditEntry | None = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(entry.at)
            if column == 1:
                return agent_text(entry)
            if column == 2:
                return entry.action
            if column == 3:
                return format_member_number(entry.member_number) if entry.member_number else ""
            return entry.workstation or ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole workstation, which may not fit
            return entry.workstation if column == 4 else f"{entry.at} · #{entry.id}"
        return None
