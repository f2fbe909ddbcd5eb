"""Exactly-once delivery of queued writes through a network that misbehaves.

1,000 goodwill credits go from a real outbox (encrypted SQLite) through a fault-injecting proxy
to the real reference server: requests dropped before the server sees them, answers dropped
after it committed, injected 503 and 429 with Retry-After, and stalls past the client's read
timeout. The server's ledger must then hold exactly one entry per operation with the exact sum;
and the same run against a server whose de-duplication is switched off must show duplicates,
proof that the check would see them. A restart test replays everything after a server restart.
"""

from __future__ import annotations

import os
import random
import time
from collections import Counter
from dataclasses import dataclass

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.operations import build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.store.outbox import Outbox
from supportdesk.sync.sender import Backoff, send
from supportdesk.sync.service import LocalSync, drain_now

from ..helpers.faultproxy import Fault, FaultProxy, random_faults
from ..helpers.outbox_runs import credits_per_operation, generous_limits

pytestmark = pytest.mark.slow  # thousands of writes through an injected-fault network

AGENT, BACKEND = "agent12", "exactly-once"
FAULTS = {Fault.DROP_REQUEST: 0.05, Fault.DROP_RESPONSE: 0.08, Fault.STATUS_503: 0.01,
          Fault.STATUS_429: 0.01, Fault.STALL_AFTER: 0.01}


@dataclass
class Tally:
    operations: int
    ledger_entries: int
    miles_expected: int
    miles_booked: int
    duplicated: int  # operations with more than one ledger entry
    lost: int  # operations with none

    @property
    def exact(self) -> bool:
        return (self.ledger_entries == self.operations and self.duplicated == 0
                and self.lost == 0 and self.miles_booked == self.miles_expected)


def _fill(outbox: Outbox, count: int, seed: int) -> dict[str, int]:
    rng = random.Random(seed)
    miles = {}
    for i in range(count):
        number = demo_member_number(1 + i % 20)  # 20 members: order per member matters
        amount = rng.randint(1, 40)
        entry = outbox.add(AGENT, BACKEND, build.credit(
            number, kind="goodwill", miles=amount,
            reason=f"Exactly-once harness, operation {i}", summary=f"Goodwill {amount} miles"))
        miles[entry.op_id] = amount
    return miles


def _tally(db_path, miles: dict[str, int]) -> Tally:  # noqa: ANN001
    per_op, booked_per_op = credits_per_operation(db_path)
    mine = {op: n for op, n in per_op.items() if op in miles}
    booked = sum(booked_per_op[op] for op in mine)
    return Tally(len(miles), sum(mine.values()), sum(miles.values()), booked,
                 sum(1 for n in mine.values() if n > 1), sum(1 for o in miles if not mine.get(o)))


def _run(private_servers, tmp_path, *, deduplicate: bool, count: int = 1000):  # noqa: ANN001
    db_path = private_servers.database(f"exactly-once-{deduplicate}.sqlite")
    generous_limits(db_path, AGENT)
    server = private_servers.start(db_path, deduplicate_writes=deduplicate)
    store = LocalStore(tmp_path / f"outbox-{deduplicate}.sqlite", Cipher(os.urandom(32)))
    outbox = Outbox(store)
    miles = _fill(outbox, count, seed=4)
    only_credits = random_faults(2026, FAULTS)
    proxy = FaultProxy(server.url, stall_seconds=0.5, retry_after=1,
                       choose=lambda m, p: only_credits(m, p) if "/credits" in p else Fault.NONE)
    proxy.start()
    client = ApiClient(proxy.url, read_timeout=0.25, retries=0)
    try:
        client.login(AGENT, "demo")
        local = LocalSync(store, AGENT, BACKEND,
                          backoff=Backoff(base=0.01, cap=0.2, rng=random.Random(3)))
        deadline = time.monotonic() + 240
        while time.monotonic() < deadline:
            report = drain_now(local, client)
            if report.left == 0:
                break
            time.sleep(max(0.0, min((report.next_attempt_at or 0) - time.time(), 2.0)))
        states = Counter(e.state for e in (outbox.get(op) for op in miles))
    finally:
        client.close()
        proxy.stop()
        store.close()
    return _tally(db_path, miles), states, proxy.counts


def test_a_thousand_operations_through_faults_land_exactly_once(private_servers, tmp_path):
    tally, states, faults = _run(private_servers, tmp_path, deduplicate=True)
    print(f"\n{tally}\noutbox: {dict(states)}\nfaults: {dict(faults)}")
    assert faults[Fault.DROP_RESPONSE] > 20 and faults[Fault.DROP_REQUEST] > 20
    assert faults[Fault.STATUS_503] and faults[Fault.STATUS_429] and faults[Fault.STALL_AFTER]
    assert tally.ledger_entries == 1000 and tally.duplicated == 0 and tally.lost == 0
    assert tally.miles_booked == tally.miles_expected
    assert states["applied"] + states["duplicate"] == 1000
    assert states["duplicate"] > 0  # answers were lost after commit, and replays found them


def test_the_same_run_without_server_de_duplication_is_caught(private_servers, tmp_path):
    tally, _states, faults = _run(private_servers, tmp_path, deduplicate=False, count=300)
    assert faults[Fault.DROP_RESPONSE] > 0
    assert not tally.exact and tally.duplicated > 0 and tally.ledger_entries > 300


def test_replaying_every_operation_after_a_server_restart_applies_nothing_twice(
        private_servers, tmp_path):
    db_path = private_servers.database("restart.sqlite")
    generous_limits(db_path, AGENT)
    server = private_servers.start(db_path)
    store = LocalStore(tmp_path / "outbox.sqlite", Cipher(os.urandom(32)))
    outbox = Outbox(store)
    miles = _fill(outbox, 60, seed=9)
    entries = outbox.queued(AGENT, BACKEND)
    client = ApiClient(server.url)
    try:
        client.login(AGENT, "demo")
        report = drain_now(LocalSync(store, AGENT, BACKEND), client)
        assert report.applied == 60 and report.left == 0
        before = _tally(db_path, miles)
        assert before.exact

        port = server.port
        private_servers.stop(server)
        server = private_servers.start(db_path, port=port)  # same address, fresh process state
        client.login(AGENT, "demo")
        answers = [send(client, entry) for entry in entries]  # the same ids, sent again
        assert all(a.replayed for a in answers)
        assert _tally(db_path, miles) == before
    finally:
        client.close()
        store.close()


@pytest.fixture(autouse=True)
def _no_stray_proxy_threads():
    yield
    import threading

    assert not [t for t in threading.enumerate() if "faultproxy" in t.name.lower()]
