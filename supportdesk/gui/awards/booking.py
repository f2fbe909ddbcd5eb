"""What the award and upgrade dialogs share: the member and balance line, "enough miles?"
said before booking, and the booked result with its code to read out or copy."""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import Signal
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...api.award_models import AwardBooking
from ...api.client import ApiClient
from ...api.models import MemberAccount
from ...domain.identifiers import format_member_number
from ..member.ledger_model import format_miles
from ..taskman import TaskManager
from ..writes import WriteDialog, fit_height, repolish, set_state, translate
from . import form
from .route import preload_airports

if TYPE_CHECKING:
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)

BOOKING_STYLE = """
QLabel#codeLabel {
    font-family: "DejaVu Sans Mono", "Consolas", "Menlo", monospace;
    font-size: 20pt; font-weight: 600; color: #1f4e8c;
}
QFrame#resultBox { background: #eef6f0; border: 1px solid #b4d8bd; border-radius: 4px; }
QFrame#resultBox QLabel { background: transparent; border: none; }
QFrame#resultBox[pending="true"] { background: #fbecc6; border: 1px solid #e6c680; }
"""


def utc_today() -> dt.date:
    return dt.datetime.now(dt.UTC).date()  # the server's day


class BookingDialog(WriteDialog):
    """Base of the award and upgrade dialogs (its strings: context BookingDialog, as the
    subclasses' own tr() would look them up under their names)."""

    booked = Signal(object)  # the AwardBooking the server answered

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 sync: SyncController | None = None) -> None:
        super().__init__(taskman, client, parent, sync=sync)
        self.account = account
        self.balance = account.miles_balance
        self.today = today or utc_today()
        self.booking: AwardBooking | None = None

    def init_booking(self, ui: Any) -> None:
        """Call after `setupUi`: the form's shared parts and their wiring."""
        self.init_form(ui.errorLabel, ui.progressLabel, BOOKING_STYLE)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.close_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Close)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.copyButton.clicked.connect(self.copy_code)
        ui.previewLabel.setContentsMargins(8, 5, 8, 5)
        ui.resultBox.hide()
        ui.needLabel.hide()
        self._show_member()
        preload_airports(self.taskman, self)

    def submit(self) -> None:
        raise NotImplementedError

    def _show_member(self) -> None:
        account = self.account
        self.ui.memberLabel.setText(translate(
            "BookingDialog", "{0} · {1} · {2} · balance {3} miles").format(
            account.display_name, format_member_number(account.member_number), account.tier,
            format_miles(self.balance)))

    def show_need(self, miles: int | None) -> bool:
        """Say whether the balance covers `miles` (None: not known yet); True if it does."""
        label = self.ui.needLabel
        label.setVisible(miles is not None)
        if miles is None:
            return True
        enough = miles <= self.balance
        if enough:
            label.setText(translate(
                "BookingDialog", "Balance {0} miles → {1} miles after booking.").format(
                format_miles(self.balance), format_miles(self.balance - miles)))
        else:
            label.setText(translate(
                "BookingDialog",
                "Not enough miles: the balance is {0}, this needs {1} ({2} short).").format(
                    format_miles(self.balance), format_miles(miles),
                    format_miles(miles - self.balance)))
        set_state(label, "applied" if enough else "blocked")
        return enough

    def show_booking(self, booking: AwardBooking) -> None:
        ui = self.ui
        self.booking = booking
        self.balance = booking.balance
        self._show_member()
        ui.codeLabel.setText(booking.code)
        ui.resultLabel.setText(form.booking_summary(booking))
        repolish(ui.resultBox, "pending", False)
        ui.resultBox.show()
        self.messages.clear_server()
        self.booked.emit(booking)
        ui.copyButton.setFocus()
        fit_height(self, shrink=True)

    def copy_code(self) -> None:
        if self.booking is not None:
            QGuiApplication.clipboard().setText(self.booking.code)
            self.progress_label.setText(
                translate("BookingDialog", "Copied {0}.").format(self.booking.code))
