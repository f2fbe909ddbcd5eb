"""The queue as a table, most urgent first (the server's order: by SLA due time).

The server caps a page (200), so a plain list is fine. "Now" is the model's own: the page moves
it every minute, and the SLA countdown and the overdue look follow without asking the server.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor, QFont

from ...api.queue_models import FlightSummary, RequestSummary, parse_time
from ...domain.identifiers import format_member_number
from .. import fmt
from ..tablemodel import Index, RowsModel

translate = QCoreApplication.translate

_TYPES = {"refund": QT_TRANSLATE_NOOP("QueueModel", "Refund"),
          "rebooking": QT_TRANSLATE_NOOP("QueueModel", "Rebooking")}
_CHANNELS = {"web": QT_TRANSLATE_NOOP("QueueModel", "Web form"),
             "email": QT_TRANSLATE_NOOP("QueueModel", "E-mail"),
             "phone": QT_TRANSLATE_NOOP("QueueModel", "Phone")}
_STATUSES = {"new": QT_TRANSLATE_NOOP("QueueModel", "New"),
             "in_review": QT_TRANSLATE_NOOP("QueueModel", "In review"),
             "needs_info": QT_TRANSLATE_NOOP("QueueModel", "Needs info"),
             "escalated": QT_TRANSLATE_NOOP("QueueModel", "Escalated"),
             "approved": QT_TRANSLATE_NOOP("QueueModel", "Approved"),
             "rejected": QT_TRANSLATE_NOOP("QueueModel", "Rejected")}

_DECISIONS = {"approve": QT_TRANSLATE_NOOP("QueueModel", "approve"),
              "reject": QT_TRANSLATE_NOOP("QueueModel", "reject"),
              "needs_info": QT_TRANSLATE_NOOP("QueueModel", "ask for information"),
              "escalate": QT_TRANSLATE_NOOP("QueueModel", "escalate")}

OVERDUE_TEXT = QColor("#a3191b")
OVERDUE_ROW = QColor("#fcf1ee")


def _label(table: dict[str, str], value: str) -> str:
    return translate("QueueModel", table[value]) if value in table else value


def type_label(value: str) -> str:
    return _label(_TYPES, value)


def channel_label(value: str) -> str:
    return _label(_CHANNELS, value)


def status_label(value: str) -> str:
    return _label(_STATUSES, value)


def decision_label(value: str) -> str:
    return _label(_DECISIONS, value)


def duration(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    if not hours:
        return translate("QueueModel", "{0} min").format(rest)
    if not rest:
        return translate("QueueModel", "{0} h").format(hours)
    return translate("QueueModel", "{0} h {1} min").format(hours, rest)


def flight_status_text(flight: FlightSummary) -> str:
    if flight.status == "cancelled":
        return translate("QueueModel", "Cancelled")
    if flight.status == "delayed":
        return translate("QueueModel", "Delayed {0}").format(
            duration(flight.arrival_delay_minutes))
    if flight.status == "operated":
        return translate("QueueModel", "Operated")
    return flight.status


def _span(seconds: int) -> str:
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if hours < 1:
        return translate("QueueModel", "{0} min").format(max(minutes, 1))
    if hours < 48:
        return translate("QueueModel", "{0} h").format(hours)
    return translate("QueueModel", "{0} d {1} h").format(days, hours % 24)


def sla_text(due: str, now: dt.datetime) -> str:
    """The SLA as a countdown a glance can read: "in 5 h", "overdue 3 h"."""
    try:
        seconds = int((parse_time(due) - now).total_seconds())
    except ValueError:
        return due
    if seconds >= 0:
        return translate("QueueModel", "in {0}").format(_span(seconds))
    return translate("QueueModel", "overdue {0}").format(_span(-seconds))


def local_time(text: str) -> str:
    """The server's UTC time stamp in this computer's time zone, to the minute."""
    return fmt.moment(text)


class QueueModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("QueueModel", "#"),
        QT_TRANSLATE_NOOP("QueueModel", "Type"),
        QT_TRANSLATE_NOOP("QueueModel", "Status"),
        QT_TRANSLATE_NOOP("QueueModel", "Channel"),
        QT_TRANSLATE_NOOP("QueueModel", "Member"),
        QT_TRANSLATE_NOOP("QueueModel", "Flight"),
        QT_TRANSLATE_NOOP("QueueModel", "Flight status"),
        QT_TRANSLATE_NOOP("QueueModel", "SLA"),
        QT_TRANSLATE_NOOP("QueueModel", "Assigned to"),
        QT_TRANSLATE_NOOP("QueueModel", "Dup."),
    )
    ID, TYPE, STATUS, CHANNEL, MEMBER, FLIGHT, FLIGHT_STATUS, SLA, ASSIGNEE, DUPLICATES = \
        range(10)
    RIGHT_ALIGNED = frozenset({ID, DUPLICATES})
    _rows: list[RequestSummary]

    def __init__(self, own_agent_id: int, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.own_agent_id = own_agent_id
        self._rows = []
        self.now = dt.datetime.now(dt.UTC)

    # -- content ------------------------------------------------------------------------

    def set_requests(self, requests: tuple[RequestSummary, ...],
                     now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = list(requests)
        self.now = now or dt.datetime.now(dt.UTC)
        self.endResetModel()

    def set_now(self, now: dt.datetime) -> None:
        """Move the clock: the countdown and the overdue look are recomputed, nothing else."""
        self.now = now
        if self._rows:
            self.dataChanged.emit(self.index(0, 0),
                                  self.index(len(self._rows) - 1, len(self.COLUMNS) - 1),
                                  [Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ForegroundRole,
                                   Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole,
                                   Qt.ItemDataRole.ToolTipRole])

    def update(self, request: RequestSummary) -> None:
        """Replace one row with a newer answer about the same request (after a claim)."""
        row = self.row_of(request.id)
        if row is None:
            return
        self._rows[row] = request
        self.dataChanged.emit(self.index(row, 0), self.index(row, len(self.COLUMNS) - 1))

    def request(self, row: int) -> RequestSummary:
        return self._rows[row]

    def row_of(self, request_id: int) -> int | None:
        return next((r for r, item in enumerate(self._rows) if item.id == request_id), None)

    def overdue_count(self) -> int:
        return sum(1 for item in self._rows if item.overdue_at(self.now))

    # -- Qt -----------------------------------------------------------------------------

    def headerData(self, section: int, orientation: Qt.Orientation,  # noqa: N802
                   role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if role == Qt.ItemDataRole.ToolTipRole and orientation == Qt.Orientation.Horizontal \
                and section == self.DUPLICATES:
            return self.tr("Other requests about the same ticket")
        return super().headerData(section, orientation, role)

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        item: RequestSummary | None = self.row_at(index)
        if item is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(item, column)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(item, column)
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        overdue = item.overdue_at(self.now)
        if role == Qt.ItemDataRole.BackgroundRole and overdue:
            return OVERDUE_ROW
        if role == Qt.ItemDataRole.ForegroundRole and overdue and column == self.SLA:
            return OVERDUE_TEXT
        if role == Qt.ItemDataRole.FontRole and overdue and column == self.SLA:
            font = QFont()
            font.setBold(True)
            return font
        return None

    def _display(self, item: RequestSummary, column: int) -> str:
        if column == self.ID:
            return str(item.id)
        if column == self.TYPE:
            return type_label(item.type)
        if column == self.STATUS:
            return status_label(item.status)
        if column == self.CHANNEL:
            return channel_label(item.channel)
        if column == self.MEMBER:
            return f"{item.member_name} · {format_member_number(item.member_number)}"
        if column == self.FLIGHT:
            return f"{item.flight.flight_number} · {fmt.short_date(item.flight.date)}"
        if column == self.FLIGHT_STATUS:
            return flight_status_text(item.flight)
        if column == self.SLA:
            return sla_text(item.sla_due, self.now) if item.is_open else "—"
        if column == self.ASSIGNEE:
            if item.assignee_id is None:
                return "—"
            return self.tr("You") if item.assignee_id == self.own_agent_id \
                else item.assignee_name or ""
        return str(item.duplicates) if item.duplicates else ""

    def _tooltip(self, item: RequestSummary, column: int) -> str | None:
        if column == self.SLA:
            return self.tr("Due {0}").format(local_time(item.sla_due))
        if column == self.FLIGHT:
            return self.tr("{0} {1}–{2} on {3}").format(
                item.flight.flight_number, item.flight.origin, item.flight.destination,
                fmt.date(item.flight.date))
        if column == self.DUPLICATES and item.duplicates:
            return self.tr("%n other request(s) about ticket {0}", "", item.duplicates).format(
                item.ticket_number)
        if column == self.MEMBER:
            return self.tr("Booking {0} · e-ticket {1}").format(item.booking_code,
                                                                 item.ticket_number)
        return None
