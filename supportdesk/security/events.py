"""Security events: an answer the client refused because it was not the answer to its
question (about another member, another agent, another search, or another request).

The app shows the agent an alert and none of the answer's data, and reports the event to the
backend (`POST /api/v1/security-events`, a write like any other: saved first, queued while
offline, sent with an Idempotency-Key), where it goes into the audit trail. The event names
what was asked and what came back, never the rest of the answer.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from enum import Enum
from typing import Any

from ..errors import SecurityError, UntrustedDestination, WrongMemberError


class Caught(Enum):
    """What kind of answer was refused; the backend accepts these and no others."""

    WRONG_MEMBER = "wrong-member"  # an account, ledger, search hit or write about another
    SIGNIN_MISMATCH = "signin-mismatch"  # the sign-in answer named another agent
    SEARCH_MISMATCH = "search-mismatch"  # the answer of another search
    REQUEST_ID_MISMATCH = "request-id-mismatch"  # a cached or replayed answer


CAUGHT_CODES: tuple[str, ...] = tuple(c.value for c in Caught)
AGENT_NAME_MAX = 64  # a username, as the sign-in answer gave it


@dataclass(frozen=True)
class SecurityEvent:
    caught: Caught
    caught_at: str  # ISO 8601, the workstation's clock (UTC)
    request_id: str | None = None  # the X-Request-ID of the refused exchange
    member_number: str | None = None  # the member asked for
    answered_member_number: str | None = None  # the member the refused answer was about
    answered_agent: str | None = None  # the agent a refused sign-in answer named

    def body(self) -> dict[str, Any]:
        return {"code": self.caught.value, "caught_at": self.caught_at,
                "request_id": self.request_id, "member_number": self.member_number,
                "answered_member_number": self.answered_member_number,
                "answered_agent": self.answered_agent}


def event_of(error: BaseException, now: dt.datetime | None = None) -> SecurityEvent | None:
    """The event to report for `error`, or None: not a refused answer (an untrusted
    destination got nothing and said nothing), already reported, or about a report itself
    (a report whose answer is refused is sent again, not reported again)."""
    if not isinstance(error, SecurityError) or isinstance(error, UntrustedDestination):
        return None
    if getattr(error, "reported", False) or getattr(error, "about_report", False):
        return None
    try:
        caught = Caught(error.code)
    except ValueError:
        caught = Caught.WRONG_MEMBER if isinstance(error, WrongMemberError) else None
    if caught is None:
        return None
    at = (now or dt.datetime.now(dt.timezone.utc)).isoformat(timespec="seconds")
    asked = getattr(error, "asked", None)
    answered = getattr(error, "answered", None)
    return SecurityEvent(caught, at, request_id=error.request_id,
                         member_number=asked if _is_member_number(asked) else None,
                         answered_member_number=answered if _is_member_number(answered)
                         else None,
                         answered_agent=_agent_name(getattr(error, "answered_agent", None)))


def mark_reported(error: BaseException) -> None:
    """The same error reaches several listeners (the page and the sender): reported once."""
    error.reported = True  # type: ignore[attr-defined]


def _is_member_number(value: Any) -> bool:
    from ..domain.identifiers import InvalidIdentifier, parse_member_number

    if not isinstance(value, str):
        return False
    try:
        return parse_member_number(value) == value
    except InvalidIdentifier:
        return False


def _agent_name(value: Any) -> str | None:
    if not isinstance(value, str) or not value:
        return None
    return value[:AGENT_NAME_MAX]
