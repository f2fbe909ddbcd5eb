"""Plain data of the refund and rebooking queue: summaries for the list, the full request with
its check (flight, fare, duplicates, EU 261) for the detail. Safe to pass between threads."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from typing import Any

from ..domain.replies import ReplyFacts
from ..domain.requests import OPEN_STATUSES
from ..domain.wording import Line
from ..errors import ServerError

ASSIGNED = ("any", "me", "unassigned", "others")


def parse_time(text: str) -> dt.datetime:
    """The server's UTC time stamp ("…Z") as an aware datetime."""
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


def _money(value: Any) -> Decimal | None:
    if value is None:
        return None
    try:
        return Decimal(str(value))
    except InvalidOperation:
        raise ValueError(f"not an amount: {value!r}") from None


@dataclass(frozen=True)
class FlightSummary:
    flight_number: str
    date: str  # ISO date of departure
    origin: str
    destination: str
    status: str  # operated | delayed | cancelled
    arrival_delay_minutes: int

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> FlightSummary:
        return cls(str(data["flight_number"]), str(data["date"]), str(data["origin"]),
                   str(data["destination"]), str(data["status"]),
                   int(data.get("arrival_delay_minutes") or 0))


@dataclass(frozen=True)
class RequestSummary:
    """One row of the queue."""

    id: int
    type: str  # refund | rebooking
    channel: str  # web | email | phone
    status: str
    member_number: str
    member_name: str
    booking_code: str
    ticket_number: str
    booking_class: str
    flight: FlightSummary
    created_at: str
    sla_due: str
    overdue: bool  # as the server saw it when answering; the GUI recomputes it every minute
    assignee_id: int | None
    assignee_name: str | None
    duplicates: int  # other requests about the same ticket
    # The backend's JSON this was read from: the offline copy keeps that form and is read back
    # through the same parser.
    source: dict[str, Any] | None = field(default=None, compare=False, repr=False,
                                          kw_only=True)

    @property
    def is_open(self) -> bool:
        return self.status in OPEN_STATUSES

    def overdue_at(self, now: dt.datetime) -> bool:
        return self.is_open and parse_time(self.sla_due) < now

    @classmethod
    def _fields(cls, data: dict[str, Any]) -> dict[str, Any]:
        assignee = data.get("assignee") or {}
        return dict(
            id=int(data["id"]), type=str(data["type"]), channel=str(data["channel"]),
            status=str(data["status"]), member_number=str(data["member_number"]),
            member_name=str(data["member_name"]), booking_code=str(data["booking_code"]),
            ticket_number=str(data["ticket_number"]), booking_class=str(data["booking_class"]),
            flight=FlightSummary.from_json(data["flight"]), created_at=str(data["created_at"]),
            sla_due=str(data["sla_due"]), overdue=bool(data["overdue"]),
            assignee_id=int(assignee["id"]) if assignee.get("id") is not None else None,
            assignee_name=assignee.get("name"), duplicates=int(data["duplicates"]),
        )

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestSummary:
        try:
            return cls(**cls._fields(data), source=data)
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerError(f"The backend's request answer is malformed ({exc!r}).") from None


@dataclass(frozen=True)
class RequestPage:
    requests: tuple[RequestSummary, ...]
    more: bool  # the server has more beyond `limit`

    @classmethod
    def from_json(cls, data: Any) -> RequestPage:
        try:
            items, more = data["requests"], bool(data.get("more"))
        except (KeyError, TypeError, AttributeError):
            raise ServerError("The backend's queue answer is malformed.") from None
        return cls(tuple(RequestSummary.from_json(r) for r in items), more)

    def to_json(self) -> dict[str, Any]:
        """The backend's form again (for the offline copy); rows not read from it are left
        out."""
        return {"requests": [r.source for r in self.requests if r.source is not None],
                "more": self.more}


@dataclass(frozen=True)
class FlightCheck:
    flight_number: str
    date: str
    origin: str
    destination: str
    status: str
    arrival_delay_minutes: int
    notice_days: int | None  # cancellations: whole days of notice before departure
    rerouting_departure_minutes: int | None
    rerouting_arrival_minutes: int | None
    extraordinary: str | None  # the recorded extraordinary circumstance, if any
    distance_km: int


@dataclass(frozen=True)
class FareCheck:
    family: str
    cabin: str
    refundable: bool
    refund_fee_eur: Decimal | None
    changeable: bool
    change_fee_eur: Decimal | None
    lines: tuple[str, ...]
    wording: tuple[Line, ...] = ()  # the lines as templates: the app words them (wording.py)


@dataclass(frozen=True)
class Duplicate:
    """Another request about the same ticket."""

    id: int
    status: str
    channel: str
    created_at: str


@dataclass(frozen=True)
class Eu261Check:
    amount_eur: int
    band: str  # short | medium | long
    reduced: bool  # halved under Art. 7(2)
    reasons: tuple[str, ...]
    refund_right: str = "none"  # Art. 8: none | refund_or_rerouting | refund (eu261.RefundRight)
    wording: tuple[Line, ...] = ()  # the reasons as templates: the app words them


@dataclass(frozen=True)
class RequestCheck:
    flight: FlightCheck
    fare: FareCheck
    duplicates: tuple[Duplicate, ...]
    eu261: Eu261Check

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestCheck:
        f, fare, eu = data["flight"], data["fare"], data["eu261"]

        def optional_int(value: Any) -> int | None:
            return None if value is None else int(value)

        return cls(
            flight=FlightCheck(
                str(f["flight_number"]), str(f["date"]), str(f["origin"]),
                str(f["destination"]), str(f["status"]), int(f.get("arrival_delay_minutes") or 0),
                optional_int(f.get("notice_days")),
                optional_int(f.get("rerouting_departure_minutes")),
                optional_int(f.get("rerouting_arrival_minutes")),
                f.get("extraordinary") or None, int(f["distance_km"])),
            fare=FareCheck(
                str(fare["family"]), str(fare["cabin"]), bool(fare["refundable"]),
                _money(fare.get("refund_fee_eur")), bool(fare["changeable"]),
                _money(fare.get("change_fee_eur")), tuple(str(x) for x in fare["lines"]),
                _wording(fare, "lines")),
            duplicates=tuple(Duplicate(int(d["id"]), str(d["status"]), str(d["channel"]),
                                       str(d["created_at"])) for d in data["duplicates"]),
            eu261=Eu261Check(int(eu["amount_eur"]), str(eu["band"]), bool(eu["reduced"]),
                             tuple(str(x) for x in eu["reasons"]),
                             str(eu.get("refund_right") or "none"), _wording(eu, "reasons")),
        )


def _wording(data: dict[str, Any], plain: str) -> tuple[Line, ...]:
    """The lines as templates, when the backend sends them for every plain line (an older
    backend: none; the app then shows its plain English lines)."""
    try:
        lines = tuple(Line.from_json(x) for x in data.get("wording") or ())
    except ValueError:
        return ()
    return lines if len(lines) == len(data[plain]) else ()


@dataclass(frozen=True)
class RequestNote:
    at: str
    agent: str
    kind: str  # claim | decision | …
    text: str


@dataclass(frozen=True)
class RequestDetail(RequestSummary):
    """A request with the customer's words, the notes, and the check that reasons about it."""

    customer_message: str
    customer_reply: str | None
    decided_at: str | None
    notes: tuple[RequestNote, ...]
    check: RequestCheck
    member_language: str = "en"  # the member's profile language (replies.reply_language)

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> RequestDetail:
        try:
            return cls(
                **cls._fields(data),
                customer_message=str(data["customer_message"]),
                customer_reply=data.get("customer_reply"),
                decided_at=data.get("decided_at"),
                notes=tuple(RequestNote(str(n["at"]), str(n["agent"]), str(n["kind"]),
                                        str(n["text"])) for n in data["notes"]),
                check=RequestCheck.from_json(data["check"]),
                member_language=str(data.get("member_language") or "en"),
                source=data,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerError(f"The backend's request answer is malformed ({exc!r}).") from None

    def reply_facts(self) -> ReplyFacts:
        """What the customer reply templates may use (domain/replies.py)."""
        flight, fare, eu = self.check.flight, self.check.fare, self.check.eu261
        return ReplyFacts(
            customer_name=self.member_name, request_type=self.type,
            booking_code=self.booking_code, flight_number=flight.flight_number,
            flight_date=flight.date, origin=flight.origin, destination=flight.destination,
            flight_status=flight.status, arrival_delay_minutes=flight.arrival_delay_minutes,
            notice_days=flight.notice_days, extraordinary=flight.extraordinary,
            fare_family=fare.family, refundable=fare.refundable,
            refund_fee_eur=fare.refund_fee_eur, changeable=fare.changeable,
            change_fee_eur=fare.change_fee_eur, compensation_eur=eu.amount_eur,
            compensation_reduced=eu.reduced, refund_right=eu.refund_right,
        )
