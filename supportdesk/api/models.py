"""Plain data the client returns: dataclasses, safe to pass between threads."""

from __future__ import annotations

import sys
from dataclasses import MISSING, dataclass, field, fields
from typing import Any, ClassVar, Self

from ..errors import ServerError


class FromJson:
    """Build a dataclass from a JSON object; a missing field is a contract violation."""

    __slots__ = ()  # so that a slots=True dataclass below stays without a __dict__
    # Fields with a handful of values repeated on thousands of rows: one shared string each.
    SHARED: ClassVar[frozenset[str]] = frozenset()

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        values, missing = {}, []
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                value = data[f.name]
                if f.name in cls.SHARED and isinstance(value, str):
                    value = sys.intern(value)
                values[f.name] = value
            elif f.default is MISSING:
                missing.append(f.name)
        if missing:
            raise ServerError(f"The backend's answer lacks {', '.join(missing)}.")
        return cls(**values)


@dataclass(frozen=True)
class AgentInfo:
    id: int
    username: str
    name: str
    role: str
    per_credit_limit: int
    daily_limit: int

    @property
    def is_supervisor(self) -> bool:
        return self.role == "supervisor"

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AgentInfo:
        limits = data.get("limits") or {}
        return cls(
            id=int(data["id"]),
            username=str(data["username"]),
            name=str(data["name"]),
            role=str(data["role"]),
            per_credit_limit=int(limits.get("per_credit_miles", 0)),
            daily_limit=int(limits.get("daily_miles", 0)),
        )


@dataclass(frozen=True)
class LoginResult:
    token: str = field(repr=False)
    expires_at: str
    agent: AgentInfo


@dataclass(frozen=True)
class Capability:
    state: str
    until: str | None = None  # ISO date-time with offset
    message: str | None = None  # the server's sentence about it
    note: str | None = None  # the operator's own words


@dataclass(frozen=True)
class Health:
    status: str
    version: str
    demo: bool
    capabilities: dict[str, Capability]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Health:
        caps = {
            name: Capability(c.get("state", "available"), c.get("until"), c.get("message"),
                             c.get("note"))
            for name, c in (data.get("capabilities") or {}).items()
        }
        return cls(str(data["status"]), str(data["version"]), bool(data.get("demo")), caps)


@dataclass(frozen=True)
class MemberHit(FromJson):
    member_number: str
    first_name: str
    last_name: str
    tier: str
    status: str
    city: str
    country: str
    email_masked: str
    phone_masked: str
    matched_by: str
    match_detail: str | None


@dataclass(frozen=True)
class SearchPage:
    query: str
    kind: str
    results: tuple[MemberHit, ...]
    truncated: bool


@dataclass(frozen=True)
class MemberAccount(FromJson):
    member_number: str
    title: str | None
    first_name: str
    last_name: str
    tier: str
    status: str
    member_since: str
    miles_balance: int
    birth_date_masked: str
    email_masked: str
    phone_masked: str
    address_masked: str
    language: str

    @property
    def display_name(self) -> str:
        return " ".join(p for p in (self.title, self.first_name, self.last_name) if p)


@dataclass(frozen=True, slots=True)  # a member may have 10,000 of them on screen
class LedgerEntry(FromJson):
    SHARED: ClassVar[frozenset[str]] = frozenset({"kind"})

    id: int
    posted_at: str
    kind: str
    miles: int
    description: str
    reference: str | None
    reverses_id: int | None


@dataclass(frozen=True)
class LedgerPage:
    member_number: str
    entries: tuple[LedgerEntry, ...]
    total: int
    next_before: int | None


@dataclass(frozen=True)
class Credit:
    """A miles credit: applied at once, or pending until a supervisor decides."""

    id: int
    member_number: str
    miles: int
    kind: str  # retro_claim | goodwill | correction
    reason: str
    reference: str | None
    status: str  # applied | pending | rejected
    requested_by_id: int
    requested_by_name: str
    requested_at: str
    decided_by_name: str | None
    decided_at: str | None
    decision_note: str | None
    pending_reason: str | None = None  # why it waits; only in the answer to a proposal
    # Only in a list of credits (`listed`): what a supervisor signs off without opening the
    # member (the name, no contact data; the balance when listed) and who asked.
    member_name: str | None = None
    member_tier: str | None = None
    member_balance: int | None = None
    requested_by_username: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any], *, listed: bool = False) -> Credit:
        """`listed`: an item of GET /credits, which must carry the member and the requester's
        user name."""
        try:
            requester = data["requested_by"]
            decider = data.get("decided_by") or {}
            more: dict[str, Any] = {}
            if listed:
                more = dict(member_name=str(data["member_name"]),
                            member_tier=str(data["member_tier"]),
                            member_balance=int(data["member_balance"]),
                            requested_by_username=str(requester["username"]))
            return cls(
                id=int(data["id"]),
                member_number=str(data["member_number"]),
                miles=int(data["miles"]),
                kind=str(data["kind"]),
                reason=str(data["reason"]),
                reference=data.get("reference"),
                status=str(data["status"]),
                requested_by_id=int(requester["id"]),
                requested_by_name=str(requester["name"]),
                requested_at=str(data["requested_at"]),
                decided_by_name=decider.get("name"),
                decided_at=data.get("decided_at"),
                decision_note=data.get("decision_note"),
                pending_reason=data.get("pending_reason"),
                **more,
            )
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerError(f"The backend's credit answer is malformed ({exc!r}).") from None


@dataclass(frozen=True)
class RetroFlight:
    """The flight of a retro claim, as the agent entered it (the server prices it)."""

    ticket_number: str
    flight_number: str
    flight_date: str  # ISO date
    booking_class: str
    origin: str
    destination: str

    def to_json(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self)}


@dataclass(frozen=True)
class Reversal(FromJson):
    """The ledger entry that reverses another; `balance` is the member's balance after it."""

    id: int
    member_number: str
    reverses_id: int
    miles: int
    balance: int
