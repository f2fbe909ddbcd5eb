"""The supervisors' audit trail: who read or changed what, when, from which workstation.

Filter by member number, agent, action and a period of the supervisor's own days, checked as
typed (the rules: domain/audit.py); Enter shows the newest entries first and scrolling fetches
older ones. The pane on the right shows the chosen entry's detail, and what a write changed
(before and after). "Export CSV…" writes every entry of the filter (up to a bound) to a file,
on a worker thread.
"""

from __future__ import annotations

import datetime as dt
import json
import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from ...api.audit import AuditEntry, AuditPage
from ...api.client import ApiClient
from ...domain import audit as rules
from ...domain.audit import AuditFilter
from ...domain.identifiers import format_member_number
from ...errors import InvalidInput, SecurityError, SupportDeskError
from .. import fmt
from ..columns import fit_columns
from ..commands import page_shortcut
from ..errors import describe
from ..messages import input_text
from ..taskman import Latest, Op, TaskManager
from ..writes import FieldMessages, apply_form_style, page_header, set_state
from .export import Exported, export_audit
from .model import AuditModel, action_text, agent_text, local_time

log = logging.getLogger(__name__)
translate = QCoreApplication.translate

FIELDS = ("member", "agent", "action", "from", "to")


class AuditTrailPage(QWidget):
    back_requested = Signal()
    export_finished = Signal(object)  # Exported, or the error

    def __init__(self, taskman: TaskManager, client: ApiClient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("auditPage")
        apply_form_style(self)
        self.taskman = taskman
        self.client = client
        self.latest = Latest()
        self.audit_filter: AuditFilter | None = AuditFilter()  # None: what is typed is not valid
        self.shown_filter = AuditFilter()  # the filter of the rows on screen
        self.exporting = False
        self.model = AuditModel(self._request_page, self)
        self._build()
        self._validate()

    # -- the widgets ----------------------------------------------------------------------

    def _build(self) -> None:
        title, intro = page_header(self.tr("Audit trail"), self.tr(
            "Every read of a member's account, every reveal and every write, newest first. "
            "Empty fields match everything; dates are your own days."))

        self.edits: dict[str, QLineEdit] = {}
        self.errors: dict[str, QLabel] = {}
        # Alt+F, G and H open the menus (File, Go, Help).
        labels = {"member": self.tr("&Member number"), "agent": self.tr("&Agent (user name)"),
                  "action": self.tr("Ac&tion"), "from": self.tr("F&rom (day)"),
                  "to": self.tr("T&o (day)")}
        hints = {"member": "992 0000 0000 0017", "agent": "agent1",
                 "action": "credit_approved", "from": fmt.typed_day(dt.date(2026, 12, 1)),
                 "to": fmt.typed_day(dt.date(2026, 12, 24))}
        grid = QGridLayout()
        self.messages = FieldMessages(None)
        for column, name in enumerate(FIELDS):
            edit = QLineEdit()
            edit.setObjectName(f"{name}Edit")
            edit.setPlaceholderText(hints[name])
            edit.setClearButtonEnabled(True)
            label = QLabel(labels[name])
            label.setBuddy(edit)
            error = QLabel()
            error.setObjectName(f"{name}Error")
            error.setWordWrap(True)
            grid.addWidget(label, 0, column)
            grid.addWidget(edit, 1, column)
            grid.addWidget(error, 2, column, Qt.AlignmentFlag.AlignTop)
            edit.textChanged.connect(lambda _text, n=name: self._edited(n))
            edit.returnPressed.connect(self.refresh)
            self.messages.add(name, edit, error)
            self.edits[name], self.errors[name] = edit, error
        self.showButton = QPushButton(self.tr("&Show"))
        self.showButton.setObjectName("showButton")
        self.showButton.clicked.connect(self.refresh)
        grid.addWidget(self.showButton, 1, len(FIELDS))

        self.view = QTableView()
        self.view.setObjectName("auditView")
        self.view.setModel(self.model)
        self.view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.view.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.view.verticalHeader().hide()
        self.view.setWordWrap(False)
        # time, agent, action, member, workstation (spare room; gives way first)
        fit_columns(self.view, (145, 170, 120, 160, 220), stretch=4, give_way=(4, 1, 2))
        self.view.selectionModel().currentRowChanged.connect(
            lambda current, _previous: self._show_detail(current.row()))

        self.detail = QPlainTextEdit()
        self.detail.setObjectName("detailPane")
        self.detail.setReadOnly(True)
        self.detail.setPlaceholderText(self.tr("Choose an entry to see its detail."))
        self.detail.setStyleSheet("QPlainTextEdit { font-family: monospace; }")
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.view)
        splitter.addWidget(self.detail)
        splitter.setStretchFactor(0, 3)  # the entries first; the detail beside them
        splitter.setStretchFactor(1, 1)

        self.statusLabel = QLabel()
        self.statusLabel.setObjectName("statusLabel")
        self.statusLabel.setWordWrap(True)
        self.exportButton = QPushButton(self.tr("E&xport CSV…"))
        self.exportButton.setObjectName("exportButton")
        self.exportButton.setToolTip(self.tr(
            "Every entry of the filter shown, newest first, at most {0}").format(
                fmt.number(rules.MAX_AUDIT_EXPORT_ROWS)))
        self.exportButton.clicked.connect(self.choose_export)
        bottom = QHBoxLayout()
        bottom.addWidget(self.statusLabel, 1)
        bottom.addWidget(self.exportButton)

        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(intro)
        layout.addLayout(grid)
        layout.addWidget(splitter, 1)
        layout.addLayout(bottom)

        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Refresh),
                      self.tr("Audit trail: search again"), self.refresh)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Cancel),
                      self.tr("Audit trail: back to the lookup"), self.back_requested.emit)

    def focus_filter(self) -> None:
        self.edits["member"].setFocus()

    # -- the filter, checked as typed --------------------------------------------------------

    def _edited(self, name: str) -> None:
        self.messages.edited(name)
        self._validate()

    def _validate(self) -> None:
        text = {name: self.edits[name].text() for name in FIELDS}
        checks = {"member": rules.check_member, "agent": rules.check_agent,
                  "action": rules.check_action,
                  "from": lambda t: rules.check_day("from", t),
                  "to": lambda t: rules.check_day("to", t)}
        problems: dict[str, str] = {}
        for name, check in checks.items():
            if text[name].strip():
                try:
                    check(text[name])
                except InvalidInput as exc:
                    problems[name] = input_text(exc)
        self.audit_filter = None
        if not problems:
            try:
                self.audit_filter = rules.typed_filter(
                    member=text["member"], agent=text["agent"], action=text["action"],
                    since=text["from"], until=text["to"])
            except InvalidInput as exc:
                problems[exc.field] = input_text(exc)
        for name in FIELDS:
            self.messages.set_local(name, problems.get(name))
        self.showButton.setEnabled(self.audit_filter is not None)

    # -- the rows ------------------------------------------------------------------------

    def refresh(self) -> None:
        """Show the newest entries of the filter typed (nothing, while it is not valid)."""
        if self.audit_filter is None:
            return
        audit_filter = self.audit_filter
        ticket = self.latest.next()
        self.messages.clear_server()
        self.set_status(self.tr("Loading…"), "pending")
        client = self.client
        (Op(self.taskman, self, lambda: client.read_audit(audit_filter))
         .success(lambda page: self._loaded(ticket, audit_filter, page))
         .failure(lambda error: self._failed(ticket, error))
         .run())

    def _loaded(self, ticket: int, audit_filter: AuditFilter, page: AuditPage) -> None:
        if not self.latest.is_current(ticket):
            return
        self.shown_filter = audit_filter
        self.model.reset(page)
        self.detail.clear()
        self._count_status()

    def _request_page(self, before: int) -> None:
        ticket, audit_filter, client = self.latest.current, self.shown_filter, self.client
        (Op(self.taskman, self, lambda: client.read_audit(audit_filter, before=before))
         .success(lambda page: self._page_loaded(ticket, page))
         .failure(lambda error: self._page_failed(ticket, error))
         .run())

    def _page_loaded(self, ticket: int, page: AuditPage) -> None:
        if self.latest.is_current(ticket):
            self.model.add_page(page)
            self._count_status()

    def _page_failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        self.model.page_failed(retry=not isinstance(error, SecurityError))
        self._failed(ticket, error)

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        if not isinstance(error, SupportDeskError):
            raise error
        if self.messages.show_error(error) is None:
            self.set_status(describe(error)[1], "blocked")
        else:
            self.set_status("")

    def _count_status(self) -> None:
        count = self.model.rowCount()
        if not count:
            self.set_status(self.tr("No entries match this filter."))
        elif self.model.complete:
            self.set_status(self.tr("%Ln entries.", "", count))
        else:
            self.set_status(self.tr("The newest %Ln entries; scroll down for older ones.", "",
                                    count))

    def set_status(self, text: str, state: str = "") -> None:
        if not self.exporting:
            set_state(self.statusLabel, state)
            self.statusLabel.setText(text)

    # -- the detail pane --------------------------------------------------------------------

    def _show_detail(self, row: int) -> None:
        if not 0 <= row < self.model.rowCount():
            self.detail.clear()
            return
        self.detail.setPlainText(detail_text(self.model.entry(row)))

    # -- export --------------------------------------------------------------------------

    def choose_export(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export the audit trail"), "audit-trail.csv",
            self.tr("CSV files (*.csv)"))
        if path:
            self.export_to(Path(path))

    def export_to(self, path: Path) -> None:
        """Write every entry of the filter on screen to `path`, on a worker thread."""
        if self.exporting:
            return
        self.set_status(self.tr("Exporting to {0}…").format(path.name), "pending")
        self.exporting = True
        self.exportButton.setEnabled(False)
        audit_filter, client = self.shown_filter, self.client
        (Op(self.taskman, self, lambda: export_audit(client, audit_filter, path))
         .success(lambda done: self._exported(path, done))
         .failure(self._export_failed)
         .run())

    def _exported(self, path: Path, done: Exported) -> None:
        self.exporting = False
        self.exportButton.setEnabled(True)
        if done.capped:
            text = self.tr("Exported the newest %Ln entries to {0} and stopped there: an "
                           "export holds at most that many. Narrow the filter for the rest.",
                           "", done.rows)
        else:
            text = self.tr("Exported %Ln entries to {0}.", "", done.rows)
        self.set_status(text.format(str(path)), "applied")
        self.export_finished.emit(done)

    def _export_failed(self, error: BaseException) -> None:
        self.exporting = False
        self.exportButton.setEnabled(True)
        if isinstance(error, OSError):
            text = self.tr("The file could not be written: {0}").format(error.strerror or error)
        elif isinstance(error, SupportDeskError):
            text = describe(error)[1]
        else:
            self.export_finished.emit(error)
            raise error
        self.set_status(self.tr("Nothing was exported. {0}").format(text), "blocked")
        self.export_finished.emit(error)


def detail_text(entry: AuditEntry) -> str:
    """The detail pane's text: who, what, where, then detail, before and after as JSON."""
    rows = [
        (translate("AuditTrailPage", "Entry"), f"#{entry.id}"),
        (translate("AuditTrailPage", "Time"), f"{local_time(entry.at)} ({entry.at})"),
        (translate("AuditTrailPage", "Action"), f"{action_text(entry.action)} ({entry.action})"),
        (translate("AuditTrailPage", "Agent"), agent_text(entry)),
        (translate("AuditTrailPage", "Member"),
         format_member_number(entry.member_number) if entry.member_number else "—"),
        (translate("AuditTrailPage", "Workstation"), entry.workstation or "—"),
        (translate("AuditTrailPage", "Request id"), entry.request_id or "—"),
    ]
    width = max(len(label) for label, _ in rows) + 2
    lines = [f"{label + ':':<{width}}{value}" for label, value in rows] + [""]
    body: dict[str, object] = {"detail": entry.detail}
    if entry.before is not None or entry.after is not None:
        body.update(before=entry.before, after=entry.after)
    return "\n".join(lines) + json.dumps(body, indent=2, sort_keys=True, ensure_ascii=False)
