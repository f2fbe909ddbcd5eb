"""The Remediation page's tables: the preview's entries (each maybe excluded, with why) and
the batches proposed so far."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QCoreApplication, QModelIndex, Qt

from ...api.remediation import Batch, Entry
from ...domain.identifiers import format_member_number
from .. import fmt
from ..member.ledger_model import KIND_LABELS, format_miles
from ..tablemodel import Index, RowsModel


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - lupdate's marker
    return text


def _miles(value: int) -> str:
    return format_miles(value, signed=True)  # grouped as on the member's ledger


# What a supervisor reads for a kind and a channel (the codes are the contract's).
CHANNEL_LABELS = {
    "web": QT_TRANSLATE_NOOP("EntriesModel", "Web site"),
    "app": QT_TRANSLATE_NOOP("EntriesModel", "App"),
    "agent": QT_TRANSLATE_NOOP("EntriesModel", "Agent"),
    "partner": QT_TRANSLATE_NOOP("EntriesModel", "Partner feed"),
    "batch": QT_TRANSLATE_NOOP("EntriesModel", "Batch job"),
}
PROFILE_CHANGE_LABEL = QT_TRANSLATE_NOOP("EntriesModel", "Profile change")


def kind_label(kind: str) -> str:
    if kind == "profile_change":
        return QCoreApplication.translate("EntriesModel", PROFILE_CHANGE_LABEL)
    return QCoreApplication.translate("LedgerModel", KIND_LABELS.get(kind, kind))


def channel_label(channel: str) -> str:
    return QCoreApplication.translate("EntriesModel", CHANNEL_LABELS.get(channel, channel))


class EntriesModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("EntriesModel", "Entry"),
        QT_TRANSLATE_NOOP("EntriesModel", "Posted (UTC)"),
        QT_TRANSLATE_NOOP("EntriesModel", "Member"),
        QT_TRANSLATE_NOOP("EntriesModel", "Type"),
        QT_TRANSLATE_NOOP("EntriesModel", "Channel"),
        QT_TRANSLATE_NOOP("EntriesModel", "Miles"),
        QT_TRANSLATE_NOOP("EntriesModel", "State"),
        QT_TRANSLATE_NOOP("EntriesModel", "Reason / result"),
    )
    RIGHT_ALIGNED = frozenset({0, 5})

    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.excluded: dict[tuple[str, int], str] = {}  # Entry.key → why (before proposing)

    def set_entries(self, entries: tuple[Entry, ...]) -> None:
        self.beginResetModel()
        self._rows = entries
        self.excluded = {}
        self.endResetModel()

    def entries(self) -> tuple[Entry, ...]:
        return tuple(self._rows)

    def set_excluded(self, row: int, reason: str | None) -> None:
        entry = self._rows[row]
        if reason is None:
            self.excluded.pop(entry.key, None)
        else:
            self.excluded[entry.key] = reason
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole and column == 3:
            # what it was, e.g. which fields changed
            return fmt.ledger_description(entry.description) if entry.description else None
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        if column == 6:
            if entry.state:
                return entry.state
            if entry.key in self.excluded:
                return self.tr("excluded")
            return self.tr("already reversed") if entry.reversed_by else self.tr("to reverse")
        if column == 7:
            if entry.state:
                return entry.reason or entry.result_detail or ""
            return self.excluded.get(entry.key, "")
        # A profile change's number is its own (P…), apart from the ledger's
        return (str(entry.id) if entry.source == "ledger" else f"P{entry.id}",
                fmt.utc_date_time(entry.posted_at),
                format_member_number(entry.member_number),
                kind_label(entry.kind), channel_label(entry.channel),
                _miles(entry.miles) if entry.source == "ledger" else "—")[column]


class BatchesModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("BatchesModel", "Batch"),
        QT_TRANSLATE_NOOP("BatchesModel", "Status"),
        QT_TRANSLATE_NOOP("BatchesModel", "Proposed by"),
        QT_TRANSLATE_NOOP("BatchesModel", "Approved by"),
        QT_TRANSLATE_NOOP("BatchesModel", "To reverse"),
        QT_TRANSLATE_NOOP("BatchesModel", "Miles"),
        QT_TRANSLATE_NOOP("BatchesModel", "Done"),
        QT_TRANSLATE_NOOP("BatchesModel", "Note"),
    )
    RIGHT_ALIGNED = frozenset({0, 4, 5})

    def set_batches(self, batches: tuple[Batch, ...]) -> None:
        self.beginResetModel()
        self._rows = batches
        self.endResetModel()

    def batch_at(self, row: int) -> Batch | None:
        return self.row_at(self.index(row, 0)) if row >= 0 else None

    def row_of(self, batch_id: int) -> int:
        return next((i for i, b in enumerate(self._rows) if b.id == batch_id), -1)

    def data(self, index: Index | QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        batch = self.row_at(index)
        if batch is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role != Qt.ItemDataRole.DisplayRole:
            return None
        done = sum(n for state, n in batch.counts.items()
                   if state in ("reversed", "skipped", "failed"))
        return (str(batch.id), batch.status, batch.proposed_by, batch.approved_by or "",
                fmt.number(batch.to_reverse), _miles(batch.miles),
                f"{fmt.number(done)} / {fmt.number(batch.to_reverse)}", batch.note)[column]
