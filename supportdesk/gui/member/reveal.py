"""Reveal the member's masked contact data and birth date, with a reason (DESIGN.md §6).

The dialog asks which fields and why — a reason from the short list (domain/reveal.py) and,
where the list says so, a few words checked as typed with limits.REVEAL_REASON — and asks the
backend (audited there). The values it hands back live only in the member view for the
configured time (`reveal_seconds`); they are never cached, stored, queued or logged.
"""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from ...api.client import ApiClient, new_operation_id
from ...api.models import MemberAccount
from ...api.reveal import Revealed
from ...domain import limits, reveal
from ...domain.identifiers import format_member_number
from ..errors import describe
from ..messages import input_text
from ..taskman import Op, TaskManager
from ..writes import apply_form_style, fit_height, set_state


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:
    return text


FIELD_LABELS = {
    "email": QT_TRANSLATE_NOOP("RevealDialog", "&E-mail"),
    "phone": QT_TRANSLATE_NOOP("RevealDialog", "P&hone"),
    "address": QT_TRANSLATE_NOOP("RevealDialog", "&Address"),
    "birth_date": QT_TRANSLATE_NOOP("RevealDialog", "Date of &birth"),
}
REASON_LABELS = {
    "caller_verified": QT_TRANSLATE_NOOP("RevealDialog", "Caller verified"),
    "supervisor_request": QT_TRANSLATE_NOOP("RevealDialog", "Supervisor request"),
    "data_protection_request": QT_TRANSLATE_NOOP("RevealDialog", "Data-protection request"),
    "fraud_investigation": QT_TRANSLATE_NOOP("RevealDialog", "Fraud investigation"),
    "other": QT_TRANSLATE_NOOP("RevealDialog", "Other"),
}

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


class RevealDialog(QDialog):
    revealed = Signal(object)  # Revealed: the values, for the member view only
    connection_result = Signal(object)  # None, or the error (the status bar's connection)

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.taskman = taskman
        self.client = client
        self.account = account
        self.busy = False
        self._touched = False
        self._operation: tuple[tuple, str] | None = None  # (what was asked, its id)
        self.setObjectName("RevealDialog")
        self.setWindowTitle(translate("RevealDialog", "Reveal personal data — {0}").format(
            account.display_name))
        apply_form_style(self)
        layout = QVBoxLayout(self)
        intro = QLabel(translate("RevealDialog",
            "Reveal the masked data of {0} ({1}) for a short time. The reveal and its reason "
            "are recorded in the audit trail.").format(
                account.display_name, format_member_number(account.member_number)))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        form = QFormLayout()
        boxes = QHBoxLayout()
        self.field_boxes: dict[str, QCheckBox] = {}
        for name in reveal.FIELDS:
            box = QCheckBox(translate("RevealDialog", FIELD_LABELS[name]))
            box.setObjectName(f"reveal_{name}")
            box.toggled.connect(self._validate)
            boxes.addWidget(box)
            self.field_boxes[name] = box
        form.addRow(translate("RevealDialog", "Fields"), boxes)
        self.reason_box = QComboBox()
        self.reason_box.setObjectName("revealReason")
        for code in reveal.REASONS:
            self.reason_box.addItem(translate("RevealDialog", REASON_LABELS[code]), code)
        self.reason_box.currentIndexChanged.connect(self._validate)
        reason_label = QLabel(translate("RevealDialog", "&Reason"))
        reason_label.setBuddy(self.reason_box)
        form.addRow(reason_label, self.reason_box)
        self.text_edit = QLineEdit()
        self.text_edit.setObjectName("revealText")
        self.text_edit.setMaxLength(limits.REVEAL_REASON.longest)
        self.text_edit.textChanged.connect(self._edited)
        text_label = QLabel(translate("RevealDialog", "&Why"))
        text_label.setBuddy(self.text_edit)
        form.addRow(text_label, self.text_edit)
        self.text_error = QLabel()
        self.text_error.setWordWrap(True)
        form.addRow("", self.text_error)
        layout.addLayout(form)
        self.error_label = QLabel()
        self.error_label.setWordWrap(True)
        self.error_label.hide()
        layout.addWidget(self.error_label)
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.ok_button = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(translate("RevealDialog", "Re&veal"))
        self.buttons.accepted.connect(self.submit)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()
        self.field_boxes[reveal.FIELDS[0]].setFocus()

    def fields(self) -> list[str]:
        return [name for name, box in self.field_boxes.items() if box.isChecked()]

    def reason_code(self) -> str:
        return str(self.reason_box.currentData())

    def _edited(self) -> None:
        self._touched = True
        self._validate()

    def _validate(self) -> str | None | bool:
        """The reason's cleaned words (None where none are needed), or False when the form
        cannot be sent yet."""
        code = self.reason_code()
        self.text_edit.setPlaceholderText(
            translate("RevealDialog", "Who asked, which request or case")
            if reveal.needs_text(code) else translate("RevealDialog", "Optional"))
        try:
            text: str | None | bool = reveal.check_reason(code, self.text_edit.text())
            problem = None
        except ValueError as exc:
            text, problem = False, input_text(exc)
        shown = problem if self._touched else None
        self.text_error.setText(shown or "")
        self.text_error.setVisible(bool(shown))
        set_state(self.text_error, "blocked")
        self.ok_button.setEnabled(text is not False and bool(self.fields()) and not self.busy)
        fit_height(self)
        return text

    def submit(self) -> None:
        text = self._validate()
        fields = self.fields()
        if self.busy or text is False or not fields:
            self._touched = True
            self._validate()
            return
        self.busy = True
        self._validate()
        client, number, code = self.client, self.account.member_number, self.reason_code()
        # Pressed again after a lost answer, the same reveal keeps its id: audited once.
        asked = (tuple(fields), code, text or None)
        if self._operation is None or self._operation[0] != asked:
            self._operation = (asked, new_operation_id())
        operation_id = self._operation[1]
        (Op(self.taskman, self, lambda: client.reveal(number, fields, code, text or None,
                                                      operation_id=operation_id))
         .success(self._revealed)
         .failure(self._failed)
         .run())

    def _revealed(self, revealed: Revealed) -> None:
        self.busy = False
        self.connection_result.emit(None)
        self.revealed.emit(revealed)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        from ...errors import SupportDeskError

        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        self.error_label.setText(describe(error)[1])
        self.error_label.show()
        set_state(self.error_label, "blocked")
        self._validate()
