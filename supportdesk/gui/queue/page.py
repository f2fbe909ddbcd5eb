"""The refund and rebooking queue: filters, the list most urgent first, and the selected
request's check beside the actions (claim, decide, open the member).

The list refreshes on F5, every 60 s while the page is shown, and after each claim or decision;
the SLA countdown moves every minute without asking the server. The detail keeps its own
sequence number: a slow answer for request A never paints over request B.

Offline, the list (per filter) and the requests the agent opened are shown from the encrypted
local store, each saying "as of" when; a decision on one's own request is queued, claiming
waits for the backend. The fresh answers replace the copies as soon as it is back.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QItemSelectionModel, QTimer, Signal
from PySide6.QtGui import QHideEvent, QKeySequence, QShowEvent
from PySide6.QtWidgets import QWidget

from ...api.client import ApiClient
from ...api.models import AgentInfo
from ...api.queue_models import RequestDetail, RequestPage, RequestSummary
from ...domain.requests import Refusal, claim_refusal, decide_refusal
from ...errors import (
    Conflict,
    Forbidden,
    NotFound,
    OfflineError,
    SecurityError,
    SupportDeskError,
)
from ...operations import Kind, build
from ..columns import fit_columns
from ..commands import page_shortcut
from ..errors import describe, show_error
from ..forms.ui_queue_page import Ui_QueuePage
from ..messages import error_text
from ..sync.texts import day_time
from ..taskman import Latest, Op, TaskManager
from ..writes import (
    OperationKeys,
    apply_form_style,
    repolish,
    set_state,
    submit_write,
    unanswered_text,
)
from .detail import DUPLICATE_LINK, DetailPanel
from .dialog import DecisionDialog
from .model import QueueModel, status_label

if TYPE_CHECKING:
    from ...store.outbox import Entry
    from ..sync.controller import Submitted, SyncController

log = logging.getLogger(__name__)

REFRESH_MS = 60_000
TICK_MS = 60_000
LIST_LIMIT = 200


class QueuePage(QWidget):
    connection_result = Signal(object)
    member_requested = Signal(str)  # member number
    back_requested = Signal()

    def __init__(self, taskman: TaskManager, client: ApiClient, agent: AgentInfo,
                 parent: QWidget | None = None, *, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.ui = ui = Ui_QueuePage()
        ui.setupUi(self)
        apply_form_style(self)
        self.taskman = taskman
        self.client = client
        self.agent = agent
        self.sync = sync
        self.unavailable: dict[str, str] = {}  # capability -> why (maintenance)
        self.queued_decisions: set[int] = set()  # requests whose decision waits in the outbox
        self.list_latest = Latest()
        self.detail_latest = Latest()
        self.keys = OperationKeys()
        self.loading = False  # the list
        self.loading_id: int | None = None  # the request whose detail is on its way
        self.claiming: int | None = None
        self.detail: RequestDetail | None = None  # the full request on screen, if loaded
        self.dialog: DecisionDialog | None = None
        self.editing: Entry | None = None  # a refused decision to edit once its request shows
        self._restoring = False
        self._more = False  # the server has more than the list shows
        self._offline_detail = False  # the detail failed for want of a backend: retry it
        self.list_as_of: float | None = None  # the list on screen is the offline copy of then
        self.detail_as_of: float | None = None  # likewise the detail
        self._was_offline = False
        self.model = QueueModel(agent.id, self)
        self.panel = DetailPanel(ui, agent.id)
        for label in (ui.updatedLabel, ui.countLabel):
            repolish(label, "note", True)
        self._build_filters()
        self._build_view()

        ui.refreshButton.clicked.connect(self.refresh)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Refresh),
                      self.tr("Queue: load the requests again"), self.refresh)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Cancel),
                      self.tr("Queue: back to the lookup"), self.back_requested.emit)
        ui.claimButton.clicked.connect(self.claim)
        ui.decideButton.clicked.connect(lambda: self.open_decision())
        ui.openMemberButton.clicked.connect(self._open_member)
        ui.duplicatesValue.linkActivated.connect(self._link)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.tick_timer = QTimer(self)
        self.tick_timer.setInterval(TICK_MS)
        self.tick_timer.timeout.connect(self.tick)
        self.show_notice("")
        self._update_actions()
        if sync is not None:
            sync.settled.connect(self._operation_settled)
            sync.changed.connect(self._sync_changed)

    def _build_filters(self) -> None:
        ui = self.ui
        for combo, items in (
            (ui.typeCombo, ((self.tr("All types"), None), (self.tr("Refunds"), "refund"),
                            (self.tr("Rebookings"), "rebooking"))),
            (ui.statusCombo, ((self.tr("Open"), None), (self.tr("New"), "new"),
                              (self.tr("In review"), "in_review"),
                              (self.tr("Needs info"), "needs_info"),
                              (self.tr("Escalated"), "escalated"),
                              (self.tr("Approved"), "approved"),
                              (self.tr("Rejected"), "rejected"))),
            (ui.assignedCombo, ((self.tr("Everyone's"), "any"), (self.tr("Mine"), "me"),
                                (self.tr("Unassigned"), "unassigned"),
                                (self.tr("Someone else's"), "others"))),
        ):
            for text, value in items:
                combo.addItem(text, value)
            combo.currentIndexChanged.connect(self._filters_changed)
        ui.overdueCheck.toggled.connect(self._filters_changed)

    def _build_view(self) -> None:
        view = self.ui.queueView
        view.setModel(self.model)
        # The member takes spare room; narrow, the channel, flight status, assignee, member
        # and flight give way, the SLA last of all
        m = QueueModel
        fit_columns(view, (56, 92, 90, 96, 260, 150, 150, 116, 116, 48), stretch=m.MEMBER,
                    give_way=(m.CHANNEL, m.FLIGHT_STATUS, m.ASSIGNEE, m.MEMBER, m.FLIGHT,
                              m.TYPE))
        # Selection, not the current index: a focus-in moves the current index by itself.
        view.selectionModel().selectionChanged.connect(self._selection_changed)
        # About nine rows of the list over the whole detail at 1280×800; both grow alike.
        self.ui.splitter.setStretchFactor(0, 1)
        self.ui.splitter.setStretchFactor(1, 1)
        self.ui.splitter.setSizes([270, 370])

    # -- the list -----------------------------------------------------------------------

    def filters(self) -> dict:
        ui = self.ui
        status = ui.statusCombo.currentData()
        return {"type": ui.typeCombo.currentData(), "status": [status] if status else None,
                "assigned": ui.assignedCombo.currentData() or "any",
                "overdue": True if ui.overdueCheck.isChecked() else None}

    def set_filters(self, *, type: str | None = None, status: str | None = None,  # noqa: A002
                    assigned: str = "any", overdue: bool = False) -> None:
        """Set all filters at once (one refresh), as the agent would pick them."""
        ui = self.ui
        combos = ((ui.typeCombo, type), (ui.statusCombo, status), (ui.assignedCombo, assigned))
        for combo, value in combos:
            combo.blockSignals(True)
            combo.setCurrentIndex(max(combo.findData(value), 0))
            combo.blockSignals(False)
        ui.overdueCheck.blockSignals(True)
        ui.overdueCheck.setChecked(overdue)
        ui.overdueCheck.blockSignals(False)
        self.refresh()

    def _filters_changed(self) -> None:
        self.refresh()

    def focus_list(self) -> None:
        self.ui.queueView.setFocus()

    def refresh(self) -> None:
        ticket = self.list_latest.next()
        self.loading = True
        self.ui.updatedLabel.setText(self.tr("Refreshing…"))
        if self.sync is not None:
            self.sync.queued(self._queued_loaded)
        client, filters = self.client, self.filters()
        (Op(self.taskman, self, lambda: client.list_requests(limit=LIST_LIMIT, **filters))
         .success(lambda page: self._loaded(ticket, page, filters))
         .failure(lambda error: self._list_failed(ticket, filters, error))
         .run())

    def _show_list(self, page: RequestPage, now: dt.datetime) -> None:
        """Put `page` in the list, keeping the agent's selection where it still is."""
        chosen = self.selected_id()
        view = self.ui.queueView
        # A reset moves the current row; the detail must not reload for that alone.
        self._restoring = True
        try:
            self.model.set_requests(page.requests, now)
            row = self.model.row_of(chosen) if chosen is not None else None
            if row is not None:
                view.selectionModel().setCurrentIndex(
                    self.model.index(row, 0),
                    QItemSelectionModel.SelectionFlag.ClearAndSelect
                    | QItemSelectionModel.SelectionFlag.Rows)
        finally:
            self._restoring = False
        self._more = page.more
        self._update_count()

    def _loaded(self, ticket: int, page: RequestPage, filters: dict) -> None:
        if not self.list_latest.is_current(ticket):
            return
        self.loading = False
        self.list_as_of = None
        self.connection_result.emit(None)
        if self.sync is not None:
            self.sync.remember("queue", _filters_key(filters), page.to_json())
        now = dt.datetime.now(dt.UTC)
        self._show_list(page, now)
        shown = self.panel.shown
        selected = self.selected_id()
        if self._offline_detail and selected is not None and self.loading_id is None:
            # The backend is back: show afresh what the agent chose while it was away.
            self._load_detail(self.model.request(self.model.row_of(selected)),
                              keep_screen=shown is not None)
        elif shown is not None:
            row = self.model.row_of(shown.id)
            fresh = self.model.request(row) if row is not None else None
            if fresh is not None and (fresh.status, fresh.assignee_id) != (
                    shown.status, shown.assignee_id):
                self._load_detail(fresh, keep_screen=True)  # it changed elsewhere
            else:
                self.panel.set_now(now)
        elif selected is None and self.loading_id is None and self.model.rowCount():
            self.select(self.model.request(0).id)  # keyboard-first: the most urgent, ready
        self._set_updated(self.tr("Updated {0} · every {1} s").format(
            dt.datetime.now().strftime("%H:%M"), REFRESH_MS // 1000))
        self._update_actions()

    def _list_failed(self, ticket: int, filters: dict, error: BaseException) -> None:
        if not self.list_latest.is_current(ticket):
            return
        self.loading = False
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        not_updated = self.tr("Not updated: {0}").format(describe(error)[1])
        if self.list_as_of is not None:
            not_updated = self.tr("Offline copy as of {0}. {1}").format(
                day_time(self.list_as_of), not_updated)
        self._set_updated(not_updated, "pending" if self.list_as_of is not None else "")
        if isinstance(error, OfflineError) and self.sync is not None:
            self.sync.recall("queue", _filters_key(filters), RequestPage.from_json,
                             lambda found: self._offline_list(ticket, found, error))

    def _offline_list(self, ticket: int, found: tuple[RequestPage, float] | None,
                      error: SupportDeskError) -> None:
        """The backend is away: show this list as the agent last saw it, saying when."""
        if not self.list_latest.is_current(ticket):
            return
        if found is None:
            if self.list_as_of is None:
                self._set_updated(self.tr("Not updated: {0} No offline copy of this list on "
                                          "this computer.").format(describe(error)[1]))
            return
        page, self.list_as_of = found
        self._show_list(page, dt.datetime.now(dt.UTC))
        self._set_updated(self.tr("Offline copy as of {0}. Not updated: {1}").format(
            day_time(self.list_as_of), describe(error)[1]), "pending")
        if self.panel.shown is None and self.selected_id() is None and self.model.rowCount():
            self.select(self.model.request(0).id)
        self._update_actions()

    def _set_updated(self, text: str, state: str = "") -> None:
        self.ui.updatedLabel.setText(text)
        self.ui.updatedLabel.setToolTip(text)
        set_state(self.ui.updatedLabel, state)

    def _sync_changed(self, state) -> None:  # noqa: ANN001 - a SyncState
        """Back from offline while showing copies: fetch the real thing at once."""
        was, self._was_offline = self._was_offline, state.offline
        if was and not state.offline and self.isVisible() and (
                self.list_as_of is not None or self._offline_detail):
            self.refresh()

    def _queued_loaded(self, entries: list[Entry]) -> None:
        waiting = {e.operation.subject for e in entries if e.kind is Kind.REQUEST_DECISION}
        if waiting != self.queued_decisions:
            self.queued_decisions = waiting
            self._update_actions()

    def _operation_settled(self, entry: Entry) -> None:
        if entry.kind is not Kind.REQUEST_DECISION:
            return
        self.queued_decisions.discard(entry.operation.subject)
        shown = self.panel.shown
        if shown is not None and shown.id == entry.operation.subject:
            self._load_detail(shown, keep_screen=True)  # its new state, even if filtered out
        self.refresh()

    def set_unavailable(self, unavailable: dict[str, str]) -> None:
        """Capabilities in maintenance (name -> the sentence that says until when)."""
        if unavailable != self.unavailable:
            self.unavailable = dict(unavailable)
            self._update_actions()

    def _update_count(self) -> None:
        count, overdue = self.model.rowCount(), self.model.overdue_count()
        if count == 0:
            text = self.tr("No request matches.")
        elif self._more:
            text = self.tr("The {0} most urgent ({1} overdue); narrow the filters for the "
                           "rest").format(count, overdue)
        elif count == 1:
            text = self.tr("1 request, overdue") if overdue else self.tr("1 request")
        elif overdue:
            text = self.tr("{0} requests, {1} overdue").format(count, overdue)
        else:
            text = self.tr("{0} requests").format(count)
        self.ui.countLabel.setText(text)

    def tick(self) -> None:
        """A minute passed: the countdowns and the overdue look move on."""
        now = dt.datetime.now(dt.UTC)
        self.model.set_now(now)
        self.panel.set_now(now)
        self._update_count()

    def selected_id(self) -> int | None:
        rows = self.ui.queueView.selectionModel().selectedRows()
        return self.model.request(rows[0].row()).id if rows else None

    def select(self, request_id: int) -> bool:
        row = self.model.row_of(request_id)
        if row is None:
            return False
        self.ui.queueView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)
        self.ui.queueView.scrollTo(self.model.index(row, 0))
        return True

    # -- the detail ---------------------------------------------------------------------

    def _selection_changed(self) -> None:
        rows = self.ui.queueView.selectionModel().selectedRows()
        if not rows or self._restoring:
            return
        item = self.model.request(rows[0].row())
        if self.panel.shown is not None and self.panel.shown.id == item.id:
            return
        self.show_notice("")
        self._load_detail(item)

    def _load_detail(self, item: RequestSummary, *, keep_screen: bool = False) -> None:
        ticket = self.detail_latest.next()
        if not keep_screen:
            self.detail = None
            self.detail_as_of = None
            self.panel.show_summary(item, self.model.now)
        self.loading_id = item.id
        self._update_actions()
        client, rid, number = self.client, item.id, item.member_number
        (Op(self.taskman, self, lambda: client.get_request(rid, member_number=number))
         .success(lambda detail: self._detail_loaded(ticket, detail))
         .failure(lambda error: self._detail_failed(ticket, rid, error))
         .run())

    def _detail_loaded(self, ticket: int, detail: RequestDetail) -> None:
        if not self.detail_latest.is_current(ticket):
            log.debug("dropped a stale answer for request %s", detail.id)
            return
        self.loading_id = None
        self._offline_detail = False
        self.connection_result.emit(None)
        if self.detail_as_of is not None:
            self.show_notice("")  # the offline copy's notice
        self._show(detail)

    def _show(self, detail: RequestDetail, as_of: float | None = None) -> None:
        """Show `detail`: the backend's answer, or (`as_of`) the offline copy of then."""
        self.detail = detail
        self.detail_as_of = as_of
        if as_of is None and self.sync is not None and detail.source is not None:
            self.sync.remember("request", str(detail.id), detail.source)
        self.panel.show_detail(detail, dt.datetime.now(dt.UTC))
        self.model.update(detail)
        self._update_actions()
        refused, self.editing = self.editing, None
        if refused is not None and refused.operation.subject == detail.id:
            self._edit_decision(refused)

    def _detail_failed(self, ticket: int, request_id: int, error: BaseException) -> None:
        if not self.detail_latest.is_current(ticket):
            return
        self.loading_id = None
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        self._offline_detail = isinstance(error, OfflineError)
        if self._offline_detail and self.sync is not None:
            self.sync.recall("request", str(request_id), RequestDetail.from_json,
                             lambda found: self._offline_detail_copy(ticket, request_id,
                                                                     found, error))
            return
        self._not_shown(request_id, error)

    def _not_shown(self, request_id: int, error: SupportDeskError) -> None:
        self.editing = None  # the panel says why the request (and so the edit) is not shown
        self.detail = None
        self.detail_as_of = None
        self.panel.clear(self.tr("Request #{0} cannot be shown: {1}").format(
            request_id, describe(error)[1]))
        self._update_actions()
        if isinstance(error, SecurityError):
            show_error(self, error)  # a security stop is said loudly, not just in the panel

    def _offline_detail_copy(self, ticket: int, request_id: int,
                             found: tuple[RequestDetail, float] | None,
                             error: SupportDeskError) -> None:
        if not self.detail_latest.is_current(ticket):
            return
        if found is None or found[0].id != request_id:
            self._not_shown(request_id, error)
            return
        detail, as_of = found
        self._show(detail, as_of)
        if self.sync is not None:  # read without the backend: it learns of it once back
            self.sync.opened_offline(detail.member_number, request_id=detail.id)
        self.show_notice(self.tr(
            "Offline copy of request #{0} as of {1}: it may have changed since. A decision "
            "on your own request is queued and sent when the backend is back.").format(
            request_id, day_time(as_of)), "pending")

    def _link(self, href: str) -> None:
        """Jump to a duplicate: select it in the list, or show it even if filtered out."""
        if not href.startswith(DUPLICATE_LINK) or self.panel.shown is None:
            return
        request_id = int(href[len(DUPLICATE_LINK):])
        if not self.select(request_id):
            self._load_request(request_id, self.panel.shown.member_number)

    def _load_request(self, request_id: int, member: str) -> None:
        """Load and show request `request_id` (of `member`) afresh, whether the list holds it
        as filtered or not."""
        if self.model.row_of(request_id) is None:
            self.ui.queueView.clearSelection()
            self.show_notice(self.tr("Request #{0} is not in the list as filtered; shown here "
                                     "anyway.").format(request_id), "incomplete")
        ticket = self.detail_latest.next()
        self.detail = None
        self.detail_as_of = None
        self.loading_id = request_id
        self.panel.clear(self.tr("Loading request #{0}…").format(request_id))
        self._update_actions()
        client = self.client
        (Op(self.taskman, self, lambda: client.get_request(request_id, member_number=member))
         .success(lambda detail: self._detail_loaded(ticket, detail))
         .failure(lambda error: self._detail_failed(ticket, request_id, error))
         .run())

    # -- actions ------------------------------------------------------------------------

    def _update_actions(self) -> None:
        ui, item = self.ui, self.panel.shown
        claim_why = decide_why = ""
        if item is None:
            can_claim = can_decide = False
        else:
            # The server's rules (domain.requests), said in the agent's words.
            claim_no = claim_refusal(item.status, item.assignee_id, self.agent.id)
            decide_no = decide_refusal(item.status, item.assignee_id, self.agent.id,
                                       supervisor=self.agent.is_supervisor)
            mine = item.assignee_id == self.agent.id
            can_claim, can_decide = claim_no is None and not mine, decide_no is None
            claim_why = (self.tr("You are working on this request.") if mine and
                         claim_no is None else self._refusal_text(claim_no, item))
            decide_why = self._refusal_text(decide_no, item)
            if item.id in self.queued_decisions:
                can_claim = can_decide = False
                claim_why = decide_why = self.tr(
                    "Your decision is queued: it is sent when the backend is back.")
        if self.detail_as_of is not None and can_claim:
            can_claim = False
            claim_why = self.tr("Claiming needs the backend; this is an offline copy.")
        maintenance = self.unavailable.get("requests")
        if maintenance:
            can_claim = can_decide = False
            claim_why = decide_why = maintenance
        busy = self.claiming is not None
        ui.claimButton.setEnabled(can_claim and not busy)
        ui.decideButton.setEnabled(can_decide and self.detail is not None
                                   and self.detail.id == item.id and not busy)
        ui.openMemberButton.setEnabled(item is not None)
        ui.claimButton.setToolTip(claim_why or self.tr(
            "Take this request: it becomes yours to decide (Alt+C)"))
        ui.decideButton.setToolTip(decide_why or self.tr(
            "Approve, reject, ask for information or escalate (Alt+D)"))

    def _refusal_text(self, refusal: Refusal | None, item: RequestSummary) -> str:
        if refusal is Refusal.CLOSED:
            return self.tr("Already {0}.").format(status_label(item.status).lower())
        if refusal is Refusal.CLAIMED_BY_OTHER:
            return self.tr("{0} is working on this request.").format(item.assignee_name)
        if refusal is Refusal.NOT_ASSIGNEE:
            return self.tr("Claim the request first (Alt+C).") if item.assignee_id is None \
                else self.tr("{0} is working on this request.").format(item.assignee_name)
        if refusal is Refusal.ESCALATED:
            return self.tr("Escalated: a supervisor decides.")
        return ""

    def claim(self) -> None:
        item = self.panel.shown
        if item is None or self.claiming is not None or not self.ui.claimButton.isEnabled():
            return
        key = self.keys.key_for({"claim": item.id})
        rid, number = item.id, item.member_number
        operation = build.request_claim(rid, number, summary=self.tr(
            "Claim of request #{0} ({1})").format(rid, item.booking_code))
        self.claiming = rid
        self.show_notice(self.tr("Claiming #{0}…").format(rid), "incomplete")
        self._update_actions()
        submit_write(self, self.taskman, self.client, self.sync, key, operation, self._claimed,
                     lambda error: self._claim_failed(rid, error), self._claim_unanswered)

    def _claim_unanswered(self, outcome: Submitted) -> None:
        self.claiming = None
        self.show_notice(unanswered_text(outcome), "pending")
        self._update_actions()

    def _claimed(self, detail: RequestDetail) -> None:
        self.claiming = None
        self.keys.done()
        self.connection_result.emit(None)
        self.show_notice(self.tr("Request #{0} is yours now: Alt+D to decide.").format(
            detail.id))
        self._paint_answer(detail)
        self.refresh()

    def _claim_failed(self, request_id: int, error: BaseException) -> None:
        self.claiming = None
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        self.keys.answered(error)  # a definite no ends it; an unknown outcome keeps the key
        text = describe(error)[1]
        if isinstance(error, Conflict | Forbidden | NotFound):
            text = self.tr("Not claimed: {0} The request was reloaded.").format(error_text(error))
            if self.panel.shown is not None and self.panel.shown.id == request_id:
                self._load_detail(self.panel.shown, keep_screen=True)
            self.refresh()
        self.show_notice(text, "blocked")
        self._update_actions()

    def _paint_answer(self, detail: RequestDetail) -> None:
        """A write's answer is the newest state of that request: show it if it is on screen."""
        self.model.update(detail)
        if self.panel.shown is not None and self.panel.shown.id == detail.id:
            self.detail_latest.invalidate()  # an older load in flight must not overwrite it
            self.loading_id = None
            self._show(detail)
        self._update_actions()

    def edit_decision(self, refused: Entry) -> None:
        """A decision the backend refused (from Needs attention): its request is loaded
        afresh, then the decision dialog opens over it filled in as it was sent, to change
        what the backend objected to and send it again as a new operation."""
        request_id = int(refused.operation.subject)
        self.editing = refused
        if not (self.select(request_id) and self.loading_id == request_id):
            self._load_request(request_id, refused.operation.member_number)

    def _edit_decision(self, refused: Entry) -> None:
        if not self.ui.decideButton.isEnabled():
            self.show_notice(self.tr("The refused decision cannot be edited now: {0}").format(
                self.ui.decideButton.toolTip()), "blocked")
            return
        self.open_decision(replaces=refused)

    def open_decision(self, *, replaces: Entry | None = None) -> None:
        detail = self.detail
        if detail is None or not self.ui.decideButton.isEnabled():
            return
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = DecisionDialog(self.taskman, self.client, self.agent, detail, self,
                                     sync=self.sync, replaces=replaces)
        self.dialog.connection_result.connect(self.connection_result)
        self.dialog.decided.connect(self._decided)
        self.dialog.queued.connect(lambda summary, what: self._decision_queued(
            detail.id, summary, what))
        self.dialog.open()

    def _decision_queued(self, request_id: int, summary: str, what: str) -> None:
        self.queued_decisions.add(request_id)
        self.show_notice(self.tr("Saved on this computer: {0}. {1}").format(summary, what),
                         "pending")
        self._update_actions()

    def _decided(self, detail: RequestDetail) -> None:
        texts = {
            "approved": self.tr("Request #{0} approved; the reply to the customer is saved."),
            "rejected": self.tr("Request #{0} rejected; the reply to the customer is saved."),
            "needs_info": self.tr("Request #{0} waits for the customer; the reply asking for "
                                  "information is saved."),
            "escalated": self.tr("Request #{0} escalated: a supervisor decides it."),
        }
        text = texts.get(detail.status, self.tr("Request #{0} is now {1}."))
        self.show_notice(text.format(detail.id, status_label(detail.status).lower()),
                         "applied" if detail.status == "approved" else "incomplete")
        self._paint_answer(detail)
        self.refresh()

    def _open_member(self) -> None:
        if self.panel.shown is not None:
            self.member_requested.emit(self.panel.shown.member_number)

    def show_notice(self, text: str, state: str = "applied") -> None:
        label = self.ui.noticeLabel
        label.setText(text)
        label.setVisible(bool(text))
        set_state(label, state if text else "")

    # -- polling only while shown -------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        self.timer.start()
        self.tick_timer.start()

    def hideEvent(self, event: QHideEvent) -> None:  # noqa: N802
        self.timer.stop()
        self.tick_timer.stop()
        super().hideEvent(event)


def _filters_key(filters: dict) -> str:
    """Which offline copy of the list: one per filter combination."""
    return json.dumps(filters, sort_keys=True)
