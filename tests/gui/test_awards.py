"""Award bookings, sold-out flights, cancellations and upgrades through the real widgets
against the real server."""

from __future__ import annotations

import datetime as dt
from zoneinfo import ZoneInfo

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from sqlalchemy import func, select

from supportdesk.api.award_models import AwardFlight
from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.domain.awards import price_upgrade
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import FieldError, ValidationFailed
from supportdesk.gui.awards.cancel import CancelAwardDialog
from supportdesk.gui.awards.dialog import AwardDialog
from supportdesk.gui.awards.model import FlightsModel
from supportdesk.gui.awards.upgrade import UpgradeDialog
from supportdesk.gui.member.ledger_model import format_miles
from supportdesk.server import db

from ..helpers.awards import (
    add_ticket,
    fund,
    future_economy_ticket,
    inventory,
    passengers,
    seats,
    server_clock,
    set_seats,
    utc_day,
)
from ..helpers.gui import WAIT, fill, screenshot
from ..helpers.gui_awards import (
    CTRL,
    choose_first_flight,
    fill_search,
    open_dialog,
    search,
    type_name,
)
from ..helpers.gui_members import open_member, shown_balance
from ..helpers.ledger import balance

DEPARTED_DAY = dt.date(2031, 1, 17)  # beyond the seeded days; Frankfurt is UTC+1


def redemptions(live_server, code: str) -> int:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(func.count()).select_from(db.ledger).where(
            db.ledger.c.kind == "award_redemption", db.ledger.c.reference == code)).scalar_one()


def test_an_agent_books_a_business_award_and_miles_and_seat_go_once(qtbot, sessions,
                                                                    live_server):
    number = demo_member_number(950)
    fund(live_server, number)
    day = utc_day(4)
    seat = inventory(live_server, "FRA", "JFK", day, "Business")
    set_seats(live_server, seat, 3)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    before = shown_balance(window)
    assert "Ctrl+B" in member.ui.bookAwardButton.toolTip()
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    assert isinstance(dialog, AwardDialog)
    ui = dialog.ui
    fill_search(qtbot, dialog, "fra", "jfk", day)
    assert ui.originEdit.text() == "FRA" and "Frankfurt" in ui.originName.text()
    assert "New York" in ui.destinationName.text()
    # The chart's price at once, before anything is asked of the server.
    assert "70,000 miles + €320" in ui.previewLabel.text()
    assert "offline" in ui.previewLabel.text()
    assert not dialog.ok_button.isEnabled()
    search(qtbot, dialog)
    assert "Confirmed by the server" in ui.previewLabel.text()
    flight = choose_first_flight(qtbot, dialog)
    assert flight.inventory_id == seat and flight.seats_left == 3
    assert dialog.ok_button.isEnabled() and dialog.ok_button.isDefault()
    assert "after booking" in ui.needLabel.text()
    qtbot.keyClick(ui.flightsView, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ui.resultBox.isVisible(), timeout=WAIT)
    code = ui.codeLabel.text()
    assert len(code) == 6 and ui.codeLabel.textInteractionFlags() & \
        Qt.TextInteractionFlag.TextSelectableByMouse
    assert "LH" in ui.resultLabel.text() and "Business" in ui.resultLabel.text()
    ui.copyButton.click()
    assert QGuiApplication.clipboard().text() == code
    # Miles and the seat went once; the dialog shows the seats left now.
    assert balance(live_server, number) == before - 70_000
    assert seats(live_server, seat) == 2 and redemptions(live_server, code) == 1
    qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() > 0
                    and dialog.model.flight(0).seats_left == 2, timeout=WAIT)
    assert not dialog.ok_button.isEnabled()  # a second Return does not book again
    assert code in member.ui.messageLabel.text()
    qtbot.waitUntil(lambda: shown_balance(window) == before - 70_000, timeout=WAIT)
    assert member.ledger.entry(0).reference == code
    assert member.ledger.entry(0).kind == "award_redemption"
    dialog.reject()


def test_a_flight_sold_out_meanwhile_fails_clearly_and_refreshes(qtbot, sessions,
                                                                  live_server):
    number = demo_member_number(951)
    fund(live_server, number)
    day = utc_day(5)
    seat = inventory(live_server, "MUC", "LHR", day, "Economy")
    set_seats(live_server, seat, 4)
    window = sessions("agent20")
    member = open_member(qtbot, window, number)
    before = shown_balance(window)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    fill_search(qtbot, dialog, "MUC", "LHR", day, cabin="Economy", passengers="2")
    search(qtbot, dialog)
    choose_first_flight(qtbot, dialog)
    set_seats(live_server, seat, 0)  # another desk took the seats
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "search again" in dialog.ui.errorLabel.text(), timeout=WAIT)
    assert dialog.ui.errorLabel.isVisible()
    qtbot.waitUntil(lambda: not dialog.searching and dialog.model.rowCount() > 0
                    and dialog.model.flight(0).seats_left == 0, timeout=WAIT)
    assert dialog.model.data(dialog.model.index(0, 3)) == "Sold out"
    assert not dialog.ok_button.isEnabled() and dialog.selected_flight() is None
    assert "search again" in dialog.ui.errorLabel.text()  # still said after the refresh
    assert balance(live_server, number) == before
    assert not dialog.ui.resultBox.isVisible()
    dialog.reject()


def test_a_booking_that_timed_out_is_retried_under_the_same_operation_id(
        qtbot, sessions, live_server, faults, monkeypatch):
    number = demo_member_number(956)
    fund(live_server, number)
    day = utc_day(8)
    seat = inventory(live_server, "VIE", "JFK", day, "Business")
    set_seats(live_server, seat, 2)
    window = sessions("agent20")
    member = open_member(qtbot, window, number)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    fill_search(qtbot, dialog, "VIE", "JFK", day)
    search(qtbot, dialog)
    choose_first_flight(qtbot, dialog)
    client = window.backend.client
    keys: list[str] = []
    original = client.send_operation

    def spy(method, path, body, operation_id):  # noqa: ANN001, ANN202
        if path == "/awards":
            keys.append(operation_id)
        return original(method, path, body, operation_id)

    monkeypatch.setattr(client, "send_operation", spy)
    monkeypatch.setattr(client, "timeout", (3.05, 0.4))
    faults.delays["/api/v1/awards"] = 1.2  # the answer comes too late; the booking is made
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: "may or may not have been applied" in dialog.ui.errorLabel.text(),
                    timeout=WAIT)
    assert dialog.ui.errorLabel.property("state") == "pending"  # amber: not known, not refused
    # Saved in the outbox before it was sent: the banner counts it until it is answered.
    qtbot.waitUntil(lambda: window.sync.state.queued == 1, timeout=WAIT)
    screenshot(dialog, "award-unanswered.png")
    assert dialog.ok_button.isEnabled() and not dialog.ui.resultBox.isVisible()
    faults.clear()
    # The sender replays it by itself under the same id: found applied, not applied again.
    qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=3 * WAIT)
    assert len(keys) >= 2 and len(set(keys)) == 1
    assert seats(live_server, seat) == 1
    # Pressing again is the same action: the booking is shown, still made once.
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ui.resultBox.isVisible(), timeout=WAIT)
    assert not dialog.ui.errorLabel.isVisible() and not dialog.ui.errorLabel.property("state")
    assert len(set(keys)) == 1
    assert redemptions(live_server, dialog.ui.codeLabel.text()) == 1
    assert seats(live_server, seat) == 1
    dialog.reject()


def test_cancel_an_award_from_the_ledger_gives_the_miles_back_less_the_fee(qtbot, sessions,
                                                                           live_server):
    number = demo_member_number(952)
    fund(live_server, number)
    api = ApiClient(live_server.url)
    api.login("agent18", "demo")
    found = api.award_availability("ZRH", "CDG", utc_day(6), "Business")
    set_seats(live_server, found.flights[0].inventory_id, 2)
    booking = api.book_award(number, found.flights[0].inventory_id, passengers(1),
                             operation_id=new_operation_id())
    api.close()
    window = sessions("super3")
    member = open_member(qtbot, window, number)
    before = shown_balance(window)
    row = next(r for r in range(member.ledger.rowCount())
               if member.ledger.entry(r).reference == booking.code)
    member.ui.ledgerView.setFocus()
    member.ui.ledgerView.selectRow(row)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B,
                         CTRL | Qt.KeyboardModifier.ShiftModifier)
    assert isinstance(dialog, CancelAwardDialog)
    ui = dialog.ui
    assert ui.codeEdit.text() == booking.code
    back = booking.miles - 5_000
    assert (f"Miles back: {format_miles(booking.miles)} − 5,000 cancellation fee = "
            f"{format_miles(back)}") in ui.effectLabel.text()
    assert not dialog.ok_button.isEnabled()  # the reason is required
    fill(qtbot, ui.reasonEdit, "Member changed plans")
    qtbot.keyClick(ui.reasonEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert (f"Award {booking.code} cancelled: +{format_miles(back)} miles back (5,000 "
            f"miles fee kept)") in member.ui.messageLabel.text()
    qtbot.waitUntil(lambda: shown_balance(window) == before + back, timeout=WAIT)
    assert balance(live_server, number) == before + back
    assert member.ledger.entry(0).kind == "award_cancellation"
    assert member.ledger.data(member.ledger.index(0, 1)) == "Award cancelled"
    # The ledger on screen now says it is cancelled: the dialog does not offer it again.
    member.ui.ledgerView.selectRow(row + 1)
    member.cancel_award_action.trigger()
    qtbot.waitUntil(lambda: member.dialog.isVisible(), timeout=WAIT)
    assert "already shows award" in member.dialog.ui.effectLabel.text()
    fill(qtbot, member.dialog.ui.reasonEdit, "Twice")
    assert not member.dialog.ok_button.isEnabled()
    member.dialog.reject()


def test_upgrade_a_future_economy_ticket_with_the_servers_price_first(qtbot, sessions,
                                                                     live_server):
    row = future_economy_ticket(live_server)
    number = demo_member_number(row.member_id)
    fund(live_server, number)
    window = sessions("agent20")
    member = open_member(qtbot, window, number)
    before = shown_balance(window)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_U)
    assert isinstance(dialog, UpgradeDialog)
    ui = dialog.ui
    assert not dialog.ok_button.isEnabled()
    ui.toCabinCombo.setCurrentIndex(ui.toCabinCombo.findData("Business"))
    fill(qtbot, ui.ticketEdit, f"{row.ticket_number[:3]} {row.ticket_number[3:]}")
    # Nothing is bookable before the server's price for this ticket and cabin is shown.
    quote = price_upgrade(row.origin, row.destination, "Economy", "Business")
    priced = f"Priced by the server: {format_miles(quote.miles)} miles"
    qtbot.waitUntil(lambda: priced in ui.previewLabel.text(), timeout=WAIT)
    assert f"{row.origin}–{row.destination}" in ui.previewLabel.text()
    assert (f"Balance {format_miles(before)} miles → {format_miles(before - quote.miles)} "
            "miles after booking") in ui.needLabel.text()
    assert dialog.ok_button.isEnabled()
    # Another cabin is another price: asked again, Book waits for it.
    ui.toCabinCombo.setCurrentIndex(ui.toCabinCombo.findData("First"))
    assert not dialog.ok_button.isEnabled() or dialog.server_quote.to_cabin == "First"
    first = price_upgrade(row.origin, row.destination, "Economy", "First")
    qtbot.waitUntil(lambda: f"Priced by the server: {format_miles(first.miles)} miles"
                    in ui.previewLabel.text(), timeout=WAIT)
    ui.toCabinCombo.setCurrentIndex(ui.toCabinCombo.findData("Business"))
    qtbot.waitUntil(lambda: priced in ui.previewLabel.text() and dialog.ok_button.isEnabled(),
                    timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: ui.resultBox.isVisible(), timeout=WAIT)
    assert len(ui.codeLabel.text()) == 6
    assert f"Ticket {row.ticket_number} upgraded to Business" in ui.resultLabel.text()
    assert balance(live_server, number) == before - quote.miles
    assert not dialog.ok_button.isEnabled() and ui.ticketEdit.text() == ""
    qtbot.waitUntil(lambda: shown_balance(window) == before - quote.miles, timeout=WAIT)
    assert "Upgrade" in member.ui.messageLabel.text()
    dialog.reject()


def test_an_upgrade_the_miles_do_not_cover_is_said_and_not_booked(qtbot, sessions,
                                                                  live_server):
    """A member without the miles: the price and the shortfall are shown, Book stays off."""
    with live_server.settings.engine.connect() as conn:
        row = conn.execute(
            select(db.tickets.c.member_id, db.segments.c.ticket_number)
            .join(db.tickets, db.tickets.c.number == db.segments.c.ticket_number)
            .outerjoin(db.ledger, db.ledger.c.member_id == db.tickets.c.member_id)
            .where(db.tickets.c.member_id.between(1000, 1400), db.segments.c.seq == 1,
                   db.segments.c.cabin == "Economy",
                   db.segments.c.departure_date > dt.date.today().isoformat())
            .group_by(db.tickets.c.member_id, db.segments.c.ticket_number)
            .having(func.coalesce(func.sum(db.ledger.c.miles), 0) < 7_500)
            .limit(1)).one()
    number = demo_member_number(row.member_id)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    if member.account.status != "active":  # pragma: no cover - the query takes active ones
        pytest.skip("closed account")
    held = shown_balance(window)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_U)
    ui = dialog.ui
    ui.toCabinCombo.setCurrentIndex(ui.toCabinCombo.findData("First"))
    fill(qtbot, ui.ticketEdit, row.ticket_number)
    qtbot.waitUntil(lambda: dialog.server_quote is not None, timeout=WAIT)
    assert "Priced by the server" in ui.previewLabel.text()
    short = dialog.server_quote.miles - held
    assert (f"Not enough miles: the balance is {format_miles(held)}, this upgrade needs "
            f"{format_miles(dialog.server_quote.miles)} ({format_miles(short)} short)"
            ) in ui.needLabel.text()
    assert ui.needLabel.isVisible() and ui.needLabel.property("state") == "blocked"
    assert not dialog.ok_button.isEnabled()
    qtbot.keyClick(ui.ticketEdit, Qt.Key.Key_Return)  # Return does not book either
    assert balance(live_server, number) == held
    dialog.reject()


def test_a_ticket_whose_flight_has_left_is_explained_and_not_offered(qtbot, sessions,
                                                                     live_server):
    """23:28 in Frankfurt, the ticket's flight left at 07:07: the server's refusal is shown."""
    add_ticket(live_server, 1401, "2209991401001", "QUPG74",
               ("LH9747", "FRA", "JFK", DEPARTED_DAY, "07:07", "Economy"))
    number = demo_member_number(1401)
    fund(live_server, number)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    held = shown_balance(window)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_U)
    ui = dialog.ui
    with server_clock(live_server) as clock:
        clock(dt.datetime.combine(DEPARTED_DAY, dt.time(23, 28), ZoneInfo("Europe/Berlin")))
        fill(qtbot, ui.ticketEdit, "2209991401001")
        qtbot.waitUntil(lambda: "LH9747 left FRA on" in ui.errorLabel.text(), timeout=WAIT)
    assert "07:07 local time" in ui.errorLabel.text()
    assert ui.previewLabel.text().startswith("No price: Flight LH9747 left FRA")
    assert not dialog.ok_button.isEnabled() and dialog.server_quote is None
    assert balance(live_server, number) == held
    dialog.reject()


# -- passengers' names ----------------------------------------------------------------------

def test_an_award_names_its_passengers_checked_as_typed_and_shown_with_the_booking(
        qtbot, sessions, live_server):
    number = demo_member_number(961)
    fund(live_server, number)
    day = utc_day(7)
    seat = inventory(live_server, "FRA", "JFK", day, "Business")
    set_seats(live_server, seat, 3)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    rows = dialog.passengers.rows
    # The member is the first passenger until the agent says otherwise.
    assert (rows[0][1].text(), rows[0][2].text()) == (member.account.first_name,
                                                      member.account.last_name)
    fill_search(qtbot, dialog, "FRA", "JFK", day, passengers="1")
    fill(qtbot, dialog.ui.passengersEdit, "2")
    assert rows[1][1].isVisible() and not rows[2][1].isVisible()
    # Tab walks the names in order, passenger by passenger, then on to Search.
    dialog.ui.passengersEdit.setFocus()
    walked = [dialog.focusWidget()]
    for _ in range(5):
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Tab)
        walked.append(dialog.focusWidget())
    assert walked == [dialog.ui.passengersEdit, rows[0][1], rows[0][2], rows[1][1],
                      rows[1][2], dialog.ui.searchButton]
    search(qtbot, dialog)
    choose_first_flight(qtbot, dialog)
    assert not dialog.ok_button.isEnabled()  # passenger 2 has no name yet
    assert "Name each passenger" in dialog.ok_button.toolTip()
    given, surname = rows[1][1], rows[1][2]
    type_name(qtbot, given, "Jürgen2")
    assert rows[1][3].text() == "A name on a ticket has no digits." and rows[1][3].isVisible()
    type_name(qtbot, given, "Jürgen")
    type_name(qtbot, surname, "O'Brien-Müller!")
    assert "letters, spaces, hyphens and apostrophes" in rows[1][4].text()
    assert not dialog.ok_button.isEnabled()
    type_name(qtbot, surname, "O'Brien-Müller")
    assert not rows[1][3].isVisible() and not rows[1][4].isVisible()
    type_name(qtbot, rows[0][1], "Anna  Maria")  # the member's daughter flies instead
    assert dialog.ok_button.isEnabled()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: dialog.ui.resultBox.isVisible(), timeout=WAIT)
    expected = (f"Passengers: Anna Maria {member.account.last_name}, "
                "Jürgen O'Brien-Müller")
    assert expected in dialog.ui.resultLabel.text()
    code = dialog.ui.codeLabel.text()
    with live_server.settings.engine.connect() as conn:
        stored = conn.execute(
            select(db.award_passengers.c.given_name, db.award_passengers.c.surname)
            .join(db.award_bookings,
                  db.award_bookings.c.id == db.award_passengers.c.booking_id)
            .where(db.award_bookings.c.code == code)
            .order_by(db.award_passengers.c.seq)).all()
    assert [tuple(r) for r in stored] == [("Anna Maria", member.account.last_name),
                                          ("Jürgen", "O'Brien-Müller")]
    # The member page lists the award with its passengers (its ledger line).
    qtbot.waitUntil(lambda: member.ledger.rowCount() > 0
                    and member.ledger.entry(0).reference == code, timeout=WAIT)
    assert member.ledger.entry(0).description.endswith(
        f"2 pax: Anna Maria {member.account.last_name}, Jürgen O'Brien-Müller")
    dialog.reject()


def test_a_name_the_server_refuses_is_shown_at_its_field(qtbot, sessions, live_server):
    """The server's 422 names the field (passenger_names.0.surname): shown under it."""
    number = demo_member_number(962)
    fund(live_server, number)
    day = utc_day(7)
    set_seats(live_server, inventory(live_server, "FRA", "JFK", day, "Business"), 3)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    fill_search(qtbot, dialog, "FRA", "JFK", day)
    search(qtbot, dialog)
    choose_first_flight(qtbot, dialog)
    error = ValidationFailed("surname: too long", [FieldError(
        "passenger_names.0.surname", "Too long: at most 40 characters.", "too-long",
        {"longest": 40})])
    focused = dialog.messages.show_error(error)
    assert focused is dialog.passengers.rows[0][2]
    assert dialog.passengers.rows[0][4].text() == "Too long: at most 40 characters."
    dialog.reject()


@pytest.mark.parametrize(
    ("change", "label", "message"),
    [
        ({"origin": "XXX"}, "originError", "no airport with the code XXX"),
        ({"destination": "FR"}, "destinationError", "three letters"),
        ({"destination": "FRA"}, "destinationError", "same airport"),
        ({"days": -1}, "dateError", "in the past"),
        ({"passengers": "0"}, "passengersError", "1 to 9 passengers"),
        ({"passengers": "10"}, "passengersError", "1 to 9 passengers"),
        ({"passengers": "x"}, "passengersError", "whole number"),
    ],
)
def test_bad_award_input_keeps_search_and_book_disabled_and_says_why(qtbot, sessions, change,
                                                                     label, message):
    window = sessions("agent18")
    member = open_member(qtbot, window, demo_member_number(953))
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    fill_search(qtbot, dialog, "FRA", "JFK", utc_day(3))
    assert dialog.ui.searchButton.isEnabled()
    values = {"origin": "FRA", "destination": "JFK", "days": 3, "passengers": "1", **change}
    fill_search(qtbot, dialog, values["origin"], values["destination"],
                utc_day(values["days"]), passengers=values["passengers"])
    assert not dialog.ui.searchButton.isEnabled() and not dialog.ok_button.isEnabled()
    shown = getattr(dialog.ui, label)
    assert message in shown.text() and shown.isVisible()
    assert "once both airports" in dialog.ui.previewLabel.text()
    dialog.reject()


def test_too_few_miles_are_said_before_booking(qtbot, sessions, live_server):
    number = demo_member_number(954)
    window = sessions("agent20")
    member = open_member(qtbot, window, number)
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    fill_search(qtbot, dialog, "FRA", "SIN", utc_day(3), cabin="First", passengers="9")
    assert "Not enough miles" in dialog.ui.needLabel.text()
    assert dialog.ui.needLabel.isVisible()
    dialog.reject()


@pytest.mark.parametrize(("ticket", "message"), [("220000000012", "13 digits; this has 12"),
                                                 ("22000000001234", "this has 14"),
                                                 ("22A0000000123", "13 digits only")])
def test_bad_ticket_numbers_keep_the_upgrade_disabled(qtbot, sessions, ticket, message):
    window = sessions("agent18")
    member = open_member(qtbot, window, demo_member_number(955))
    dialog = open_dialog(qtbot, member, Qt.Key.Key_U)
    fill(qtbot, dialog.ui.ticketEdit, ticket)
    assert not dialog.ok_button.isEnabled()
    assert message in dialog.ui.ticketError.text() and dialog.ui.ticketError.isVisible()
    dialog.reject()


def test_flights_model(qtmodeltester):
    model = FlightsModel()
    model.set_flights((AwardFlight(1, "LH400", "10:15", 4, True),
                       AwardFlight(2, "LH402", "13:40", 1, False),
                       AwardFlight(3, "LH404", "18:05", 0, False)), passengers=2)
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 3 and model.available_count() == 1
    assert model.data(model.index(1, 3)) == "Only 1 left; 2 needed"
    assert model.data(model.index(2, 3)) == "Sold out"
    assert not model.flags(model.index(2, 0)) & Qt.ItemFlag.ItemIsSelectable
    assert model.row_of(2) == 1 and model.row_of(99) is None
    model.clear()
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 0


def test_tab_leaves_the_date_field_as_any_other_field(qtbot, sessions):
    """A date is one field: Tab goes on to the next control (Qt's own Tab walked day, month
    and year), Shift+Tab back; the arrows still move between its parts."""
    window = sessions("agent18")
    member = open_member(qtbot, window, demo_member_number(951))
    dialog = open_dialog(qtbot, member, Qt.Key.Key_B)
    date = dialog.ui.dateEdit
    date.setFocus()
    qtbot.waitUntil(date.hasFocus, timeout=WAIT)
    qtbot.keyClick(date, Qt.Key.Key_Tab)
    after = QGuiApplication.focusObject()
    assert after is not date and date.currentSectionIndex() == 0
    qtbot.keyClick(after, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    qtbot.waitUntil(date.hasFocus, timeout=WAIT)
    qtbot.keyClick(date, Qt.Key.Key_Right)  # within the field: its next part
    dialog.reject()
