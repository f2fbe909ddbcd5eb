"""`server_rss`: peak resident memory of the server process after a mix of reads.

Value: VmHWM of `python -m supportdesk.server` (1 worker) after serving searches of every key
type, member reads and ledger reads, in phases that add up: sequentially on one connection,
then from 16 concurrent clients, then from 40 (the size of the server's request thread pool,
so as many SQLite connections, each with its own page cache, as its engine pool allows).
Floor: VmHWM of a bare `python -c "import fastapi, uvicorn, sqlalchemy"`.
Target: below 500 MB absolute.
"""

from __future__ import annotations

import os
import subprocess
import threading
from pathlib import Path

from .common import (
    API,
    PROJECT_DIR,
    PYTHON,
    Budget,
    Row,
    ServerProcess,
    plain_session,
    proc_status_kb,
    sign_in,
)
from .database import Context
from .samples import draw

TARGET_MB = 500.0
# (concurrent clients, how many times the request mix), one after another
PHASES = ((1, 1), (16, 1), (40, 2))

FLOOR_SCRIPT = (
    "import re, fastapi, uvicorn, sqlalchemy;"
    "print(re.search(r'VmHWM:\\s+(\\d+)', open('/proc/self/status').read()).group(1))"
)


def floor_kb() -> int:
    out = subprocess.run([PYTHON, "-c", FLOOR_SCRIPT], cwd=PROJECT_DIR, capture_output=True,
                         text=True, timeout=60, check=True)
    return int(out.stdout.strip())


def request_mix(ctx: Context, count: int) -> list[tuple[str, dict]]:
    """(path, params) pairs: a search of each key type, then opening the member and its ledger."""
    samples = draw(ctx.db.path, count // 3)
    texts = [text for group in zip(*samples.values()) for text in group]  # key types in turn
    mix = []
    for text, number in zip(texts, samples["member_number"]):
        mix.append(("/members", {"q": text, "limit": 25}))
        mix.append((f"/members/{number}", {}))
        mix.append((f"/members/{number}/transactions", {"limit": 100}))
    return mix


def serve_mix(base_url: str, mix: list[tuple[str, dict]], budget: Budget) -> int:
    with plain_session() as session:
        sign_in(base_url, session)
        done = 0
        for path, params in mix:
            if budget.spent:
                break
            session.get(base_url + API + path, params=params, timeout=60).raise_for_status()
            done += 1
        return done


def serve_concurrently(base_url: str, mix: list[tuple[str, dict]], clients: int,
                       budget: Budget) -> int:
    """`mix` shared out to `clients` threads, each with its own keep-alive session."""
    shares = [mix[i::clients] for i in range(clients)]
    done = [0] * clients
    errors: list[BaseException] = []

    def worker(i: int) -> None:
        try:
            done[i] = serve_mix(base_url, shares[i], budget)
        except BaseException as exc:  # noqa: BLE001 - reported below
            errors.append(exc)

    threads = [threading.Thread(target=worker, args=(i,)) for i in range(clients)]
    for t in threads:
        t.start()
    for t in threads:
        t.join()
    if errors:
        raise errors[0]
    return sum(done)


def open_db_files(pid: int, db_path: Path) -> int:
    """File descriptors the process holds on the database file: one per SQLite connection
    (SQLite may keep a closed connection's descriptor a while, for its POSIX locks)."""
    count = 0
    for fd in Path(f"/proc/{pid}/fd").iterdir():
        try:
            if os.readlink(fd) == str(db_path):
                count += 1
        except OSError:
            continue
    return count


def run(ctx: Context) -> list[Row]:
    count = ctx.scaled(3000, 600)
    phase_seconds = ctx.scaled(120, 45)
    floor_mb = floor_kb() / 1024
    mix = request_mix(ctx, count)
    rows = []
    with ServerProcess(ctx.db.path) as server:
        pid = server.pid
        rows.append(Row("server_rss", "VmHWM after start", proc_status_kb(pid, "VmHWM") / 1024,
                        floor_mb, "MB"))
        total = 0
        for clients, factor in PHASES:
            phase_mix = mix * factor
            if clients == 1:
                done = serve_mix(server.base_url, phase_mix, Budget(phase_seconds))
            else:
                done = serve_concurrently(server.base_url, phase_mix, clients,
                                          Budget(phase_seconds))
            total += done
            connections = open_db_files(pid, ctx.db.path)
            rss_mb = proc_status_kb(pid, "VmRSS") / 1024
            rows.append(Row(
                "server_rss", f"VmHWM after +{done} at {clients} client(s)",
                proc_status_kb(pid, "VmHWM") / 1024, floor_mb, "MB", target=TARGET_MB,
                note=f"{total} requests so far; {connections} handles on the database "
                     f"file (~SQLite connections); VmRSS {rss_mb:.0f} MB",
                detail={"clients": clients, "requests": done, "requests_total": total,
                        "database_file_handles": connections, "rss_mb": rss_mb}))
    return rows
