"""Decide a request: approve, reject, ask for information or escalate, with an internal note and
the reply the customer gets, drafted from a template (domain/replies.py) and edited freely.

Switching the decision re-drafts the reply only while the agent has not edited it; an edited
reply is kept and "Re-draft" replaces it on request (Ctrl+Z undoes). Everything is checked
before sending, and whatever the server says, the dialog keeps the text.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut, QTextCursor
from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialogButtonBox,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ...api.client import ApiClient
from ...api.models import AgentInfo
from ...api.queue_models import (
    RequestDetail,
)
from ...domain import limits
from ...domain.replies import draft_reply, reply_language, unfilled
from ...domain.requests import DECISIONS, REPLY_REQUIRED
from ...errors import Conflict, Forbidden, SupportDeskError
from ...operations import build
from .. import fmt
from ..forms.ui_decision_dialog import Ui_DecisionDialog
from ..messages import error_text, input_text
from ..taskman import TaskManager
from ..writes import WriteDialog, fit_height, offline_text, repolish, set_state
from .detail import eu261_headline
from .model import decision_label, flight_status_text, status_label, type_label

if TYPE_CHECKING:
    from ...store.outbox import Entry
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def check_note(text: str) -> str:
    """The cleaned internal note; ValueError (a domain TextProblem) says what is wrong."""
    if not text.strip():
        raise ValueError(translate(
            "DecisionDialog", "Required: say why you decide so, in at least {0} characters.")
            .format(limits.REQUEST_NOTE.shortest))
    return limits.REQUEST_NOTE.clean(text)


def check_reply(text: str, decision: str) -> str | None:
    """The cleaned customer reply (None when optional and empty); ValueError says why not."""
    value = text.strip()
    if not value:
        if decision in REPLY_REQUIRED:
            raise ValueError(translate("DecisionDialog",
                                       "Required: write the reply the customer gets."))
        return None
    left = unfilled(value)
    if left:
        raise ValueError(translate("DecisionDialog", "Fill in or remove {0} before sending.")
                         .format(", ".join(left)))
    return limits.CUSTOMER_REPLY.clean(value)


class DecisionDialog(WriteDialog):
    decided = Signal(object)  # the RequestDetail the server answered
    queued = Signal(str, str)  # summary, what happens now: saved, sent when the backend is back

    def __init__(self, taskman: TaskManager, client: ApiClient, agent: AgentInfo,
                 detail: RequestDetail, parent: QWidget | None = None, *,
                 sync: SyncController | None = None, replaces: Entry | None = None) -> None:
        super().__init__(taskman, client, parent, sync=sync)
        self.ui = ui = Ui_DecisionDialog()
        ui.setupUi(self)
        self.init_form(ui.errorLabel, ui.progressLabel)
        self.agent = agent
        self.detail = detail
        self.attempted = False  # after the first send, problems show as the agent types
        self.draft = ""  # the last text the template wrote; anything else was typed
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Send decision"))
        self.ok_button.setToolTip(self.tr("Send the decision and the reply (Ctrl+Enter)"))

        self.group = QButtonGroup(self)
        radios = (ui.approveRadio, ui.rejectRadio, ui.needsInfoRadio, ui.escalateRadio)
        for index, radio in enumerate(radios):
            self.group.addButton(radio, index)
        self.group.idToggled.connect(lambda _id, checked: checked and self._decision_changed())

        self.messages.add("decision", ui.decisionError, ui.decisionError)
        self.messages.add("note", ui.noteEdit, ui.noteError)
        self.messages.add("customer_reply", ui.replyEdit, ui.replyError)
        for label in (ui.decisionHint, ui.replyState):
            repolish(label, "note", True)
        set_state(ui.errorLabel, "blocked")
        ui.noteEdit.textChanged.connect(lambda: self._edited("note"))
        ui.replyEdit.textChanged.connect(self._reply_edited)
        ui.redraftButton.clicked.connect(self.redraft)
        self._build_language(detail.member_language)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        send = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Return), self)
        send.activated.connect(self.submit)
        send_enter = QShortcut(QKeySequence(Qt.Modifier.CTRL | Qt.Key.Key_Enter), self)
        send_enter.activated.connect(self.submit)

        self.setWindowTitle(self.tr("Decide request #{0} — {1}").format(
            detail.id, detail.member_name))
        flight = detail.flight
        ui.summaryLabel.setText(self.tr(
            "#{0} · {1} · {2} · booking {3} · {4} {5}–{6} on {7} · {8}").format(
                detail.id, type_label(detail.type), detail.member_name, detail.booking_code,
                flight.flight_number, flight.origin, flight.destination, fmt.date(flight.date),
                flight_status_text(flight)))
        fare = detail.check.fare
        check = [eu261_headline(detail),
                 "; ".join(fmt.worded(fare.wording, fare.lines, "Fares")[:3])]
        if detail.assignee_id not in (None, agent.id):
            check.append(self.tr("Assigned to {0}; you decide as a supervisor.").format(
                detail.assignee_name))
        elif detail.status != "new" and detail.status != "in_review":
            check.append(self.tr("Currently: {0}.").format(status_label(detail.status)))
        ui.checkLabel.setText("\n".join(check))
        ui.progressLabel.clear()
        self._decision_changed()
        ui.approveRadio.setFocus()
        if replaces is not None:
            self.replaces = replaces
            self._fill_in(replaces.operation.body)
            self.setWindowTitle(self.tr("Edit and send again — request #{0} — {1}").format(
                detail.id, detail.member_name))
            if replaces.note:
                self.messages.set_bottom(self.tr(
                    "The backend refused it: {0} Change what it objected to; it is sent as a "
                    "new decision.").format(replaces.note))
            ui.noteEdit.setFocus()

    def _build_language(self, member_language: str) -> None:
        """The letter's language beside Re-draft: the member's (where there is a template),
        switchable; each language named in itself."""
        self.languageBox = QComboBox()
        self.languageBox.setObjectName("replyLanguageBox")
        for code, name in (("en", "English"), ("de", "Deutsch")):
            self.languageBox.addItem(name, code)
        self.languageBox.setCurrentIndex(self.languageBox.findData(
            reply_language(member_language)))
        self.languageBox.setToolTip(self.tr(
            "The reply's language: the member's profile language where there is a template "
            "for it (Alt+G)"))
        label = QLabel(self.tr("Lan&guage:"))
        label.setBuddy(self.languageBox)
        row = self.ui.replyRow
        at = row.indexOf(self.ui.redraftButton)
        row.insertWidget(at, self.languageBox)
        row.insertWidget(at, label)
        self.languageBox.currentIndexChanged.connect(self._language_changed)

    @property
    def reply_language(self) -> str:
        return self.languageBox.currentData()

    def _language_changed(self) -> None:
        """A draft nobody edited is written again in the new language; typed text is kept
        (Re-draft replaces it)."""
        if self.decision is not None and not self.reply_edited and not self.busy:
            self._set_reply(self.template())
        self._update_reply_state()

    def _fill_in(self, body: dict[str, Any]) -> None:
        """The refused decision as it was sent."""
        if body.get("decision") in DECISIONS:
            self.choose(body["decision"])
        self.ui.noteEdit.setPlainText(body.get("note") or "")
        if body.get("customer_reply"):
            self.ui.replyEdit.setPlainText(body["customer_reply"])
        self._update_reply_state()

    # -- the decision and the reply -------------------------------------------------------

    @property
    def decision(self) -> str | None:
        index = self.group.checkedId()
        return DECISIONS[index] if index >= 0 else None

    def choose(self, decision: str) -> None:
        self.group.button(DECISIONS.index(decision)).setChecked(True)

    def template(self) -> str:
        decision = self.decision
        if decision is None:
            return ""
        return draft_reply(decision, self.detail.reply_facts(), signed_by=self.agent.name,
                           language=self.reply_language)

    @property
    def reply_edited(self) -> bool:
        return self.ui.replyEdit.toPlainText() != self.draft

    def _decision_changed(self) -> None:
        ui, decision = self.ui, self.decision
        hints = {
            None: self.tr("Choose a decision: Alt+A approve, Alt+R reject, Alt+I needs info, "
                          "Alt+E escalate."),
            "approve": self.tr("The request is closed as approved; the customer gets the reply."),
            "reject": self.tr("The request is closed as rejected; the reply tells the customer "
                              "why."),
            "needs_info": self.tr("The request waits for the customer; the reply says what is "
                                  "missing."),
            "escalate": self.tr("A supervisor decides; your note tells them why. A reply to "
                                "the customer is optional."),
        }
        ui.decisionHint.setText(hints[decision])
        ui.replyLabel.setText(self.tr("Customer re&ply (optional)") if decision == "escalate"
                              else self.tr("Customer re&ply"))
        self.messages.set_local("decision", None)
        self.messages.edited("decision")
        if decision is None:
            ui.replyEdit.setEnabled(False)
            ui.redraftButton.setEnabled(False)
            self._update_reply_state()
            self._validate()
            return
        ui.replyEdit.setEnabled(not self.busy)
        if not self.reply_edited:
            self._set_reply(self.template())
        self._update_reply_state()
        self._validate()

    def redraft(self) -> None:
        """Replace the reply with the template (undoable: Ctrl+Z brings the typed text back)."""
        if self.decision is None or self.busy:
            return
        self._set_reply(self.template())
        self._update_reply_state()
        self.ui.replyEdit.setFocus()

    def _set_reply(self, text: str) -> None:
        edit: QPlainTextEdit = self.ui.replyEdit
        self.draft = text
        cursor = edit.textCursor()
        cursor.beginEditBlock()
        cursor.select(QTextCursor.SelectionType.Document)
        cursor.insertText(text)
        cursor.endEditBlock()
        edit.setTextCursor(cursor)
        self._select_placeholder()

    def _select_placeholder(self) -> None:
        """Select the first placeholder left in the reply, so typing replaces it."""
        edit: QPlainTextEdit = self.ui.replyEdit
        left = unfilled(edit.toPlainText())
        cursor = edit.document().find(left[0]) if left else edit.textCursor()
        if not left:
            cursor.movePosition(QTextCursor.MoveOperation.Start)
        edit.setTextCursor(cursor)

    def _reply_edited(self) -> None:
        self._edited("customer_reply")
        self._update_reply_state()

    def _update_reply_state(self) -> None:
        ui, decision = self.ui, self.decision
        template = self.template() if decision is not None else ""
        ui.redraftButton.setEnabled(decision is not None and not self.busy
                                    and ui.replyEdit.toPlainText() != template)
        if decision is None:
            text = ""
        elif not self.reply_edited:
            text = self.tr("Drafted from the template; edit it as needed.") if template \
                else self.tr("No reply is drafted for an escalation.")
        elif ui.replyEdit.toPlainText() == template:
            text = ""
        else:
            text = self.tr("Edited by you: changing the decision keeps your text; Re-draft "
                           "replaces it with the template.")
        left = unfilled(ui.replyEdit.toPlainText())
        if left and decision is not None:
            text = (text + " " if text else "") + self.tr("Fill in: {0}.").format(", ".join(left))
        if text != ui.replyState.text():
            ui.replyState.setText(text)
            fit_height(self)  # one line or two: never clipped

    # -- checking and sending -------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self.messages.edited(name)
        if self.attempted:
            self._validate(show=True)

    def _validate(self, *, show: bool = False) -> tuple[str, str, str | None] | None:
        """(decision, note, reply) when everything is fine; with `show`, say what is not."""
        decision = self.decision
        problems: dict[str, str | None] = {"decision": None, "note": None,
                                           "customer_reply": None}
        note = reply = None
        if decision is None:
            problems["decision"] = self.tr("Choose a decision.")
        try:
            note = check_note(self.ui.noteEdit.toPlainText())
        except ValueError as exc:
            problems["note"] = input_text(exc)
        if decision is not None:
            try:
                reply = check_reply(self.ui.replyEdit.toPlainText(), decision)
            except ValueError as exc:
                problems["customer_reply"] = input_text(exc)
        if show:
            for name, problem in problems.items():
                self.messages.set_local(name, problem)
        self.ok_button.setEnabled(not self.busy)
        if any(problems.values()):
            return None
        return decision, note, reply  # type: ignore[return-value]

    def submit(self) -> None:
        if self.busy:
            return
        self.attempted = True
        checked = self._validate(show=True)
        if checked is None:
            for name, widget in (("decision", self.ui.approveRadio), ("note", self.ui.noteEdit),
                                 ("customer_reply", self.ui.replyEdit)):
                if self.messages.local(name):
                    widget.setFocus()
                    if widget is self.ui.replyEdit:
                        self._select_placeholder()
                    break
            return
        decision, note, reply = checked
        detail = self.detail
        summary = self.tr("Request #{0} ({1}): {2} — {3}").format(
            detail.id, detail.booking_code, decision_label(decision), note)
        operation = build.request_decision(detail.id, detail.member_number, decision, note,
                                           reply, summary=summary)
        self.send_queued(
            {"request": detail.id, "decision": decision, "note": note, "reply": reply},
            operation, self._decided, self._queued, failed=self._refused)

    def _queued(self, entry: Entry) -> None:
        self.queued.emit(entry.operation.summary, offline_text(entry.operation))
        self.accept()

    def busy_changed(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.approveRadio, ui.rejectRadio, ui.needsInfoRadio, ui.escalateRadio):
            widget.setEnabled(not busy)
        # Read-only, not disabled: the text stays readable and selectable while it is sent.
        ui.noteEdit.setReadOnly(busy)
        ui.replyEdit.setReadOnly(busy)
        self.ok_button.setEnabled(not busy)
        self._update_reply_state()

    def _decided(self, detail: RequestDetail) -> None:
        self.decided.emit(detail)
        self.accept()

    def _refused(self, error: SupportDeskError) -> bool:
        field = self.messages.show_error(error)
        if isinstance(error, Forbidden):
            self.messages.set_bottom(self.tr("Not allowed: {0} Nothing was changed; your text "
                                             "is kept.").format(error_text(error)))
        elif isinstance(error, Conflict):
            self.messages.set_bottom(self.tr("Already decided: {0} Your text is kept; cancel "
                                             "to see the request as it is now.").format(
                                                 error_text(error)))
        if field is not None:
            field.setFocus()
        return True
