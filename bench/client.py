"""`client`: a member lookup through `ApiClient` over loopback HTTP, against a no-op request.

Floor: p50 of a plain keep-alive `requests.Session` GET to `bench.noop_server` (a minimal HTTP
server in its own process: one write, TCP_NODELAY), i.e. what any HTTP call costs here.
Server set-ups: `python -m supportdesk.server` with 1 worker and with `--workers 2`; the same
CLI with its uvicorn Multiprocess call patched (bench/server_variants.py) in case `--workers`
fails to start; the in-process `EmbeddedServer` of the desktop demo mode; and a control on
uvicorn's h11 + asyncio stack over a pre-bound socket, which must show the ~40 ms stall.
Per set-up:
- ApiClient call p50: wall time of `search_members` and `get_member` (both calls pooled);
  a sequential keep-alive call at or above 30 ms is a Nagle / delayed-ACK stall.
- ApiClient overhead: wall time minus the server's own time (Server-Timing), per call; the
  target is overhead - floor < 2 ms.
- keep-alive probes with a plain session (GET /health, a POST with a body): per-request p50,
  flagged at >= 30 ms.
"""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator

from .common import (
    API,
    DEMO_PASSWORD,
    DEMO_USER,
    SERVER_COMMAND,
    STALL_MS,
    Budget,
    Row,
    ServerDidNotStart,
    ServerProcess,
    plain_session,
    server_ms,
    summarize,
)
from .database import Context
from .noop_server import NoopServer
from .samples import draw

TARGET_OVERHEAD_MS = 2.0


def wall_ms(session, method: str, url: str, count: int, **kwargs) -> list[float]:  # noqa: ANN001
    """Sequential keep-alive requests on one session: per-request wall times."""
    times = []
    for _ in range(count):
        started = time.perf_counter_ns()
        session.request(method, url, timeout=30, **kwargs).content  # noqa: B018 - read the body
        times.append((time.perf_counter_ns() - started) / 1e6)
    return times


def measure_floor(count: int) -> dict[str, float]:
    with NoopServer() as noop, plain_session() as session:
        wall_ms(session, "GET", noop.base_url + "/", 20)  # warm-up
        return summarize(wall_ms(session, "GET", noop.base_url + "/", count))


@contextlib.contextmanager
def embedded_server(db_path) -> Iterator[str]:  # noqa: ANN001
    """The reference server in this process, on a thread, as the desktop demo mode runs it."""
    from supportdesk.server.app import Settings
    from supportdesk.server.db import make_engine
    from supportdesk.server.embedded import EmbeddedServer

    server = EmbeddedServer(Settings(engine=make_engine(db_path), demo=True)).start()
    try:
        yield server.url
    finally:
        server.stop()


@contextlib.contextmanager
def server_process(db_path, workers: int = 1,  # noqa: ANN001
                   launcher: tuple[str, ...] = SERVER_COMMAND) -> Iterator[str]:
    with ServerProcess(db_path, workers=workers, launcher=launcher) as server:
        yield server.base_url


VARIANT = ("-m", "bench.server_variants")
# name -> (how to start it, is it a control that is expected to stall)
SETUPS = {
    "1 worker": (lambda db: server_process(db), False),
    "2 workers": (lambda db: server_process(db, 2), False),
    "2 workers, cli patched": (
        lambda db: server_process(db, 2, (*VARIANT, "cli-patched-workers")), False),
    "embedded": (embedded_server, False),
    "control h11+asyncio": (
        lambda db: server_process(db, 1, (*VARIANT, "asyncio-control")), True),
}


def lookups(base_url: str, texts: list[str], budget: Budget) -> dict[str, list[float]]:
    """Search, then open the first hit: wall and server times of every ApiClient call."""
    from supportdesk.api.client import ApiClient

    client = ApiClient(base_url)
    server_times: list[float] = []
    client.session.hooks["response"].append(lambda r, *a, **k: server_times.append(server_ms(r)))
    client.login(DEMO_USER, DEMO_PASSWORD)
    out: dict[str, list[float]] = {"wall": [], "server": [], "lookup": []}
    try:
        for i, text in enumerate(texts):
            if budget.spent:
                break
            server_times.clear()
            walls = []
            started = time.perf_counter_ns()
            page = client.search_members(text)
            walls.append((time.perf_counter_ns() - started) / 1e6)
            started = time.perf_counter_ns()
            client.get_member(page.results[0].member_number)
            walls.append((time.perf_counter_ns() - started) / 1e6)
            if i < 5:  # warm-up
                continue
            out["wall"] += walls
            out["server"] += server_times
            out["lookup"].append(sum(walls))
    finally:
        client.close()
    return out


def keepalive_probes(base_url: str, count: int) -> dict[str, dict[str, float]]:
    with plain_session() as session:
        health = base_url + API + "/health"
        login = base_url + API + "/auth/login"
        wall_ms(session, "GET", health, 10)
        return {
            "GET /health": summarize(wall_ms(session, "GET", health, count)),
            # An empty body fails validation (422) before any password work: a cheap POST.
            "POST /auth/login {} (422)": summarize(wall_ms(session, "POST", login, count,
                                                           json={})),
        }


def measure_setup(name: str, base_url: str, texts: list[str], floor: dict[str, float],
                  ctx: Context, control: bool) -> list[Row]:
    budget = Budget(ctx.scaled(90, 30))
    got = lookups(base_url, texts, budget)
    probes = keepalive_probes(base_url, ctx.scaled(100, 30))
    walls, servers = got["wall"], got["server"]
    if len(walls) != len(servers):
        raise RuntimeError(f"{name}: {len(walls)} calls but {len(servers)} Server-Timings")
    wall, server = summarize(walls), summarize(servers)
    overhead = summarize([w - s for w, s in zip(walls, servers)])
    detail = {"call_wall": wall, "call_server": server, "overhead": overhead,
              "lookup_wall": summarize(got["lookup"]), "probes": probes}
    stall_target = None if control else STALL_MS
    stalled = [p for p, stats in probes.items() if stats["p50"] >= STALL_MS]
    control_note = ("STALL as expected: the detector works" if stalled else
                    "no stall: the control did not reproduce it") if control else ""
    rows = [
        Row("client", f"{name}: ApiClient call p50", wall["p50"], floor["p50"], "ms",
            target=stall_target, note=f"server p50 {server['p50']:.2f} ms, n={wall['n']}",
            detail=detail),
        Row("client", f"{name}: ApiClient overhead p50", overhead["p50"], floor["p50"], "ms",
            target=None if control else TARGET_OVERHEAD_MS, target_of="over_floor",
            note="wall - server time"),
        Row("client", f"{name}: ApiClient overhead p99", overhead["p99"], floor["p99"], "ms"),
    ]
    rows += [
        Row("client", f"{name}: keep-alive {probe} p50", stats["p50"], floor["p50"], "ms",
            target=stall_target, note=control_note or "sequential, one session")
        for probe, stats in probes.items()
    ]
    return rows


def run(ctx: Context) -> list[Row]:
    count = ctx.scaled(300, 60)
    samples = draw(ctx.db.path, count // 2 + 10)
    texts = [t for pair in zip(samples["member_number"], samples["name_prefix"]) for t in pair]
    floor = measure_floor(count * 2)
    rows = [Row("client", "floor: no-op GET p50", floor["p50"], None, "ms",
                note="plain requests.Session to a minimal HTTP server", detail=floor)]
    for name, (start, control) in SETUPS.items():
        try:
            with start(ctx.db.path) as base_url:
                rows += measure_setup(name, base_url, texts, floor, ctx, control)
        except ServerDidNotStart as exc:
            ctx.log(f"  client: {name}: the server did not start: {exc}")
            rows.append(Row("client", f"{name}: server start", None, None, "", failed=True,
                            note=f"did not start: {exc}"))
    return rows
