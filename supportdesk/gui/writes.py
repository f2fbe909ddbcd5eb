"""Shared by every widget that writes: one operation id per user action, and messages (typed
or from the server's problem+json) shown next to the field they are about."""

from __future__ import annotations

import json
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QWidget

from ..api.client import new_operation_id
from ..errors import OfflineError, SupportDeskError, ValidationFailed
from .errors import describe


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


def apply_form_style(widget: QWidget) -> None:
    widget.setStyleSheet(FORM_STYLE)


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


def repolish(widget: QWidget, name: str, value: Any) -> None:
    """Set a dynamic property the style sheet selects on, and make the style see it."""
    widget.setProperty(name, value)
    widget.style().unpolish(widget)
    widget.style().polish(widget)


class FieldMessages:
    """Per-field message labels plus one label at the bottom for everything else.

    A field shows its own as-typed problem first; a server message about it stays until the
    agent edits that field. Labels are hidden while empty, so a valid form stays compact.
    """

    def __init__(self, bottom: QLabel) -> None:
        self.bottom = bottom
        repolish(bottom, "fieldError", True)
        self._fields: dict[str, tuple[QWidget, QLabel]] = {}
        self._local: dict[str, str] = {}
        self._server: dict[str, str] = {}
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

    def set_bottom(self, text: str) -> None:
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
                unplaced.append(item.message)
                continue
            self._server[name] = item.message
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
                "counts as a new one.").format(error.message)
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
