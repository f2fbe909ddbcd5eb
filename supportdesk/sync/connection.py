"""The connection state the banner shows: online, degraded, offline or maintenance.

Fed by `/health` answers and by the outcome of every real request, so that the state turns
the moment a lookup fails instead of at the next poll.
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass, field
from enum import Enum

from ..api.models import Capability, Health
from ..errors import OfflineError, ServerError, ServiceUnavailable, UntrustedDestination


class State(Enum):
    ONLINE = "online"
    DEGRADED = "degraded"  # answers, but slowly, with errors, or says it is unwell
    MAINTENANCE = "maintenance"  # answers; some capabilities are down for maintenance
    OFFLINE = "offline"  # cannot be reached


@dataclass(frozen=True)
class Status:
    state: State
    reason: str = ""
    since: float = 0.0
    maintenance: dict[str, Capability] = field(default_factory=dict)

    def down(self, capability: str) -> Capability | None:
        """The maintenance window of `capability`, if it is down."""
        return self.maintenance.get(capability)


class ConnectionTracker:
    """Turns health answers and request outcomes into one `Status`."""

    DEGRADED_WINDOW = 60.0  # seconds a failed request keeps an otherwise healthy backend amber

    def __init__(self, clock: Callable[[], float] = time.time) -> None:
        self.clock = clock
        self._status = Status(State.ONLINE, since=clock())
        self._maintenance: dict[str, Capability] = {}
        self._health_ok = True
        self._last_trouble: tuple[float, str] | None = None

    @property
    def status(self) -> Status:
        return self._status

    def health(self, health: Health) -> Status:
        self._maintenance = {name: cap for name, cap in health.capabilities.items()
                             if cap.state == "maintenance"}
        self._health_ok = health.status == "ok"
        return self._settle()

    def success(self) -> Status:
        if self._status.state is State.OFFLINE:
            self._last_trouble = None
        return self._settle()

    def failure(self, error: BaseException) -> Status:
        """A request failed: offline for transport errors, degraded for server trouble."""
        if isinstance(error, ServiceUnavailable) and error.maintenance:
            return self._settle()  # one capability: health tells which
        if isinstance(error, OfflineError) and not isinstance(error, ServiceUnavailable) \
                or isinstance(error, UntrustedDestination):  # as good as unreachable
            return self._set(State.OFFLINE, error.message)
        if isinstance(error, (ServerError, ServiceUnavailable)):
            self._last_trouble = (self.clock(), getattr(error, "message", str(error)))
            return self._settle()
        return self._status

    def unreachable(self, reason: str) -> Status:
        """The health check itself failed."""
        return self._set(State.OFFLINE, reason)

    def _settle(self) -> Status:
        now = self.clock()
        trouble = self._last_trouble
        if trouble is not None and now - trouble[0] > self.DEGRADED_WINDOW:
            trouble = self._last_trouble = None
        if not self._health_ok:
            return self._set(State.DEGRADED, "The backend reports trouble (health check).")
        if trouble is not None:
            return self._set(State.DEGRADED, trouble[1])
        if self._maintenance:
            names = ", ".join(sorted(self._maintenance))
            return self._set(State.MAINTENANCE, f"In maintenance: {names}.")
        return self._set(State.ONLINE, "")

    def _set(self, state: State, reason: str) -> Status:
        since = self._status.since if state is self._status.state else self.clock()
        self._status = Status(state, reason, since, dict(self._maintenance))
        return self._status
