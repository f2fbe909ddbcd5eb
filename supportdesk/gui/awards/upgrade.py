"""Upgrade one of the member's paid tickets to a higher cabin with miles.

The price comes first: once the ticket number is complete the dialog asks the server for the
quote (GET /upgrades/quote: the ticket's next flight that has not left, its miles from the
award chart, the member's miles before and after), and Book is enabled only while that quote,
for this ticket and cabin, is on screen and the miles cover it. A flight that has left is
refused by the server (flight-departed) and said here; nothing is offered.

Without the backend the quote cannot be had: if the caller names the flight's route and booked
cabin, the price is worked out from the core's award chart and set against the balance on the
member page (its time said), labelled as such; upgrades are not booked offline.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QWidget

from ...api.award_models import AwardBooking, UpgradeQuote
from ...api.client import ApiClient
from ...api.models import MemberAccount
from ...domain.awards import UpgradePrice, price_upgrade
from ...domain.fares import parse_cabin
from ...domain.identifiers import InvalidIdentifier
from ...errors import Conflict, OfflineError, SupportDeskError, ValidationFailed
from ...operations import build
from ..credits.form import parse_ticket
from ..forms.ui_upgrade_dialog import Ui_UpgradeDialog
from ..member.ledger_model import format_miles
from ..messages import error_text, input_text
from ..taskman import Latest, Op, TaskManager
from ..writes import fit_height, repolish, set_quietly, set_state
from . import form
from .booking import BookingDialog
from .route import RouteFields

if TYPE_CHECKING:
    from ..sync.controller import SyncController


class UpgradeDialog(BookingDialog):
    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 sync: SyncController | None = None, as_of: str = "") -> None:
        """`as_of`: when the member page's balance was read (said with an offline price)."""
        super().__init__(taskman, client, account, parent, today=today, sync=sync)
        self.ui = ui = Ui_UpgradeDialog()
        ui.setupUi(self)
        self.init_booking(ui)
        self.setWindowTitle(self.tr("Upgrade award — {0}").format(account.display_name))
        self.ok_button.setText(self.tr("&Book upgrade"))
        self.as_of = as_of
        self.ticket: str | None = None
        self.latest = Latest()
        self.asked: tuple[str, str] | None = None  # (ticket, cabin) the quote is for
        self.server_quote: UpgradeQuote | None = None  # the server's, for `asked`
        self.quoting = False
        self.quote_problem: str | None = None  # why the server gave no price for `asked`
        self.unreachable = False  # the quote could not be asked: offline
        self.quote: UpgradePrice | None = None  # the chart's, from the caller's route

        for value, _label in form.CABINS[1:]:
            ui.toCabinCombo.addItem(form.cabin_label(value), value)
        ui.toCabinCombo.setCurrentIndex(1)  # Business
        ui.fromCabinCombo.addItem(self.tr("not known"), None)
        for value, _label in form.CABINS[:-1]:
            ui.fromCabinCombo.addItem(form.cabin_label(value), value)
        ui.quoteBox.setTitle(self.tr("Without the backend: a price from the award chart"))
        ui.quoteNote.setText(self.tr(
            "The server prices the upgrade from the ticket's next flight and shows it above "
            "before anything is booked. If the backend cannot be reached, the caller's route "
            "and booked cabin give a price from the award chart."))
        repolish(ui.quoteNote, "note", True)
        self.messages.add("ticket_number", ui.ticketEdit, ui.ticketError)
        self.messages.add("to_cabin", ui.toCabinCombo, ui.toCabinError)
        self.messages.add("from_cabin", ui.fromCabinCombo, ui.fromCabinError)
        self.route = RouteFields(self.checks, ui, self._validate)
        ui.ticketEdit.textChanged.connect(lambda _t: self._edited("ticket_number"))
        ui.toCabinCombo.currentIndexChanged.connect(lambda _i: self._edited("to_cabin"))
        ui.fromCabinCombo.currentIndexChanged.connect(lambda _i: self._edited("from_cabin"))
        if sync is not None:
            sync.changed.connect(self._sync_changed)  # a method: gone with the dialog
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
        wanted = (self.ticket, to_cabin) if self.ticket is not None else None
        if wanted != self.asked:  # another ticket or cabin: the price on screen is not its
            self.asked, self.server_quote, self.quote_problem = wanted, None, None
            self.unreachable = False
            self.messages.clear_server()
            if wanted is not None and not self.busy:
                self._ask(wanted)
            else:
                self.latest.next()  # an answer for the old ask is dropped
                self.quoting = False
        self._show()

    # -- the price, from the server ------------------------------------------------------

    def _ask(self, wanted: tuple[str, str]) -> None:
        ticket, client, number = self.latest.next(), self.client, self.account.member_number
        self.quoting = True
        self.progress_label.setText(self.tr("Asking the server for the price…"))
        (Op(self.taskman, self, lambda: client.upgrade_quote(number, *wanted))
         .success(lambda found: self._quoted(ticket, wanted, found))
         .failure(lambda error: self._not_quoted(ticket, wanted, error))
         .run())

    def _quoted(self, ticket: int, wanted: tuple[str, str], found: UpgradeQuote) -> None:
        if not self.latest.is_current(ticket) or wanted != self.asked:
            return  # the fields changed meanwhile
        self.quoting = False
        self.progress_label.clear()
        self.connection_result.emit(None)
        self.server_quote = found
        self.balance = found.balance  # the balance now, as the server priced it against
        self._show_member()
        self._show()
        fit_height(self, shrink=True)

    def _not_quoted(self, ticket: int, wanted: tuple[str, str], error: BaseException) -> None:
        if not self.latest.is_current(ticket) or wanted != self.asked:
            return
        self.quoting = False
        self.progress_label.clear()
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        if isinstance(error, OfflineError):
            self.unreachable = True
            self.messages.set_bottom(error_text(error), "pending")
        else:  # flight-departed, no such ticket of this member, no upgrade to that cabin…
            self.quote_problem = error_text(error)
            self.messages.show_error(error)
        self._show()

    def _sync_changed(self, _state: object) -> None:
        sync = self.sync
        if self.unreachable and self.asked is not None and not self.quoting \
                and not self.busy and sync is not None and not sync.state.offline:
            self.unreachable = False
            self.messages.set_bottom("")
            self._ask(self.asked)  # the backend is back: the real price, then Book

    def _show(self) -> None:
        """The price on screen, the miles left after it, and whether Book may be pressed."""
        ui, quote, chart = self.ui, self.server_quote, self.quote
        lines: list[str] = []
        need: int | None = None
        if quote is not None:
            f = quote.flight
            at = self.tr(" at {0}").format(f.departure_time) if f.departure_time else ""
            lines.append(self.tr("Next flight: {0} {1}–{2} on {3}{4}, booked in {5}").format(
                f.flight_number, f.origin, f.destination, f.date, at,
                form.cabin_label(quote.from_cabin)))
            lines += form.upgrade_lines(price_upgrade(f.origin, f.destination, quote.from_cabin,
                                                      quote.to_cabin))[1:]
            lines.append(self.tr("✓ Priced by the server: {0}.").format(
                form.price_text(quote.miles, quote.fees_eur)))
            need = quote.miles
        elif self.quoting:
            lines.append(self.tr("Asking the server for the price of this upgrade…"))
        elif self.quote_problem:
            lines.append(self.tr("No price: {0}").format(self.quote_problem))
        elif self.unreachable and chart is not None:
            lines += form.upgrade_lines(chart)
            lines.append(self.tr(
                "From the award chart (offline), against the balance on the member page "
                "{0}. Upgrades are booked only with the server's price.").format(self.as_of))
            need = chart.miles
        elif self.unreachable:
            lines.append(self.tr(
                "Offline: the server cannot price the upgrade. For a price from the award "
                "chart, enter the route and booked cabin of the ticket's next flight."))
        else:
            lines.append(self.tr("Enter the ticket number: the server prices the upgrade "
                                 "from its next flight before anything is booked."))
        ui.previewLabel.setText("\n".join(lines))
        after_booking = self.booking is not None and self.ticket is None
        enough = self.show_need(None if after_booking else need)
        if quote is not None and not enough:
            self.ui.needLabel.setText(self.tr(
                "Not enough miles: the balance is {0}, this upgrade needs {1} ({2} short). "
                "It cannot be booked.").format(format_miles(quote.balance),
                                               format_miles(quote.miles),
                                               format_miles(quote.miles - quote.balance)))
            set_state(self.ui.needLabel, "blocked")
        # Book only what the server priced, for this ticket and cabin, and the miles cover.
        ready = quote is not None and quote.enough and enough and not self.busy
        self.ok_button.setEnabled(ready)
        if ready:
            tip = self.tr("Upgrade ticket {0} to {1} for {2} miles").format(
                self.ticket, form.cabin_label(quote.to_cabin), format_miles(quote.miles))
        elif self.ticket is None:
            tip = self.tr("Enter the member's 13-digit ticket number.")
        elif self.quoting:
            tip = self.tr("Wait for the server's price.")
        elif quote is not None:
            tip = self.tr("Not enough miles for this upgrade.")
        elif self.unreachable:
            tip = self.tr("Upgrades are not booked offline.")
        else:
            tip = self.tr("The server gave no price for this upgrade.")
        self.ok_button.setToolTip(tip)
        fit_height(self)

    def _quote(self, to_cabin: str, from_cabin: str | None) -> UpgradePrice | None:
        """The chart price when the caller named the flight (for when the server cannot be
        asked); its problems are said against the quote's own fields."""
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

    # -- booking ------------------------------------------------------------------------------

    def submit(self) -> None:
        self._show()
        ticket, quote = self.ticket, self.server_quote
        if not self.ok_button.isEnabled() or ticket is None or quote is None:
            return
        number = self.account.member_number
        summary = self.tr("Upgrade of ticket {0} to {1}: {2} miles").format(
            ticket, form.cabin_label(quote.to_cabin), format_miles(quote.miles))
        operation = build.upgrade(number, ticket, quote.to_cabin, summary=summary)
        self.messages.clear_server()
        self.send_queued({"member": number, "ticket": ticket, "to_cabin": quote.to_cabin},
                         operation, self._booked, failed=self._book_failed,
                         progress=self.tr("Booking…"))

    def _book_failed(self, error: SupportDeskError) -> bool:
        """Refused (the flight left meanwhile, the miles were spent elsewhere): the price on
        screen no longer holds; it is asked again while the refusal is shown."""
        if isinstance(error, (Conflict, ValidationFailed)) and self.asked is not None:
            self.server_quote = None
            self._ask(self.asked)
        return False

    def busy_changed(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.ticketEdit, ui.toCabinCombo, ui.originEdit, ui.destinationEdit,
                       ui.fromCabinCombo):
            widget.setEnabled(not busy)
        self._show()

    def _booked(self, booking: AwardBooking) -> None:
        self.show_booking(booking)
        # The ticket is upgraded now: a second press must not upgrade it again.
        set_quietly(self.ui.ticketEdit, "")
        self.checks.touched.discard("ticket_number")
        self._validate()
