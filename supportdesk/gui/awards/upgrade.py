"""Upgrade one of the member's paid tickets to a higher cabin with miles.

The server prices the upgrade from the ticket's next flight. When the caller says which
flight and cabin that is, the dialog quotes the price from the award chart before booking;
otherwise the server's price is shown with the booking.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...api.award_models import AwardBooking
from ...api.client import ApiClient
from ...api.models import MemberAccount
from ...domain.awards import UpgradePrice, price_upgrade
from ...domain.fares import parse_cabin
from ...domain.identifiers import InvalidIdentifier
from ...operations import build
from ..credits.form import parse_ticket
from ..forms.ui_upgrade_dialog import Ui_UpgradeDialog
from ..messages import input_text
from ..taskman import TaskManager
from ..writes import fit_height, repolish, set_quietly
from . import form
from .booking import BookingDialog
from .route import RouteFields

if TYPE_CHECKING:
    from ..sync.controller import SyncController


class UpgradeDialog(BookingDialog):
    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 sync: SyncController | None = None) -> None:
        super().__init__(taskman, client, account, parent, today=today, sync=sync)
        self.ui = ui = Ui_UpgradeDialog()
        ui.setupUi(self)
        self.init_booking(ui)
        self.setWindowTitle(self.tr("Upgrade award — {0}").format(account.display_name))
        self.ok_button.setText(self.tr("&Book upgrade"))
        self.ticket: str | None = None
        self.direction_ok = True
        self.quote: UpgradePrice | None = None

        for value, _label in form.CABINS[1:]:
            ui.toCabinCombo.addItem(form.cabin_label(value), value)
        ui.toCabinCombo.setCurrentIndex(1)  # Business
        ui.fromCabinCombo.addItem(self.tr("not known"), None)
        for value, _label in form.CABINS[:-1]:
            ui.fromCabinCombo.addItem(form.cabin_label(value), value)
        ui.quoteNote.setText(self.tr(
            "The server prices the upgrade from the ticket's next flight. If the caller says "
            "which flight that is, the price is quoted here before booking."))
        repolish(ui.quoteNote, "note", True)
        self.messages.add("ticket_number", ui.ticketEdit, ui.ticketError)
        self.messages.add("to_cabin", ui.toCabinCombo, ui.toCabinError)
        self.messages.add("from_cabin", ui.fromCabinCombo, ui.fromCabinError)
        self.route = RouteFields(self.checks, ui, self._validate)
        ui.ticketEdit.textChanged.connect(lambda _t: self._edited("ticket_number"))
        ui.toCabinCombo.currentIndexChanged.connect(lambda _i: self._edited("to_cabin"))
        ui.fromCabinCombo.currentIndexChanged.connect(lambda _i: self._edited("from_cabin"))
        self._validate()
        fit_height(self, shrink=True)
        ui.ticketEdit.setFocus()

    def _edited(self, name: str) -> None:
        self.checks.touch(name)
        self._validate()

    def _validate(self) -> None:
        ui, checks = self.ui, self.checks
        checks.begin()
        self.ticket = checks.check("ticket_number", parse_ticket, ui.ticketEdit.text())
        to_cabin, from_cabin = ui.toCabinCombo.currentData(), ui.fromCabinCombo.currentData()
        self.quote = self._quote(to_cabin, from_cabin)
        if self.quote is not None:
            lines = form.upgrade_lines(self.quote)
            lines.append(self.tr("From the award chart (offline); the server prices it from "
                                 "the ticket when booking."))
        else:
            lines = [self.tr("No quote: the server's price is shown with the booking.")]
        ui.previewLabel.setText("\n".join(lines))
        # Right after a booking (the ticket field cleared) the line would be about nothing.
        after_booking = self.booking is not None and self.ticket is None
        enough = self.show_need(self.quote.miles if self.quote and not after_booking else None)
        # A half-typed quote is only a quote; an upgrade to a lower cabin would be refused.
        ready = self.ticket is not None and self.direction_ok and enough and not self.busy
        self.ok_button.setEnabled(ready)
        if ready:
            tip = self.tr("Upgrade ticket {0} to {1}").format(self.ticket,
                                                              form.cabin_label(to_cabin))
        elif self.ticket is None:
            tip = self.tr("Enter the member's 13-digit ticket number.")
        elif not self.direction_ok:
            tip = self.tr("An upgrade goes to a higher cabin than the booked one.")
        else:
            tip = self.tr("Not enough miles for this upgrade.")
        self.ok_button.setToolTip(tip)
        fit_height(self)

    def _quote(self, to_cabin: str, from_cabin: str | None) -> UpgradePrice | None:
        """The chart price when the caller named the flight; its problems block booking only
        where the server would refuse too (an upgrade that is no upgrade)."""
        self.direction_ok = True
        asked = not self.route.empty or from_cabin is not None
        origin, destination = self.route.check(report=asked)
        if not asked:
            self.checks.report("from_cabin", None)
            return None
        if from_cabin is None:
            self.checks.report("from_cabin", self.tr("Choose the cabin the ticket is booked "
                                                     "in, or clear the route."), show=True)
            return None
        if parse_cabin(from_cabin).rank >= parse_cabin(to_cabin).rank:
            self.direction_ok = False
            self.checks.report("from_cabin", self.tr(
                "An upgrade goes to a higher cabin than {0}.").format(
                    form.cabin_label(from_cabin)), show=True)
            return None
        self.checks.report("from_cabin", None)
        if origin is None or destination is None:
            return None
        try:
            return price_upgrade(origin, destination, from_cabin, to_cabin)
        except InvalidIdentifier as exc:
            self.checks.report("from_cabin", input_text(exc), show=True)
            return None

    def submit(self) -> None:
        self._validate()
        ticket, to_cabin = self.ticket, self.ui.toCabinCombo.currentData()
        if not self.ok_button.isEnabled() or ticket is None:
            return
        number = self.account.member_number
        summary = self.tr("Upgrade of ticket {0} to {1}").format(
            ticket, form.cabin_label(to_cabin))
        operation = build.upgrade(number, ticket, to_cabin, summary=summary)
        self.messages.clear_server()
        self.send_queued({"member": number, "ticket": ticket, "to_cabin": to_cabin},
                         operation, self._booked, progress=self.tr("Booking…"))

    def busy_changed(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.ticketEdit, ui.toCabinCombo, ui.originEdit, ui.destinationEdit,
                       ui.fromCabinCombo):
            widget.setEnabled(not busy)
        self._validate()

    def _booked(self, booking: AwardBooking) -> None:
        self.show_booking(booking)
        # The ticket is upgraded now: a second press must not upgrade it again.
        set_quietly(self.ui.ticketEdit, "")
        self.checks.touched.discard("ticket_number")
        self._validate()
