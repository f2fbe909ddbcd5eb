"""What may be done while the backend is away (DESIGN.md §3 "Offline and sync").

Queue: the write waits in the outbox and is sent when the backend is back. Approval: it is
queued, but the server will hold it for a supervisor (a credit above the agent's limit is never
applied offline). Provisional: queued, and the member is told "pending confirmation" (award
bookings on a route: the seat is only held when the server confirms). Refuse: not offline at
all. Each kind of write has its policy in its specification (`supportdesk.operations`); the
rules that depend on the write itself are here.
"""

from __future__ import annotations

from enum import Enum


class Policy(Enum):
    QUEUE = "queue"
    APPROVAL = "approval"
    PROVISIONAL = "provisional"
    REFUSE = "refuse"

    @property
    def may_wait(self) -> bool:
        """Saved and sent later by itself when the backend is away (not refused)."""
        return self is not Policy.REFUSE


def credit_policy(miles: int | None, per_credit_limit: int | None) -> Policy:
    """A credit made offline: queued, or — above the agent's per-credit limit — queued for a
    supervisor's approval, never applied by itself. Miles not known yet (a retro claim, priced
    by the server) are the server's to judge."""
    if miles is not None and per_credit_limit is not None and miles > per_credit_limit:
        return Policy.APPROVAL
    return Policy.QUEUE
