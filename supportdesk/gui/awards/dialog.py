"""Book a flight award for the member on screen: route, day, cabin and passengers checked as
the agent types, the price from the award chart at once (confirmed by the server's search),
the flights with seats left, and the booking code to read out.

A flight sold out meanwhile (409) is said plainly and the flights are searched again.

Offline (DESIGN.md §3) the seats cannot be seen: with the local store open the agent may book
provisionally — route, day, cabin and passengers priced from the chart are saved in the outbox,
the member is told "pending confirmation", and when the backend is back the day's first flight
with seats is booked; if none is left, it lands in "Needs attention" as a call-back.
"""

from __future__ import annotations

import datetime as dt
import logging
from dataclasses import dataclass
from decimal import Decimal
from typing import TYPE_CHECKING

from PySide6.QtCore import QDate, QModelIndex, Qt, Signal
from PySide6.QtWidgets import QHeaderView, QWidget

from ...api.award_models import Availability, AwardBooking, AwardFlight
from ...api.client import ApiClient
from ...api.models import MemberAccount
from ...domain.awards import AwardPrice, PassengerName, price_award
from ...domain.identifiers import InvalidIdentifier
from ...errors import Conflict, OfflineError, SupportDeskError
from ...operations import build
from ...store.outbox import Entry
from ..forms.ui_award_dialog import Ui_AwardDialog
from ..look import density, fit_rows
from ..member.ledger_model import format_miles
from ..messages import error_text, input_text
from ..taskman import Latest, Op, TaskManager
from ..writes import fit_height, offline_text, repolish
from . import form
from .booking import BookingDialog
from .model import FlightsModel
from .passengers import PassengerFields
from .route import RouteFields

if TYPE_CHECKING:
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)
SEARCH_DAYS_AHEAD = 361  # the chart sells about a year ahead


@dataclass(frozen=True)
class Search:
    origin: str
    destination: str
    date: dt.date
    cabin: str
    passengers: int


class AwardDialog(BookingDialog):
    provisional = Signal(str, str)  # summary, what to tell the member

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 sync: SyncController | None = None, replaces: Entry | None = None) -> None:
        super().__init__(taskman, client, account, parent, today=today, sync=sync)
        self.ui = ui = Ui_AwardDialog()
        ui.setupUi(self)
        fit_rows(self, density())  # the flights' rows at the agent's font
        self.init_booking(ui)
        self.setWindowTitle(self.tr("Book award — {0}").format(account.display_name))
        self.ok_button.setText(self.tr("&Book award"))
        self.latest = Latest()
        self.search: Search | None = None  # what the fields say, when valid
        self.quote: AwardPrice | None = None  # its price from the chart, offline
        self.shown: Availability | None = None  # the server's answer on screen
        self.shown_for: Search | None = None
        self.searching = False
        self.booked_for: Search | None = None  # the search the last booking was made in

        self.model = FlightsModel(self)
        view = ui.flightsView
        view.setModel(self.model)
        header = view.horizontalHeader()
        for column, width in enumerate((90, 80, 90)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        view.selectionModel().selectionChanged.connect(lambda *_: self._update())
        view.selectionModel().currentChanged.connect(self._current_changed)
        repolish(ui.flightsNote, "note", True)

        self.route = RouteFields(self.checks, ui, self._validate)
        self.names: tuple[PassengerName, ...] | None = None  # as on the ticket, when valid
        self.passengers = PassengerFields(
            self.checks, self, ui.dialogLayout, ui.dialogLayout.indexOf(ui.searchBox) + 1,
            self._validate, PassengerName(account.first_name, account.last_name))
        chain = [ui.passengersEdit, *self.passengers.edits(), ui.searchButton]
        for before, after in zip(chain, chain[1:]):
            self.setTabOrder(before, after)
        for value, _label in form.CABINS:
            ui.cabinCombo.addItem(form.cabin_label(value), value)
        ui.cabinCombo.setCurrentIndex(2)  # Business: what callers ask for most
        first = self.today - dt.timedelta(days=30)  # a past day is explained, not clamped
        last = self.today + dt.timedelta(days=SEARCH_DAYS_AHEAD)
        ui.dateEdit.setDateRange(QDate(first.year, first.month, first.day),
                                 QDate(last.year, last.month, last.day))
        ui.dateEdit.setDate(QDate(self.today.year, self.today.month, self.today.day))
        self.messages.add("date", ui.dateEdit, ui.dateError)
        self.messages.add("passengers", ui.passengersEdit, ui.passengersError)
        ui.dateEdit.dateChanged.connect(lambda _d: self._edited("date"))
        ui.passengersEdit.textChanged.connect(lambda _t: self._edited("passengers"))
        ui.cabinCombo.currentIndexChanged.connect(lambda _i: self._edited("cabin"))
        ui.searchButton.clicked.connect(self.run_search)
        if sync is not None:
            sync.changed.connect(self._sync_changed)  # a method: gone with the dialog
        self._validate()
        fit_height(self, shrink=True)
        ui.originEdit.setFocus()
        if replaces is not None:
            self._edit(replaces)

    def _edit(self, refused: Entry) -> None:
        """A provisional booking the backend refused, filled in as it was saved: the agent
        changes the day, cabin or route with the member, and books again. The new booking
        replaces the refused one (closed as resubmitted when it is saved)."""
        ui, body = self.ui, refused.operation.body
        self.replaces = refused
        self.setWindowTitle(self.tr("Book again — {0}").format(self.account.display_name))
        self.route.edits["origin"].setText(body["origin"])
        self.route.edits["destination"].setText(body["destination"])
        day = dt.date.fromisoformat(body["date"])
        ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
        index = ui.cabinCombo.findData(body["cabin"])
        if index >= 0:
            ui.cabinCombo.setCurrentIndex(index)
        ui.passengersEdit.setText(str(body["passengers"]))
        self.passengers.fill(body.get("passenger_names") or ())
        if refused.note:
            self.messages.set_bottom(self.tr(
                "Not confirmed: {0} Change the day, cabin or route with the member and book "
                "again; it replaces the refused booking.").format(refused.note))
        ui.dateEdit.setFocus()
        if not self.offline:
            self.run_search()

    # -- the search as typed ----------------------------------------------------------------

    def _edited(self, name: str) -> None:
        self.checks.touch(name)
        self._validate()

    def _validate(self) -> None:
        ui, checks = self.ui, self.checks
        checks.begin()
        origin, destination = self.route.check()
        day = checks.check("date", form.check_date, ui.dateEdit.date().toPython(), self.today)
        passengers = checks.check("passengers", form.parse_passengers,
                                  ui.passengersEdit.text())
        cabin = ui.cabinCombo.currentData()
        self.search = Search(origin, destination, day, cabin, passengers) \
            if checks.complete else None
        # The names are not part of the search (the seats do not depend on them); checked
        # after it, so a name still being typed does not hide the flights.
        if passengers is not None:
            self.passengers.set_count(passengers)
        self.names = self.passengers.check()
        self.quote = None
        if self.search is not None:
            try:
                self.quote = price_award(origin, destination, cabin, passengers)
            except InvalidIdentifier as exc:  # the chart cannot price it: say so, do not send
                checks.report("destination", input_text(exc), show=True)
                self.search = None
        if self.search != self.shown_for:
            # The flights on screen belong to another search: gone, until searched again.
            self.model.clear()
            self.shown = self.shown_for = None
        self._update()

    def _price(self) -> tuple[int, Decimal] | None:
        """The price that applies: the server's for the search on screen, else the chart's."""
        if self.shown is not None and self.search == self.shown_for:
            return self.shown.price.miles, self.shown.price.fees_eur
        if self.quote is not None:
            return self.quote.miles, self.quote.fees_eur
        return None

    def _show_price(self) -> None:
        ui, quote = self.ui, self.quote
        if quote is None:
            ui.previewLabel.setText(self.tr(
                "The price appears here once both airports, the date and the passengers are "
                "valid."))
            return
        lines = form.award_lines(quote)
        if self.shown is None or self.search != self.shown_for:
            lines.append(self.tr("From the award chart (offline). Search to see the seats."))
        elif (self.shown.price.miles, self.shown.price.fees_eur) == (quote.miles,
                                                                     quote.fees_eur):
            lines.append(self.tr("✓ Confirmed by the server."))
        else:
            lines.append(self.tr("The server prices it at {0}; the server's price applies.")
                         .format(form.price_text(self.shown.price.miles,
                                                 self.shown.price.fees_eur)))
        ui.previewLabel.setText("\n".join(lines))

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        """Going into the list (Alt+F, Tab) chooses the flight under the cursor."""
        view = self.ui.flightsView
        if current.isValid() and not view.selectionModel().hasSelection() \
                and self.model.flags(current) & Qt.ItemFlag.ItemIsSelectable:
            view.selectRow(current.row())

    def _sync_changed(self, _state: object) -> None:
        self._update()

    @property
    def offline(self) -> bool:
        """The seats cannot be seen, but a provisional booking can be saved."""
        sync = self.sync
        return sync is not None and sync.available and sync.state.offline

    @property
    def provisional_mode(self) -> bool:
        """Book provisionally: offline, and no flights of this search on screen. Flights the
        server showed stay bookable the usual way — after a timeout the same booking must be
        retried under the same operation id, never turned into a second, provisional one."""
        search = self.search
        return (self.offline and search is not None and search != self.shown_for
                and search != self.booked_for)

    def selected_flight(self) -> AwardFlight | None:
        if self.search is None or self.search != self.shown_for:
            return None
        rows = self.ui.flightsView.selectionModel().selectedRows()
        return self.model.flight(rows[0].row()) if rows else None

    def _update(self) -> None:
        """Buttons, notes and the balance check for the state the dialog is in."""
        ui = self.ui
        self._show_price()
        price = self._price()
        flight = self.selected_flight()
        # Right after a booking the balance line would be about a booking nobody asked for.
        just_booked = self.booked_for is not None and self.search == self.booked_for \
            and flight is None
        enough = self.show_need(price[0] if price and not just_booked else None)
        current = self.search is not None and self.search == self.shown_for
        offline = self.provisional_mode
        named = self.names is not None
        if offline:
            ready = (self.search is not None and self.quote is not None and enough
                     and named and not self.busy)
        else:
            ready = (current and flight is not None and flight.available and enough
                     and named and not self.searching and not self.busy)
        self.ok_button.setEnabled(ready)
        self.ok_button.setText(self.tr("Book pro&visionally") if offline
                               else self.tr("&Book award"))
        ui.searchButton.setEnabled(self.search is not None and not self.busy)
        # Return searches until a flight is chosen, then books it.
        self.ok_button.setDefault(ready)
        ui.searchButton.setDefault(not ready)
        if offline and self.search is not None:
            note = self.tr("Offline: the seats cannot be seen. Book provisionally (Return): "
                           "when the backend is back, the first flight of the day with seats "
                           "is booked; tell the member it is pending confirmation.")
        elif self.offline and self.search is not None and self.search == self.booked_for:
            note = self.tr("Saved provisionally: read the sentence below to the member.")
        elif self.searching:
            note = self.tr("Searching…")
        elif self.search is None:
            note = self.tr("Fill in the route, date and passengers, then Search.")
        elif not current:
            note = self.tr("Press Search (Return) to see the flights and seats.")
        elif not self.model.rowCount():
            note = self.tr("No award flights on this day; try another day.")
        else:
            note = self.tr("{0} of {1} flights with seats for {2}: choose one (Alt+F, ↑/↓), "
                           "then Book (Return).").format(self.model.available_count(),
                                                    self.model.rowCount(),
                                                    self.search.passengers)
        ui.flightsNote.setText(note)
        if not enough:
            tip = self.tr("Not enough miles for this award.")
        elif not named and (offline or (current and flight is not None)):
            tip = self.tr("Name each passenger as on the ticket: given name and surname.")
        elif offline and ready:
            tip = self.tr("Save it as a provisional booking, confirmed when the backend is "
                          "back")
        elif not ready:
            tip = self.tr("Search, then choose a flight with seats left.")
        else:
            tip = self.tr("Book {0} for %n passenger(s)", "", self.search.passengers).format(
                flight.flight_number)
        self.ok_button.setToolTip(tip)
        fit_height(self)

    # -- searching ----------------------------------------------------------------------------

    def run_search(self) -> None:
        search = self.search
        if search is None or self.busy:
            return
        ticket, client = self.latest.next(), self.client
        self.searching = True
        self.progress_label.setText(self.tr("Searching…"))
        self._update()
        (Op(self.taskman, self,
            lambda: client.award_availability(search.origin, search.destination, search.date,
                                              search.cabin, search.passengers))
         .success(lambda found: self._found(ticket, search, found))
         .failure(lambda error: self._search_failed(ticket, error))
         .run())

    def _found(self, ticket: int, search: Search, found: Availability) -> None:
        if not self.latest.is_current(ticket):
            return  # an older search answered late
        self.searching = False
        self.progress_label.clear()
        self.connection_result.emit(None)
        if search == self.search:  # else the fields changed meanwhile: not shown
            self.shown, self.shown_for = found, search
            # Focus stays where it is: a second Return must not book what nobody chose.
            self.model.set_flights(found.flights, search.passengers)
        self._update()
        fit_height(self, shrink=True)

    def _search_failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        self.searching = False
        self.progress_label.clear()
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        if isinstance(error, OfflineError):
            # A search changes nothing: no "press again" advice; the chart price still holds.
            self.messages.clear_server()
            self.messages.set_bottom(self.tr(
                "{0} The price above is from the award chart and holds offline; search again "
                "when the backend is back.").format(error_text(error)))
        else:
            self.messages.show_error(error)
        self._update()

    # -- booking ------------------------------------------------------------------------------

    def submit(self) -> None:
        self._validate()
        if self.provisional_mode and self.search is not None:
            self._submit_provisional(self.search)
            return
        flight, search, names = self.selected_flight(), self.search, self.names
        if not self.ok_button.isEnabled() or flight is None or search is None or not names:
            return
        number = self.account.member_number
        payload = {"member": number, "inventory_id": flight.inventory_id,
                   "passengers": search.passengers, "names": names}
        summary = self.tr("Award {0} {1}–{2} on {3}, {4}, %n passenger(s)", "",
                          search.passengers).format(
            flight.flight_number, search.origin, search.destination,
            search.date.strftime("%d.%m.%Y"), form.cabin_label(search.cabin))
        operation = build.award_booking(number, flight.inventory_id, names, summary=summary)
        self.messages.clear_server()
        self.send_queued(payload, operation, self._booked, failed=self._book_failed,
                         progress=self.tr("Booking…"))

    def _submit_provisional(self, search: Search) -> None:
        names = self.names
        if not self.ok_button.isEnabled() or self.quote is None or not names:
            return
        number = self.account.member_number
        route = {"origin": search.origin, "destination": search.destination,
                 "date": search.date, "cabin": search.cabin}
        summary = self.tr("Award {0}–{1} on {2}, {3}, %n passenger(s): {4} miles "
                          "(provisional)", "", search.passengers).format(
            search.origin, search.destination, search.date.strftime("%d.%m.%Y"),
            form.cabin_label(search.cabin), format_miles(self.quote.miles))
        operation = build.award_on_route(number, **route, names=names, summary=summary)
        self.messages.clear_server()
        self.send_queued({"member": number, "provisional": True, "names": names, **route},
                         operation, self._booked, self._saved_provisional,
                         failed=self._book_failed, progress=self.tr("Saving…"))

    def _saved_provisional(self, entry: Entry) -> None:
        """Saved, not booked: the agent says so to the member, in these words."""
        ui = self.ui
        self.booked_for = self.search
        what = offline_text(entry.operation)
        ui.codeLabel.setText(self.tr("PENDING"))
        names = form.names_line(PassengerName(n["given_name"], n["surname"])
                                for n in entry.operation.body.get("passenger_names") or ())
        ui.resultLabel.setText("\n".join(
            line for line in (entry.operation.summary, names, what) if line))
        repolish(ui.resultBox, "pending", True)  # amber: not booked yet
        ui.resultBox.show()
        ui.copyButton.setEnabled(False)
        self.provisional.emit(entry.operation.summary, what)
        self._update()
        self.close_button.setFocus()
        fit_height(self, shrink=True)

    def busy_changed(self, busy: bool) -> None:
        ui = self.ui
        for widget in (ui.originEdit, ui.destinationEdit, ui.dateEdit, ui.cabinCombo,
                       ui.passengersEdit, ui.flightsView):
            widget.setEnabled(not busy)
        self.passengers.set_enabled(not busy)
        self._update()

    def _booked(self, booking: AwardBooking) -> None:
        self.booked_for = self.search
        self.ui.copyButton.setEnabled(True)
        self.show_booking(booking)
        self.run_search()  # the seats left have changed

    def _book_failed(self, error: SupportDeskError) -> bool:
        if isinstance(error, Conflict):
            # Sold out meanwhile: say so and show what is left now.
            self.messages.show_error(error)
            self.run_search()
            return True
        return False
