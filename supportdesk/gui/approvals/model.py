"""Pending credits as a table, oldest first: the order a supervisor should work them in,
each with what is signed off (member, tier, balance, miles, kind, reason, requester).

The server caps the list (500), so a plain list is fine; the rows are replaced on each refresh
and removed one by one as decisions are made.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QModelIndex, Qt
from PySide6.QtGui import QColor, QFont

from ...api.models import Credit
from ...domain.identifiers import format_member_number
from .. import fmt
from ..credits.form import kind_label
from ..member.ledger_model import format_miles
from ..tablemodel import Index, RowsModel

BALANCE_COLUMN, MILES_COLUMN = 3, 4
GREYED = QColor(Qt.GlobalColor.darkGray)  # one's own credits, which others must decide
translate = QCoreApplication.translate


def parse_time(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def local_time(text: str) -> str:
    """The server's UTC time stamp in this computer's time zone, to the minute."""
    return fmt.moment(text)


def waiting(since: str, now: dt.datetime) -> str:
    """How long a credit has waited, coarse enough to read at a glance."""
    try:
        seconds = max(0, int((now - parse_time(since)).total_seconds()))
    except ValueError:
        return ""
    minutes, hours, days = seconds // 60, seconds // 3600, seconds // 86400
    if minutes < 1:
        return translate("PendingCreditsModel", "just now")
    if hours < 1:
        return translate("PendingCreditsModel", "{0} min").format(minutes)
    if days < 1:
        return translate("PendingCreditsModel", "{0} h {1} min").format(hours, minutes % 60)
    return translate("PendingCreditsModel", "{0} d {1} h").format(days, hours % 24)


class PendingCreditsModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Member"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Name"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Tier"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Balance"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Miles"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Kind"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Reason"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Requested by"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Requested at"),
        QT_TRANSLATE_NOOP("PendingCreditsModel", "Waiting"),
    )
    RIGHT_ALIGNED = frozenset({BALANCE_COLUMN, MILES_COLUMN})
    _rows: list[Credit]

    def __init__(self, own_agent_id: int, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.own_agent_id = own_agent_id
        self._rows = []
        self.now = dt.datetime.now(dt.UTC)

    def set_credits(self, credits: tuple[Credit, ...], now: dt.datetime | None = None) -> None:
        self.beginResetModel()
        self._rows = sorted(credits, key=lambda c: (c.requested_at, c.id))
        self.now = now or dt.datetime.now(dt.UTC)
        self.endResetModel()

    def credit(self, row: int) -> Credit:
        return self._rows[row]

    def row_of(self, credit_id: int) -> int | None:
        return next((r for r, c in enumerate(self._rows) if c.id == credit_id), None)

    def remove(self, credit_id: int) -> None:
        row = self.row_of(credit_id)
        if row is not None:
            self.beginRemoveRows(QModelIndex(), row, row)
            del self._rows[row]
            self.endRemoveRows()

    def is_own(self, credit: Credit) -> bool:
        return credit.requested_by_id == self.own_agent_id

    def own_count(self) -> int:
        return sum(1 for c in self._rows if self.is_own(c))

    def requester(self, credit: Credit) -> str:
        """Who asked: name and user name, or "(you)"."""
        if self.is_own(credit):
            return self.tr("{0} (you)").format(credit.requested_by_name)
        if credit.requested_by_username:
            return self.tr("{0} ({1})").format(credit.requested_by_name,
                                               credit.requested_by_username)
        return credit.requested_by_name

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        credit: Credit | None = self.row_at(index)
        if credit is None:
            return None
        column = index.column()
        own = self.is_own(credit)
        if role == Qt.ItemDataRole.DisplayRole:
            balance = credit.member_balance
            return (
                format_member_number(credit.member_number),
                credit.member_name or "",
                credit.member_tier or "",
                format_miles(balance) if balance is not None else "",
                format_miles(credit.miles),
                kind_label(credit.kind),
                " ".join(credit.reason.split()),
                self.requester(credit),
                fmt.short_date_time(credit.requested_at),  # the whole moment below
                waiting(credit.requested_at, self.now),
            )[column]
        if role == Qt.ItemDataRole.TextAlignmentRole:
            return self.alignment(column)
        if role == Qt.ItemDataRole.ToolTipRole:
            tip = credit.reason
            if credit.reference:
                tip += "\n" + self.tr("Reference: {0}").format(credit.reference)
            if own:
                tip += "\n" + self.tr("Your own credit: another supervisor must decide.")
            return tip
        if role == Qt.ItemDataRole.ForegroundRole and own:
            return GREYED  # a QColor: the delegate took a bare Qt.GlobalColor for no colour
        if role == Qt.ItemDataRole.FontRole and own:
            font = QFont()
            font.setItalic(True)
            return font
        return None
