"""`outbox`: how fast writes are saved durably, and how fast a backlog drains.

**write**: `Outbox.add` (AES-GCM sealing, keyed digests, one `BEGIN IMMEDIATE … COMMIT` per
operation on SQLite in WAL mode with synchronous=FULL) against the floor of the same number of
records of the same size appended to a plain file with an `fdatasync` after each: what durable
saving costs at the very least on this disk. Target: ≥ 0.7× the floor's rate.

**drain**: a backlog of goodwill credits replayed by the app's own drain loop
(`sync.service.Drain`: per member in order, the operation id as Idempotency-Key, outcomes
recorded in the store) to a server process, against
the floor of the same POST /credits requests sent with a plain keep-alive `requests.Session`
(fresh keys, nothing recorded): the server's own request rate. The two take turns in blocks
on the same server (`drain_rates`). Target: ≥ 0.8× the floor.
"""

from __future__ import annotations

import itertools
import os
import sqlite3
import tempfile
import time
import uuid
from pathlib import Path

from supportdesk.api.client import ApiClient
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.operations import Operation, build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore, canonical
from supportdesk.store.outbox import Outbox
from supportdesk.sync.service import LocalSync, drain_now

from .common import API, DEMO_PASSWORD, DEMO_USER, RESULTS_DIR, Row, ServerProcess, plain_session
from .database import Context, seeded_db

TARGET_WRITE = 0.7
TARGET_DRAIN = 0.8


def _operation(i: int, members: list[str] | None = None) -> Operation:
    number = members[i % len(members)] if members else demo_member_number(1 + i % 50)
    return build.credit(number, kind="goodwill", miles=1 + i % 40,
                        reason=f"Outbox benchmark, operation {i}",
                        summary=f"Goodwill {1 + i % 40} miles")


def write_rates(count: int, folder: Path) -> tuple[float, float, int]:
    """(outbox operations/s, append+fdatasync records/s, bytes per record)."""
    store = LocalStore(folder / "outbox.sqlite", Cipher(os.urandom(32)))
    outbox = Outbox(store)
    operations = [_operation(i) for i in range(count)]
    started = time.perf_counter()
    for operation in operations:
        outbox.add("bench", "bench", operation)
    outbox_rate = count / (time.perf_counter() - started)
    store.close()

    record = (canonical(operations[0].request()) + "\n").encode()
    fd = os.open(folder / "floor.log", os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        started = time.perf_counter()
        for _ in range(count):
            os.write(fd, record)
            os.fdatasync(fd)
        floor_rate = count / (time.perf_counter() - started)
    finally:
        os.close(fd)
    return outbox_rate, floor_rate, len(record)


def _drain_db(log) -> tuple[Path, list[str]]:  # noqa: ANN001
    """A fresh copy of the small demo database, the demo agent's limits raised so that every
    credit applies (the benchmark measures delivery, not approval)."""
    source = seeded_db(2000, 1, log=log).path
    target = RESULTS_DIR / "db" / "outbox-drain.sqlite"
    for suffix in ("", "-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
        dst.execute("UPDATE agents SET per_credit_limit = 1000000, daily_limit = 1000000000 "
                    "WHERE username = ?", (DEMO_USER,))
        members = [row[0] for row in dst.execute(
            "SELECT member_number FROM members WHERE status = 'active' ORDER BY id LIMIT 50")]
    return target, members


DRAIN_BLOCKS = 4  # of each side, in the order floor, drain, drain, floor, floor, drain, …


def drain_rates(count: int, folder: Path, log) -> tuple[float, float]:  # noqa: ANN001
    """(operations drained per second by the app's drain loop, plain POST /credits per second).

    Each side sends `count` credits in DRAIN_BLOCKS blocks, taken in turn in ABBA order on one
    server: the server's database grows with every credit, and a side that ran wholly after
    the other would pay for that growth (and for any drift of the machine) alone."""
    db_path, members = _drain_db(log)
    block = max(1, count // DRAIN_BLOCKS)
    with ServerProcess(db_path) as server:
        session = plain_session()
        token = session.post(server.base_url + API + "/auth/login",
                             json={"username": DEMO_USER, "password": DEMO_PASSWORD},
                             timeout=30).json()["token"]
        session.headers["Authorization"] = f"Bearer {token}"
        store = LocalStore(folder / "drain.sqlite", Cipher(os.urandom(32)))
        outbox = Outbox(store)
        client = ApiClient(server.base_url)
        client.login(DEMO_USER, DEMO_PASSWORD)
        local = LocalSync(store, DEMO_USER, "bench")
        serial = itertools.count()

        def post(bodies: list[dict]) -> float:
            started = time.perf_counter()
            for body in bodies:
                response = session.post(server.base_url + API + "/credits", json=body,
                                        headers={"Idempotency-Key": str(uuid.uuid4())},
                                        timeout=30)
                if response.status_code != 201:
                    raise RuntimeError(f"POST /credits: {response.status_code} {response.text}")
            return time.perf_counter() - started

        def drain() -> float:
            for _ in range(block):  # the backlog, saved before the clock starts
                outbox.add(DEMO_USER, "bench", _operation(next(serial), members))
            started = time.perf_counter()
            report = drain_now(local, client)
            took = time.perf_counter() - started
            if report.applied != block or report.left:
                raise RuntimeError(f"drain applied {report.applied} of {block}: {report}")
            return took

        post([_operation(next(serial), members).body for _ in range(20)])  # warm-up
        floor_s = drain_s = 0.0
        for turn in range(2 * DRAIN_BLOCKS):
            if turn % 4 in (0, 3):
                floor_s += post([_operation(next(serial), members).body for _ in range(block)])
            else:
                drain_s += drain()
        session.close()
        client.close()
        store.close()
    sent = block * DRAIN_BLOCKS
    return sent / drain_s, sent / floor_s


def run(ctx: Context) -> list[Row]:
    count = ctx.scaled(2000, 300)
    with tempfile.TemporaryDirectory(prefix="supportdesk-bench-outbox-",
                                     dir=RESULTS_DIR) as tmp:
        folder = Path(tmp)
        outbox_rate, floor_rate, size = write_rates(count, folder)
        ctx.log(f"  outbox: write {outbox_rate:.0f}/s, floor {floor_rate:.0f}/s")
        drain_rate, post_rate = drain_rates(ctx.scaled(1000, 200), folder, ctx.log)
    return [
        Row("outbox", "write: operations saved per second", outbox_rate, floor_rate, "ops/s",
            note=f"synchronous=FULL, one commit each; floor: {size}-byte append + fdatasync "
                 f"(n={count})", target=TARGET_WRITE, target_of="ratio_at_least"),
        Row("outbox", "drain: operations delivered per second", drain_rate, post_rate,
            "ops/s", note="the app's drain over HTTP, recorded in the store; floor: plain POST "
                          "/credits on one keep-alive session", target=TARGET_DRAIN,
            target_of="ratio_at_least"),
    ]
