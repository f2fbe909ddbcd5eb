"""Crash test: a process saving operations is killed with SIGKILL at random points, 200 times.

After every kill, each operation the child had reported as saved (its `add` had returned) is in
the store exactly once, and `PRAGMA integrity_check` passes. Some kills land while the store is
being created or migrated, most while operations are being written.
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time

from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.store.outbox import Outbox

KILLS = 200

CHILD = r"""
import sys
from pathlib import Path
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.operations import build
from supportdesk.store.outbox import Outbox

path, key, run = Path(sys.argv[1]), bytes.fromhex(sys.argv[2]), sys.argv[3]
outbox = Outbox(LocalStore(path, Cipher(key)))
print("READY", flush=True)
for i in range(100_000):
    number = "992000000000018" if i % 2 else "992000000000026"
    entry = outbox.add("agent1", "crash-test", build.credit(
        number, kind="goodwill", miles=i % 50 + 1, reason=f"crash test {run}/{i}",
        summary=f"{run}/{i}"))
    print("SAVED", entry.op_id, flush=True)
"""


def test_operations_confirmed_as_saved_survive_sigkill_exactly_once(tmp_path):
    path = tmp_path / "store.sqlite"
    key = os.urandom(32)
    rng = random.Random(20261123)
    confirmed: list[str] = []
    killed_before_ready = 0
    env = {**os.environ, "PYTHONDONTWRITEBYTECODE": "1"}
    for run in range(KILLS):
        child = subprocess.Popen([sys.executable, "-c", CHILD, str(path), key.hex(), str(run)],
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

    store = LocalStore(path, Cipher(key))
    try:
        entries = Outbox(store).queued("agent1", "crash-test")
        assert {e.op_id for e in entries} >= set(confirmed)
        assert all(e.operation.body["reason"].startswith("crash test") for e in entries)
    finally:
        store.close()
    assert len(confirmed) > KILLS  # the kills did land while operations were being saved
    print(f"{KILLS} kills, {len(confirmed)} operations confirmed, "
          f"{killed_before_ready} kills before the store was open")
