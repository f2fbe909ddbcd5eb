"""Plain data the client returns: dataclasses, safe to pass between threads."""

from __future__ import annotations

from dataclasses import MISSING, dataclass, field, fields
from typing import Any, Self

from ..errors import ServerError


class FromJson:
    """Build a dataclass from a JSON object; a missing field is a contract violation."""

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Self:
        values, missing = {}, []
        for f in fields(cls):  # type: ignore[arg-type]
            if f.name in data:
                values[f.name] = data[f.name]
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
    until: str | None = None
    message: str | None = None


@dataclass(frozen=True)
class Health:
    status: str
    version: str
    demo: bool
    capabilities: dict[str, Capability]

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Health:
        caps = {
            name: Capability(c.get("state", "available"), c.get("until"), c.get("message"))
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


@dataclass(frozen=True)
class LedgerEntry(FromJson):
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
