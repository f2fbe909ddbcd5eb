"""The audit trail's rows, fetched page by page as the supervisor scrolls (like the ledger:
canFetchMore/fetchMore), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt

from ...api.audit import AuditEntry
from ...domain.identifiers import format_member_number
from .. import fmt
from ..tablemodel import Index, PagedRowsModel


def local_time(at: str) -> str:
    """An entry's UTC time as the supervisor's local date and time, to the second."""
    return fmt.moment(at, seconds=True)


def agent_text(entry: AuditEntry) -> str:
    if entry.agent_username is None:
        return "—"
    return f"{entry.agent_name} ({entry.agent_username})"


class AuditModel(PagedRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "Time"),
        QT_TRANSLATE_NOOP("AuditModel", "Agent"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Member"),
        QT_TRANSLATE_NOOP("AuditModel", "Workstation"),
    )  # the request id: in the detail pane and the export
    _rows: list[AuditEntry]

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
