"""The validated input of every write: what the routes take and the actions act on.

Field rules come from domain/ (limits, the text rule, identifiers) through fields.py, so the
desktop app's forms check the same.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, Field, ValidationInfo, field_validator, model_validator

from ..domain import limits, reveal
from ..domain.awards import check_names_for
from ..domain.identifiers import InvalidIdentifier, parse_email, parse_phone
from ..domain.requests import DECISIONS
from ..security.events import CAUGHT_CODES
from .fields import (
    AirportCode,
    CabinName,
    IsoDate,
    IsoDateTime,
    MemberNumber,
    PositiveId,
    TicketNumber,
    text_field,
)

# Credits and reversals.

class RetroFlight(BaseModel):
    ticket_number: TicketNumber
    flight_number: str = Field(pattern=r"^[A-Z0-9]{2}\d{1,4}$")
    flight_date: IsoDate
    booking_class: str = Field(pattern=r"^[A-Z]$")
    origin: str = Field(pattern=r"^[A-Za-z]{3}$")
    destination: str = Field(pattern=r"^[A-Za-z]{3}$")


class CreditIn(BaseModel):
    member_number: MemberNumber
    miles: int | None = Field(default=None, ge=1, le=limits.MAX_CREDIT_MILES)
    kind: Literal["retro_claim", "goodwill", "correction"]
    reason: text_field(limits.CREDIT_REASON)
    reference: text_field(limits.CREDIT_REFERENCE) | None = None
    flight: RetroFlight | None = None


class DecidedCredit(BaseModel):
    """What the supervisor saw of the credit they decide: a decision of a credit that is not
    this member's or not these miles changes nothing (409 credit-mismatch)."""

    member_number: MemberNumber
    miles: int = Field(ge=1, le=limits.MAX_CREDIT_MILES)


class Decision(DecidedCredit):
    note: text_field(limits.APPROVAL_NOTE) | None = None


class Rejection(DecidedCredit):
    note: text_field(limits.REJECTION_NOTE)


class ReversalIn(BaseModel):
    member_number: MemberNumber  # whose entry it must be: a mistyped id reverses nothing
    reason: text_field(limits.REVERSAL_REASON)


# Awards.

class PassengerNameIn(BaseModel):
    """One traveller as on the ticket: letters, spaces, hyphens, apostrophes (TICKET_NAME)."""

    given_name: text_field(limits.TICKET_NAME)
    surname: text_field(limits.TICKET_NAME)


class AwardIn(BaseModel):
    """A flight chosen from the availability (`inventory_id`), or — for a booking taken while
    the agent could not see the seats (offline, provisional) — the route, day and cabin: the
    first flight of that day with enough seats is booked, else it is sold out (409). Every
    passenger is named, one name per seat."""

    member_number: MemberNumber
    inventory_id: PositiveId | None = None
    origin: AirportCode | None = None
    destination: AirportCode | None = None
    date: IsoDate | None = None
    cabin: CabinName | None = None
    passengers: int = Field(ge=1, le=limits.MAX_PASSENGERS)
    passenger_names: list[PassengerNameIn] = Field(min_length=1,
                                                   max_length=limits.MAX_PASSENGERS)

    @field_validator("passenger_names")
    @classmethod
    def _one_name_per_seat(cls, names: list[PassengerNameIn],
                           info: ValidationInfo) -> list[PassengerNameIn]:
        if "passengers" in info.data:  # else the count is refused on its own
            check_names_for(info.data["passengers"], len(names))
        return names

    @model_validator(mode="after")
    def _one_way_to_name_the_flight(self) -> AwardIn:
        route = (self.origin, self.destination, self.date, self.cabin)
        if self.inventory_id is None and None in route:
            raise ValueError("give inventory_id, or origin, destination, date and cabin")
        if self.inventory_id is not None and any(v is not None for v in route):
            raise ValueError("give inventory_id or the route, not both")
        return self


class UpgradeIn(BaseModel):
    member_number: MemberNumber
    ticket_number: TicketNumber
    to_cabin: CabinName


class CancelIn(BaseModel):
    member_number: MemberNumber  # whose award it must be: a mistyped code cancels nothing
    reason: text_field(limits.AWARD_CANCEL_REASON)


# The request queue.

class DecisionIn(BaseModel):
    decision: Literal[DECISIONS]  # type: ignore[valid-type]
    note: text_field(limits.REQUEST_NOTE)
    customer_reply: text_field(limits.CUSTOMER_REPLY) | None = None


# Caller verification and profile changes.

class VerifyIn(BaseModel):
    method: Literal["dob_postcode", "pin"]
    birth_date: IsoDate | None = None
    postcode: text_field(limits.POSTCODE) | None = None
    pin: str | None = Field(default=None, pattern=limits.PIN.pattern)

    @model_validator(mode="after")
    def _complete(self) -> VerifyIn:
        if self.method == "pin" and not self.pin:
            raise ValueError("Enter the member's PIN.")
        if self.method == "dob_postcode" and (self.birth_date is None or not self.postcode):
            raise ValueError("Enter the date of birth and the postcode.")
        return self


class ProfileChanges(BaseModel):
    street: text_field(limits.STREET) | None = None
    postcode: text_field(limits.POSTCODE) | None = None
    city: text_field(limits.CITY) | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    phone: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=limits.MAX_EMAIL)
    language: Literal[limits.PROFILE_LANGUAGES] | None = None  # type: ignore[valid-type]

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            phone = parse_phone(value)
        except InvalidIdentifier as exc:
            raise ValueError(exc.message) from None
        if phone.e164 is None:
            raise ValueError("Give the phone number in international form, e.g. +49 151 …")
        return phone.e164

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        return None if value is None else parse_email(value)


class ProfileIn(BaseModel):
    verification_id: str = Field(pattern=r"^[A-Za-z0-9_\-]{10,40}$")
    changes: ProfileChanges

    @model_validator(mode="after")
    def _something(self) -> ProfileIn:
        if not self.changes.model_dump(exclude_none=True):
            raise ValueError("Nothing to change.")
        return self


# Closing a refused write.

class ClosureIn(BaseModel):
    outcome: Literal["discarded", "called_back"]
    reason: text_field(limits.CLOSURE_REASON)
    member_number: MemberNumber


# Security events: an answer the client refused (security/events.py).

class SecurityEventIn(BaseModel):
    code: Literal[CAUGHT_CODES]  # type: ignore[valid-type]
    caught_at: IsoDateTime
    request_id: str | None = Field(default=None, pattern=r"^[A-Za-z0-9._:-]{1,64}$")
    member_number: MemberNumber | None = None
    answered_member_number: MemberNumber | None = None
    answered_agent: str | None = Field(default=None, pattern=r"^[A-Za-z0-9._@-]{1,64}$")


# Revealing masked personal data (actions/reveal.py).

class RevealReason(BaseModel):
    code: Literal[reveal.REASONS]  # type: ignore[valid-type]
    text: text_field(limits.REVEAL_REASON) | None = None

    @model_validator(mode="after")
    def _words_where_needed(self) -> RevealReason:
        reveal.check_reason(self.code, self.text)  # TextProblem: 422 naming "reason"
        return self


class RevealIn(BaseModel):
    member_number: MemberNumber  # the member the agent has open: the path must name it too
    fields: list[Literal[reveal.FIELDS]] = Field(  # type: ignore[valid-type]
        min_length=1, max_length=len(reveal.FIELDS))
    reason: RevealReason

    @field_validator("fields")
    @classmethod
    def _each_once(cls, fields: list[str]) -> list[str]:
        if len(set(fields)) != len(fields):
            raise ValueError("Name each field once.")
        return fields


# Offline reads: what the agent opened from the offline copy, reported once back.

class OfflineReadIn(BaseModel):
    member_number: MemberNumber  # whose data was read: the member, or the request's member
    what: Literal["member", "request"]
    request_id: PositiveId | None = None  # the request opened (what = "request")
    opened_at: IsoDateTime  # the agent's computer's time when the copy was shown

    @model_validator(mode="after")
    def _request_named_once(self) -> OfflineReadIn:
        if (self.what == "request") != (self.request_id is not None):
            raise ValueError("Name the request (request_id) for what = request, and only then.")
        return self
