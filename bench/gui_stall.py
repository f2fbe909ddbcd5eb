"""`gui_stall`: the longest the app's GUI thread goes without running its event loop while the
backend goes away and comes back, against the same meter in a bare QApplication (both
offscreen, each its own process, the server a process of its own).

The meter is a 5 ms QTimer on the GUI thread; the longest gap between two ticks is the worst
stall. The app's run (the flow of tests/gui/test_offline.py, whose assertion it replaced):
signed in with a secure keyring (in memory), a member opened online, then the server stops;
once the banner says offline the agent types the member number into the lookup, opens the
offline copy and queues a goodwill credit; the server starts again on the same address, the
outbox drains, and the meter runs on for 1.5 s. The floor: the meter alone in a bare
QApplication while the same server stops and starts, for as long as the app's run took.
Target: < 100 ms (about the delay a typist notices).
"""

from __future__ import annotations

import contextlib
import json
import sqlite3
import sys
import tempfile
import threading
import time
from collections.abc import Callable
from pathlib import Path

from .common import PYTHON, Row, ServerProcess, summarize, unavailable
from .database import checkpoint, seeded_db
from .gui_common import app_available, gui_env, new_profile, run_marked

DB_MEMBERS = 2_000
MEMBER_INDEX = 77
TARGET_MS = 100.0
RUN_TIMEOUT_S = 180.0


class Meter:
    """Ticks every 5 ms on the GUI thread; the longest gap between ticks is the worst stall."""

    def __init__(self) -> None:
        from PySide6.QtCore import QElapsedTimer, QTimer

        self.clock, self.timer = QElapsedTimer(), QTimer()
        self.timer.setInterval(5)
        self.timer.timeout.connect(self._tick)
        self.last = self.worst_ms = self.ticks = 0

    def start(self) -> None:
        self.clock.start()
        self.timer.start()

    def _tick(self) -> None:
        now = self.clock.elapsed()
        self.worst_ms, self.last = max(self.worst_ms, now - self.last), now
        self.ticks += 1

    def stop(self) -> dict[str, float]:
        self.timer.stop()
        return {"worst_ms": self.worst_ms, "ticks": self.ticks, "ms": self.clock.elapsed()}


def wait(predicate: Callable[[], object], timeout: float = 60.0) -> None:
    """Run the event loop until `predicate()` holds."""
    from PySide6.QtWidgets import QApplication

    deadline = time.monotonic() + timeout
    while not predicate():
        if time.monotonic() > deadline:
            raise TimeoutError("the app did not get there in time")
        QApplication.processEvents()
        time.sleep(0.002)


def in_background(work: Callable[[], object]) -> None:
    """The driver's own slow steps (stopping, starting the server) off the GUI thread."""
    thread = threading.Thread(target=work)
    thread.start()
    wait(lambda: not thread.is_alive())


def type_text(edit, text: str) -> None:  # noqa: ANN001
    """One character at a time with the event loop running in between, as typed."""
    from PySide6.QtWidgets import QApplication

    edit.clear()
    for char in text:
        edit.insert(char)
        end = time.monotonic() + 0.01
        while time.monotonic() < end:
            QApplication.processEvents()
            time.sleep(0.002)


def restartable(db: Path) -> tuple[ServerProcess, Callable[[], ServerProcess]]:
    """A server process on `db`, and how to start another one on its address."""
    first = ServerProcess(db).__enter__()

    def again() -> ServerProcess:
        server = ServerProcess(db)
        server.port, server.base_url = first.port, first.base_url
        return server.__enter__()

    return first, again


def drive_app(db: Path, data: Path) -> dict[str, float]:
    import keyring
    from PySide6.QtWidgets import QApplication

    from supportdesk.api.client import ApiClient
    from supportdesk.backend import Backend
    from supportdesk.config import Config
    from supportdesk.domain.identifiers import demo_member_number
    from supportdesk.gui.controller import Controller
    from supportdesk.security.credentials import TokenStore
    from tests.helpers.memkeyring import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    app = QApplication(sys.argv[:1])  # noqa: F841 - lives as long as the run
    number = demo_member_number(MEMBER_INDEX)
    server, again = restartable(db)
    client = ApiClient(server.base_url, read_timeout=2, connect_timeout=1, retries=0)
    backend = Backend(client, "bench", "bench-stall", demo=False, health_interval=1.0)
    ctl = Controller(Config(backend_url=server.base_url), tokens=TokenStore(),
                     backend=backend, data_folder=data)
    ctl.start()
    meter = Meter()
    servers: list[ServerProcess] = []
    try:
        ctl.dialog.ui.usernameEdit.setText("agent16")
        ctl.dialog.ui.passwordEdit.setText("demo")
        ctl.dialog.attempt()
        wait(lambda: ctl.window is not None)
        window = ctl.window
        wait(lambda: window.sync.available)
        window.open_member(number)  # online: remembered for offline reading
        member = window.member
        wait(lambda: member.account is not None and member.account.member_number == number)
        window.show_lookup()
        meter.start()

        in_background(lambda: server.__exit__(None, None, None))
        wait(lambda: window.ui.banner.text().startswith("Offline"))
        lookup = window.lookup
        lookup.ui.queryEdit.setFocus()
        type_text(lookup.ui.queryEdit, number)
        wait(lambda: lookup.model.rowCount() == 1)
        window.open_member(number)
        wait(lambda: member.offline_copy and member.account is not None)
        member.credit_action.trigger()
        wait(lambda: member.dialog is not None and member.dialog.isVisible())
        dialog = member.dialog
        type_text(dialog.ui.milesEdit, "250")
        type_text(dialog.ui.reasonEdit, "Goodwill while the backend was away")
        wait(lambda: dialog.ok_button.isEnabled())
        dialog.ok_button.click()
        wait(lambda: window.sync.state.queued == 1)

        in_background(lambda: servers.append(again()))
        wait(lambda: window.sync.state.queued == 0)
        wait(lambda: not member.offline_copy)
        end = time.monotonic() + 1.5  # a few more health checks and drains
        wait(lambda: time.monotonic() > end)
        return meter.stop()
    finally:
        meter.stop()
        for widget in (ctl.window, ctl.dialog):
            if widget is not None:
                widget.close()
        ctl.taskman.shutdown(wait=True)
        client.close()
        server.__exit__(None, None, None)
        for started in servers:
            started.__exit__(None, None, None)


def drive_floor(db: Path, seconds: float) -> dict[str, float]:
    from PySide6.QtWidgets import QApplication

    app = QApplication(sys.argv[:1])  # noqa: F841 - lives as long as the run
    server, again = restartable(db)
    meter = Meter()
    meter.start()
    end = time.monotonic() + seconds
    in_background(lambda: server.__exit__(None, None, None))
    started = []
    in_background(lambda: started.append(again()))
    wait(lambda: time.monotonic() > end, timeout=seconds + 60)
    figures = meter.stop()
    for one in started:
        one.__exit__(None, None, None)
    return figures


def _copy(source: Path, target: Path) -> Path:
    with contextlib.closing(sqlite3.connect(source)) as src, \
            contextlib.closing(sqlite3.connect(target)) as dst:
        src.backup(dst)
    return target


def measure(kind: str, db: Path, seconds: float = 0.0) -> dict[str, float] | None:
    """One run of the app's flow (`kind` "app") or of the floor, in its own process, on a
    private copy of `db`; None if it did not report."""
    with new_profile() as tmp:
        profile = Path(tmp)
        private = _copy(db, profile / "bench.sqlite")
        env = gui_env(profile)
        run = run_marked([PYTHON, "-m", "bench.gui_stall", kind, str(private), str(seconds)],
                         env, until="STALLED", timeout=RUN_TIMEOUT_S)
        if "STALLED" not in run.marker_args:
            return None
        return json.loads(" ".join(run.marker_args["STALLED"]))


def run(ctx) -> list[Row]:  # noqa: ANN001
    name = "app: longest GUI-thread stall, offline and back"
    if not app_available():
        return [unavailable("gui_stall", name, "supportdesk.gui.app is missing")]
    small = seeded_db(DB_MEMBERS, 1, log=ctx.log)
    checkpoint(small.path)
    apps, floors = [], []
    for _ in range(ctx.scaled(5, 1)):  # in turn, so that both see the same machine
        app = measure("app", small.path)
        if app is None:
            return [unavailable("gui_stall", name, "the app's run did not report")]
        apps.append(app)
        floors.append(measure("floor", small.path, app["ms"] / 1000))
    app_ms = summarize([a["worst_ms"] for a in apps])
    floor_ms = summarize([f["worst_ms"] for f in floors if f is not None])
    if not floor_ms["n"]:
        return [unavailable("gui_stall", name, "the floor's runs did not report")]
    return [
        Row("gui_stall", "floor: bare QApplication, same server stop/start, p50",
            floor_ms["p50"], None, "ms", detail={"runs": floors, **floor_ms},
            note="the same 5 ms meter, as long as the app's run"),
        Row("gui_stall", name + ", p50", app_ms["p50"], floor_ms["p50"], "ms",
            target=TARGET_MS, detail={"runs": apps, **app_ms},
            note=f"n={len(apps)}; worst of all runs {app_ms['max']:.0f} ms"),
    ]


def main(argv: list[str]) -> int:
    kind, db, seconds = argv[0], Path(argv[1]), float(argv[2])
    with tempfile.TemporaryDirectory(prefix="supportdesk-bench-stall-") as data:
        figures = (drive_app(db, Path(data)) if kind == "app" else drive_floor(db, seconds))
    print(f"STALLED {time.monotonic_ns()} {json.dumps(figures)}", flush=True)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
