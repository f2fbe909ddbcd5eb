"""The supervisors' inbox of pending credits: approve (note optional) or reject (note required).

The list refreshes on F5, every 30 s and after each decision; the same refresh feeds the count
in the status bar. Nobody decides their own credit: the server refuses it, and the page says so
before anyone tries. Nothing is chosen for the supervisor: the buttons wait until they pick a
credit (arrows, Space or Enter in the list), and approving more than the managed threshold
(`approval_confirm_miles`) asks once more, naming member and miles, No by default.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QItemSelectionModel, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMessageBox, QWidget

from ...api.client import ApiClient
from ...api.models import AgentInfo, Credit
from ...domain import limits
from ...domain.credits import needs_confirmation
from ...domain.identifiers import format_member_number
from ...errors import Conflict, NotFound, SupportDeskError
from ...operations import Kind, build
from ..columns import fit_columns
from ..commands import page_shortcut
from ..credits import form
from ..credits.form import kind_label
from ..forms.ui_approvals_page import Ui_ApprovalsPage
from ..member.ledger_model import format_miles
from ..messages import error_text, input_text, offline_reason
from ..taskman import Latest, Op, TaskManager
from ..writes import (
    FieldMessages,
    OperationKeys,
    apply_form_style,
    repolish,
    set_state,
    submit_write,
    unanswered_text,
)
from .model import PendingCreditsModel, local_time, waiting

if TYPE_CHECKING:
    from ..sync.controller import Submitted, SyncController, SyncState

log = logging.getLogger(__name__)
REFRESH_MS = 30_000


class ApprovalsPage(QWidget):
    pending_count_changed = Signal(int)
    connection_result = Signal(object)
    back_requested = Signal()

    def __init__(self, taskman: TaskManager, client: ApiClient, agent: AgentInfo,
                 parent: QWidget | None = None, *, sync: SyncController | None = None,
                 confirm_miles: int) -> None:
        """`confirm_miles`: approving more asks once more (the managed config's
        approval_confirm_miles)."""
        super().__init__(parent)
        self.sync = sync
        self.confirm_miles = confirm_miles
        self.confirmation: QMessageBox | None = None  # the question "approve N miles?"
        self.ui = ui = Ui_ApprovalsPage()
        ui.setupUi(self)
        apply_form_style(self)
        self.taskman = taskman
        self.client = client
        self.agent = agent
        self.latest = Latest()
        self.keys = OperationKeys()
        self.loading = False
        self.deciding: int | None = None  # the credit whose decision is on its way
        self.model = PendingCreditsModel(agent.id, self)
        self.messages = FieldMessages(ui.errorLabel)
        self.messages.add("note", ui.noteEdit, ui.noteError)
        for label in (ui.updatedLabel, ui.introLabel):
            repolish(label, "note", True)
        set_state(ui.ownLabel, "blocked")

        view = ui.pendingView
        view.setModel(self.model)
        # the reason takes spare room; narrow, by whom and the tier give way first, then the
        # reason (whole in its tooltip and below, what a supervisor signs off), the name last
        fit_columns(view, (145, 160, 110, 90, 80, 100, 240, 160, 110, 90), stretch=6,
                    give_way=(7, 2, 6, 1))
        view.selectionModel().selectionChanged.connect(self._update_decision)
        # Arrows move and pick; Space picks the row under the cursor (Qt); Enter too.
        view.activated.connect(lambda index: self._select(index.row()))
        view.installEventFilter(self)

        ui.refreshButton.clicked.connect(self.refresh)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Refresh),
                      self.tr("Approvals: load the pending credits again"), self.refresh)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Cancel),
                      self.tr("Approvals: back to the lookup"), self.back_requested.emit)
        ui.approveButton.clicked.connect(self.approve)
        ui.rejectButton.clicked.connect(self.reject)
        ui.noteEdit.textChanged.connect(self._note_edited)

        # Deciding needs the live backend: greyed, saying why, while it is known to be away or
        # credits are in maintenance (the press would be refused).
        self.offline = sync is not None and sync.state.offline
        self.unavailable: dict[str, str] = {}  # capability -> why (maintenance)
        if sync is not None:
            sync.changed.connect(self._sync_changed)

        self.timer = QTimer(self)
        self.timer.setInterval(REFRESH_MS)
        self.timer.timeout.connect(self.refresh)
        self.timer.start()
        self.show_message("")
        self._update_decision()

    # -- the list -----------------------------------------------------------------------

    def focus_list(self) -> None:
        self.ui.pendingView.setFocus()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt's
        # Nothing chosen yet: the first arrow picks the row under the cursor (the first row
        # when the list is entered) instead of skipping past it.
        if (watched is self.ui.pendingView and event.type() == QEvent.Type.KeyPress
                and event.key() in (Qt.Key.Key_Up, Qt.Key.Key_Down)
                and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
                and self.selected_credit() is None and self.model.rowCount()):
            current = self.ui.pendingView.currentIndex()
            self._select(current.row() if current.isValid() else 0)
            return True
        return super().eventFilter(watched, event)

    def refresh(self) -> None:
        ticket = self.latest.next()
        self.loading = True
        self.ui.updatedLabel.setText(self.tr("Refreshing…"))
        client = self.client
        (Op(self.taskman, self, lambda: client.list_credits(
            status="pending", limit=limits.MAX_CREDITS_PAGE))
         .success(lambda credits: self._loaded(ticket, credits))
         .failure(lambda error: self._failed(ticket, error))
         .run())

    def _loaded(self, ticket: int, credits: tuple[Credit, ...]) -> None:
        if not self.latest.is_current(ticket):
            return
        self.loading = False
        self.connection_result.emit(None)
        chosen = self.selected_credit()
        self.model.set_credits(tuple(c for c in credits if c.status == "pending"))
        row = self.model.row_of(chosen.id) if chosen else None
        if row is not None:
            self._select(row)
        elif chosen is not None:
            # Never move a half-typed decision onto another credit.
            self.show_message(self.tr(
                "The credit you had selected ({0} miles for {1}) is no longer pending; "
                "someone else decided it.").format(
                    format_miles(chosen.miles), format_member_number(chosen.member_number)),
                "blocked")
        # Otherwise nothing is chosen: the supervisor picks the credit they sign off (an
        # oldest-first preselection let Alt+A approve a credit nobody had looked at).
        self._update_count()
        self.ui.updatedLabel.setText(self.tr("Updated {0} · refreshes every {1} s").format(
            dt.datetime.now().strftime("%H:%M:%S"), REFRESH_MS // 1000))
        self._update_decision()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        self.loading = False
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        self.ui.updatedLabel.setText(self.tr("Not updated: {0}").format(error_text(error)))

    def _select(self, row: int) -> None:
        self.ui.pendingView.selectionModel().setCurrentIndex(
            self.model.index(row, 0),
            QItemSelectionModel.SelectionFlag.ClearAndSelect
            | QItemSelectionModel.SelectionFlag.Rows)

    def _update_count(self) -> None:
        count, own = self.model.rowCount(), self.model.own_count()
        if count == 0:
            text = self.tr("Nothing waiting.")
        elif own:
            text = self.tr("{0} waiting, {1} of them yours").format(count, own)
        else:
            text = self.tr("{0} waiting").format(count)
        self.ui.countLabel.setText(text)
        self.pending_count_changed.emit(count)

    def selected_credit(self) -> Credit | None:
        rows = self.ui.pendingView.selectionModel().selectedRows()
        return self.model.credit(rows[0].row()) if rows else None

    # -- deciding -------------------------------------------------------------------------

    def _update_decision(self) -> None:
        ui = self.ui
        credit = self.selected_credit()
        own = credit is not None and self.model.is_own(credit)
        if credit is None:
            ui.detailLabel.setText(self.tr(
                "Choose a credit in the list (arrow keys, Space or Enter)."))
        else:
            lines = [
                self.tr("{0} miles · {1} for {2}").format(
                    format_miles(credit.miles), kind_label(credit.kind),
                    self.member_text(credit)),
                self.tr("Reason: {0}").format(credit.reason),
                self.tr("Requested by {0} on {1}, waiting {2}").format(
                    self.model.requester(credit), local_time(credit.requested_at),
                    waiting(credit.requested_at, self.model.now)),
            ]
            if credit.member_tier is not None and credit.member_balance is not None:
                lines.insert(1, self.tr("{0} · balance {1} miles").format(
                    credit.member_tier, format_miles(credit.member_balance)))
            if credit.reference:
                lines.insert(-1, self.tr("Reference: {0}").format(credit.reference))
            ui.detailLabel.setText("\n".join(lines))
        why_not = self.tr("You cannot approve your own credit; another supervisor must "
                          "decide it.") if own else ""
        if not why_not and credit is not None and self.offline:
            why_not = self.tr("Offline: {0}").format(offline_reason(Kind.CREDIT_DECISION))
        elif not why_not and credit is not None and "credits" in self.unavailable:
            why_not = self.unavailable["credits"]
        ui.ownLabel.setText(why_not)
        ui.ownLabel.setVisible(bool(why_not))
        can_decide = (credit is not None and not why_not and self.deciding is None
                      and self.confirmation is None)
        for button in (ui.approveButton, ui.rejectButton):
            button.setEnabled(can_decide)
        ui.approveButton.setText(self.tr("&Approve {0} miles").format(format_miles(credit.miles))
                                 if credit is not None else self.tr("&Approve"))
        ui.approveButton.setToolTip(why_not or self.tr(
            "Credit the miles to the member now (Alt+A); the note is optional."))
        ui.rejectButton.setToolTip(why_not or self.tr(
            "Refuse the credit (Alt+J); say why in the note."))

    def _sync_changed(self, state: SyncState) -> None:
        if state.offline != self.offline:
            self.offline = state.offline
            self._update_decision()

    def set_unavailable(self, unavailable: dict[str, str]) -> None:
        """Capabilities in maintenance (name -> the sentence that says until when)."""
        if unavailable != self.unavailable:
            self.unavailable = dict(unavailable)
            self._update_decision()

    def _note_edited(self) -> None:
        self.messages.set_local("note", None)
        self.messages.edited("note")

    def approve(self) -> None:
        self._decide("approve")

    def reject(self) -> None:
        self._decide("reject")

    def member_text(self, credit: Credit) -> str:
        """The member as the list shows them: name and grouped number."""
        number = format_member_number(credit.member_number)
        if not credit.member_name:
            return self.tr("member {0}").format(number)
        return self.tr("{0} (member {1})").format(credit.member_name, number)

    def _decide(self, verb: str) -> None:
        credit = self.selected_credit()
        if credit is None or self.deciding is not None or self.confirmation is not None \
                or self.model.is_own(credit):
            return
        try:
            note = form.check_text(self.ui.noteEdit.text(), required=verb == "reject",
                                   limit=form.MAX_REASON)
        except ValueError as exc:
            self.messages.set_local("note", self.tr("To reject, say why: {0}").format(
                input_text(exc)) if verb == "reject" else input_text(exc))
            self.ui.noteEdit.setFocus()
            return
        self.messages.set_local("note", None)
        self.messages.clear_server()
        if verb == "approve" and needs_confirmation(credit.miles,
                                                    threshold=self.confirm_miles):
            self._ask(credit, note)
        else:
            self._send(verb, credit, note)

    def _ask(self, credit: Credit, note: str | None) -> None:
        """Once more, naming member and miles; No is the default (Enter, Escape)."""
        miles = format_miles(credit.miles)
        box = QMessageBox(QMessageBox.Icon.Question, self.tr("Approve {0} miles?").format(miles),
                          "", QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
                          self)
        box.setObjectName("approvalConfirmation")
        box.setTextFormat(Qt.TextFormat.PlainText)  # names and reasons are typed text
        box.setText(self.tr("Approve {0} miles for {1}?\n\n{2}, requested by {3}\n"
                            "Reason: {4}\n\nThe miles are credited to the account at once.")
                    .format(miles, self.member_text(credit), kind_label(credit.kind),
                            self.model.requester(credit), credit.reason))
        box.setDefaultButton(QMessageBox.StandardButton.No)
        box.setEscapeButton(QMessageBox.StandardButton.No)
        box.finished.connect(lambda _result: self._answered(box, credit, note))
        self.confirmation = box
        self._update_decision()
        box.open()

    def _answered(self, box: QMessageBox, credit: Credit, note: str | None) -> None:
        if box is not self.confirmation:
            return
        self.confirmation = None
        box.deleteLater()
        if box.clickedButton() is box.button(QMessageBox.StandardButton.Yes):
            self._send("approve", credit, note)
        else:
            self.show_message(self.tr("Not approved: {0} miles for {1} still wait.").format(
                format_miles(credit.miles), self.member_text(credit)), "incomplete")
            self._update_decision()

    def _send(self, verb: str, credit: Credit, note: str | None) -> None:
        key = self.keys.key_for({"verb": verb, "credit": credit.id, "note": note})
        summary = (self.tr("Approval of credit #{0}: {1} miles") if verb == "approve" else
                   self.tr("Rejection of credit #{0}: {1} miles")).format(
            credit.id, format_miles(credit.miles))
        operation = build.credit_decision(credit.id, verb, note, credit.member_number,
                                          credit.miles, summary=summary)
        self.deciding = credit.id
        self.show_message(self.tr("Approving…") if verb == "approve" else self.tr("Rejecting…"),
                          "incomplete")
        self._update_decision()
        submit_write(self, self.taskman, self.client, self.sync, key, operation,
                     lambda decided: self._decided(verb, decided), self._decision_failed,
                     self._decision_unanswered)

    def _decision_unanswered(self, outcome: Submitted) -> None:
        """Sent, no answer: it stays saved and is replayed by itself (the key is kept, so
        pressing again is the same decision)."""
        self.deciding = None
        self.show_message(unanswered_text(outcome), "pending")
        self._update_decision()

    def _decided(self, verb: str, credit: Credit) -> None:
        self.deciding = None
        self.keys.done()
        self.connection_result.emit(None)
        self.ui.noteEdit.clear()
        self.model.remove(credit.id)
        self.ui.pendingView.clearSelection()
        self._update_count()
        what = (self.tr("Approved {0} miles for {1}; they are on the account now.")
                if verb == "approve" else self.tr("Rejected {0} miles for {1}."))
        self.show_message(what.format(format_miles(credit.miles),
                                      format_member_number(credit.member_number)),
                          "applied" if verb == "approve" else "incomplete")
        self._update_decision()
        self.refresh()

    def _decision_failed(self, error: BaseException) -> None:
        self.deciding = None
        self.show_message("")
        if not isinstance(error, SupportDeskError):
            raise error
        self.keys.answered(error)
        self.connection_result.emit(error)
        self.messages.show_error(error)
        if isinstance(error, Conflict | NotFound):
            # Decided (or withdrawn) elsewhere: show the list as it is now.
            self.ui.pendingView.clearSelection()
            self.messages.set_bottom(self.tr("{0} The list was refreshed.").format(
                error_text(error)))
            self.refresh()
        self._update_decision()

    def show_message(self, text: str, state: str = "applied") -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setVisible(bool(text))
        set_state(label, state)
        if text:
            self.messages.set_bottom("")
