"""Crash test: a process doing the app's offline work is killed with SIGKILL at random points,
200 times, while it saves, sends and records writes to a real server.

The child runs what the app runs (`sync.service.submit`: saved, sent, recorded; every tenth
write also a `Drain` of what an earlier child left), with every hop inline. After every kill,
each operation the child had reported as saved is in the store exactly once, and `PRAGMA
integrity_check` passes. At the end the app's drain sends what is left, and the server's ledger
holds exactly one credit per saved operation, with its miles, and nothing else: a kill between
the server's commit and the child's record is answered as a duplicate on the replay.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.store.outbox import Outbox
from supportdesk.sync.sender import Backoff
from supportdesk.sync.service import LocalSync, drain_now

from ..helpers.outbox_runs import credits_per_operation, generous_limits

KILLS = 200
AGENT, BACKEND = "agent14", "crash-test"

CHILD = r"""
import sys, uuid
from pathlib import Path
from supportdesk.api.client import ApiClient
from supportdesk.operations import build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.sync.service import Drain, InlineHops, LocalSync, submit

path, key, run, url, token = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), *sys.argv[3:]
local = LocalSync(LocalStore(path, Cipher(key)), "agent14", "crash-test")
client = ApiClient(url, read_timeout=5, retries=0)
client.token = token
hops = InlineHops()

def bug(error):
    raise error

print("READY", flush=True)
for i in range(100_000):
    number = "992000000000018" if i % 2 else "992000000000026"
    operation = build.credit(number, kind="goodwill", miles=i % 50 + 1,
                             reason=f"crash test {run}/{i}", summary=f"{run}/{i}")
    submit(local, client, hops, operation, str(uuid.uuid4()), offline=False,
           done=lambda outcome: None, failed=bug,
           on_saved=lambda entry: print("SAVED", entry.op_id, flush=True))
    if i % 10 == 9:
        Drain(local, client, hops).run(lambda report: None, bug)
"""


@pytest.mark.slow
def test_operations_confirmed_as_saved_land_exactly_once_through_sigkills(
        private_servers, tmp_path):
    db_path = private_servers.database("crash.sqlite")
    generous_limits(db_path, AGENT)
    server = private_servers.start(db_path)
    client = ApiClient(server.url)
    token = client.login(AGENT, "demo").token
    path = tmp_path / "store.sqlite"
    key = os.urandom(32)
    rng = random.Random(20261123)
    confirmed: list[str] = []
    killed_before_ready = 0
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for run in range(KILLS):
        child = subprocess.Popen(
            [sys.executable, "-c", CHILD, str(path), key.hex(), str(run), server.url, token],
            stdout=subprocess.PIPE, text=True, env=env)
        assert child.stdout is not None
        early = rng.random() < 0.1
        if not early:
            assert child.stdout.readline().strip() == "READY"
        time.sleep(rng.uniform(0.0, 0.12 if early else 0.08))
        child.send_signal(signal.SIGKILL)
        out, _ = child.communicate(timeout=30)
        assert child.returncode == -signal.SIGKILL
        # Only whole lines count: the kill may cut the child's last report short.
        lines = out.split("\n")[:-1]
        killed_before_ready += early and "READY" not in lines
        confirmed += [line.split()[1] for line in lines if line.startswith("SAVED ")]

        store = LocalStore(path, Cipher(key))
        try:
            assert store.integrity_ok(), f"integrity_check failed after kill {run}"
            ids = [row[0] for row in store.conn.execute("SELECT op_id FROM outbox")]
            assert len(ids) == len(set(ids))
            missing = set(confirmed) - set(ids)
            assert not missing, f"kill {run}: {len(missing)} saved operations lost"
        finally:
            store.close()
    assert len(confirmed) > KILLS  # the kills did land while operations were being saved

    # What the children left queued goes now, by the same drain.
    store = LocalStore(path, Cipher(key))
    try:
        local = LocalSync(store, AGENT, BACKEND, backoff=Backoff(base=0.01, cap=0.1))
        deadline = time.monotonic() + 120
        while (report := drain_now(local, client)).left and time.monotonic() < deadline:
            time.sleep(0.05)
        assert report.left == 0
        outbox = Outbox(store)
        saved = [row[0] for row in store.conn.execute("SELECT op_id FROM outbox")]
        entries = {op: outbox.get(op) for op in confirmed}
        assert {e.state for e in entries.values()} <= {"applied", "duplicate"}
        miles = {op: e.operation.body["miles"] for op, e in entries.items()}
    finally:
        store.close()
        client.close()
    per_op, booked = credits_per_operation(db_path)
    # Unconfirmed saves (the kill cut the SAVED line short) may have landed too, once each.
    assert set(per_op) >= set(confirmed) and max(per_op[op] for op in saved) == 1
    assert all(booked[op] == miles[op] for op in confirmed)
    print(f"{KILLS} kills, {len(confirmed)} operations confirmed, {len(per_op)} credited, "
          f"{killed_before_ready} kills before the store was open")
