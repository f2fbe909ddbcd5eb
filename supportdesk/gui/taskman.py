"""Background work for the whole GUI (after Anki's taskman): the GUI thread never waits.

HTTP calls run on a small pool; everything that touches the local SQLite store runs on a
one-worker executor (one writer, one thread). Results come back to the GUI thread through one
queued signal. Only plain data crosses threads.
"""

from __future__ import annotations

import logging
import sys
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, Generic, TypeVar

import shiboken6
from PySide6.QtCore import QObject, Signal, Slot

log = logging.getLogger(__name__)
T = TypeVar("T")


class TaskManager(QObject):
    _closures_pending = Signal()

    def __init__(self, parent: QObject | None = None, http_workers: int = 4) -> None:
        super().__init__(parent)
        self._http = ThreadPoolExecutor(http_workers, thread_name_prefix="sd-http")
        self._store = ThreadPoolExecutor(1, thread_name_prefix="sd-store")
        self._closures: list[Callable[[], None]] = []
        self._lock = threading.Lock()
        self._closed = False
        self._closures_pending.connect(self._run_closures)

    def run_in_background(self, fn: Callable[[], T], on_done: Callable[[Future[T]], None],
                          *, pool: str = "http") -> Future[T]:
        executor = self._store if pool == "store" else self._http
        if self._closed:
            # Shutting down: a late timer's work is not started (and not reported).
            future: Future[T] = Future()
            future.cancel()
            return future
        future = executor.submit(fn)
        future.add_done_callback(lambda f: self._post(lambda: on_done(f)))
        return future

    def _post(self, closure: Callable[[], None]) -> None:
        with self._lock:
            if self._closed:
                return
            self._closures.append(closure)
        self._closures_pending.emit()

    @Slot()
    def _run_closures(self) -> None:
        with self._lock:
            closures, self._closures = self._closures, []
        for closure in closures:
            # One callback's bug is reported and must not drop the others of the batch (one
            # of them may be the drain's, which would then never drain again).
            try:
                closure()
            except Exception:  # noqa: BLE001 - reported as a bug, with its traceback
                sys.excepthook(*sys.exc_info())

    def shutdown(self, wait: bool = True) -> None:
        """Stop taking work; with `wait`, block until running work has finished."""
        with self._lock:
            self._closed = True
        self._http.shutdown(wait=wait, cancel_futures=True)
        self._store.shutdown(wait=wait, cancel_futures=True)


class Op(Generic[T]):
    """`Op(taskman, parent, fn).success(cb).failure(cb).run()`.

    Callbacks run on the GUI thread, and only while `parent` still exists. Without a failure
    callback, errors go to the application's `show_error`: workers never swallow exceptions.
    """

    def __init__(self, taskman: TaskManager, parent: QObject, fn: Callable[[], T]) -> None:
        self._taskman = taskman
        self._parent = parent
        self._fn = fn
        self._success: Callable[[T], Any] | None = None
        self._failure: Callable[[BaseException], Any] | None = None
        self._pool = "http"

    def success(self, callback: Callable[[T], Any]) -> Op[T]:
        self._success = callback
        return self

    def failure(self, callback: Callable[[BaseException], Any]) -> Op[T]:
        self._failure = callback
        return self

    def on_store(self) -> Op[T]:
        self._pool = "store"
        return self

    def run(self) -> Future[T]:
        return self._taskman.run_in_background(self._fn, self._done, pool=self._pool)

    def _done(self, future: Future[T]) -> None:
        if not shiboken6.isValid(self._parent):
            return
        if future.cancelled():
            return
        error = future.exception()
        if error is None:
            if self._success is not None:
                self._success(future.result())
            return
        if self._failure is not None:
            self._failure(error)
        else:
            from .errors import show_error

            show_error(self._parent, error)


class TaskHops:
    """The core's `sync.service.Hops` on this task manager: store work on the store worker,
    requests on the HTTP pool, continuations on the GUI thread while `owner` exists."""

    def __init__(self, taskman: TaskManager, owner: QObject) -> None:
        self.taskman, self.owner = taskman, owner

    def store(self, fn: Callable[[], T], then: Callable[[T], Any],
              failed: Callable[[BaseException], Any]) -> None:
        Op(self.taskman, self.owner, fn).on_store().success(then).failure(failed).run()

    def network(self, fn: Callable[[], T], then: Callable[[T], Any],
                failed: Callable[[BaseException], Any]) -> None:
        Op(self.taskman, self.owner, fn).success(then).failure(failed).run()


class Latest:
    """Sequence numbers for "the current X": a result for an older ask is dropped."""

    def __init__(self) -> None:
        self._current = 0

    def next(self) -> int:
        self._current += 1
        return self._current

    @property
    def current(self) -> int:
        return self._current

    def is_current(self, ticket: int) -> bool:
        return ticket == self._current

    def invalidate(self) -> None:
        self._current += 1
