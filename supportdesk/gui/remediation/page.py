"""The supervisors' incident remediation: pick a window (UTC, to the second), the entry types
and channels, optionally paste member numbers (checked as typed), preview every entry with
totals, exclude entries one by one with a reason, and propose the batch. Another supervisor
picks the proposed batch, approves it (exactly what they see), executes it — a few entries
per request, off the GUI thread, with progress; pressing Execute again resumes — and exports
the CSV (per member: entries reversed, miles re-credited, profile changes restored, who
read the account in the window). A profile change is restored only where its fields still
hold what it wrote; one changed again since is reported, not overwritten. The rules are in
domain/remediation.py and on the server.

Keys: Enter in a filter field previews; Ctrl+E excludes the chosen entry (with the reason
typed), Ctrl+Shift+E includes it again; Ctrl+Return proposes; F5 refreshes the batches;
Alt+A approves, Alt+U executes, Alt+C exports; Escape goes back. The mnemonics keep clear
of the menus' Alt+F, G and H.
"""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QScrollArea,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...api import remediation as api
from ...api.client import ApiClient
from ...domain import remediation as rules
from ...errors import InvalidInput, SupportDeskError
from ...operations import build
from .. import fmt
from ..columns import fit_columns
from ..commands import page_shortcut
from ..errors import describe
from ..taskman import Latest, Op, TaskManager
from ..writes import OperationKeys, apply_form_style, page_header, set_state, submit_write
from .model import BatchesModel, EntriesModel, channel_label, kind_label

if TYPE_CHECKING:
    from ..sync.controller import Submitted, SyncController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

EXECUTE_STEP = 25  # entries per request: the progress moves, and a stop loses little
DEFAULT_TYPES = ("donation", "award_redemption", "upgrade_redemption", "profile_change")
DEFAULT_CHANNELS = ("web",)


class RemediationPage(QWidget):
    back_requested = Signal()
    batch_proposed = Signal(object)  # api.Batch
    execution_progress = Signal(int, int)  # done, to reverse
    export_finished = Signal(object)  # the path written, or the error

    def __init__(self, taskman: TaskManager, client: ApiClient, parent: QWidget | None = None,
                 *, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("remediationPage")
        apply_form_style(self)
        self.taskman = taskman
        self.client = client
        self.sync = sync
        self.latest = Latest()
        self.propose_keys = OperationKeys()
        self.approve_keys = OperationKeys()
        self.selection: api.Selection | None = None  # the selection the preview shows
        self.executing: int | None = None
        self.entries = EntriesModel(self)
        self.batches = BatchesModel(self)
        self._build()
        self._validate()

    # -- the widgets ----------------------------------------------------------------------

    def _build(self) -> None:
        title, intro = page_header(self.tr("Incident remediation"), self.tr(
            "Reverse the ledger entries and restore the profile changes of an incident window "
            "in one batch: preview, exclude what the members confirm, propose; another "
            "supervisor approves and executes. Times are UTC."))

        grid = QGridLayout()
        self.fromEdit = QLineEdit()
        self.fromEdit.setObjectName("fromEdit")
        self.fromEdit.setPlaceholderText("2026-10-27 15:00:00")
        self.toEdit = QLineEdit()
        self.toEdit.setObjectName("toEdit")
        self.toEdit.setPlaceholderText("2026-10-27 15:40:00")
        for column, (text, edit) in enumerate(((self.tr("F&rom (UTC)"), self.fromEdit),
                                               (self.tr("&To (UTC)"), self.toEdit))):
            label = QLabel(text)
            label.setBuddy(edit)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            edit.textChanged.connect(self._validate)
            edit.returnPressed.connect(self.preview)
        self.typeBoxes: dict[str, QCheckBox] = {}
        types = QHBoxLayout()
        types.addWidget(QLabel(self.tr("Types:")))
        for kind in rules.KINDS:
            box = QCheckBox(kind_label(kind))
            box.setObjectName(f"type_{kind}")
            box.setChecked(kind in DEFAULT_TYPES)
            box.toggled.connect(self._validate)
            types.addWidget(box)
            self.typeBoxes[kind] = box
        types.addStretch(1)
        self.channelBoxes: dict[str, QCheckBox] = {}
        channels = QHBoxLayout()
        channels.addWidget(QLabel(self.tr("Channels:")))
        for channel in rules.CHANNELS:
            box = QCheckBox(channel_label(channel))
            box.setObjectName(f"channel_{channel}")
            box.setChecked(channel in DEFAULT_CHANNELS)
            box.toggled.connect(self._validate)
            channels.addWidget(box)
            self.channelBoxes[channel] = box
        channels.addStretch(1)
        membersLabel = QLabel(self.tr("&Members (optional: numbers, one a line or "
                                      "separated by commas)"))
        self.membersEdit = QPlainTextEdit()
        self.membersEdit.setObjectName("membersEdit")
        self.membersEdit.setTabChangesFocus(True)
        self.membersEdit.setFixedHeight(self.membersEdit.fontMetrics().lineSpacing() * 2 + 14)
        membersLabel.setBuddy(self.membersEdit)
        self.membersEdit.textChanged.connect(self._validate)
        self.filterError = QLabel()
        self.filterError.setObjectName("filterError")
        self.filterError.setWordWrap(True)
        self.previewButton = QPushButton(self.tr("&Preview"))
        self.previewButton.setObjectName("previewButton")
        self.previewButton.clicked.connect(self.preview)

        self.entriesView = QTableView()
        self.entriesView.setObjectName("entriesView")
        self.entriesView.setModel(self.entries)
        self._table(self.entriesView, (70, 150, 170, 130, 80, 90, 125, 200))
        self.entriesView.setMinimumHeight(170)
        self.totalsLabel = QLabel()
        self.totalsLabel.setObjectName("totalsLabel")
        self.totalsLabel.setWordWrap(True)

        self.reasonEdit = QLineEdit()
        self.reasonEdit.setObjectName("reasonEdit")
        self.reasonEdit.setPlaceholderText(self.tr("Why this entry stays (e.g. the member "
                                                   "confirmed it)"))
        reasonLabel = QLabel(self.tr("Exclusion r&eason"))
        reasonLabel.setBuddy(self.reasonEdit)
        self.excludeButton = QPushButton(self.tr("E&xclude entry (Ctrl+E)"))
        self.excludeButton.setObjectName("excludeButton")
        self.excludeButton.clicked.connect(self.exclude)
        self.includeButton = QPushButton(self.tr("&Include again"))
        self.includeButton.setObjectName("includeButton")
        self.includeButton.clicked.connect(self.include)
        self.noteEdit = QLineEdit()
        self.noteEdit.setObjectName("noteEdit")
        noteLabel = QLabel(self.tr("Batch &note"))
        noteLabel.setBuddy(self.noteEdit)
        self.proposeButton = QPushButton(self.tr("Pr&opose batch (Ctrl+Enter)"))
        self.proposeButton.setObjectName("proposeButton")
        self.proposeButton.clicked.connect(self.propose)
        self.noteEdit.textChanged.connect(self._validate)
        self.reasonEdit.textChanged.connect(self._validate)

        self.batchesView = QTableView()
        self.batchesView.setObjectName("batchesView")
        self.batchesView.setModel(self.batches)
        self._table(self.batchesView, (60, 90, 130, 130, 80, 100, 100, 220))
        self.batchesView.setMinimumHeight(110)
        self.batchesView.selectionModel().selectionChanged.connect(self._validate)
        self.refreshButton = QPushButton(self.tr("Refresh &batches (F5)"))
        self.refreshButton.setObjectName("refreshButton")
        self.refreshButton.clicked.connect(self.refresh)
        self.approveButton = QPushButton(self.tr("&Approve"))
        self.approveButton.setObjectName("approveButton")
        self.approveButton.clicked.connect(self.approve)
        self.executeButton = QPushButton(self.tr("Exec&ute / resume"))
        self.executeButton.setObjectName("executeButton")
        self.executeButton.clicked.connect(self.execute)
        self.exportButton = QPushButton(self.tr("Export &CSV…"))
        self.exportButton.setObjectName("exportButton")
        self.exportButton.clicked.connect(self._choose_export)
        self.progress = QProgressBar()
        self.progress.setObjectName("executionProgress")
        self.progress.setFormat(self.tr("%v of %m entries done"))
        self.progress.hide()  # shown once a batch is executed
        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("messageLabel")
        self.messageLabel.setWordWrap(True)

        filters = QVBoxLayout()
        filters.addLayout(grid)
        filters.addLayout(types)
        filters.addLayout(channels)
        filters.addWidget(membersLabel)
        filters.addWidget(self.membersEdit)
        row = QHBoxLayout()
        row.addWidget(self.filterError, 1)
        row.addWidget(self.previewButton)
        filters.addLayout(row)
        exclusion = QHBoxLayout()
        exclusion.addWidget(reasonLabel)
        exclusion.addWidget(self.reasonEdit, 1)
        exclusion.addWidget(self.excludeButton)
        exclusion.addWidget(self.includeButton)
        proposal = QHBoxLayout()
        proposal.addWidget(noteLabel)
        proposal.addWidget(self.noteEdit, 1)
        proposal.addWidget(self.proposeButton)
        batchButtons = QHBoxLayout()
        for button in (self.refreshButton, self.approveButton, self.executeButton,
                       self.exportButton):
            batchButtons.addWidget(button)
        batchButtons.addWidget(self.progress, 1)
        batchButtons.addStretch(0)

        # Title and filters, the entries, the batches: one column that scrolls when the window
        # is short (1024×700), each table keeping rows enough to work in.
        body = QWidget()
        layout = QVBoxLayout(body)
        layout.setContentsMargins(0, 0, 0, 0)
        scroll = QScrollArea()
        scroll.setWidget(body)
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        outer = QVBoxLayout(self)
        outer.addWidget(scroll)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(filters)
        layout.addWidget(self.entriesView, 3)
        layout.addWidget(self.totalsLabel)
        layout.addLayout(exclusion)
        layout.addLayout(proposal)
        batchesTitle = QLabel(self.tr("Batches"))
        batchesTitle.setObjectName("sectionTitle")
        layout.addWidget(batchesTitle)
        layout.addWidget(self.batchesView, 1)
        layout.addLayout(batchButtons)
        layout.addWidget(self.messageLabel)

        for keys, what, slot in (
                (QKeySequence(self.tr("Ctrl+E")),
                 self.tr("Remediation: exclude the chosen entry (reason typed)"), self.exclude),
                (QKeySequence(self.tr("Ctrl+Shift+E")),
                 self.tr("Remediation: include the chosen entry again"), self.include),
                (QKeySequence(self.tr("Ctrl+Return")),
                 self.tr("Remediation: propose the batch"), self.propose),
                (QKeySequence(QKeySequence.StandardKey.Refresh),
                 self.tr("Remediation: load the batches again"), self.refresh),
                (QKeySequence(QKeySequence.StandardKey.Cancel),
                 self.tr("Remediation: back to the lookup"), self.back_requested.emit)):
            page_shortcut(self, keys, what, slot)

    @staticmethod
    def _table(view: QTableView, widths: tuple[int, ...]) -> None:
        """The last column (why excluded, the result; the note) takes spare room and gives
        way first, then the channel and the type."""
        view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        view.verticalHeader().hide()
        view.setWordWrap(False)
        last = len(widths) - 1
        fit_columns(view, widths, stretch=last, give_way=(last, 4, 3, 2))

    def focus_filter(self) -> None:
        self.fromEdit.setFocus()

    def show_message(self, text: str, state: str = "") -> None:
        self.messageLabel.setText(text)
        set_state(self.messageLabel, state if text else "")

    # -- the selection, checked as typed ----------------------------------------------------

    def typed_selection(self) -> api.Selection:
        """The selection as typed; InvalidInput names the field and says why."""
        start = rules.parse_instant("from", self.fromEdit.text())
        end = rules.parse_instant("to", self.toEdit.text())
        rules.check_window(start, end)
        types = rules.check_choice("types", [k for k, b in self.typeBoxes.items()
                                             if b.isChecked()], rules.KINDS)
        channels = rules.check_choice("channels", [c for c, b in self.channelBoxes.items()
                                                   if b.isChecked()], rules.CHANNELS)
        text = self.membersEdit.toPlainText()
        members = tuple(rules.parse_member_list(text)) if text.strip() else None
        return api.Selection(start, end, tuple(types), tuple(channels), members)

    def _validate(self) -> None:
        problem = ""
        valid = True
        if self.fromEdit.text().strip() or self.toEdit.text().strip() \
                or self.membersEdit.toPlainText().strip():
            try:
                self.typed_selection()
            except InvalidInput as exc:
                problem, valid = str(exc), False
        else:
            valid = False
        self.filterError.setText(problem)
        set_state(self.filterError, "incomplete" if problem else "")
        self.previewButton.setEnabled(valid)
        chosen = self._chosen_entry_row() is not None
        self.excludeButton.setEnabled(chosen and len(self.reasonEdit.text().strip()) >= 3)
        self.includeButton.setEnabled(chosen)
        self.proposeButton.setEnabled(self.selection is not None and bool(self.entries.entries())
                                      and len(self.noteEdit.text().strip()) >= 3)
        batch = self.chosen_batch()
        self.approveButton.setEnabled(batch is not None and batch.status == "proposed")
        self.executeButton.setEnabled(batch is not None and batch.status == "approved"
                                      and self.executing is None)
        self.exportButton.setEnabled(batch is not None)

    # -- preview and exclusions ---------------------------------------------------------------

    def preview(self) -> None:
        try:
            selection = self.typed_selection()
        except InvalidInput as exc:
            self.filterError.setText(str(exc))
            return
        ticket = self.latest.next()
        client = self.client
        self.show_message(self.tr("Selecting the window's entries…"))
        (Op(self.taskman, self, lambda: api.preview(client, selection))
         .success(lambda answer: self._previewed(ticket, selection, answer))
         .failure(self._failed).run())

    def _previewed(self, ticket: int, selection: api.Selection, answer: api.Preview) -> None:
        if not self.latest.is_current(ticket):
            return
        self.selection = selection
        self.entries.set_entries(answer.entries)
        self._show_totals()
        self.show_message("")
        self.entriesView.setFocus()
        if answer.entries:
            self.entriesView.selectRow(0)
        self._validate()

    def _show_totals(self) -> None:
        entries = self.entries.entries()
        kept = [e for e in entries if e.key not in self.entries.excluded]
        members = {e.member_number for e in entries}
        self.totalsLabel.setText(self.tr(
            "{0} entries of {1} members, {2} miles as posted, {6} profile changes; {3} already "
            "reversed; {4} excluded; the batch re-credits {5} miles.").format(
            fmt.number(len(entries)), fmt.number(len(members)),
            fmt.miles(sum(e.miles for e in entries), signed=True),
            sum(1 for e in entries if e.reversed_by), len(self.entries.excluded),
            fmt.miles(-sum(e.miles for e in kept if not e.reversed_by), signed=True),
            fmt.number(sum(1 for e in entries if e.source == "profile"))))

    def _chosen_entry_row(self) -> int | None:
        rows = self.entriesView.selectionModel().selectedRows()
        return rows[0].row() if rows else None

    def exclude(self) -> None:
        row = self._chosen_entry_row()
        reason = self.reasonEdit.text().strip()
        if row is None:
            return
        try:
            reason = rules.EXCLUSION_REASON.clean(reason)
        except InvalidInput as exc:
            self.show_message(str(exc), "incomplete")
            self.reasonEdit.setFocus()
            return
        self.entries.set_excluded(row, reason)
        self._show_totals()
        if row + 1 < self.entries.rowCount():
            self.entriesView.selectRow(row + 1)
        self._validate()

    def include(self) -> None:
        row = self._chosen_entry_row()
        if row is not None:
            self.entries.set_excluded(row, None)
            self._show_totals()
            self._validate()

    def propose(self) -> None:
        if not self.proposeButton.isEnabled() or self.selection is None:
            return
        exclusions = sorted(self.entries.excluded.items())
        operation = build.remediation_proposal(self.selection, self.noteEdit.text().strip(),
                                               exclusions,
                                               summary=self.tr("Remediation batch"))
        key = self.propose_keys.key_for(operation.body)
        self.proposeButton.setEnabled(False)
        self.show_message(self.tr("Proposing…"))
        submit_write(self, self.taskman, self.client, self.sync, key, operation,
                     self._proposed, lambda e: self._write_failed(self.propose_keys, e),
                     self._unanswered)

    def _proposed(self, batch: api.Batch) -> None:
        self.propose_keys.done()
        self.show_message(self.tr("Batch {0} proposed: {1} entries to reverse. Another "
                                  "supervisor approves it.").format(batch.id, batch.to_reverse),
                          "applied")
        self.batch_proposed.emit(batch)
        self.refresh(select=batch.id)

    # -- batches: approve, execute, export ------------------------------------------------------

    def chosen_batch(self) -> api.Batch | None:
        rows = self.batchesView.selectionModel().selectedRows()
        return self.batches.batch_at(rows[0].row()) if rows else None

    def refresh(self, select: int | None = None) -> None:
        chosen = self.chosen_batch()
        keep = select if select is not None else (chosen.id if chosen else None)
        client = self.client
        (Op(self.taskman, self, lambda: api.batches(client))
         .success(lambda found: self._batches_loaded(found, keep))
         .failure(self._failed).run())

    def _batches_loaded(self, found: tuple[api.Batch, ...], keep: int | None) -> None:
        self.batches.set_batches(found)
        row = self.batches.row_of(keep) if keep is not None else (0 if found else -1)
        if row >= 0:
            self.batchesView.selectRow(row)
        self._validate()

    def approve(self) -> None:
        batch = self.chosen_batch()
        if batch is None or batch.status != "proposed":
            return
        operation = build.remediation_approval(batch.id, batch.to_reverse, batch.content,
                                               summary=self.tr("Remediation approval"))
        key = self.approve_keys.key_for(operation.body | {"batch": batch.id})
        self.approveButton.setEnabled(False)
        submit_write(self, self.taskman, self.client, self.sync, key, operation,
                     self._approved, lambda e: self._write_failed(self.approve_keys, e),
                     self._unanswered)

    def _approved(self, batch: api.Batch) -> None:
        self.approve_keys.done()
        self.show_message(self.tr("Batch {0} approved: {1} entries to reverse.").format(
            batch.id, batch.to_reverse), "applied")
        self.refresh(select=batch.id)

    def execute(self) -> None:
        batch = self.chosen_batch()
        if batch is None or batch.status != "approved" or self.executing is not None:
            return
        self.executing = batch.id
        self.progress.setRange(0, max(batch.to_reverse, 1))
        self.progress.show()
        self._step(batch.id)
        self._validate()

    def _step(self, batch_id: int) -> None:
        """One request of the execution; the next follows its answer (a new key each: an
        execution is many writes, each entry once by the server's own operation id)."""
        operation = build.remediation_execution(batch_id, EXECUTE_STEP,
                                                summary=self.tr("Remediation execution"))
        keys = OperationKeys()
        submit_write(self, self.taskman, self.client, self.sync, keys.key_for(operation.body),
                     operation, lambda done: self._stepped(batch_id, done),
                     self._execution_failed, self._unanswered)

    def _stepped(self, batch_id: int, execution: api.Execution) -> None:
        done = sum(n for state, n in execution.counts.items()
                   if state in ("reversed", "skipped", "failed"))
        self.progress.setValue(done)
        self.execution_progress.emit(done, self.progress.maximum())
        if execution.remaining and execution.done_now:
            self._step(batch_id)
            return
        self.executing = None
        counts = execution.counts
        self.show_message(self.tr(
            "Batch {0} {1}: {2} reversed, {3} skipped (already reversed), {4} failed, {5} "
            "excluded.").format(batch_id, execution.status, counts.get("reversed", 0),
                                counts.get("skipped", 0), counts.get("failed", 0),
                                counts.get("excluded", 0)),
            "applied" if not counts.get("failed") else "pending")
        self.refresh(select=batch_id)
        self._show_batch_entries(batch_id)

    def _show_batch_entries(self, batch_id: int) -> None:
        client = self.client
        (Op(self.taskman, self, lambda: api.batch(client, batch_id))
         .success(lambda batch: (self.entries.set_entries(batch.entries), self._validate()))
         .failure(self._failed).run())

    def _execution_failed(self, error: BaseException) -> None:
        self.executing = None
        self._failed(error)
        self.show_message(self.messageLabel.text() + "\n" + self.tr(
            "Press Execute again to resume: entries already reversed are not reversed "
            "twice."), "blocked")

    def _choose_export(self) -> None:
        batch = self.chosen_batch()
        if batch is None:
            return
        name, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the batch"), f"remediation-{batch.id}.csv",
            self.tr("CSV files (*.csv)"))
        if name:
            self.export_to(Path(name))

    def export_to(self, path: Path) -> None:
        """Write the chosen batch's CSV export to `path`, on a worker thread."""
        batch = self.chosen_batch()
        if batch is None:
            return
        client = self.client

        def write() -> Path:
            text = api.export_csv(client, batch.id)
            path.write_text(text, encoding="utf-8-sig", newline="")
            return path

        (Op(self.taskman, self, write)
         .success(lambda written: (self.show_message(self.tr("Exported to {0}.").format(
             written), "applied"), self.export_finished.emit(written)))
         .failure(lambda error: (self._failed(error), self.export_finished.emit(error)))
         .run())

    # -- errors ------------------------------------------------------------------------------

    def _write_failed(self, keys: OperationKeys, error: BaseException) -> None:
        keys.answered(error)
        self._failed(error)
        self._validate()

    def _unanswered(self, outcome: Submitted) -> None:
        from ..writes import unanswered_text

        self.show_message(unanswered_text(outcome), "pending")
        self.executing = None
        self._validate()

    def _failed(self, error: BaseException) -> None:
        if not isinstance(error, SupportDeskError):
            log.error("remediation failed: %r", error)
        _title, text = describe(error)
        self.show_message(text, "blocked")
