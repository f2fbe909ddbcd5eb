"""Cancel one of the member's flight awards by its booking code: the miles come back less the
cancellation fee, the taxes in full, the seats are freed.

The ledger shows each award with its code as the reference; opened on such an entry the code
is filled in and the refund previewed from it. The cancellation names the member, and the
backend cancels nothing if the code is not theirs.
"""

from __future__ import annotations

from collections.abc import Iterable
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...api.award_models import AwardBooking
from ...api.client import ApiClient
from ...api.models import LedgerEntry, MemberAccount
from ...domain.awards import cancel_award
from ...domain.identifiers import format_member_number
from ...operations import build
from .. import fmt
from ..credits.form import MAX_REASON, check_text
from ..forms.ui_cancel_award_dialog import Ui_CancelAwardDialog
from ..member.ledger_model import format_miles
from ..taskman import TaskManager
from ..writes import WriteDialog, fit_height, set_state
from . import form
from .route import upper_as_typed

if TYPE_CHECKING:
    from ..sync.controller import SyncController


class CancelAwardDialog(WriteDialog):
    cancelled = Signal(object)  # the AwardBooking, with what came back

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 entries: Iterable[LedgerEntry], parent: QWidget | None = None, *,
                 code: str = "", sync: SyncController | None = None) -> None:
        """`entries`: the ledger entries on screen, to find the award's redemption in."""
        super().__init__(taskman, client, parent, sync=sync)
        self.ui = ui = Ui_CancelAwardDialog()
        ui.setupUi(self)
        self.init_form(ui.errorLabel, ui.progressLabel)
        self.account = account
        entries = tuple(entries)
        self.redemptions = {e.reference: e for e in entries
                            if e.kind == "award_redemption" and e.reference}
        self.cancelled_codes = {e.reference for e in entries
                                if e.kind == "award_cancellation" and e.reference}
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("Cancel &award"))
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Cancel award — {0}").format(account.display_name))
        ui.memberLabel.setText(self.tr("{0} · {1} · balance {2} miles").format(
            account.display_name, format_member_number(account.member_number),
            format_miles(account.miles_balance)))
        self.messages.add("code", ui.codeEdit, ui.codeError)
        self.messages.add("reason", ui.reasonEdit, ui.reasonError)
        upper_as_typed(ui.codeEdit)
        ui.codeEdit.setText(code)
        ui.codeEdit.textChanged.connect(lambda _t: self._edited("code"))
        ui.reasonEdit.textChanged.connect(lambda _t: self._edited("reason"))
        self._validate()
        fit_height(self, shrink=True)
        (ui.reasonEdit if code else ui.codeEdit).setFocus()

    def _edited(self, name: str) -> None:
        self.checks.touch(name)
        self._validate()

    def _validate(self) -> tuple[str, str] | None:
        ui, checks = self.ui, self.checks
        checks.begin()
        code = checks.check("code", form.parse_code, ui.codeEdit.text())
        reason = checks.check("reason", check_text, ui.reasonEdit.text(), required=True,
                              limit=MAX_REASON)
        entry = self.redemptions.get(code) if code else None
        if entry is not None:
            ui.entryLabel.setText(self.tr("{0} · {1} miles on {2}").format(
                fmt.ledger_description(entry.description),
                format_miles(entry.miles, signed=True),
                fmt.local_date(entry.posted_at)))
        elif code:
            ui.entryLabel.setText(self.tr(
                "Not among the ledger entries loaded; the server checks that {0} is this "
                "member's award.").format(code))
        else:
            ui.entryLabel.clear()
        ui.entryLabel.setVisible(bool(ui.entryLabel.text()))
        self._preview(code, entry)
        ready = checks.complete and not self.busy and code not in self.cancelled_codes
        self.ok_button.setEnabled(ready)
        fit_height(self)
        return (code, reason) if ready else None

    def _preview(self, code: str | None, entry: LedgerEntry | None) -> None:
        label = self.ui.effectLabel
        if code in self.cancelled_codes:
            label.setText(self.tr("The ledger already shows award {0} as cancelled.")
                          .format(code))
            state = "blocked"
        elif entry is not None:
            refund = cancel_award(-entry.miles, Decimal(0),
                                  form.passengers_of(entry.description))
            label.setText("\n".join(form.cancel_lines(refund, self.account.miles_balance)))
            state = "pending"
        else:
            label.clear()
            state = ""
        label.setVisible(bool(label.text()))
        set_state(label, state)

    def submit(self) -> None:
        checked = self._validate()
        if checked is None:
            return
        code, reason = checked
        number = self.account.member_number
        operation = build.award_cancellation(
            number, code, reason,
            summary=self.tr("Cancellation of award {0}: {1}").format(code, reason))
        self.messages.clear_server()
        self.send_queued({"member": number, "code": code, "reason": reason}, operation,
                         self._done, progress=self.tr("Cancelling…"))

    def busy_changed(self, busy: bool) -> None:
        self.ui.codeEdit.setReadOnly(busy)
        self.ui.reasonEdit.setReadOnly(busy)
        self._validate()

    def _done(self, booking: AwardBooking) -> None:
        self.cancelled.emit(booking)
        self.accept()
