"""Needs attention: queued writes the backend refused or that met a conflict.

Nothing leaves this list by itself: the agent sends it again as a new operation, or discards
it with a reason. A provisional award booking the backend could not confirm is a call-back:
the member was told "pending confirmation" and must hear otherwise; it is closed by saying what
the member was told. Either word is kept with the row and sent to the backend's audit trail
(POST /operations/{id}/closure, queued like any write).
"""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QInputDialog,
    QLabel,
    QLineEdit,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...domain import limits
from ...domain.identifiers import format_member_number
from ...domain.offline import Policy
from ...store.outbox import Entry
from .. import fmt
from ..messages import said_text, write_kind_label
from .controller import SyncController

MIN_REASON = limits.CLOSURE_REASON.shortest  # as the backend requires


def is_call_back(entry: Entry) -> bool:
    """A provisional booking the member was told about, and that did not go through."""
    return entry.policy is Policy.PROVISIONAL


def can_edit(entry: Entry) -> bool:
    """Edited in its own dialog, as its kind's specification says (a credit, a decision, a
    booking saved with its route). The others are one press on the backend's object (a
    claim, an approval, a cancellation) or need the caller verified again (a profile change):
    sent again unchanged, or acted on afresh and then discarded."""
    return entry.operation.spec.can_edit(entry.operation)


class NeedsAttentionDialog(QDialog):
    edit_requested = Signal(object)  # the Entry to edit and send again (see `can_edit`)

    def __init__(self, sync: SyncController, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("needsAttentionDialog")
        self.setWindowTitle(self.tr("Needs attention"))
        self.sync = sync
        self.entries: list[Entry] = []
        self.reason_dialog: QInputDialog | None = None  # asking why, while open
        layout = QVBoxLayout(self)
        self.intro = QLabel(self.tr(
            "Work you queued that the backend refused or that met a conflict. Send it again "
            "as a new operation (a credit, a decision or a booking can be edited first), or "
            "discard it with a reason (recorded by the backend)."))
        self.intro.setWordWrap(True)
        layout.addWidget(self.intro)
        self.table = QTableWidget(0, 5, self)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Queued"), self.tr("Member"), self.tr("Kind"), self.tr("Operation"),
             self.tr("The backend said")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        # What it was and what the backend said share the width, wrapped onto as many lines
        # as they need: a long summary must never push the reason out of sight.
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)
        header.sectionResized.connect(lambda *_: self.table.resizeRowsToContents())
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.resubmit_button = QPushButton(self.tr("Send &again"))
        self.resubmit_button.setToolTip(self.tr(
            "Send it again unchanged, as a new operation (once what the backend objected to "
            "has changed: a seat freed, a limit raised)"))
        self.edit_button = QPushButton(self.tr("&Edit and send…"))
        self.discard_button = QPushButton(self.tr("&Discard…"))
        buttons.addButton(self.edit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.resubmit_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.discard_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resubmit_button.clicked.connect(self.resubmit)
        self.edit_button.clicked.connect(self.edit)
        self.discard_button.clicked.connect(self.discard)
        self.table.itemSelectionChanged.connect(self._update_buttons)
        self.resize(960, 380)
        self.refresh()

    def refresh(self) -> None:
        self.sync.needs_attention(self._show)

    def _show(self, entries: list[Entry]) -> None:
        self.entries = entries
        self.table.setRowCount(len(entries))
        for row, entry in enumerate(entries):
            summary = entry.operation.summary
            if is_call_back(entry):
                summary = self.tr("Call the member back — not confirmed: {0}").format(summary)
            cells = (fmt.short_date_time(entry.created_at),
                     format_member_number(entry.operation.member_number),
                     write_kind_label(entry.kind), summary,
                     said_text(entry.result, entry.note or entry.state))
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        if entries:
            self.table.selectRow(0)
        self._update_buttons()

    def selected(self) -> Entry | None:
        rows = self.table.selectionModel().selectedRows()
        return self.entries[rows[0].row()] if rows else None

    def _update_buttons(self) -> None:
        entry = self.selected()
        self.resubmit_button.setEnabled(entry is not None)
        self.edit_button.setEnabled(entry is not None and can_edit(entry))
        self.edit_button.setToolTip(
            self.tr("Open it in its dialog (over the member, or over the request), change "
                    "what the backend objected to, and send it as a new operation")
            if entry is None or can_edit(entry) else
            self.tr("Nothing to edit here: send it again unchanged, or act on it afresh and "
                    "discard this with a reason"))
        self.discard_button.setEnabled(entry is not None)
        call_back = entry is not None and is_call_back(entry)
        self.discard_button.setText(self.tr("Called &back…") if call_back
                                    else self.tr("&Discard…"))
        self.discard_button.setToolTip(
            self.tr("Close it once the member knows, saying what you told them") if call_back
            else self.tr("Give it up, saying why (recorded by the backend)"))

    def edit(self) -> None:
        entry = self.selected()
        if entry is not None and can_edit(entry):
            self.edit_requested.emit(entry)
            self.accept()  # the member and the dialog take over

    def resubmit(self) -> None:
        entry = self.selected()
        if entry is not None:
            self.sync.resubmit(entry, entry.operation, lambda _new: self.refresh())

    def discard(self) -> None:
        entry = self.selected()
        if entry is None:
            return
        call_back = is_call_back(entry)
        if call_back:
            title = self.tr("Called back")
            question = self.tr("What did you tell the member about “{0}”? (recorded)")
        else:
            title = self.tr("Discard")
            question = self.tr("Why is “{0}” given up? (recorded)")
        ask = self.reason_dialog = QInputDialog(self)
        ask.setWindowTitle(title)
        ask.setLabelText(question.format(entry.operation.summary))
        ask.textValueSelected.connect(lambda reason: self._close_entry(
            entry, reason, "called_back" if call_back else "discarded"))
        ask.finished.connect(self._asked)
        ask.open()
        # A reason is what makes it closable: OK waits for a few characters of one.
        ok = ask.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        ok.setEnabled(False)
        ask.findChild(QLineEdit).textChanged.connect(
            lambda text: ok.setEnabled(len(text.strip()) >= MIN_REASON))

    def _asked(self) -> None:
        if self.reason_dialog is not None:
            self.reason_dialog.deleteLater()
            self.reason_dialog = None

    def _close_entry(self, entry: Entry, reason: str, outcome: str) -> None:
        if len(reason.strip()) >= MIN_REASON:
            self.sync.discard(entry, reason.strip(), outcome, self.refresh)



