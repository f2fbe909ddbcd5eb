"""`scale`: the reference server at programme scale, on SQLite and on PostgreSQL in one run
(issue 18). Per engine, on its own seeded database (bench/engines.py):

- seeding: seconds and members per second, peak memory of the seeding process and of its
  largest worker, database size (`bench.seed_scale`, from this run or the run that seeded
  the cached database);
- search: p50 / p99 of the server's own time per key type (the fuzzy fallbacks included),
  against the same statements run on a connection of the driver's own (bench/search.py);
- throughput: member lookups per second (a search by member number, then the member) and
  miles credits per second (1-mile goodwill credits, applied at once, each with its
  Idempotency-Key) from CLIENTS concurrent keep-alive clients, with 1, 2 and 4 server
  processes (`--workers`); the floor is 1 process, the ratio the scaling; the machine's CPU
  use is noted, since clients, servers and database share its cores;
- a credit's wall time under 64 concurrent clients with 4 processes: p50 and p99 (target
  p99 < 100 ms), against one client alone;
- the audit append: `audit.record()` (chain head locked, HMAC, insert) against a plain insert
  of the same row into a table without a chain, each its own transaction.
"""

from __future__ import annotations

import contextlib
import http.client
import json
import threading
import time
import uuid
from collections.abc import Callable
from pathlib import Path

from .common import API, Row, ServerProcess, summarize
from .database import Context, readonly_connection
from .engines import (
    CPUS,
    BenchPostgres,
    Target,
    cpu_busy,
    cpu_seconds,
    cpu_share,
    sqlite_target,
)
from .samples import KEY_TYPES, draw
from .search import measure, rows_of

BENCH = "scale"
CLIENTS = 16
PROCESSES = (1, 2, 4)
MANY_CLIENTS = 64
AGENTS = [f"agent{i}" for i in range(1, 21)]
TARGET_SCALING = 1.6  # 2 processes against 1, for writes on PostgreSQL (when the CPU allows)
TARGET_CREDIT_P99_MS = 100.0
TARGET_SEED_SECONDS = 120.0
TARGET_SEED_MB = 1024.0


class Client:
    """One keep-alive HTTP/1.1 connection (http.client: the lightest client at hand, so that
    the load generator takes as little of the shared CPU as it can)."""

    def __init__(self, port: int, token: str) -> None:
        self.conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        self.headers = {"Authorization": f"Bearer {token}", "Content-Type": "application/json"}

    def call(self, method: str, path: str, body: dict | None = None,
             headers: dict[str, str] | None = None) -> tuple[int, bytes]:
        self.conn.request(method, API + path, None if body is None else json.dumps(body),
                          {**self.headers, **(headers or {})})
        response = self.conn.getresponse()
        return response.status, response.read()

    def close(self) -> None:
        self.conn.close()


def sign_in_all(port: int) -> list[str]:
    tokens = []
    for username in AGENTS:
        conn = http.client.HTTPConnection("127.0.0.1", port, timeout=60)
        conn.request("POST", API + "/auth/login",
                     json.dumps({"username": username, "password": "demo"}),
                     {"Content-Type": "application/json"})
        response = conn.getresponse()
        body = response.read()
        if response.status != 200:
            raise RuntimeError(f"sign-in of {username}: {response.status} {body[:200]!r}")
        tokens.append(json.loads(body)["token"])
        conn.close()
    return tokens


def lookup(numbers: list[str]) -> Callable[[Client, int], None]:
    def one(client: Client, n: int) -> None:
        number = numbers[n % len(numbers)]
        status, _ = client.call("GET", f"/members?q={number}&limit=25")
        status2, _ = client.call("GET", f"/members/{number}")
        if status != 200 or status2 != 200:
            raise RuntimeError(f"lookup answered {status}/{status2}")
    return one


def credit(numbers: list[str]) -> Callable[[Client, int], None]:
    def one(client: Client, n: int) -> None:
        status, body = client.call(
            "POST", "/credits",
            {"member_number": numbers[n % len(numbers)], "miles": 1, "kind": "goodwill",
             "reason": "Benchmark goodwill credit"},
            {"Idempotency-Key": str(uuid.uuid4())})
        if status != 201:
            raise RuntimeError(f"credit answered {status}: {body[:300]!r}")
    return one


def drive(port: int, tokens: list[str], work: Callable[[Client, int], None], clients: int,
          seconds: float) -> dict:
    """`clients` threads, each with its own connection and agent, calling `work` until the
    time is up: completed calls per second, each call's wall time, the CPU share used."""
    stop = time.monotonic() + seconds
    times: list[list[float]] = [[] for _ in range(clients)]
    errors: list[str] = []
    start = threading.Barrier(clients + 1)

    def worker(k: int) -> None:
        client = Client(port, tokens[k % len(tokens)])
        try:
            start.wait()
            n = k * 1_000_003
            while time.monotonic() < stop:
                began = time.perf_counter_ns()
                work(client, n)
                times[k].append((time.perf_counter_ns() - began) / 1e6)
                n += 1
        except Exception as exc:  # noqa: BLE001 - reported, and the run goes on
            errors.append(repr(exc))
        finally:
            client.close()

    threads = [threading.Thread(target=worker, args=(k,), daemon=True) for k in range(clients)]
    for t in threads:
        t.start()
    start.wait()
    cpu_before, began = cpu_busy(), time.perf_counter()
    for t in threads:
        t.join(seconds + 120)
    elapsed = time.perf_counter() - began
    every = [t for per in times for t in per]
    if errors:
        raise RuntimeError(f"{len(errors)} client(s) failed: {errors[0]}")
    return {"rate": len(every) / elapsed, "times": every,
            "cpu": cpu_share(cpu_before, cpu_busy())}


def search_rows(target: Target, samples: dict, ctx: Context) -> list[Row]:
    per_type = len(next(iter(samples.values())))
    measured = measure(target.db, samples, KEY_TYPES, ctx.scaled(30, 8), env=target.env)
    return rows_of(BENCH, measured, samples, per_type, label=f"{target.engine}: search ")


def throughput_rows(target: Target, numbers: list[str], ctx: Context) -> list[Row]:
    seconds = ctx.scaled(12, 4)
    rates: dict[str, dict[int, dict]] = {"lookups": {}, "credits": {}}
    many = one_alone = None
    for processes in PROCESSES:
        with ServerProcess(target.db, workers=processes, env=target.env) as server:
            tokens = sign_in_all(server.port)
            for name, work in (("lookups", lookup(numbers)), ("credits", credit(numbers))):
                drive(server.port, tokens, work, CLIENTS, 1.5)  # warm every process's pool
                before = cpu_seconds(server.pid)
                measured = drive(server.port, tokens, work, CLIENTS, seconds)
                after = cpu_seconds(server.pid)
                calls = len(measured["times"])
                per = {part: (after[part] - before[part]) * 1000 / calls for part in before}
                per["database and system"] = per["machine"] - per["server"] - per["clients"]
                measured["cpu_ms_per_call"] = {part: round(ms, 2) for part, ms in per.items()}
                rates[name][processes] = measured
                ctx.log(f"  {target.engine}: {processes} process(es), {name}: "
                        f"{rates[name][processes]['rate']:.0f}/s, CPU "
                        f"{rates[name][processes]['cpu']:.0%}")
            if processes == PROCESSES[-1]:
                one_alone = drive(server.port, tokens, credit(numbers), 1, seconds / 2)
                many = drive(server.port, tokens, credit(numbers), MANY_CLIENTS, seconds * 1.5)
    rows = []
    for name, per in rates.items():
        floor = per[1]["rate"]
        for processes, measured in per.items():
            target_ratio = None
            if processes == 2 and name == "credits" and target.engine == "postgresql":
                target_ratio = TARGET_SCALING
            cpu, per = measured["cpu"], measured["cpu_ms_per_call"]
            note = (f"{CLIENTS} clients; CPU {cpu:.0%} of {CPUS} cores; CPU ms per call: "
                    f"{per['machine']} in all — server {per['server']}, database and system "
                    f"{per['database and system']}, clients {per['clients']}")
            if target_ratio and cpu > 0.9:
                note += " (the CPU is the limit here: clients, servers and database share it)"
            rows.append(Row(BENCH, f"{target.engine}: {name}/s, {processes} process(es)",
                            measured["rate"], floor, "/s", target=target_ratio,
                            target_of="ratio_at_least", note=note,
                            detail={"cpu_share": cpu, "cpu_ms_per_call": per,
                                    **summarize(measured["times"])}))
    alone, crowd = summarize(one_alone["times"]), summarize(many["times"])
    for q in ("p50", "p99"):
        rows.append(Row(BENCH, f"{target.engine}: credit {q}, {MANY_CLIENTS} clients, "
                               f"{PROCESSES[-1]} processes", crowd[q], alone[q], "ms",
                        target=TARGET_CREDIT_P99_MS if q == "p99" else None,
                        note=f"floor: one client alone; {many['rate']:.0f} credits/s, CPU "
                             f"{many['cpu']:.0%}",
                        detail={"crowd": crowd, "alone": alone}))
    return rows


def audit_rows(target: Target, count: int) -> list[Row]:
    """audit.record() against a plain insert of the same columns, each its own transaction."""
    from sqlalchemy import text

    from supportdesk.server import audit
    from supportdesk.server.db import make_engine

    engine = make_engine(target.db)
    audit.use_key(engine, bytes(32))
    plain_table = "bench_plain_insert"
    detail = {"kind": "bench", "query_sha256": "0" * 16, "results": 1}
    try:
        with engine.begin() as conn:
            conn.execute(text(f"DROP TABLE IF EXISTS {plain_table}"))
            conn.execute(text(f"CREATE TABLE {plain_table} (id INTEGER PRIMARY KEY, at TEXT,"
                              " agent_id INTEGER, action TEXT, detail TEXT, request_id TEXT)"))
        timed: dict[str, list[float]] = {"audit": [], "plain": []}
        for i in range(count):
            began = time.perf_counter_ns()
            audit.record(engine, agent_id=1 + i % 20, action="member_search", detail=detail,
                         request_id=f"bench-{i}")
            timed["audit"].append((time.perf_counter_ns() - began) / 1e6)
            began = time.perf_counter_ns()
            with engine.begin() as conn:
                conn.execute(text(f"INSERT INTO {plain_table} (id, at, agent_id, action,"
                                  " detail, request_id) VALUES (:id, :at, :agent, :action,"
                                  " :detail, :request)"),
                             {"id": i, "at": "2026-12-07T00:00:00Z", "agent": 1 + i % 20,
                              "action": "member_search", "detail": json.dumps(detail),
                              "request": f"bench-{i}"})
            timed["plain"].append((time.perf_counter_ns() - began) / 1e6)
        with engine.begin() as conn:
            conn.execute(text(f"DROP TABLE {plain_table}"))
    finally:
        engine.dispose()
    a, p = summarize(timed["audit"]), summarize(timed["plain"])
    return [Row(BENCH, f"{target.engine}: audit append {q}", a[q], p[q], "ms",
                note="floor: a plain insert of the same row, its own transaction",
                detail={"audit": a, "plain": p}) for q in ("p50", "p99")]


def seeding_rows(target: Target) -> list[Row]:
    s = target.seeding
    note = (f"{s['ledger_entries']:,} ledger entries, {s['database_mb']:,} MB on disk, "
            f"seeded {s.get('seeded_at', '?')}")
    full = s["members"] == 1_000_000
    return [
        Row(BENCH, f"{target.engine}: seed {s['members']:,} members", s["seconds"], None, "s",
            target=TARGET_SEED_SECONDS if full else None,
            note=f"{s['members_per_second']:,} members/s; {note}", detail=s),
        Row(BENCH, f"{target.engine}: seeding peak memory", s["peak_mb_seeding_process"], None,
            "MB", target=TARGET_SEED_MB,
            note=f"the seeding process; its largest worker {s['peak_mb_largest_worker']} MB"),
    ]


def run(ctx: Context) -> list[Row]:
    per_type = ctx.scaled(200, 40)
    sqlite = sqlite_target(ctx.members, ctx.seed, ctx.log)
    samples = draw(Path(sqlite.db), per_type)  # the same members on both engines (one seed)
    with contextlib.closing(readonly_connection(Path(sqlite.db))) as conn:
        marks = ",".join("?" * len(samples["member_number"]))
        active = {row[0] for row in conn.execute(
            f"SELECT member_number FROM members WHERE status = 'active' AND member_number"
            f" IN ({marks})", samples["member_number"])}
    numbers = [n for n in samples["member_number"] if n in active]  # closed ones take none
    rows: list[Row] = []
    with BenchPostgres(ctx.postgres_url) as postgres:
        for target in (sqlite, postgres.target(ctx.members, ctx.seed, ctx.log)):
            ctx.log(f"  [{target.engine}]")
            rows += seeding_rows(target)
            if "search" in ctx.parts:
                rows += search_rows(target, samples, ctx)
            if "throughput" in ctx.parts:
                rows += throughput_rows(target, numbers, ctx)
            if "audit" in ctx.parts:
                rows += audit_rows(target, ctx.scaled(500, 100))
    return rows

