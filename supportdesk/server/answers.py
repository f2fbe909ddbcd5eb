"""The answers of the writes and of the reads that build them from rows: the 2xx schemas of the
OpenAPI document. They declare the JSON the routes already send (the desktop app's
api/*models*.py read it); a write's answer is remembered as JSON for its replay, so these
models describe it rather than build it."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel


class AgentRef(BaseModel):
    id: int
    name: str


# Credits and reversals.

class CreditOut(BaseModel):
    id: int
    member_number: str
    miles: int
    kind: str  # retro_claim | goodwill | correction
    reason: str
    reference: str | None
    status: str  # pending | applied | rejected
    requested_by: AgentRef
    requested_at: str
    decided_by: AgentRef | None
    decided_at: str | None
    decision_note: str | None
    ledger_id: int | None


class ProposedCredit(CreditOut):
    pending_reason: str | None = None  # why it waits for a supervisor; only when pending


class Requester(AgentRef):
    username: str


class ListedCredit(CreditOut):
    """A credit as the list shows it: what a supervisor signs off, without opening the member
    (the name readable, no contact data; the balance as it is now)."""

    member_name: str
    member_tier: str
    member_balance: int
    requested_by: Requester


class CreditList(BaseModel):
    credits: list[ListedCredit]


class ReversalOut(BaseModel):
    id: int
    member_number: str
    reverses_id: int
    miles: int
    balance: int


# The request queue.

class QueueFlight(BaseModel):
    flight_number: str
    date: str
    origin: str
    destination: str
    status: str  # operated | delayed | cancelled
    arrival_delay_minutes: int


class RequestSummary(BaseModel):
    id: int
    type: str  # refund | rebooking
    channel: str  # web | email | phone
    status: str
    member_number: str
    member_name: str
    booking_code: str
    ticket_number: str
    booking_class: str
    flight: QueueFlight
    created_at: str
    sla_due: str
    overdue: bool
    assignee: AgentRef | None
    duplicates: int


class RequestList(BaseModel):
    requests: list[RequestSummary]
    more: bool


class RequestNote(BaseModel):
    at: str
    agent: str
    kind: str  # note | decision | claim
    text: str


class CheckedFlight(QueueFlight):
    notice_days: int | None
    rerouting_departure_minutes: int | None
    rerouting_arrival_minutes: int | None
    extraordinary: str | None
    distance_km: int


class FareRules(BaseModel):
    family: str
    cabin: str
    refundable: bool
    refund_fee_eur: str | None
    changeable: bool
    change_fee_eur: str | None
    lines: list[str]
    wording: list[dict[str, Any]] = []  # the lines as templates and params (domain/wording.py)


class Duplicate(BaseModel):
    id: int
    status: str
    channel: str
    created_at: str


class Eu261(BaseModel):
    amount_eur: int
    band: str
    reduced: bool
    reasons: list[str]
    refund_right: str = "none"  # EU 261 Art. 8: none | refund_or_rerouting | refund
    # The reasons as templates and params, for a client to word them in its language
    wording: list[dict[str, Any]] = []


class RequestCheck(BaseModel):
    flight: CheckedFlight
    fare: FareRules
    duplicates: list[Duplicate]
    eu261: Eu261


class RequestDetail(RequestSummary):
    customer_message: str
    customer_reply: str | None
    member_language: str  # the member's profile language: the reply's, where there is one
    decided_at: str | None
    notes: list[RequestNote]
    check: RequestCheck


# Awards.

class AwardPriceOut(BaseModel):
    miles: int
    fees_eur: str
    zone: int
    distance_km: int
    lines: list[str]


class AwardFlightOut(BaseModel):
    inventory_id: int
    flight_number: str
    departure_time: str
    seats_left: int
    available: bool


class AvailabilityOut(BaseModel):
    origin: str
    destination: str
    date: str
    cabin: str
    passengers: int
    price: AwardPriceOut
    flights: list[AwardFlightOut]


class BookedFlightOut(BaseModel):
    flight_number: str
    date: str
    departure_time: str
    origin: str
    destination: str


class PassengerNameOut(BaseModel):
    given_name: str
    surname: str


class AwardBookingOut(BaseModel):
    code: str
    kind: str  # flight | upgrade
    member_number: str
    status: str  # confirmed | cancelled
    cabin: str
    passengers: int
    miles: int
    fees_eur: str
    ticket_number: str | None
    flight: BookedFlightOut | None
    # The travellers as on the ticket (a flight award; empty for an upgrade, and for awards
    # booked before names were taken).
    passenger_names: list[PassengerNameOut]
    balance: int
    created_at: str


class CancelledAward(AwardBookingOut):
    miles_recredited: int
    fee_miles: int


class UpgradeQuoteOut(BaseModel):
    """The price of upgrading a ticket's next flight, before it is booked."""

    member_number: str
    ticket_number: str
    flight: BookedFlightOut  # the segment that would be upgraded (departure_time "" if unknown)
    from_cabin: str
    to_cabin: str
    miles: int
    fees_eur: str
    zone: int
    distance_km: int
    lines: list[str]
    balance: int  # the member's miles now
    balance_after: int  # … after the upgrade (negative: not enough)
    enough: bool


# Profile and closures.

class VerificationOut(BaseModel):
    member_number: str
    verified: bool
    verification_id: str | None = None  # when verified
    expires_at: str | None = None  # when verified
    detail: str | None = None  # when not: what to tell the agent
    attempts_left: int | None = None  # when not


class ClosureOut(BaseModel):
    operation_id: str
    outcome: str  # discarded | called_back
    member_number: str
    reason: str
    closed_at: str
    refused_with: int | None


class SecurityEventOut(BaseModel):
    code: str
    member_number: str | None  # the member asked for, as the report named it
    request_id: str | None  # the refused exchange's
    recorded_at: str


# Revealing masked personal data.

class RevealOut(BaseModel):
    """The unmasked values of exactly the fields asked, of the member named."""

    member_number: str
    values: dict[str, str]  # field (email, phone, address, birth_date) → its value
    reason: str  # the reason's code, as audited
    revealed_at: str


class OfflineReadOut(BaseModel):
    """An offline read as the audit trail keeps it (action "offline_read")."""

    member_number: str
    what: str  # member | request
    request_id: int | None
    opened_at: str  # the agent's computer's time
    recorded_at: str
