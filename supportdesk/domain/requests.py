"""Refund and rebooking requests: their states, and who may claim or decide one.

The server enforces these rules; the app uses the same functions to grey out what would be
refused and to say why. A refusal is a stable code (the server's problem `code`), never a
sentence: each side words it for its reader.
"""

from __future__ import annotations

import datetime as dt
from enum import Enum

REQUEST_TYPES = ("refund", "rebooking")
# The service level: a request is answered within this many hours of being received (a
# rebooking is for a trip still to make, so it is more urgent). One home: the server's due
# times and the demo data come from `sla_due`.
SLA_HOURS = {"refund": 72, "rebooking": 24}
DUE_SOON_HOURS = 4  # an open request due within this long is "due soon"
OPEN_STATUSES = ("new", "in_review", "needs_info", "escalated")
CLOSED_STATUSES = ("approved", "rejected")
STATUSES = OPEN_STATUSES + CLOSED_STATUSES
DECISIONS = ("approve", "reject", "needs_info", "escalate")
# The customer is told when their request is decided or when something is missing; an
# escalation is internal.
REPLY_REQUIRED = frozenset({"approve", "reject", "needs_info"})


def sla_due(request_type: str, received: dt.datetime) -> dt.datetime:
    """When a request of `request_type` received at `received` must be answered."""
    if request_type not in SLA_HOURS:
        raise ValueError(f"unknown request type {request_type!r}")
    return received + dt.timedelta(hours=SLA_HOURS[request_type])


def sla_state(due: dt.datetime, now: dt.datetime) -> str:
    """An open request's SLA state at `now`: "overdue", "due_soon" or "within"."""
    if due < now:
        return "overdue"
    if due - now <= dt.timedelta(hours=DUE_SOON_HOURS):
        return "due_soon"
    return "within"


class Refusal(Enum):
    CLOSED = "request-closed"  # decided already
    CLAIMED_BY_OTHER = "claimed-by-other"  # a colleague is working on it
    NOT_ASSIGNEE = "not-assignee"  # claim it first (or be a supervisor)
    ESCALATED = "escalated"  # a supervisor decides


def claim_refusal(status: str, assignee_id: int | None, agent_id: int) -> Refusal | None:
    """Why `agent_id` may not claim a request in `status` assigned to `assignee_id`, or None.
    Claiming one's own request again changes nothing and is allowed."""
    if status not in OPEN_STATUSES:
        return Refusal.CLOSED
    if assignee_id not in (None, agent_id):
        return Refusal.CLAIMED_BY_OTHER
    return None


def decide_refusal(status: str, assignee_id: int | None, agent_id: int, *,
                   supervisor: bool) -> Refusal | None:
    """Why `agent_id` may not decide it, or None: its assignee decides, or a supervisor; an
    escalated request only a supervisor."""
    if status not in OPEN_STATUSES:
        return Refusal.CLOSED
    if assignee_id != agent_id and not supervisor:
        return Refusal.NOT_ASSIGNEE
    if status == "escalated" and not supervisor:
        return Refusal.ESCALATED
    return None
