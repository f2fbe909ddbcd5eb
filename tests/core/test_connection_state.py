"""The connection state from health answers and request outcomes."""

from __future__ import annotations

from supportdesk.api.models import Capability, Health
from supportdesk.errors import (
    BackendTimeout,
    BackendUnreachable,
    NotFound,
    ServerError,
    ServiceUnavailable,
)
from supportdesk.sync.connection import ConnectionTracker, State


class Clock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now


def _health(status: str = "ok", **down: Capability) -> Health:
    caps = {"members": Capability("available"), **down}
    return Health(status, "0.1.0", False, caps)


def test_unreachable_is_offline_at_once_and_a_success_brings_it_back():
    clock = Clock()
    tracker = ConnectionTracker(clock)
    assert tracker.status.state is State.ONLINE
    clock.now += 5
    status = tracker.failure(BackendUnreachable("The backend refused the connection."))
    assert status.state is State.OFFLINE and "refused" in status.reason
    assert status.since == 1005.0
    clock.now += 30
    assert tracker.failure(BackendTimeout("No answer.")).since == 1005.0  # still the same spell
    assert tracker.success().state is State.ONLINE


def test_maintenance_names_the_capabilities_and_their_end():
    tracker = ConnectionTracker(Clock())
    window = Capability("maintenance", "2031-01-02T18:00+01:00", "Award bookings are down.")
    status = tracker.health(_health(awards=window))
    assert status.state is State.MAINTENANCE and "awards" in status.reason
    assert status.down("awards") == window and status.down("members") is None
    # A 503 for that capability does not make the whole backend look broken.
    status = tracker.failure(ServiceUnavailable("down", 60, code="maintenance"))
    assert status.state is State.MAINTENANCE
    assert tracker.health(_health()).state is State.ONLINE


def test_server_trouble_is_degraded_for_a_while_then_clears():
    clock = Clock()
    tracker = ConnectionTracker(clock)
    assert tracker.failure(ServerError("The backend failed (500).")).state is State.DEGRADED
    assert tracker.health(_health()).state is State.DEGRADED
    clock.now += ConnectionTracker.DEGRADED_WINDOW + 1
    assert tracker.health(_health()).state is State.ONLINE
    assert tracker.health(_health("degraded")).state is State.DEGRADED


def test_a_business_refusal_says_nothing_about_the_connection():
    tracker = ConnectionTracker(Clock())
    assert tracker.failure(NotFound("No such member.")).state is State.ONLINE
