"""Replay the outbox: in order per member, exactly once, one bad row never blocking the rest.

Each send uses the row's operation id as `Idempotency-Key`; the server stores it with the write
it makes, so a replay of something that did commit answers "already applied" (duplicate)
instead of applying again. What the server says decides the row's fate:

    applied / duplicate      done
    rejected / conflict      "Needs attention" with the server's reason
    offline, 429, 503        retried later: capped exponential backoff with full jitter, never
                             sooner than the server's Retry-After
    other 5xx                retried the same way; after `max_server_errors` tries it needs
                             attention, so that one broken row cannot hold its member's queue

The pieces are plain functions over plain data (`plan`, `decide`, `record`) so that the sends
can run on a network thread and the bookkeeping on the store's; the one loop that runs them
is `sync.service.Drain`.
"""

from __future__ import annotations

import logging
import random
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from typing import Any

from ..api.client import ApiClient, SentOperation
from ..domain.offline import Policy
from ..errors import (
    AuthError,
    Conflict,
    OfflineError,
    RateLimited,
    SecurityError,
    ServerError,
    ServiceUnavailable,
    UntrustedDestination,
    UserFacingError,
)
from ..operations.send import send as send_operation
from ..store.outbox import Entry, Outbox

log = logging.getLogger(__name__)


@dataclass
class Backoff:
    base: float = 1.0
    cap: float = 300.0
    rng: random.Random = field(default_factory=random.Random)

    def delay(self, attempts: int, retry_after: float | None = None) -> float:
        """Full jitter (AWS architecture blog): uniform in [0, min(cap, base·2^attempts)]."""
        delay = self.rng.uniform(0, min(self.cap, self.base * 2 ** min(attempts, 30)))
        return max(delay, retry_after) if retry_after is not None else delay


@dataclass(frozen=True)
class Decision:
    """What to do with a row after one send."""

    op_id: str
    state: str | None = None  # applied | duplicate | rejected | conflict: settled
    retry_at: float | None = None  # queued again, not before this time
    result: Any = None
    note: str | None = None
    stop: str | None = None  # stop this round: "offline", "busy", "signed-out"


def plan(entries: Iterable[Entry], now: float, blocked: set[str] | None = None) -> list[Entry]:
    """The rows to send now, oldest first: per member, only its oldest queued row, and only
    when that row is due (a later row of the same member never overtakes an earlier one)."""
    seen = set(blocked or ())
    chosen = []
    for entry in entries:
        if entry.member_key in seen:
            continue
        seen.add(entry.member_key)
        if entry.next_attempt_at <= now:
            chosen.append(entry)
    return chosen


def stop_reason(outcome: SentOperation | BaseException) -> str | None:
    """Why nothing more should be sent this round after `outcome`: the backend is away
    ("offline"), asked to slow down ("busy"), cannot be trusted ("untrusted": TLS failed or
    it redirected), or the sign-in ended ("signed-out")."""
    if isinstance(outcome, AuthError):
        return "signed-out"
    if isinstance(outcome, UntrustedDestination):
        return "untrusted"  # every row would go to the same destination
    if isinstance(outcome, RateLimited):
        return "busy"
    if isinstance(outcome, ServiceUnavailable) and outcome.maintenance:
        return None  # one capability is down: this member's queue waits, the others go on
    if isinstance(outcome, OfflineError):
        return "offline"
    return None


def attempt(client: ApiClient, entry: Entry) -> SentOperation | BaseException:
    """Send `entry` once; the answer or the error, for `Sender.decide`."""
    try:
        return send(client, entry)
    except Exception as exc:  # noqa: BLE001 - classified by Sender.decide
        return exc


def send_until_stopped(client: ApiClient, due: list[Entry]
                       ) -> list[tuple[Entry, SentOperation | BaseException]]:
    """Send `due` in order; after an answer that stops the round, send no more."""
    results: list[tuple[Entry, SentOperation | BaseException]] = []
    for entry in due:
        outcome = attempt(client, entry)
        results.append((entry, outcome))
        if stop_reason(outcome):
            break
    return results


def send(client: ApiClient, entry: Entry) -> SentOperation:
    """Send a saved operation under its operation id (see `operations.send`)."""
    return send_operation(client, entry.operation, entry.op_id)


class Sender:
    def __init__(self, outbox: Outbox, *, backoff: Backoff | None = None,
                 clock: Callable[[], float] = time.time, max_server_errors: int = 8) -> None:
        self.outbox = outbox
        self.backoff = backoff or Backoff()
        self.clock = clock
        self.max_server_errors = max_server_errors

    def decide(self, entry: Entry, outcome: SentOperation | BaseException) -> Decision:
        if isinstance(outcome, SentOperation):
            return Decision(entry.op_id, "duplicate" if outcome.replayed else "applied",
                            result=outcome.body)
        error = outcome
        message = getattr(error, "message", str(error))
        stop = stop_reason(error)
        if stop == "signed-out":
            return Decision(entry.op_id, stop=stop, note=message)
        # What was said, kept with the row as code and parameters too: Needs attention words
        # it in the agent's language (the note is the English, as it came).
        problem = {"code": getattr(error, "code", None), "params": getattr(error, "params", {}),
                   "errors": [vars(e) for e in getattr(error, "field_errors", [])]}
        if isinstance(error, UntrustedDestination):
            if entry.policy is Policy.REFUSE:  # as in maintenance: never applied by itself later
                return Decision(entry.op_id, "rejected", note=message, result=problem,
                                stop=stop)
            # Nothing reached the backend: the row waits, as offline, until it can be trusted.
            return self._later(entry, message, None, stop=stop)
        if isinstance(error, SecurityError):
            if getattr(error, "about_report", False):
                # A security report whose answer was refused may or may not have arrived:
                # sent again later under the same key, never dropped.
                return self._later(entry, message, None)
            return Decision(entry.op_id, "rejected", note=message, result=problem)
        if isinstance(error, Conflict):
            return Decision(entry.op_id, "conflict", note=message, result=problem)
        if isinstance(error, UserFacingError) and stop is None:
            # 400, 403, 404, 422: a business rule said no
            return Decision(entry.op_id, "rejected", note=message, result=problem)
        if isinstance(error, ServiceUnavailable) and error.maintenance \
                and entry.policy is Policy.REFUSE:
            # Not applied (that capability is down), and a write that needs the live state is
            # not to be applied by itself hours later: refused, saying until when.
            return Decision(entry.op_id, "rejected", note=message, result=problem)
        if isinstance(error, (RateLimited, OfflineError)):
            return self._later(entry, message, getattr(error, "retry_after", None), stop=stop)
        if isinstance(error, ServerError):
            if entry.attempts + 1 >= self.max_server_errors:
                return Decision(entry.op_id, "rejected", note=(
                    f"The backend failed on this operation {entry.attempts + 1} times: "
                    f"{message}"), result={"code": "failed-repeatedly",
                                           "params": {"attempts": entry.attempts + 1}})
            return self._later(entry, message, None)
        raise error  # a bug: workers never swallow exceptions

    def _later(self, entry: Entry, note: str, retry_after: float | None,
               stop: str | None = None) -> Decision:
        at = self.clock() + self.backoff.delay(entry.attempts, retry_after)
        return Decision(entry.op_id, retry_at=at, note=note, stop=stop)

    def record(self, decision: Decision) -> None:
        if decision.state is not None:
            self.outbox.settle(decision.op_id, decision.state, decision.result, decision.note)
        elif decision.retry_at is not None:
            self.outbox.retry_later(decision.op_id, decision.retry_at, decision.note or "")
