"""Who applies a miles credit at once, and who waits for a supervisor (DESIGN.md §4).

Each agent has a per-credit and a daily limit; above either, a credit is pending until a
supervisor who is not the requester approves it. The server decides with these functions;
the credit dialog uses the same ones to tell the agent beforehand.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from enum import Enum
from typing import Protocol


class Approval(Enum):
    """Why a credit waits for a supervisor (the server's `pending_reason` code)."""

    OVER_CREDIT_LIMIT = "over-credit-limit"
    OVER_DAILY_LIMIT = "over-daily-limit"


def approval_needed(miles: int, *, per_credit_limit: int, daily_limit: int,
                    applied_today: int | None) -> Approval | None:
    """Why `miles` wait for a supervisor, or None: applied at once. `applied_today` None: not
    known (the daily limit is then the server's to judge)."""
    if miles > per_credit_limit:
        return Approval.OVER_CREDIT_LIMIT
    if applied_today is not None and applied_today + miles > daily_limit:
        return Approval.OVER_DAILY_LIMIT
    return None


class CreditLike(Protocol):
    miles: int
    requested_by_id: int
    decided_by_name: str | None
    requested_at: str  # ISO time, UTC


def applied_today(credits: Iterable[CreditLike], agent_id: int, today: dt.date) -> int:
    """What counts toward `agent_id`'s daily limit on `today` (UTC): the miles they applied on
    their own authority that day (a supervisor's approval does not count)."""
    day = today.isoformat()
    return sum(c.miles for c in credits
               if c.requested_by_id == agent_id and c.decided_by_name is None
               and c.requested_at[:10] == day)


def needs_confirmation(miles: int, *, threshold: int) -> bool:
    """Whether approving `miles` asks the supervisor once more: above `threshold` (the
    managed config's `approval_confirm_miles`)."""
    return miles > threshold
