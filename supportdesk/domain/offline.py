"""What may be done while the backend is away (DESIGN.md §3 "Offline and sync").

Queue: the write waits in the outbox and is sent when the backend is back. Approval: it is
queued, but the server will hold it for a supervisor (a credit above the agent's limit is never
applied offline). Provisional: queued, and the member is told "pending confirmation" (award
bookings: the seat is only held when the server confirms). Refuse: not offline at all, with the
reason the agent can read out.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum


class Policy(Enum):
    QUEUE = "queue"
    APPROVAL = "approval"
    PROVISIONAL = "provisional"
    REFUSE = "refuse"


@dataclass(frozen=True)
class Verdict:
    policy: Policy
    reason: str  # for the agent: what happens now (or why not)


REFUSED = {
    "donation": "Miles donations move miles out of the account and need the live ledger; "
                "they are not taken offline.",
    "contact_change": "E-mail and phone changes need the live account (they are how the member "
                      "is reached to confirm other changes); they are not taken offline.",
    "profile_change": "Profile changes need the caller verified against the live account; "
                      "they are not taken offline.",
    "reversal": "Reversals need the live ledger; they are not taken offline.",
    "approval": "Approving or rejecting a credit needs its live state; not taken offline.",
    "upgrade": "Upgrades need the live ticket and seat map; they are not taken offline.",
    "award_cancellation": "Cancelling an award needs the live booking; not taken offline.",
    "request_claim": "Claiming a request needs the live queue (a colleague may have it); not "
                     "taken offline.",
}


def refusal(kind: str) -> str:
    """Why a write of `kind` that needs the backend is not taken while it is away."""
    if kind == "award_booking":  # a chosen flight; the route can still be booked provisionally
        return ("Booking a chosen flight needs the live seats; offline, the route can be "
                "booked provisionally instead.")
    return REFUSED.get(kind, "This needs the backend; it is not taken offline.")


def offline_verdict(kind: str, *, miles: int | None = None,
                    per_credit_limit: int | None = None) -> Verdict:
    """The policy for one write of `kind` made while the backend cannot be reached."""
    if kind == "credit":
        if miles is not None and per_credit_limit is not None and miles > per_credit_limit:
            return Verdict(Policy.APPROVAL, (
                f"Queued. {miles:,} miles is above your limit of {per_credit_limit:,}: when the "
                f"backend is back it goes to a supervisor for approval, not to the account."))
        return Verdict(Policy.QUEUE, "Queued: it is credited when the backend is back.")
    if kind == "request_decision":
        return Verdict(Policy.QUEUE, "Queued: the decision is recorded when the backend is "
                                     "back.")
    if kind == "award_booking":
        return Verdict(Policy.PROVISIONAL, (
            "Provisional: tell the member the booking is pending confirmation. If the seat is "
            "gone when the backend is back, it becomes a call-back task."))
    return Verdict(Policy.REFUSE, refusal(kind))
