"""Offline work without Qt: the agent's local store and outbox, the one drain loop, and the
one way a write is submitted (saved first, then sent, then its outcome recorded).

The work hops between two places: everything that touches the store runs where the store
lives (one thread, the store worker), every request runs on a network thread. `Hops` is that
hop; the GUI passes its task manager's pools, tests and tools pass `InlineHops` (everything
in the calling thread) — the loop is the same code either way.
"""

from __future__ import annotations

import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING, Any, Protocol, TypeVar

from ..api.client import SentOperation
from ..errors import RefusedOffline, SupportDeskError
from ..operations.kinds import Operation
from ..store.crypto import Cipher
from ..store.local import ATTENTION, LocalStore, SetAside, open_store
from ..store.outbox import DONE, Entry, Outbox
from .sender import Backoff, Decision, Sender, attempt, plan, send_until_stopped

if TYPE_CHECKING:
    from ..api.client import ApiClient

log = logging.getLogger(__name__)
T = TypeVar("T")
Outcome = SentOperation | BaseException


class Hops(Protocol):
    """Run `fn` where the store lives, or on a network thread; then `then(result)` (or
    `failed(error)`) where the caller lives."""

    def store(self, fn: Callable[[], T], then: Callable[[T], Any],
              failed: Callable[[BaseException], Any]) -> None: ...

    def network(self, fn: Callable[[], T], then: Callable[[T], Any],
                failed: Callable[[BaseException], Any]) -> None: ...


class InlineHops:
    """Every hop in the calling thread, one after the other (a trampoline: a drain of many
    rounds does not grow the stack)."""

    def __init__(self) -> None:
        self._pending: deque[tuple[Callable[[], Any], Callable[[Any], Any],
                                   Callable[[BaseException], Any]]] = deque()
        self._running = False

    def store(self, fn: Callable[[], T], then: Callable[[T], Any],
              failed: Callable[[BaseException], Any]) -> None:
        self._pending.append((fn, then, failed))
        if self._running:
            return
        self._running = True
        try:
            while self._pending:
                fn, then, failed = self._pending.popleft()
                try:
                    result = fn()
                except Exception as exc:  # noqa: BLE001 - handed to the caller's `failed`
                    failed(exc)
                else:
                    then(result)
        except BaseException:
            self._pending.clear()  # what raised ends its chain; nothing stale runs later
            raise
        finally:
            self._running = False

    network = store


class LocalSync:
    """One agent's outbox on one backend, and the sender's bookkeeping. Its methods run where
    the store lives (the store worker)."""

    def __init__(self, store: LocalStore, agent: str, backend_id: str, *,
                 backoff: Backoff | None = None, clock: Callable[[], float] = time.time,
                 set_aside: SetAside | None = None) -> None:
        self.store = store
        self.set_aside = set_aside
        self.outbox = Outbox(store)
        self.sender = Sender(self.outbox, backoff=backoff or Backoff(base=1.0, cap=120.0),
                             clock=clock)
        self.agent, self.backend_id = agent, backend_id
        self.clock = clock

    @classmethod
    def open(cls, path: Path, key: bytes, agent: str, backend_id: str) -> LocalSync:
        """Open (or create) the store at `path`; an unreadable one is set aside first."""
        store, set_aside = open_store(path, Cipher(key))
        return cls(store, agent, backend_id, set_aside=set_aside)

    def counts(self) -> tuple[int, float | None, int]:
        return self.outbox.counts(self.agent, self.backend_id)

    def queued(self) -> list[Entry]:
        return self.outbox.queued(self.agent, self.backend_id)

    def due(self) -> list[Entry]:
        return plan(self.queued(), self.clock())

    def pending(self) -> tuple[int, float | None]:
        """How many operations wait, and when the first of them is due."""
        queued = self.queued()
        return len(queued), min((e.next_attempt_at for e in queued), default=None)

    def save(self, operation: Operation, op_id: str, replaces: Entry | None = None) -> Entry:
        """Saved for good when this returns; `replaces`: the refused entry this edits."""
        if replaces is not None:
            return self.outbox.resubmit(replaces.op_id, operation, new_id=op_id)
        return self.outbox.add(self.agent, self.backend_id, operation, op_id=op_id)

    def record(self, entry: Entry, outcome: Outcome, *, interactive: bool = False) -> Decision:
        """Decide what `outcome` means for `entry` and write it down. `interactive`: the agent
        saw the answer in the dialog they are in, so a refusal is closed, not left to the
        "Needs attention" list."""
        decision = self.sender.decide(entry, outcome)
        self.sender.record(decision)
        current = self.outbox.get(entry.op_id)
        if interactive and current is not None and current.state in ATTENTION:
            self.outbox.discard(entry.op_id, f"Refused while the agent was on it: "
                                             f"{decision.note}")
        return decision

    def record_round(self, results: list[tuple[Entry, Outcome]]) -> Round:
        decisions = [self.record(entry, outcome) for entry, outcome in results]
        applied = [entry for (entry, _o), d in zip(results, decisions, strict=True)
                   if d.state in DONE]
        return Round(decisions, applied, *self.pending())


@dataclass(frozen=True)
class Round:
    decisions: list[Decision]
    applied: list[Entry]  # applied or found applied: what the screen should show
    left: int
    next_due: float | None


@dataclass
class DrainReport:
    applied: int = 0
    duplicate: int = 0
    rejected: int = 0
    conflict: int = 0
    retried: int = 0
    left: int = 0
    stopped: str | None = None  # offline | busy | signed-out
    next_attempt_at: float | None = None

    def count(self, decision: Decision) -> None:
        if decision.state is None:
            self.retried += 1
        else:
            setattr(self, decision.state, getattr(self, decision.state) + 1)


class Drain:
    """The drain loop, the only one: rounds of what is due (store) → sent until something
    stops the round (network) → outcomes recorded (store), until nothing is due now or the
    backend is away. One drain at a time; whatever fails on the way ends it (reported, never
    swallowed), and the next `run` starts afresh."""

    def __init__(self, local: LocalSync, client: ApiClient, hops: Hops, *,
                 on_sent: Callable[[list[tuple[Entry, Outcome]]], None] | None = None,
                 on_settled: Callable[[Entry], None] | None = None) -> None:
        self.local, self.client, self.hops = local, client, hops
        self.on_sent = on_sent  # each round's raw outcomes (the connection state)
        self.on_settled = on_settled
        self.running = False
        self.cancelled = False

    def cancel(self) -> None:
        """No further step of a running drain, nor any new one (the store is closing)."""
        self.cancelled = True

    def run(self, done: Callable[[DrainReport], Any],
            failed: Callable[[BaseException], Any]) -> bool:
        """Start a drain; False if one is running already."""
        if self.running or self.cancelled:
            return False
        self.running = True
        report = DrainReport()
        local, client, hops = self.local, self.client, self.hops

        def finish(stopped: Decision | None, left: int, next_due: float | None) -> None:
            self.running = False
            report.left = left
            report.next_attempt_at = next_due
            if stopped is not None:
                report.stopped = stopped.stop
                if stopped.retry_at is not None:
                    # Offline or told to back off: nothing goes before the row that found out.
                    report.next_attempt_at = max(next_due or 0, stopped.retry_at)
            done(report)

        def fail(error: BaseException) -> None:
            self.running = False
            failed(error)

        def step(callback: Callable[[T], None]) -> Callable[[T], None]:
            """A continuation that, if it raises, ends the drain before reporting."""
            def run_step(value: T) -> None:
                if self.cancelled:
                    self.running = False
                    return
                try:
                    callback(value)
                except BaseException as exc:  # noqa: BLE001 - handed on, never swallowed
                    fail(exc)
            return run_step

        def send_round(due: list[Entry]) -> None:
            if not due:
                hops.store(local.pending, step(lambda p: finish(None, *p)), fail)
                return
            hops.network(lambda: send_until_stopped(client, due), step(sent), fail)

        def sent(results: list[tuple[Entry, Outcome]]) -> None:
            if self.on_sent is not None:
                self.on_sent(results)
            hops.store(lambda: local.record_round(results), step(recorded), fail)

        def recorded(done_round: Round) -> None:
            stopped = next((d for d in done_round.decisions if d.stop), None)
            for decision in done_round.decisions:
                report.count(decision)
            if self.on_settled is not None:
                for entry in done_round.applied:
                    self.on_settled(entry)
            if stopped is None and done_round.next_due is not None \
                    and done_round.next_due <= local.clock():
                hops.store(local.due, step(send_round), fail)  # more is due now
            else:
                finish(stopped, done_round.left, done_round.next_due)

        hops.store(local.due, step(send_round), fail)
        return True


def drain_now(local: LocalSync, client: ApiClient) -> DrainReport:
    """One drain by the same loop, every hop in the calling thread (tests, benchmarks, tools);
    a failure raises."""
    reports: list[DrainReport] = []

    def failed(error: BaseException) -> None:
        raise error

    Drain(local, client, InlineHops()).run(reports.append, failed)
    (report,) = reports
    return report


@dataclass(frozen=True)
class Submitted:
    """The answer to `submit`: settled at once, or queued for later."""

    entry: Entry
    decision: Decision | None = None  # None: saved, not sent yet (offline)
    error: SupportDeskError | None = None  # the refusal, if refused at once

    @property
    def queued(self) -> bool:
        return self.decision is None or self.decision.state is None

    @property
    def result(self) -> Any:
        return None if self.decision is None else self.decision.result


def submit(local: LocalSync, client: ApiClient, hops: Hops, operation: Operation, op_id: str,
           *, offline: bool, done: Callable[[Submitted], Any],
           failed: Callable[[BaseException], Any],
           on_saved: Callable[[Entry], None] | None = None,
           on_sent: Callable[[Outcome], None] | None = None, interactive: bool = True,
           replaces: Entry | None = None) -> None:
    """The one way a write the agent makes goes out: saved to the outbox under `op_id` before
    anything is sent, then sent at once unless `offline`, then its outcome recorded. `done`
    gets the outcome: settled (applied, duplicate, or — `interactive`, the agent looking at
    the answer — refused and closed), or queued for the drain. A write that cannot wait
    (`Policy.REFUSE`) is not even saved while `offline`: `failed(RefusedOffline)`."""
    if offline and not operation.policy.may_wait:
        failed(RefusedOffline(operation.spec.offline_reason, code="refused-offline",
                              kind=operation.kind))
        return

    def saved(entry: Entry) -> None:
        if on_saved is not None:
            on_saved(entry)
        if offline:
            done(Submitted(entry))
            return
        hops.network(lambda: attempt(client, entry), lambda outcome: sent(entry, outcome),
                     failed)

    def sent(entry: Entry, outcome: Outcome) -> None:
        if on_sent is not None:
            on_sent(outcome)
        hops.store(lambda: local.record(entry, outcome, interactive=interactive),
                   lambda decision: recorded(entry, outcome, decision), failed)

    def recorded(entry: Entry, outcome: Outcome, decision: Decision) -> None:
        error = outcome if isinstance(outcome, SupportDeskError) else None
        done(Submitted(entry, decision, error if decision.state in ATTENTION else None))

    hops.store(lambda: local.save(operation, op_id, replaces), saved, failed)
