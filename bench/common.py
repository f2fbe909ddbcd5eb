"""Shared helpers of the benchmarks: statistics, result rows, processes (the server among
them), sign-in and /proc memory figures. The database and the `Context` are in database.py.

Every benchmark returns `Row`s; a row holds a measured value, the floor measured in the same
run, and (where one is set) the target it is checked against.
"""

from __future__ import annotations

import contextlib
import os
import re
import signal
import socket
import subprocess
import sys
import tempfile
import threading
import time
from collections.abc import Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

BENCH_DIR = Path(__file__).resolve().parent
PROJECT_DIR = BENCH_DIR.parent
RESULTS_DIR = BENCH_DIR / "results"
PYTHON = sys.executable
API = "/api/v1"
DEMO_USER, DEMO_PASSWORD = "agent1", "demo"

# Sequential keep-alive requests at or above this are a Nagle / delayed-ACK stall (~40 ms).
STALL_MS = 30.0


# -- statistics ---------------------------------------------------------------------------------

def percentile(values: Sequence[float], q: float) -> float:
    """Nearest-rank percentile (q in 0..100) of a non-empty sequence."""
    ordered = sorted(values)
    rank = max(1, min(len(ordered), round(q / 100 * len(ordered) + 0.5)))
    return ordered[rank - 1]


def summarize(values: Sequence[float]) -> dict[str, float]:
    if not values:
        return {"n": 0}
    return {
        "n": len(values),
        "p50": percentile(values, 50),
        "p99": percentile(values, 99),
        "mean": sum(values) / len(values),
        "max": max(values),
    }


# -- results ------------------------------------------------------------------------------------

@dataclass
class Row:
    """One figure: `value` against `floor` (same unit, same run); `target` is an upper bound
    on `target_of` ("value", "ratio" or "over_floor" = value - floor), or a lower bound on the
    ratio with "ratio_at_least" (rates: more is better)."""

    bench: str
    name: str
    value: float | None
    floor: float | None
    unit: str
    target: float | None = None
    target_of: str = "value"
    note: str = ""
    detail: dict[str, Any] = field(default_factory=dict)
    failed: bool = False  # it could not be measured because something is broken

    @property
    def ratio(self) -> float | None:
        if self.value is None or not self.floor:
            return None
        return self.value / self.floor

    @property
    def over_floor(self) -> float | None:
        if self.value is None or self.floor is None:
            return None
        return self.value - self.floor

    @property
    def ok(self) -> bool | None:
        if self.failed:
            return False
        if self.target is None or self.value is None:
            return None
        if self.target_of == "ratio_at_least":
            return None if self.ratio is None else self.ratio >= self.target
        checked = {"value": self.value, "ratio": self.ratio, "over_floor": self.over_floor}
        measured = checked[self.target_of]
        return None if measured is None else measured < self.target

    def as_json(self) -> dict[str, Any]:
        data = asdict(self)
        data.update(ratio=self.ratio, over_floor=self.over_floor, ok=self.ok)
        return data


def unavailable(bench: str, name: str, reason: str) -> Row:
    return Row(bench, name, None, None, "", note=f"not available yet: {reason}")


def _fmt(value: float | None) -> str:
    if value is None:
        return "-"
    if isinstance(value, int):
        return f"{value:,}"
    if abs(value) >= 100:
        return f"{value:,.0f}"
    if abs(value) >= 10:
        return f"{value:.1f}"
    return f"{value:.3f}" if abs(value) < 1 else f"{value:.2f}"


def format_table(rows: Sequence[Row]) -> str:
    header = ("bench", "figure", "value", "floor", "unit", "ratio", "target", "ok", "note")
    lines = [header]
    for r in rows:
        if r.target is None:
            target = "-"
        elif r.target_of == "ratio_at_least":
            target = f">={_fmt(r.target)} (ratio)"
        else:
            target = f"<{_fmt(r.target)}" + ("" if r.target_of == "value" else f" ({r.target_of})")
        ok = {True: "yes", False: "NO", None: ""}[r.ok]
        ratio = "-" if r.ratio is None else f"{r.ratio:.1f}x"
        lines.append((r.bench, r.name, _fmt(r.value), _fmt(r.floor), r.unit, ratio, target,
                      ok, r.note))
    widths = [max(len(line[i]) for line in lines) for i in range(len(header) - 1)]
    out = []
    for line in lines:
        cells = [cell.ljust(width) for cell, width in zip(line, widths)] + [line[-1]]
        out.append("  ".join(cells).rstrip())
    out.insert(1, "-" * len(out[0]))
    return "\n".join(out)


# -- processes ----------------------------------------------------------------------------------

def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def wait_for_line(proc: subprocess.Popen, needle: str, timeout: float) -> str | None:
    """Read the process's output until a line containing `needle` (None on exit or timeout).
    The rest of the output is drained in the background so the pipe never fills."""
    found: list[str] = []
    seen = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            if not seen.is_set() and needle in line:
                found.append(line.rstrip())
                seen.set()
        seen.set()

    threading.Thread(target=reader, daemon=True).start()
    seen.wait(timeout)
    return found[0] if found else None


def stop_process(proc: subprocess.Popen, timeout: float = 15.0) -> None:
    """SIGTERM this process (its own group if it leads one), then SIGKILL if it lingers."""
    if proc.poll() is not None:
        return
    with contextlib.suppress(ProcessLookupError):
        if os.getpgid(proc.pid) == proc.pid:
            os.killpg(proc.pid, signal.SIGTERM)
        else:
            proc.terminate()
    try:
        proc.wait(timeout)
    except subprocess.TimeoutExpired:
        with contextlib.suppress(ProcessLookupError):
            if os.getpgid(proc.pid) == proc.pid:
                os.killpg(proc.pid, signal.SIGKILL)
            else:
                proc.kill()
        proc.wait(5)


def proc_status_kb(pid: int, key: str) -> int | None:
    """A memory figure (VmHWM, VmRSS, ...) of a live process, in kB."""
    try:
        text = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return None
    match = re.search(rf"^{key}:\s+(\d+) kB", text, re.MULTILINE)
    return int(match.group(1)) if match else None


def wait_for_http(url: str, timeout: float, proc: subprocess.Popen | None = None) -> None:
    import requests

    deadline = time.monotonic() + timeout
    with requests.Session() as session:
        session.trust_env = False
        while True:
            if proc is not None and proc.poll() is not None:
                raise RuntimeError(f"the process serving {url} exited ({proc.returncode})")
            try:
                if session.get(url, timeout=2).status_code < 500:
                    return
            except requests.RequestException:
                pass
            if time.monotonic() > deadline:
                raise RuntimeError(f"{url} did not answer within {timeout:.0f} s")
            time.sleep(0.05)


SERVER_COMMAND = ("-m", "supportdesk.server")


class ServerProcess:
    """`python -m supportdesk.server --db DB --port P [--workers W]` (or another `launcher`
    taking the same arguments) as a separate process group, stopped with its workers on exit.
    DB is a SQLite file or a PostgreSQL URL; `env` is added to the process's environment (a
    PostgreSQL database's audit key file)."""

    def __init__(self, db: Path | str, *, workers: int = 1,
                 launcher: Sequence[str] = SERVER_COMMAND, start_timeout: float = 60.0,
                 env: dict[str, str] | None = None) -> None:
        self.db = db
        self.env = {**os.environ, **(env or {})}
        self.workers = workers
        self.launcher = tuple(launcher)
        self.port = free_port()
        self.base_url = f"http://127.0.0.1:{self.port}"
        self.start_timeout = start_timeout
        self.proc: subprocess.Popen | None = None
        self._log = tempfile.TemporaryFile()

    def __enter__(self) -> ServerProcess:
        self.proc = subprocess.Popen(
            [PYTHON, *self.launcher, "--db", str(self.db), "--port", str(self.port),
             "--workers", str(self.workers), "--log-level", "warning"],
            cwd=PROJECT_DIR, stdout=self._log, stderr=subprocess.STDOUT,
            start_new_session=True, env=self.env,
        )
        try:
            wait_for_http(self.base_url + API + "/health", self.start_timeout, self.proc)
        except BaseException as exc:
            output = self.output().strip().splitlines()
            self.__exit__(None, None, None)
            raise ServerDidNotStart(output[-1] if output else str(exc)) from exc
        return self

    def __exit__(self, *exc: object) -> None:
        if self.proc is not None:
            stop_process(self.proc)
        self._log.close()

    @property
    def pid(self) -> int:
        assert self.proc is not None
        return self.proc.pid

    def output(self) -> str:
        self._log.seek(0)
        return self._log.read().decode(errors="replace")


class ServerDidNotStart(RuntimeError):
    """The server exited or did not answer; the message is the last line of its output."""


# -- HTTP ---------------------------------------------------------------------------------------

def plain_session():  # noqa: ANN201 - a requests.Session
    """A keep-alive requests.Session without environment proxies: the loopback floor client."""
    import requests

    session = requests.Session()
    session.trust_env = False
    return session


def sign_in(base_url: str, session=None) -> str:  # noqa: ANN001
    """A bearer token of the demo agent; the session (if given) sends it from now on."""
    own = session or plain_session()
    response = own.post(base_url + API + "/auth/login",
                        json={"username": DEMO_USER, "password": DEMO_PASSWORD}, timeout=30)
    response.raise_for_status()
    token = response.json()["token"]
    if session is not None:
        session.headers["Authorization"] = f"Bearer {token}"
    else:
        own.close()
    return token


_SERVER_TIMING = re.compile(r"app;dur=([0-9.]+)")


def server_ms(response) -> float:  # noqa: ANN001
    """The server's own time for a response, from `Server-Timing: app;dur=…`."""
    match = _SERVER_TIMING.search(response.headers.get("server-timing", ""))
    if match is None:
        raise RuntimeError("the response carries no Server-Timing app;dur")
    return float(match.group(1))


class Budget:
    """A wall-clock bound for one benchmark: loops stop when it is spent."""

    def __init__(self, seconds: float) -> None:
        self.deadline = time.monotonic() + seconds

    @property
    def spent(self) -> bool:
        return time.monotonic() > self.deadline
