"""One lookup box: says what was typed, searches as the agent types, drops stale answers."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QEvent,
    QObject,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

from ...api.client import ApiClient
from ...api.models import SearchPage
from ...domain.query import KIND_LABELS, QueryError, QueryKind, classify_query
from ...errors import OfflineError, SupportDeskError
from ..columns import fit_columns
from ..errors import describe
from ..forms.ui_lookup_page import Ui_LookupPage
from ..messages import input_text
from ..taskman import Latest, Op, TaskManager
from .model import ResultsModel

if TYPE_CHECKING:
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)

DEBOUNCE_MS = 250
MIN_NAME_CHARS = 3  # ranked name search stays out of the per-keystroke path below this


# The core names the kinds in English; these make lupdate see them for translators.
_KIND_TRANSLATIONS = (
    QT_TRANSLATE_NOOP("LookupPage", "Member number"),
    QT_TRANSLATE_NOOP("LookupPage", "Member number (partial)"),
    QT_TRANSLATE_NOOP("LookupPage", "E-ticket number"),
    QT_TRANSLATE_NOOP("LookupPage", "Booking code"),
    QT_TRANSLATE_NOOP("LookupPage", "Booking code or name"),
    QT_TRANSLATE_NOOP("LookupPage", "E-mail"),
    QT_TRANSLATE_NOOP("LookupPage", "Phone number"),
    QT_TRANSLATE_NOOP("LookupPage", "Name"),
)


def kind_label(kind: QueryKind) -> str:
    return QCoreApplication.translate("LookupPage", KIND_LABELS[kind])


class LookupPage(QWidget):
    member_chosen = Signal(str)  # member number
    connection_result = Signal(object)  # None (it worked) or the error, for the status bar

    def __init__(self, taskman: TaskManager, client: ApiClient,
                 parent: QWidget | None = None, *, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.ui = Ui_LookupPage()
        self.ui.setupUi(self)
        self.taskman = taskman
        self.client = client
        self.latest = Latest()
        self.searching = False
        self._open_when_single = False
        self.model = ResultsModel(self)
        view = self.ui.resultsView
        view.setModel(self.model)
        # number, name, tier, city, e-mail, phone, matched by: the name takes spare room;
        # narrow, the city, e-mail, how it matched and the phone give way first
        fit_columns(view, (150, 220, 130, 150, 210, 140, 150), stretch=1,
                    give_way=(3, 4, 6, 5, 2))
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.setInterval(DEBOUNCE_MS)
        self.timer.timeout.connect(self.search_now)
        self.ui.queryEdit.textChanged.connect(self._typed)
        self.ui.queryEdit.returnPressed.connect(self._enter_in_box)
        self.ui.queryEdit.installEventFilter(self)
        view.activated.connect(lambda index: self._open_row(index.row()))
        view.doubleClicked.connect(lambda index: self._open_row(index.row()))
        self.ui.kindLabel.clear()
        self.ui.messageLabel.clear()
        self.ui.resultCountLabel.clear()

    # -- typing -------------------------------------------------------------------------

    def focus_query(self) -> None:
        self.ui.queryEdit.setFocus()
        self.ui.queryEdit.selectAll()

    def _typed(self, text: str) -> None:
        self.timer.stop()
        self._open_when_single = False
        self.latest.invalidate()  # whatever is in flight is for older text now
        self.searching = False
        if not text.strip():
            self.ui.kindLabel.clear()
            self.ui.messageLabel.clear()
            self.model.set_hits(())
            self.ui.resultCountLabel.clear()
            return
        try:
            query = classify_query(text)
        except QueryError as exc:
            # Results for earlier text must not sit under an error as if they matched.
            self.ui.kindLabel.setText("")
            self.ui.messageLabel.setText(input_text(exc))
            self.model.set_hits(())
            self.ui.resultCountLabel.clear()
            return
        self.ui.messageLabel.clear()
        self.ui.kindLabel.setText(kind_label(query.kind))
        if query.kind is QueryKind.NAME and len(query.value.replace(" ", "")) < MIN_NAME_CHARS:
            self.ui.resultCountLabel.setText(self.tr("Keep typing…"))
            return
        self.timer.start()

    def search_now(self) -> None:
        self.timer.stop()
        text = self.ui.queryEdit.text()
        try:
            classify_query(text)
        except QueryError:
            return
        ticket = self.latest.next()
        self.searching = True
        self.ui.resultCountLabel.setText(self.tr("Searching…"))
        client = self.client
        (Op(self.taskman, self, lambda: client.search_members(text))
         .success(lambda page: self._results(ticket, page))
         .failure(lambda error: self._failed(ticket, error))
         .run())

    def _results(self, ticket: int, page: SearchPage) -> None:
        if not self.latest.is_current(ticket):
            # The kind of search only: its text is a name, an e-mail or a phone (§6).
            log.debug("dropped a stale answer to a %s search", page.kind)
            return
        self.searching = False
        self.connection_result.emit(None)
        self.model.set_hits(page.results)
        count = len(page.results)
        # Only a complete, valid key's hit is the member asked for; a partial number or a
        # name lists candidates, and none is picked as if it were the one.
        exact = _is_exact(page.kind)
        if count == 0:
            self.ui.resultCountLabel.setText(self.tr("No member found."))
        elif page.truncated:
            self.ui.resultCountLabel.setText(
                self.tr("First {0} matches — type more to narrow down.").format(count))
        elif exact:
            self.ui.resultCountLabel.setText(
                self.tr("%n member(s) found — ↓ to choose, Enter to open.", "", count))
        else:
            self.ui.resultCountLabel.setText(self.tr(
                "%n candidate(s) — ↓ or Enter to choose one, then Enter to open.", "", count))
        if count and exact:
            self.ui.resultsView.selectRow(0)
        if self._open_when_single and count == 1 and exact:
            self._open_row(0)
        self._open_when_single = False

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        self.searching = False
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        # Results for earlier text must not stay on screen as if they answered this one.
        self.model.set_hits(())
        self.ui.resultCountLabel.clear()
        self.ui.messageLabel.setText(describe(error)[1])
        if isinstance(error, OfflineError) and self.sync is not None:
            text = self.ui.queryEdit.text()
            self.sync.search_offline(text, lambda page: self._offline(ticket, page))

    def _offline(self, ticket: int, page: SearchPage) -> None:
        """Offline: the members opened recently on this computer that match."""
        if not self.latest.is_current(ticket) or not page.results:
            return
        self.model.set_hits(page.results)
        self.ui.resultCountLabel.setText(self.tr(
            "Offline: %n member(s) from the copies on this computer — Enter opens the copy.", "",
            len(page.results)))
        if _is_exact(page.kind):
            self.ui.resultsView.selectRow(0)

    # -- keys ---------------------------------------------------------------------------

    def _enter_in_box(self) -> None:
        if self.timer.isActive() or self.searching:
            self._open_when_single = True
            if self.timer.isActive():
                self.search_now()
            return
        rows = self.ui.resultsView.selectionModel().selectedRows()
        if rows:
            self._open_row(rows[0].row())
        elif self.model.rowCount() >= 1:
            # Candidates, none chosen: Enter goes to the list, where the agent picks one.
            self.ui.resultsView.setFocus()
            self.ui.resultsView.selectRow(0)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if watched is self.ui.queryEdit and isinstance(event, QKeyEvent) \
                and event.type() == QEvent.Type.KeyPress:
            if event.key() in (Qt.Key.Key_Down, Qt.Key.Key_PageDown) and self.model.rowCount():
                self.ui.resultsView.setFocus()
                if not self.ui.resultsView.selectionModel().hasSelection():
                    self.ui.resultsView.selectRow(0)
                return True
        return super().eventFilter(watched, event)

    def _open_row(self, row: int) -> None:
        if 0 <= row < self.model.rowCount():
            self.member_chosen.emit(self.model.hit(row).member_number)


def _is_exact(kind: str) -> bool:
    try:
        return QueryKind(kind).is_exact
    except ValueError:  # a key type this version does not know: never exact
        return False
