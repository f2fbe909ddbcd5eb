"""Maintenance per capability: declared by an operator, shown by /health, enforced per route.

`supportdesk-server maintenance --db PATH --capabilities awards,profile --until … [--message …]`
starts it, `… maintenance --db PATH --end [--capabilities …]` ends it. The rows live in the
database, so every server process over it sees the same state within `RECHECK_SECONDS`.
"""

from __future__ import annotations

import datetime as dt
import threading
import time
from dataclasses import dataclass

from fastapi import Depends, Request
from sqlalchemy import Engine, delete, insert, select
from starlette.concurrency import run_in_threadpool

from . import db
from .problems import ApiError

CAPABILITIES = (
    "members", "requests", "credits", "awards", "upgrades", "profile", "calculator", "reversals",
)
LABELS = {
    "members": "Member lookup", "requests": "The request queue", "credits": "Miles credits",
    "awards": "Award bookings", "upgrades": "Upgrade awards", "profile": "Profile changes",
    "calculator": "The mileage calculator", "reversals": "Reversals",
}
RECHECK_SECONDS = 2.0


@dataclass(frozen=True)
class Window:
    capability: str
    until: str | None
    message: str | None


class MaintenanceState:
    """The maintenance rows, read at most every `RECHECK_SECONDS` (health is polled often)."""

    def __init__(self, engine: Engine, recheck: float = RECHECK_SECONDS) -> None:
        self.engine = engine
        self.recheck = recheck
        self._lock = threading.Lock()
        self._read_at = -float("inf")
        self._windows: dict[str, Window] = {}

    def fresh(self) -> dict[str, Window] | None:
        """The windows if read within `recheck` seconds, else None (call `windows()`)."""
        with self._lock:
            if time.monotonic() - self._read_at < self.recheck:
                return self._windows
        return None

    def windows(self) -> dict[str, Window]:
        fresh = self.fresh()
        if fresh is not None:
            return fresh
        with self.engine.connect() as conn:
            rows = conn.execute(select(db.maintenance)).all()
        windows = {r.capability: Window(r.capability, r.until, r.message) for r in rows}
        with self._lock:
            self._windows, self._read_at = windows, time.monotonic()
        return windows


def capability(name: str):  # noqa: ANN201 - a FastAPI dependency
    """A route dependency: 503 problem+json while `name` is in maintenance."""
    if name not in CAPABILITIES:
        raise ValueError(name)

    async def check(request: Request) -> None:
        # Async, and the database read at most every few seconds in a thread: the check
        # costs a dictionary look-up on the search path.
        state = request.app.state.settings.maintenance
        windows = state.fresh()
        if windows is None:
            windows = await run_in_threadpool(state.windows)
        window = windows.get(name)
        if window is None:
            return
        raise ApiError(503, "maintenance", describe(window),
                       headers=_retry_after(window.until))

    return Depends(check)


def describe(window: Window) -> str:
    text = f"{LABELS[window.capability]}: in maintenance"
    text += f" until {window.until}." if window.until else "."
    if window.message:
        text += f" {window.message}"
    return text


def _retry_after(until: str | None) -> dict[str, str]:
    if not until:
        return {"Retry-After": "300"}
    try:
        seconds = (dt.datetime.fromisoformat(until) - db.utcnow()).total_seconds()
    except (ValueError, TypeError):
        return {"Retry-After": "300"}
    return {"Retry-After": str(max(1, min(int(seconds), 86_400)))}


def parse_until(text: str) -> str:
    """An ISO date-time with an offset (2024-01-02T18:00+01:00), normalised; ValueError else."""
    moment = dt.datetime.fromisoformat(text.strip())
    if moment.tzinfo is None:
        raise ValueError("give the time zone offset, e.g. 2024-01-02T18:00+01:00")
    return moment.isoformat(timespec="minutes")


def parse_capabilities(text: str) -> list[str]:
    names = [n.strip().lower() for n in text.split(",") if n.strip()]
    unknown = [n for n in names if n not in CAPABILITIES]
    if unknown or not names:
        raise ValueError(f"unknown capabilities {', '.join(unknown) or '(none given)'}; "
                         f"choose from {', '.join(CAPABILITIES)}")
    return names


def start(engine: Engine, capabilities: list[str], until: str | None,
          message: str | None) -> None:
    now = db.iso(db.utcnow())
    with engine.begin() as conn:
        conn.execute(delete(db.maintenance).where(db.maintenance.c.capability.in_(capabilities)))
        conn.execute(insert(db.maintenance), [
            {"capability": name, "until": until, "message": message, "started_at": now}
            for name in capabilities])


def end(engine: Engine, capabilities: list[str] | None = None) -> int:
    """End maintenance of `capabilities` (all when None); how many ended."""
    stmt = delete(db.maintenance)
    if capabilities is not None:
        stmt = stmt.where(db.maintenance.c.capability.in_(capabilities))
    with engine.begin() as conn:
        return conn.execute(stmt).rowcount
