"""Shared by every widget that writes: one operation id per user action, checks as the agent
types, messages (typed or from the server's problem+json) shown next to the field they are
about, and the dialog base that sends a write off the GUI thread."""

from __future__ import annotations

import json
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, TypeVar

import shiboken6
from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, Signal
from PySide6.QtWidgets import QDateEdit, QDialog, QLabel, QLineEdit, QWidget

from ..api.client import ApiClient, new_operation_id
from ..domain.offline import Policy
from ..errors import (
    OfflineError,
    RefusedOffline,
    ServerError,
    ServiceUnavailable,
    SupportDeskError,
    ValidationFailed,
)
from ..operations.send import answer, write
from .errors import describe
from .member.ledger_model import format_miles
from .messages import error_text, field_text, input_text, offline_reason
from .taskman import Op, TaskManager

if TYPE_CHECKING:
    from ..operations import Operation
    from ..store.outbox import Entry
    from ..sync.service import Submitted
    from .sync.controller import SyncController

T = TypeVar("T")


# Shared look of the forms that write (set on the dialog or page, on top of the app's sheet).
FORM_STYLE = """
QLabel[fieldError="true"] { color: #a3191b; }
QLabel[note="true"] { color: #5f6b7a; }
QLineEdit[invalid="true"], QDateEdit[invalid="true"] {
    border: 1px solid #c0392b; border-radius: 3px; padding: 2px 3px; background: #fffafa;
}
QLabel[state="applied"], QLabel[state="pending"], QLabel[state="incomplete"],
QLabel[state="blocked"], QLabel#previewLabel {
    border-radius: 4px;
}
QLabel[state="applied"] { background: #e6f2e9; color: #1d4d2a; border: 1px solid #b4d8bd; }
QLabel[state="pending"] { background: #fbecc6; color: #5a3d00; border: 1px solid #e6c680; }
QLabel[state="blocked"] { background: #f9e0da; color: #6e1a0c; border: 1px solid #e2a593; }
QLabel[state="incomplete"] { background: #f1f3f6; color: #3d4756; border: 1px solid #dde1e7; }
QLabel#previewLabel {
    background: #f5f7fa; color: #1c2330; border: 1px solid #dde1e7;
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
}
"""


def apply_form_style(widget: QWidget, extra: str = "") -> None:
    """The forms' look (without its colours when the system asks for high contrast), and
    their date fields taken as one field by Tab."""
    from .look import high_contrast, without_colours

    sheet = FORM_STYLE + extra
    widget.setStyleSheet(without_colours(sheet) if high_contrast() else sheet)
    dates = widget.findChildren(QDateEdit)
    if dates:
        one_field = _DateAsOneField(widget)
        for edit in dates:
            edit.installEventFilter(one_field)


class _DateAsOneField(QObject):
    """Tab and Shift+Tab leave a date field for the next or previous control, as in every
    other field; Qt's own Tab walks day, month and year (typing a full date moves on by
    itself, and the arrow keys still move between its parts)."""

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                      Qt.Key.Key_Backtab):
            if event.modifiers() & ~Qt.KeyboardModifier.ShiftModifier:
                return False  # Ctrl+Tab and the like: not ours
            # The widget's own focus move, not QDateTimeEdit's section step.
            QWidget.focusNextPrevChild(watched, event.key() == Qt.Key.Key_Tab)
            return True
        return False


def set_state(label: QLabel, state: str) -> None:
    """Show `label` as a message box: "applied", "pending", "blocked", "incomplete" or ""."""
    # Contents margins, not style-sheet padding: a word-wrapped label's height-for-width
    # counts only the former, and the text would be clipped.
    margin = 8 if state else 0
    label.setContentsMargins(margin, margin * 5 // 8, margin, margin * 5 // 8)
    repolish(label, "state", state)


def fit_height(window: QWidget, *, shrink: bool = False) -> None:
    """Make a dialog as tall as its content at its current width.

    With word-wrapped labels Qt gives a window no minimum height (it depends on the width), so
    a message appearing would squeeze the fields instead of growing the dialog.
    """
    layout = window.layout()
    layout.activate()
    if layout.hasHeightForWidth():
        need = layout.totalHeightForWidth(window.width())
    else:
        need = layout.totalSizeHint().height()
    need = max(need, layout.totalMinimumSize().height())
    if need > window.height() or (shrink and need < window.height()):
        window.resize(window.width(), need)


translate = QCoreApplication.translate


class OperationKeys:
    """The Idempotency-Key of the action being attempted.

    Pressing the button again with the same payload (after a timeout, say) is a retry of the
    same action and reuses the key, so the server answers it instead of applying it twice.
    A changed payload is a new action with a new key; so is anything after a success.
    """

    def __init__(self) -> None:
        self._payload: str | None = None
        self._key: str | None = None

    def key_for(self, payload: Any) -> str:
        canonical = json.dumps(payload, sort_keys=True, default=str)
        if self._key is None or canonical != self._payload:
            self._payload, self._key = canonical, new_operation_id()
        return self._key

    def done(self) -> None:
        self._payload = self._key = None

    def answered(self, error: BaseException) -> None:
        """The action failed with `error`. A definite answer ends it: trying again (after a
        top-up, a freed seat, the end of a maintenance) is a new action. Only an unknown
        outcome (offline, a server error) is retried under the same key."""
        maintenance = isinstance(error, ServiceUnavailable) and error.maintenance
        if maintenance or not isinstance(error, OfflineError | ServerError):
            self.done()


def submit_write(owner: QObject, taskman: TaskManager, client: ApiClient,
                 sync: SyncController | None, key: str, operation: Operation,
                 done: Callable[[Any], None], failed: Callable[[BaseException], None],
                 waiting: Callable[[Submitted], None], *,
                 replaces: Entry | None = None) -> None:
    """The one way a write the agent makes is sent: saved to the outbox under `key` (the
    action's operation id) before anything goes out, then sent (`SyncController.submit`).
    `done(answer)` — read and checked by the operation's kind — when it went through,
    `failed(error)` when refused, and `waiting(outcome)` when it stays saved for the sender:
    offline (policies that may wait), or sent without an answer (it is replayed under the
    same id, never applied twice). `replaces`: the refused entry this is the edited version
    of. Without a local store (no secure keyring) it is sent directly under `key`."""
    if sync is None or not sync.available:
        Op(taskman, owner, lambda: write(client, operation, key)).success(done).failure(
            failed).run()
        return

    def submitted(outcome: Submitted) -> None:
        if outcome.error is not None:
            failed(outcome.error)
        elif outcome.queued:
            waiting(outcome)
        else:
            try:
                result = answer(operation, outcome.result)
            except SupportDeskError as exc:  # an answer about something else: shown, not used
                failed(exc)
            else:
                done(result)

    sync.submit(operation, key, submitted, failed, replaces=replaces)


def offline_text(operation: Operation, per_credit_limit: int | None = None) -> str:
    """What happens to `operation` while the backend is away (its policy), or why it is not
    taken: the sentence the agent can read out."""
    if operation.policy is Policy.APPROVAL:
        miles = int(operation.body.get("miles") or 0)
        return translate(
            "WriteDialog", "Queued. {0} miles is above your limit of {1}: when the backend is "
            "back it goes to a supervisor for approval, not to the account.").format(
                format_miles(miles), format_miles(per_credit_limit or 0))
    if operation.policy is Policy.PROVISIONAL:
        return translate(
            "WriteDialog", "Provisional: tell the member the booking is pending confirmation. "
            "If the seat is gone when the backend is back, it becomes a call-back task.")
    return offline_reason(operation.kind)


def unanswered_text(outcome: Submitted) -> str:
    """What the agent is told when a write that needs the backend got no answer."""
    note = outcome.decision.note if outcome.decision is not None else None
    return translate(
        "WriteDialog",
        "{0}\nIt may or may not have been applied. It is saved and SupportDesk sends it again "
        "by itself until the backend answers; it cannot be applied twice. The banner counts "
        "it until then; if the backend refuses it, it appears under Needs attention.").format(
            note or translate("WriteDialog", "No answer from the backend."))


def repolish(widget: QWidget, name: str, value: Any) -> None:
    """Set a dynamic property the style sheet selects on, and make the style see it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


def page_header(title: str, intro: str) -> tuple[QLabel, QLabel]:
    """A page's title and its grey note under it, as every page in code shows them."""
    heading = QLabel(title)
    heading.setObjectName("pageTitle")
    note = QLabel(intro)
    note.setWordWrap(True)
    repolish(note, "note", True)
    return heading, note


class FieldMessages:
    """Per-field message labels plus one label at the bottom for everything else.

    A field shows its own as-typed problem first; a server message about it stays until the
    agent edits that field. Labels are hidden while empty, so a valid form stays compact.
    """

    def __init__(self, bottom: QLabel | None) -> None:
        self.bottom = bottom  # None: a form that shows only its own field messages
        if bottom is not None:
            repolish(bottom, "fieldError", True)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._local: dict[str, str] = {}
        self._server: dict[str, str] = {}
        self._bottom_state: str | None = None  # the label's own look, while another is shown
        self.set_bottom("")

    def add(self, name: str, widget: QWidget, label: QLabel) -> None:
        """Register `label` for the server field `name` ("miles", "flight.origin", …)."""
        self._fields[name] = (widget, label)
        repolish(label, "fieldError", True)
        self._render(name)

    def set_local(self, name: str, message: str | None) -> None:
        self._local[name] = message or ""
        self._render(name)

    def edited(self, name: str) -> None:
        """The agent changed the field: what the server said about it no longer applies."""
        if self._server.pop(name, None) is not None:
            self._render(name)

    def local(self, name: str) -> str:
        return self._local.get(name, "")

    def message(self, name: str) -> str:
        return self._fields[name][1].text() if name in self._fields else ""

    def clear_server(self) -> None:
        names = list(self._server)
        self._server.clear()
        for name in names:
            self._render(name)
        self.set_bottom("")

    def set_bottom(self, text: str, state: str | None = None) -> None:
        """The message at the bottom, in the label's own look (a refusal), or in `state`'s
        (`set_state`: "pending" for an outcome not known yet) until the next message."""
        if self.bottom is None:
            return
        if state is not None and self._bottom_state is None:
            self._bottom_state = self.bottom.property("state") or ""
        if state is not None or self._bottom_state is not None:
            set_state(self.bottom, state if state is not None else self._bottom_state)
            if state is None:
                self._bottom_state = None
        self.bottom.setText(text)
        self.bottom.setVisible(bool(text))

    def show_error(self, error: BaseException) -> QWidget | None:
        """Show a failed write; returns the first field widget it named (to focus), if any."""
        self.clear_server()
        if not isinstance(error, SupportDeskError):
            raise error
        first: QWidget | None = None
        unplaced: list[str] = []
        for item in getattr(error, "field_errors", None) or []:
            name = self._match(item.field)
            if name is None:
                unplaced.append(field_text(item))
                continue
            self._server[name] = field_text(item)
            self._render(name)
            first = first or self._fields[name][0]
        if first is None or unplaced:
            self.set_bottom(self._bottom_text(error, unplaced))
        return first

    def _bottom_text(self, error: SupportDeskError, unplaced: list[str]) -> str:
        if isinstance(error, OfflineError):
            return translate(
                "FieldMessages",
                "{0}\nIt may or may not have reached the server. Press the button again "
                "without changing anything: it will not be applied twice. A changed entry "
                "counts as a new one.").format(error_text(error))
        if isinstance(error, ValidationFailed) and unplaced:
            return " ".join(unplaced)
        return describe(error)[1]

    def _match(self, field: str) -> str | None:
        # "flight.origin" → "flight.origin", else its nearest registered parent ("flight").
        parts = field.split(".")
        while parts:
            name = ".".join(parts)
            if name in self._fields:
                return name
            parts.pop()
        return None

    def _render(self, name: str) -> None:
        if name not in self._fields:
            return
        widget, label = self._fields[name]
        text = self._local.get(name) or self._server.get(name, "")
        label.setText(text)
        label.setVisible(bool(text))
        if widget is not label:
            repolish(widget, "invalid", bool(text))


def set_quietly(edit: QLineEdit, text: str) -> None:
    """Fill in `edit` from code: not an edit by the agent (no textChanged)."""
    edit.blockSignals(True)
    edit.setText(text)
    edit.blockSignals(False)


class FormChecks:
    """Field checks run as the agent types. A field's problem shows once the agent has touched
    it (a fresh form is not a wall of red); every problem still blocks the action."""

    def __init__(self, messages: FieldMessages) -> None:
        self.messages = messages
        self.touched: set[str] = set()
        self.missing: list[str] = []

    def touch(self, name: str) -> None:
        """The agent edited `name`: its problems show from now on; the server's no longer."""
        self.touched.add(name)
        self.messages.edited(name)

    def begin(self) -> None:
        self.missing = []

    def check(self, name: str, parse: Callable[..., T], *args: Any, **kwargs: Any) -> T | None:
        """`parse(*args)`, or None after reporting its ValueError against `name`."""
        try:
            value = parse(*args, **kwargs)
        except ValueError as exc:
            self.report(name, input_text(exc))
            return None
        self.report(name, None)
        return value

    def report(self, name: str, problem: str | None, *, show: bool = False) -> None:
        if problem:
            self.missing.append(name)
        shown = show or name in self.touched
        self.messages.set_local(name, problem if shown else None)

    @property
    def complete(self) -> bool:
        return not self.missing


class WriteDialog(QDialog):
    """A dialog whose action is a write: sent off the GUI thread under the action's operation
    id (a retry of the same payload reuses it), failures shown next to their fields.

    Subclasses call `init_form` after `setupUi`, then `send_queued` (every write the agent
    makes goes through the outbox) or `send` (a check that changes nothing, such as verifying
    a caller) from their action, and override `busy_changed` to lock their
    inputs while a write is under way. Opened on a write the backend refused (`replaces`, from
    Needs attention), the next send is its edited version: the refused one is closed as
    resubmitted in the same transaction.
    """

    connection_result = Signal(object)  # None or the error, for the status bar

    def __init__(self, taskman: TaskManager, client: ApiClient,
                 parent: QWidget | None = None, *, sync: SyncController | None = None) -> None:
        super().__init__(parent)
        self.taskman = taskman
        self.client = client
        self.sync = sync
        self.keys = OperationKeys()
        self.busy = False
        self.replaces: Entry | None = None
        self._focus_after: QWidget | None = None

    def init_form(self, error_label: QLabel, progress_label: QLabel, style: str = "") -> None:
        apply_form_style(self, style)
        self.messages = FieldMessages(error_label)
        self.checks = FormChecks(self.messages)
        self.progress_label = progress_label
        repolish(progress_label, "note", True)
        progress_label.clear()

    def send(self, payload: Any, call: Callable[[str], T], done: Callable[[T], None], *,
             failed: Callable[[SupportDeskError], bool] | None = None,
             progress: str | None = None) -> None:
        """Run `call(operation_id)` in the background; `done(result)` on success. `failed`
        may handle an error itself (returns True), else it is shown by its fields."""
        if self.busy:
            return
        key = self.keys.key_for(payload)
        self._set_busy(True, progress)
        (Op(self.taskman, self, lambda: call(key))
         .success(lambda result: self._sent(result, done))
         .failure(lambda error: self._failed(error, failed))
         .run())

    def send_queued(self, payload: Any, operation: Operation, done: Callable[[Any], None],
                    queued: Callable[[Entry], None] | None = None, *,
                    failed: Callable[[SupportDeskError], bool] | None = None,
                    progress: str | None = None) -> None:
        """Send `operation` as the write of this action (see `submit_write`); `done(answer)`
        when it went through. If it has to wait for the backend, a write that may
        wait offline (its policy) calls `queued(entry)` and goes by itself later; one that
        needs the backend but lost its answer says so here and is replayed by itself."""
        if self.busy:
            return
        key = self.keys.key_for(payload)
        self._set_busy(True, progress)

        def waiting(outcome: Submitted) -> None:
            self._set_busy(False)
            self.replaces = None  # saved, and the refused one closed: a further edit is new
            if queued is not None and operation.policy.may_wait:
                self.keys.done()  # saved for good: a new press is a new action
                queued(outcome.entry)
                return
            self.messages.clear_server()
            self.messages.set_bottom(unanswered_text(outcome), "pending")
            fit_height(self)

        submit_write(self, self.taskman, self.client, self.sync, key, operation,
                     lambda result: self._sent(result, done),
                     lambda error: self._failed(error, failed), waiting,
                     replaces=self.replaces)

    def busy_changed(self, busy: bool) -> None:
        """Enable or disable the inputs and the action; called on every change of `busy`."""

    def _set_busy(self, busy: bool, progress: str | None = None) -> None:
        focused = self.focusWidget()
        self.busy = busy
        self.progress_label.setText(
            (progress or translate("WriteDialog", "Sending…")) if busy else "")
        self.busy_changed(busy)
        if busy:
            self._focus_after = focused
        elif self._focus_after is not None and shiboken6.isValid(self._focus_after) \
                and self._focus_after.isEnabled() and self._focus_after.isVisible():
            self._focus_after.setFocus()

    def _sent(self, result: T, done: Callable[[T], None]) -> None:
        self._set_busy(False)
        self.keys.done()
        self.replaces = None
        self.connection_result.emit(None)
        done(result)

    def _failed(self, error: BaseException,
                failed: Callable[[SupportDeskError], bool] | None) -> None:
        self._set_busy(False)
        if not isinstance(error, SupportDeskError):
            raise error
        self.keys.answered(error)
        if not isinstance(error, RefusedOffline):
            self.replaces = None  # saved before it failed: the refused one is closed
        self.connection_result.emit(error)
        if failed is None or not failed(error):
            field = self.messages.show_error(error)
            if field is not None and field.isEnabled() and field.isVisible():
                field.setFocus()
        fit_height(self)
