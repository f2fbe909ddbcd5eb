"""Reverse one ledger entry of the member on screen (supervisors): the entry, the effect on the
balance, and a required reason. The server posts the opposite entry, once."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...api.client import ApiClient
from ...api.models import LedgerEntry, MemberAccount, Reversal
from ...domain.identifiers import format_member_number
from ...operations import build
from .. import fmt
from ..forms.ui_reversal_dialog import Ui_ReversalDialog
from ..member.ledger_model import KIND_LABELS, format_miles
from ..messages import input_text
from ..taskman import TaskManager
from ..writes import WriteDialog, fit_height, set_state
from . import form

if TYPE_CHECKING:
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)


class ReversalDialog(WriteDialog):
    reversed = Signal(object)  # the Reversal the server answered

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 entry: LedgerEntry, parent: QWidget | None = None, *,
                 reversed_by: int | None = None, sync: SyncController | None = None) -> None:
        """`reversed_by`: the id of an entry on screen that already reverses this one."""
        super().__init__(taskman, client, parent, sync=sync)
        self.ui = ui = Ui_ReversalDialog()
        ui.setupUi(self)
        self.init_form(ui.errorLabel, ui.progressLabel)
        self.account = account
        self.entry = entry
        self._touched = False
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Re&verse entry"))
        self.messages.add("reason", ui.reasonEdit, ui.reasonError)

        self.setWindowTitle(self.tr("Reverse entry — {0}").format(account.display_name))
        ui.introLabel.setText(self.tr(
            "Reverse this entry of {0} ({1})? An entry with the opposite miles is posted; "
            "the original stays in the ledger. An entry can be reversed once.").format(
                account.display_name, format_member_number(account.member_number)))
        ui.dateValue.setText(fmt.moment(entry.posted_at))
        ui.typeValue.setText(QCoreApplication.translate(
            "LedgerModel", KIND_LABELS.get(entry.kind, entry.kind)))
        ui.descriptionValue.setText(fmt.ledger_description(entry.description))
        ui.referenceValue.setText(entry.reference or "—")
        ui.milesValue.setText(format_miles(entry.miles, signed=True))
        # The entry is named by its date, type, text and miles: its number is the system's.
        ui.entryCaption.hide()
        ui.entryValue.hide()

        after = account.miles_balance - entry.miles
        self.blocked = ""
        if entry.kind == "reversal":
            self.blocked = self.tr(
                "A reversal cannot itself be reversed; propose a correction credit instead.")
        elif reversed_by is not None:
            self.blocked = self.tr("This entry was already reversed.")
        elif after < 0:
            self.blocked = self.tr(
                "Reversing {0} miles would leave the balance at {1}: the miles were already "
                "spent.").format(format_miles(entry.miles), format_miles(after))
        if self.blocked:
            ui.effectLabel.setText(self.blocked)
            set_state(ui.effectLabel, "blocked")
        else:
            ui.effectLabel.setText(self.tr(
                "Balance after the reversal: {0} → {1} miles ({2}).").format(
                    format_miles(account.miles_balance), format_miles(after),
                    format_miles(-entry.miles, signed=True)))
            set_state(ui.effectLabel, "pending")

        ui.reasonEdit.textChanged.connect(self._edited)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self._validate()
        ui.reasonEdit.setFocus()

    def _edited(self) -> None:
        self._touched = True
        self.messages.edited("reason")
        self._validate()

    def _validate(self) -> str | None:
        try:
            reason = form.check_text(self.ui.reasonEdit.text(), required=True,
                                     limit=form.MAX_REASON)
            problem = None
        except ValueError as exc:
            reason, problem = None, input_text(exc)
        self.messages.set_local("reason", problem if self._touched else None)
        self.ok_button.setEnabled(reason is not None and not self.busy and not self.blocked)
        fit_height(self)
        return reason

    def submit(self) -> None:
        reason = self._validate()
        if self.busy or reason is None or self.blocked:
            return
        entry_id, number = self.entry.id, self.account.member_number
        operation = build.reversal(
            entry_id, reason, number,
            summary=self.tr("Reversal of “{0}” of {1} ({2} miles): {3}").format(
                fmt.ledger_description(self.entry.description),
                fmt.local_date(self.entry.posted_at),
                format_miles(self.entry.miles, signed=True), reason))
        self.send_queued({"entry": entry_id, "member": number, "reason": reason}, operation,
                         self._reversed)

    def busy_changed(self, busy: bool) -> None:
        self.ui.reasonEdit.setReadOnly(busy)
        self._validate()

    def _reversed(self, reversal: Reversal) -> None:
        self.reversed.emit(reversal)
        self.accept()
