"""The GUI side of offline work: one `SyncController` per signed-in agent.

It opens the encrypted local store on the store worker (the only thread that touches it) and
runs the core's offline work there and on the HTTP pool (`sync.service`: `submit`, and the one
`Drain` loop); what is left here is Qt's part: the timers (health, retries), the signals that
tell the window where things stand (`changed`, `settled`), and the hops between threads. The
GUI thread only ever gets plain data back.
"""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, replace
from pathlib import Path
from typing import Any, TypeVar

from PySide6.QtCore import QObject, QTimer, Signal

from ...api.client import SentOperation
from ...api.models import (
    AgentInfo,
    Health,
    LedgerPage,
    MemberAccount,
    SearchPage,
)
from ...backend import Backend
from ...domain.query import classify_query
from ...errors import SupportDeskError
from ...operations import Operation, build
from ...security.events import SecurityEvent, event_of, mark_reported
from ...store.crypto import StoreKeyUnavailable, load_or_create_key
from ...store.local import SetAside, StoreError
from ...store.outbox import DONE, Entry, Outbox
from ...sync.cached_search import search_copies
from ...sync.connection import ConnectionTracker, State, Status
from ...sync.service import Drain, DrainReport, LocalSync, Submitted, submit
from ..messages import error_text
from ..taskman import Op, TaskHops, TaskManager

log = logging.getLogger(__name__)
T = TypeVar("T")


@dataclass(frozen=True)
class SyncState:
    """What the banner shows."""

    status: Status
    queued: int = 0
    oldest: float | None = None  # time.time() of the oldest queued operation
    attention: int = 0
    store: str = "ok"  # ok | unavailable (no keyring) | failed
    store_reason: str = ""
    set_aside: SetAside | None = None  # an unreadable store moved away at start

    @property
    def offline(self) -> bool:
        return self.status.state is State.OFFLINE


class SyncController(QObject):
    changed = Signal(object)  # SyncState
    settled = Signal(object)  # Entry, after an operation was applied (or found applied)
    security_alert = Signal(object)  # SecurityEvent: an answer refused, being reported
    backend_back = Signal()  # signed in offline, and the backend answers: sign in to send

    def __init__(self, taskman: TaskManager, backend: Backend, agent: AgentInfo, *,
                 store_path: Path | None, key_loader: Callable[[], bytes] = load_or_create_key,
                 parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.taskman = taskman
        self.backend = backend
        self.agent = agent
        self.tracker = ConnectionTracker()
        self.state = SyncState(self.tracker.status)
        self._worker: LocalSync | None = None
        self.health_timer = QTimer(self)
        self.health_timer.setInterval(int(backend.health_interval * 1000))
        self.health_timer.timeout.connect(self.check_health)
        self.retry_timer = QTimer(self)
        self.retry_timer.setSingleShot(True)
        self.retry_timer.timeout.connect(self.drain)
        self.hops = TaskHops(taskman, self)
        self._drain: Drain | None = None
        self._unreported: list[SecurityEvent] = []  # caught before the store was open
        agent_name, backend_id = agent.username, backend.backend_id
        if backend.client.signed_in_offline:  # the password opened the store; nothing is sent
            self.tracker.unreachable(self.tr("Signed in offline."))
            self.state = SyncState(self.tracker.status)

        def open_store() -> LocalSync:
            return LocalSync.open(store_path, key_loader(), agent_name, backend_id)

        self.health_timer.start()
        if store_path is None:
            self.state = SyncState(self.tracker.status, store="off",
                                   store_reason="No local store in this session.")
            return
        (Op(taskman, self, open_store).on_store()
         .success(self._opened).failure(self._not_opened).run())

    @property
    def available(self) -> bool:
        return self._worker is not None

    def _opened(self, worker: LocalSync) -> None:
        self._worker = worker
        self._drain = Drain(worker, self.backend.client, self.hops, on_sent=self._sent,
                            on_settled=self.settled.emit)
        if worker.set_aside is not None:
            self._publish(set_aside=worker.set_aside)
        self._refresh_counts()
        waiting, self._unreported = self._unreported, []
        for event in waiting:
            self._report(event)
        self.drain()

    def _not_opened(self, error: BaseException) -> None:
        if isinstance(error, StoreKeyUnavailable):
            self._publish(store="unavailable", store_reason=str(error))
        elif isinstance(error, StoreError):
            log.error("local store: %s", error)
            self._publish(store="failed", store_reason=str(error))
        else:
            raise error
        waiting, self._unreported = self._unreported, []
        for event in waiting:
            self._report_directly(event)

    def stop(self) -> None:
        self.health_timer.stop()
        self.retry_timer.stop()

    # -- state ---------------------------------------------------------------------------

    def _publish(self, **changes: Any) -> None:
        self.state = replace(self.state, status=self.tracker.status, **changes)
        self.changed.emit(self.state)

    def _refresh_counts(self) -> None:
        worker = self._worker
        if worker is None:
            return
        (Op(self.taskman, self, worker.counts).on_store()
         .success(lambda c: self._publish(queued=c[0], oldest=c[1], attention=c[2]))
         .run())

    def note(self, error: BaseException | None) -> None:
        """Every page reports its requests' outcomes here: the banner turns at once, and an
        answer the client refused is reported (once) and raised as an alert."""
        if error is not None:
            self.caught(error)
        was = self.tracker.status.state
        status = self.tracker.success() if error is None else self.tracker.failure(error)
        if status != self.state.status:
            self._publish()
        if was is State.OFFLINE and status.state is not State.OFFLINE:
            self.drain()

    def check_health(self) -> None:
        (Op(self.taskman, self, self.backend.client.health)
         .success(self._healthy).failure(self._unhealthy).run())

    def _healthy(self, health: Health) -> None:
        if self.backend.client.signed_in_offline:
            self.backend_back.emit()  # offline until the agent signs in to it again
            return
        was = self.tracker.status.state
        self.tracker.health(health)
        self.tracker.success()
        self._publish()
        if was is State.OFFLINE or self.state.queued:
            self.drain()

    def signed_in_again(self) -> None:
        """The agent signed in to the backend after an offline sign-in: online, and what
        waited is sent."""
        self.tracker.success()
        self._publish()
        self.drain()

    def _unhealthy(self, error: BaseException) -> None:
        if not isinstance(error, SupportDeskError):
            raise error
        self.tracker.unreachable(error_text(error))
        self._publish()

    # -- writes --------------------------------------------------------------------------

    def submit(self, operation: Operation, op_id: str,
               done: Callable[[Submitted], None], failed: Callable[[BaseException], None],
               *, interactive: bool = True, replaces: Entry | None = None) -> None:
        """`sync.service.submit` on this agent's outbox: saved, then sent, then recorded; the
        banner and the screen learn of it. Never sent unsaved."""
        worker = self._worker
        if worker is None:
            failed(RuntimeError("the local store is not open"))
            return
        offline = self.tracker.status.state is State.OFFLINE
        if offline and not operation.policy.may_wait:
            self.check_health()  # it may be back already: the next press will know

        def submitted(outcome: Submitted) -> None:
            self._refresh_counts()
            if outcome.decision is not None:
                if outcome.decision.state in DONE:
                    self.settled.emit(outcome.entry)
                if outcome.decision.stop or outcome.decision.retry_at is not None:
                    self._schedule(outcome.decision.retry_at)
            done(outcome)

        submit(worker, self.backend.client, self.hops, operation, op_id, offline=offline,
               done=submitted, failed=failed, on_saved=lambda _entry: self._refresh_counts(),
               on_sent=self._outcome, interactive=interactive, replaces=replaces)

    def _outcome(self, outcome: SentOperation | BaseException) -> None:
        self.note(outcome if isinstance(outcome, BaseException) else None)

    def _sent(self, results: list[tuple[Entry, SentOperation | BaseException]]) -> None:
        for _entry, outcome in results:
            self._outcome(outcome)

    # -- security events -----------------------------------------------------------------

    def caught(self, error: BaseException) -> None:
        """If `error` is a refused answer: alert the window and report it to the backend's
        audit trail, as a write (saved, queued while offline, sent once)."""
        event = event_of(error)
        if event is None:
            return
        mark_reported(error)
        log.info("security event: %s, reported to the backend", event.caught.value)
        self.security_alert.emit(event)
        if self._worker is None:
            self._unreported.append(event)  # the store is opening; a failed one: no queue
            if self.state.store != "ok":
                self._report_directly(event)
            return
        self._report(event)

    def _report(self, event: SecurityEvent) -> None:
        import uuid

        operation = build.security_event(event, summary=self.tr(
            "Security report: an answer refused at {0}").format(time.strftime("%H:%M")))

        def failed(error: BaseException) -> None:
            log.error("the security report could not be saved: %s", error)
            self._report_directly(event)

        self.submit(operation, str(uuid.uuid4()), lambda _outcome: None, failed,
                    interactive=False)

    def _report_directly(self, event: SecurityEvent) -> None:
        """No outbox (no store on this computer): one attempt, its failure logged."""
        import uuid

        from ...operations import send

        if event in self._unreported:
            self._unreported.remove(event)
        operation = build.security_event(event)
        client, op_id = self.backend.client, str(uuid.uuid4())
        (Op(self.taskman, self, lambda: send.write(client, operation, op_id))
         .failure(lambda e: log.error("the security report was not sent: %s", e)).run())

    # -- offline reads -------------------------------------------------------------------

    def opened_offline(self, member_number: str, request_id: int | None = None) -> None:
        """The agent was shown member `member_number` (or their request `request_id`) from
        the offline copy: reported to the backend's audit trail as a write of its own (saved,
        queued while offline, sent once), with this computer's time of the opening."""
        import datetime as dt
        import uuid

        operation = build.offline_read(
            member_number, dt.datetime.now(dt.UTC), request_id=request_id,
            summary=self.tr("Opened from the offline copy at {0}").format(
                time.strftime("%H:%M")))
        self.submit(operation, str(uuid.uuid4()), lambda _outcome: None,
                    lambda error: log.error("the offline read could not be saved: %s", error),
                    interactive=False)

    # -- the sender ----------------------------------------------------------------------

    def drain(self) -> None:
        """Send what is due (`sync.service.Drain`), then wait for the next due row."""
        if self._drain is None or self.backend.client.signed_in_offline:
            return  # signed in offline: sent once the agent has signed in to the backend
        self._drain.run(self._drained, self._drain_failed)

    def _drained(self, report: DrainReport) -> None:
        self._refresh_counts()
        self._schedule(report.next_attempt_at)

    def _drain_failed(self, error: BaseException) -> None:
        self._refresh_counts()
        raise error  # a bug: shown and logged; the next drain starts afresh

    def _schedule(self, at: float | None) -> None:
        if at is None:
            return
        delay_ms = max(0, int((at - time.time()) * 1000))
        if not self.retry_timer.isActive() or self.retry_timer.remainingTime() > delay_ms:
            self.retry_timer.start(min(delay_ms, 10 * 60_000))

    def queued(self, done: Callable[[list[Entry]], None]) -> None:
        """The agent's operations still waiting to be sent, oldest first."""
        self._entries(Outbox.queued, done)

    def _entries(self, read: Callable[[Outbox, str, str], list[Entry]],
                 done: Callable[[list[Entry]], None]) -> None:
        """`done(read(outbox, agent, backend))`, read on the store worker ([] without one)."""
        worker = self._worker
        if worker is None:
            done([])
            return
        agent, backend_id = self.agent.username, self.backend.backend_id
        (Op(self.taskman, self, lambda: read(worker.outbox, agent, backend_id))
         .on_store().success(done).run())

    # -- needs attention -----------------------------------------------------------------

    def needs_attention(self, done: Callable[[list[Entry]], None]) -> None:
        self._entries(Outbox.needs_attention, done)

    def discard(self, entry: Entry, reason: str, outcome: str, done: Callable[[], None]) -> None:
        """Close a refused `entry` with the agent's reason — "discarded", or "called_back" —
        and send that word to the backend's audit (queued like any write)."""
        worker = self._worker
        assert worker is not None
        if outcome == "called_back":
            summary = self.tr("Called back about: {0}").format(entry.operation.summary)
        else:
            summary = self.tr("Discarded: {0}").format(entry.operation.summary)
        record = build.closure(entry, outcome, reason, summary=summary)

        def discarded(_new: Entry | None) -> None:
            self._refresh_counts()
            done()
            self.drain()

        (Op(self.taskman, self, lambda: worker.outbox.discard(entry.op_id, reason,
                                                              record=record))
         .on_store().success(discarded).run())

    def resubmit(self, entry: Entry, operation: Operation, done: Callable[[Entry], None]) -> None:
        worker = self._worker
        assert worker is not None

        def resubmitted(new: Entry) -> None:
            self._refresh_counts()
            done(new)
            self.drain()

        (Op(self.taskman, self, lambda: worker.outbox.resubmit(entry.op_id, operation))
         .on_store().success(resubmitted).run())

    # -- the offline cache ---------------------------------------------------------------

    def remember(self, kind: str, key: str, value: Any) -> None:
        """Keep `value` (plain JSON) as this agent's offline copy of `kind`/`key`, sealed."""
        worker = self._worker
        if worker is None:
            return
        agent = self.agent.username
        Op(self.taskman, self, lambda: worker.store.cache_put(
            agent, kind, key, value)).on_store().run()

    def recall(self, kind: str, key: str, parse: Callable[[Any], T],
               done: Callable[[tuple[T, float] | None], None]) -> None:
        """`done((parse(value), as_of))` of the offline copy of `kind`/`key` (parsed on the
        store worker), or `done(None)` if there is none from the last `offline_cache_hours`."""
        worker = self._worker
        if worker is None:
            done(None)
            return
        agent, hours = self.agent.username, self.backend.offline_cache_hours

        def read() -> tuple[T, float] | None:
            found = worker.store.cache_get(agent, kind, key,
                                           newer_than=time.time() - hours * 3600)
            return None if found is None else (parse(found[0]), found[1])

        Op(self.taskman, self, read).on_store().success(done).run()

    def remember_member(self, account: MemberAccount, page: LedgerPage) -> None:
        self.remember("member", account.member_number,
                      {"account": asdict(account), "page": _page_json(page)})

    def cached_member(self, number: str, done: Callable[[Any], None]) -> None:
        """`done((account, page, as_of))`, or `done(None)` if not cached recently enough."""
        def parse(value: dict[str, Any]) -> tuple[MemberAccount, LedgerPage]:
            return MemberAccount(**value["account"]), _page(value["page"])

        self.recall("member", number, parse,
                    lambda found: done(None if found is None else (*found[0], found[1])))

    def search_offline(self, text: str, done: Callable[[SearchPage], None]) -> None:
        """The lookup's answer from the offline copies (members opened recently)."""
        worker = self._worker
        if worker is None:
            done(SearchPage(text, classify_query(text).kind.value, (), False))
            return
        agent, hours = self.agent.username, self.backend.offline_cache_hours
        (Op(self.taskman, self, lambda: search_copies(
            worker.store, agent, text, newer_than=time.time() - hours * 3600))
         .on_store().success(done).run())

    def sign_out(self) -> None:
        """Wipe this agent's cached personal data; the outbox stays for their next sign-in."""
        self.stop()
        if self._drain is not None:
            self._drain.cancel()  # its next store step would find the store closed
        worker, self._worker = self._worker, None
        if worker is None:
            return
        agent = self.agent.username

        def wipe() -> None:
            try:
                worker.store.wipe_cache(agent)
            finally:
                worker.store.close()

        Op(self.taskman, self.taskman, wipe).on_store().failure(
            lambda e: log.warning("could not wipe the offline cache: %s", e)).run()


def _page_json(page: LedgerPage) -> dict[str, Any]:
    return {"member_number": page.member_number, "total": page.total,
            "next_before": page.next_before,
            "entries": [asdict(e) for e in page.entries]}


def _page(data: dict[str, Any]) -> LedgerPage:
    from ...api.models import LedgerEntry

    return LedgerPage(data["member_number"], tuple(LedgerEntry(**e) for e in data["entries"]),
                      data["total"], None)  # offline: no further pages


