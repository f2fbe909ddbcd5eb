"""Search results as a table model over plain hits (capped server-side, so a list is fine)."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QColor

from ...api.models import MemberHit
from ...domain.identifiers import format_member_number
from ...sync.cached_search import OFFLINE_COPY
from .. import fmt
from ..tablemodel import Index, RowsModel

translate = QCoreApplication.translate
GREYED = QColor(Qt.GlobalColor.darkGray)  # closed and blocked accounts


class ResultsModel(RowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("ResultsModel", "Member number"),
        QT_TRANSLATE_NOOP("ResultsModel", "Name"),
        QT_TRANSLATE_NOOP("ResultsModel", "Tier"),
        QT_TRANSLATE_NOOP("ResultsModel", "City"),
        QT_TRANSLATE_NOOP("ResultsModel", "E-mail"),
        QT_TRANSLATE_NOOP("ResultsModel", "Phone"),
        QT_TRANSLATE_NOOP("ResultsModel", "Matched by"),
    )

    _rows: tuple[MemberHit, ...]

    def set_hits(self, hits: tuple[MemberHit, ...]) -> None:
        self.beginResetModel()
        self._rows = hits
        self.endResetModel()

    def hit(self, row: int) -> MemberHit:
        return self._rows[row]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        hit: MemberHit | None = self.row_at(index)
        if hit is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (
                format_member_number(hit.member_number),
                f"{hit.last_name}, {hit.first_name}",
                hit.tier,
                f"{hit.city}, {hit.country}",
                hit.email_masked,
                hit.phone_masked,
                _matched(hit),
            )[column]
        if role == Qt.ItemDataRole.ToolTipRole and hit.status != "active":
            return self.tr("Account {0}").format(hit.status)
        if role == Qt.ItemDataRole.ForegroundRole and hit.status != "active":
            return GREYED  # a QColor: the delegate took a bare Qt.GlobalColor for no colour
        return None


MATCHED_BY = {
    "member_number": QT_TRANSLATE_NOOP("ResultsModel", "member number"),
    "member_number_prefix": QT_TRANSLATE_NOOP("ResultsModel", "start of the member number"),
    "ticket_number": QT_TRANSLATE_NOOP("ResultsModel", "e-ticket"),
    "booking_code": QT_TRANSLATE_NOOP("ResultsModel", "booking"),
    "email": QT_TRANSLATE_NOOP("ResultsModel", "e-mail"),
    "phone": QT_TRANSLATE_NOOP("ResultsModel", "phone"),
    "name": QT_TRANSLATE_NOOP("ResultsModel", "name"),
    "sound": QT_TRANSLATE_NOOP("ResultsModel", "sounds alike"),
    "similar": QT_TRANSLATE_NOOP("ResultsModel", "similar name"),
}


def _matched(hit: MemberHit) -> str:
    if hit.matched_by == OFFLINE_COPY and hit.match_detail:
        return translate("ResultsModel", "offline copy {0}").format(
            fmt.short_date_time(hit.match_detail))
    label = translate("ResultsModel", MATCHED_BY[hit.matched_by]) \
        if hit.matched_by in MATCHED_BY else hit.matched_by
    return f"{label} {hit.match_detail}" if hit.match_detail else label
