"""Credit miles to the member on screen: goodwill, correction or retro claim.

Everything is checked as the agent types; the dialog says before sending whether the credit
applies at once or waits for a supervisor, and keeps what was typed whatever the server says.
Opened on a credit the backend refused later (`replaces`, from Needs attention), it starts
filled in with that credit, and what the agent sends is its edited version: a new operation.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QDate, Signal
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLineEdit, QWidget

from ...api.client import ApiClient
from ...api.models import AgentInfo, Credit, MemberAccount, RetroFlight
from ...domain import airports, limits
from ...domain.credits import Approval, applied_today, approval_needed
from ...domain.identifiers import InvalidIdentifier, format_member_number
from ...errors import SupportDeskError
from ...operations import Operation, build
from ...store.outbox import Entry
from ..forms.ui_credit_dialog import Ui_CreditDialog
from ..member.ledger_model import format_miles
from ..messages import input_text
from ..taskman import Op, TaskManager
from ..writes import (
    FieldMessages,
    OperationKeys,
    apply_form_style,
    fit_height,
    offline_text,
    repolish,
    set_state,
    submit_write,
)
from . import form
from .form import KINDS, kind_label

if TYPE_CHECKING:
    from ..sync.controller import Submitted, SyncController

log = logging.getLogger(__name__)

# Field name (as the server names it) → the label it is called by in "Still needed: …".
_NEEDED = {
    "miles": QT_TRANSLATE_NOOP("CreditForm", "miles"),
    "reason": QT_TRANSLATE_NOOP("CreditForm", "reason"),
    "reference": QT_TRANSLATE_NOOP("CreditForm", "reference"),
    "flight.ticket_number": QT_TRANSLATE_NOOP("CreditForm", "ticket"),
    "flight.flight_number": QT_TRANSLATE_NOOP("CreditForm", "flight number"),
    "flight.flight_date": QT_TRANSLATE_NOOP("CreditForm", "flight date"),
    "flight.booking_class": QT_TRANSLATE_NOOP("CreditForm", "booking class"),
    "flight.origin": QT_TRANSLATE_NOOP("CreditForm", "from"),
    "flight.destination": QT_TRANSLATE_NOOP("CreditForm", "to"),
}


@dataclass(frozen=True)
class Proposal:
    """A complete, checked credit: the arguments of ApiClient.propose_credit."""

    kind: str
    miles: int
    reason: str
    reference: str | None
    flight: RetroFlight | None

    def arguments(self) -> dict[str, Any]:
        retro = self.flight is not None
        return {"kind": self.kind, "reason": self.reason, "flight": self.flight,
                "miles": None if retro else self.miles,
                "reference": None if retro else self.reference}

    def fingerprint(self, member_number: str) -> dict[str, Any]:
        args = self.arguments()
        return {**args, "member": member_number,
                "flight": self.flight.to_json() if self.flight else None}


def credited_today(client: ApiClient, agent_id: int, today: dt.date) -> int:
    """Miles this agent applied on their own authority today (UTC), as the server counts them."""
    return applied_today(client.list_credits(status="applied", limit=limits.MAX_CREDITS_PAGE),
                         agent_id, today)


class CreditDialog(QDialog):
    credited = Signal(object)  # the Credit the server answered
    queued = Signal(str, str)  # saved for later (offline): its summary, what happens next
    connection_result = Signal(object)  # None or the error, for the status bar

    def __init__(self, taskman: TaskManager, client: ApiClient, agent: AgentInfo,
                 account: MemberAccount, parent: QWidget | None = None, *,
                 today: dt.date | None = None, sync: SyncController | None = None,
                 replaces: Entry | None = None) -> None:
        super().__init__(parent)
        self.sync = sync
        self.replaces = replaces
        self.ui = ui = Ui_CreditDialog()
        ui.setupUi(self)
        apply_form_style(self)
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.taskman = taskman
        self.client = client
        self.agent = agent
        self.account = account
        self.today = today or dt.datetime.now(dt.UTC).date()  # the server's day
        self.keys = OperationKeys()
        self.used_today: int | None = None
        self.usage_failed = False
        self.busy = False
        self._touched: set[str] = set()
        self._typed = {"miles": "", "reference": ""}  # kept while a retro claim fills them
        self._retro = False
        self._missing: list[str] = []  # fields that stop the credit from being sent
        self._focus_after: QWidget | None = None  # where the cursor was before sending
        self.proposal: Proposal | None = None

        self.messages = FieldMessages(ui.errorLabel)
        self._edits = {
            "miles": ui.milesEdit, "reason": ui.reasonEdit, "reference": ui.referenceEdit,
            "flight.ticket_number": ui.ticketEdit,
            "flight.flight_number": ui.flightNumberEdit,
            "flight.booking_class": ui.bookingClassEdit,
            "flight.origin": ui.originEdit, "flight.destination": ui.destinationEdit,
        }
        labels = {
            "miles": ui.milesError, "reason": ui.reasonError, "reference": ui.referenceError,
            "flight.ticket_number": ui.ticketError,
            "flight.flight_number": ui.flightNumberError,
            "flight.booking_class": ui.bookingClassError,
            "flight.origin": ui.originError, "flight.destination": ui.destinationError,
        }
        for name, edit in self._edits.items():
            self.messages.add(name, edit, labels[name])
            edit.textChanged.connect(lambda _text, name=name: self._edited(name))
        self.messages.add("flight.flight_date", ui.flightDateEdit, ui.flightDateError)
        self.messages.add("flight", ui.flightError, ui.flightError)
        ui.flightDateEdit.dateChanged.connect(lambda _d: self._edited("flight.flight_date"))
        for label in (ui.claimWindowLabel, ui.limitsLabel, ui.progressLabel):
            repolish(label, "note", True)
        ui.previewLabel.setContentsMargins(8, 5, 8, 5)

        for index, (_value, label) in enumerate(KINDS):
            ui.kindCombo.setItemText(index, kind_label(_value))
        ui.kindCombo.currentIndexChanged.connect(self._kind_changed)
        first, last = form.claim_window(self.today)
        # A wide range: a date outside the claim window is explained, not silently clamped.
        ui.flightDateEdit.setDateRange(QDate(first.year - 1, 1, 1), QDate(last.year + 1, 12, 31))
        ui.flightDateEdit.setDate(QDate(last.year, last.month, last.day))
        ui.claimWindowLabel.setText(self.tr(
            "Flights from {0} to today ({1}, UTC) can be claimed: up to 6 months back. The "
            "server prices the claim with the same calculator.").format(
                first.isoformat(), last.isoformat()))
        ui.memberLabel.setText(self.tr("{0} · {1} · {2} · balance {3} miles").format(
            account.display_name, format_member_number(account.member_number), account.tier,
            format_miles(account.miles_balance)))
        self.setWindowTitle(self.tr("Credit miles — {0}").format(account.display_name))
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        ui.progressLabel.clear()
        self._airports_warm = False
        self._kind_changed()
        if replaces is not None:
            self._fill_in(replaces.operation.body)
            self.setWindowTitle(self.tr("Edit and send again — {0}").format(
                account.display_name))
            if replaces.note:
                self.messages.set_bottom(self.tr(
                    "The backend refused it: {0} Change what it objected to; it is sent as a "
                    "new credit.").format(replaces.note))
        self._load_usage()
        # The first field the agent can change (a retro claim's miles come from the flight).
        (ui.ticketEdit if self._retro else ui.milesEdit).setFocus()

    def _fill_in(self, body: dict[str, Any]) -> None:
        """The refused credit as it was sent, every field shown as checked."""
        ui = self.ui
        ui.kindCombo.setCurrentIndex(next(
            (i for i, (value, _label) in enumerate(KINDS) if value == body.get("kind")), 0))
        flight = body.get("flight") or {}
        for name, edit in self._edits.items():
            value = flight.get(name.removeprefix("flight.")) if name.startswith("flight.") \
                else body.get(name)
            if value is not None and edit.isEnabled():
                edit.setText(format_miles(value) if name == "miles" else str(value))
        if flight.get("flight_date"):
            day = dt.date.fromisoformat(flight["flight_date"])
            ui.flightDateEdit.setDate(QDate(day.year, day.month, day.day))
        self._touched.update(self._edits)
        self._validate()

    # -- state --------------------------------------------------------------------------

    @property
    def kind(self) -> str:
        return KINDS[max(self.ui.kindCombo.currentIndex(), 0)][0]

    def _load_usage(self) -> None:
        client, agent_id, today = self.client, self.agent.id, self.today
        (Op(self.taskman, self, lambda: credited_today(client, agent_id, today))
         .success(self._usage_loaded)
         .failure(self._usage_failed)
         .run())

    def _usage_loaded(self, miles: int) -> None:
        self.used_today = miles
        self._validate()

    def _usage_failed(self, error: BaseException) -> None:
        if not isinstance(error, SupportDeskError):
            raise error
        self.usage_failed = True
        self.connection_result.emit(error)
        self._validate()

    def _edited(self, name: str) -> None:
        self._touched.add(name)
        self.messages.edited(name)
        if name.startswith("flight."):
            self.messages.edited("flight")
        self._validate()

    def _kind_changed(self) -> None:
        ui = self.ui
        retro = self.kind == "retro_claim"
        if retro != self._retro:
            for name, edit in (("miles", ui.milesEdit), ("reference", ui.referenceEdit)):
                if retro:
                    self._typed[name] = edit.text()
                else:
                    self._set_text(edit, self._typed[name])
            self._retro = retro
        ui.milesEdit.setEnabled(not retro)
        ui.referenceEdit.setEnabled(not retro)
        ui.referenceEdit.setPlaceholderText(
            self.tr("taken from the flight") if retro else self.tr("optional, e.g. case 4711"))
        ui.flightBox.setVisible(retro)
        if retro and not self._airports_warm:
            # Only retro claims need the airport table, and parsing it (~90 ms of Python)
            # starves the GUI thread while it runs: load it when the agent picks the kind.
            self._airports_warm = True
            (Op(self.taskman, self, lambda: airports.airport("FRA"))
             .failure(lambda error: log.warning("airport table: %s", error)).run())
        self._validate()
        fit_height(self, shrink=True)

    # -- checking as typed ----------------------------------------------------------------

    def _check(self, name: str, parse: Callable[..., Any], *args: Any, **kwargs: Any) -> Any:
        """Run one field's check; its message shows once the agent has touched the field."""
        try:
            value = parse(*args, **kwargs)
        except ValueError as exc:
            self._report(name, input_text(exc))
            return None
        self._report(name, None)
        return value

    def _report(self, name: str, problem: str | None) -> None:
        if problem:
            self._missing.append(name)
        shown = name in self._touched or name == "flight.flight_date"
        self.messages.set_local(name, problem if shown else None)

    @staticmethod
    def _set_text(edit: QLineEdit, text: str) -> None:
        # Filled in by the dialog, not typed: not an edit of the field.
        edit.blockSignals(True)
        edit.setText(text)
        edit.blockSignals(False)

    def _validate(self) -> Proposal | None:
        ui = self.ui
        self._missing = []
        reason = self._check("reason", form.check_text, ui.reasonEdit.text(), required=True,
                             limit=form.MAX_REASON)
        flight, miles = None, None
        if self._retro:
            self.messages.set_local("miles", None)
            self.messages.set_local("reference", None)
            flight, miles = self._validate_flight()
            reference = None
        else:
            miles = self._check("miles", form.parse_miles, ui.milesEdit.text())
            reference = self._check("reference", form.check_text, ui.referenceEdit.text(),
                                    required=False, limit=form.MAX_REFERENCE)
        complete = not self._missing and miles is not None and reason is not None
        self.proposal = Proposal(self.kind, miles, reason, reference, flight) \
            if complete else None
        self._explain(miles)
        return self.proposal

    def _validate_flight(self) -> tuple[RetroFlight | None, int | None]:
        ui = self.ui
        ticket = self._check("flight.ticket_number", form.parse_ticket, ui.ticketEdit.text())
        number = self._check("flight.flight_number", form.parse_flight_number,
                             ui.flightNumberEdit.text())
        date = self._check("flight.flight_date", form.check_flight_date,
                           ui.flightDateEdit.date().toPython(), self.today)
        letter = self._check("flight.booking_class", form.check_booking_class,
                             ui.bookingClassEdit.text())
        route = form.check_route(ui.originEdit.text(), ui.destinationEdit.text())
        self._report("flight.origin", route.origin_error)
        self._report("flight.destination", route.destination_error)
        miles, lines = None, []
        if letter and route.origin and route.destination:
            try:
                miles, lines = form.mileage_preview(route.origin, route.destination, letter,
                                                    self.account.tier)
            except InvalidIdentifier as exc:  # e.g. a tier the calculator does not know
                lines = [input_text(exc)]
        ui.previewLabel.setText("\n".join(lines) if lines else self.tr(
            "The miles appear here once the booking class and both airports are valid."))
        self._set_text(ui.milesEdit, format_miles(miles) if miles is not None else "")
        if None in (ticket, number, date, letter, route.origin, route.destination):
            self._set_text(ui.referenceEdit, "")
            return None, miles
        # What the server will record as the reference of the claim.
        self._set_text(ui.referenceEdit, f"{number} {date.isoformat()} {ticket}")
        return RetroFlight(ticket, number, date.isoformat(), letter, route.origin,
                           route.destination), miles

    def _explain(self, miles: int | None) -> None:
        """Limits, and whether this credit applies at once or waits for a supervisor."""
        ui, agent = self.ui, self.agent
        if self.used_today is not None:
            used = self.tr("; you credited {0} miles today").format(format_miles(self.used_today))
        elif self.usage_failed:
            used = self.tr("; today's total could not be checked — the server decides")
        else:
            used = self.tr("; checking today's total…")
        ui.limitsLabel.setText(self.tr(
            "Your limits: {0} miles per credit, {1} miles per day{2}.").format(
                format_miles(agent.per_credit_limit), format_miles(agent.daily_limit), used))
        pending = False
        if self.proposal is None:
            needed = [form.translate("CreditForm", _NEEDED[n])
                      for n in dict.fromkeys(self._missing) if n in _NEEDED]
            state = "incomplete"
            text = self.tr("Still needed: {0}.").format(", ".join(needed)) if needed else ""
        elif (why := approval_needed(
                miles, per_credit_limit=agent.per_credit_limit, daily_limit=agent.daily_limit,
                applied_today=self.used_today)) is Approval.OVER_CREDIT_LIMIT:
            state, pending = "pending", True
            text = self.tr(
                "Needs a supervisor's approval: {0} miles is above your limit of {1} miles "
                "per credit. The member gets the miles when another supervisor approves."
            ).format(format_miles(miles), format_miles(agent.per_credit_limit))
        elif why is Approval.OVER_DAILY_LIMIT:
            state, pending = "pending", True
            text = self.tr(
                "Needs a supervisor's approval: with the {0} miles you credited today this "
                "is above your daily limit of {1} miles.").format(
                    format_miles(self.used_today), format_miles(agent.daily_limit))
        else:
            state = "applied"
            text = self.tr("Within your limits: {0} miles are credited at once.").format(
                format_miles(miles))
        ui.approvalLabel.setText(text)
        ui.approvalLabel.setVisible(bool(text))
        set_state(ui.approvalLabel, state)
        self.ok_button.setText(self.tr("Submit for &approval") if pending
                               else self.tr("&Credit miles"))
        self.ok_button.setEnabled(self.proposal is not None and not self.busy)
        fit_height(self)

    # -- sending --------------------------------------------------------------------------

    def submit(self) -> None:
        proposal = self._validate()
        if self.busy or proposal is None:
            return
        number = self.account.member_number
        key = self.keys.key_for(proposal.fingerprint(number))
        replaces, self.replaces = self.replaces, None  # a further edit is a new credit
        self._set_busy(True)
        # Saved to the outbox first, then sent: a credit made offline is not lost.
        submit_write(self, self.taskman, self.client, self.sync, key,
                     self._operation(number, proposal), self._sent, self._failed,
                     self._waiting, replaces=replaces)

    def _operation(self, number: str, proposal: Proposal) -> Operation:
        summary = self.tr("{0}: {1} miles — {2}").format(
            kind_label(proposal.kind), format_miles(proposal.miles), proposal.reason)
        return build.credit(number, **proposal.arguments(),
                            per_credit_limit=self.agent.per_credit_limit, summary=summary)

    def _waiting(self, submitted: Submitted) -> None:
        """Saved, not applied yet (offline): a credit may wait, so the dialog is done."""
        self._set_busy(False)
        self.keys.done()
        operation = submitted.entry.operation
        self.queued.emit(operation.summary,
                         offline_text(operation, self.agent.per_credit_limit))
        self.accept()

    def _set_busy(self, busy: bool) -> None:
        ui = self.ui
        self.busy = busy
        focused = self.focusWidget()
        for widget in (ui.kindCombo, ui.reasonEdit, ui.ticketEdit, ui.flightNumberEdit,
                       ui.flightDateEdit, ui.bookingClassEdit, ui.originEdit,
                       ui.destinationEdit):
            widget.setEnabled(not busy)
        ui.milesEdit.setEnabled(not busy and not self._retro)
        ui.referenceEdit.setEnabled(not busy and not self._retro)
        ui.progressLabel.setText(self.tr("Sending…") if busy else "")
        self.ok_button.setEnabled(not busy and self.proposal is not None)
        if busy:
            self._focus_after = focused
        elif self._focus_after is not None and self._focus_after.isEnabled():
            self._focus_after.setFocus()

    def _sent(self, credit: Credit) -> None:
        self._set_busy(False)
        self.keys.done()
        self.connection_result.emit(None)
        self.credited.emit(credit)
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if not isinstance(error, SupportDeskError):
            raise error
        self.keys.answered(error)
        self.connection_result.emit(error)
        field = self.messages.show_error(error)
        if field is not None and field.isEnabled() and field.isVisible():
            field.setFocus()
        fit_height(self)
