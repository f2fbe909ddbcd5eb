"""`search`: the server's own time per search key type, against the raw SQLite queries.

Value: p50 / p99 of `Server-Timing: app;dur` of `GET /api/v1/members?q=…&limit=25` (routing,
authentication, the search, the audit entry and the JSON answer), sequential, on a warm cache.
Floor: the very SQL statements the server's search issued for the same text (captured from
`MemberSearch` through SQLAlchemy), executed with plain `sqlite3` on the same file, summed
per search. EXPLAIN QUERY PLAN of every distinct statement is kept; a full scan or a temporary
B-tree for ORDER BY is reported as a problem. The `part:` rows give the server time of
GET /health and GET /auth/me and the in-process time of the audit entry each search writes.
"""

from __future__ import annotations

import contextlib
import sqlite3
import time
from collections import defaultdict
from collections.abc import Callable, Iterator
from pathlib import Path

from sqlalchemy import event

from .common import (
    API,
    Budget,
    Row,
    ServerProcess,
    plain_session,
    server_ms,
    sign_in,
    summarize,
)
from .database import Context, readonly_connection
from .samples import EXACT_TYPES, KEY_TYPES, draw

LIMIT = 25
TARGET_EXACT_P99_MS = 5.0
TARGET_NAME_P99_MS = 25.0
WARM_UP = 10  # unmeasured searches per key type first

Statements = list[tuple[str, tuple]]


@contextlib.contextmanager
def statement_recorder(db_path: Path) -> Iterator[Callable[[str], Statements]]:
    """A function that runs the server's search for a text in this process and returns the
    SELECTs it issued, as (sql, parameters)."""
    from supportdesk.domain.query import classify_query
    from supportdesk.server.db import make_engine
    from supportdesk.server.search import MemberSearch

    engine = make_engine(db_path)
    current: Statements = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            current.append((statement, tuple(parameters)))

    try:
        with engine.connect() as conn:
            def record(text: str) -> Statements:
                current.clear()
                MemberSearch(conn, LIMIT).run(classify_query(text))
                return list(current)

            yield record
    finally:
        engine.dispose()


def raw_ms(conn: sqlite3.Connection, statements: Statements) -> float:
    started = time.perf_counter_ns()
    for sql, params in statements:
        conn.execute(sql, params).fetchall()
    return (time.perf_counter_ns() - started) / 1e6


def query_plans(conn: sqlite3.Connection, statements: Statements) -> dict[str, list[str]]:
    plans = {}
    for sql, params in statements:
        if sql not in plans:
            rows = conn.execute("EXPLAIN QUERY PLAN " + sql, params).fetchall()
            plans[sql] = [row[-1] for row in rows]
    return plans


def plan_problems(plan: list[str]) -> list[str]:
    return [
        line for line in plan
        if (line.startswith("SCAN") and "COVERING INDEX" not in line) or "TEMP B-TREE" in line
    ]


def audit_entry_ms(db_path: Path, count: int) -> list[float]:
    """The audit entry every search writes (its own immediate transaction), timed in-process
    through the server's own function: how much of the server time is the audit write."""
    from supportdesk.server import audit
    from supportdesk.server.db import make_engine

    engine = make_engine(db_path)
    times = []
    try:
        for i in range(count):
            started = time.perf_counter_ns()
            audit.record(engine, agent_id=1, action="member_search",
                         detail={"kind": "bench", "query_sha256": f"{i:016x}", "results": 1},
                         request_id=f"bench-{i}")
            times.append((time.perf_counter_ns() - started) / 1e6)
    finally:
        engine.dispose()
    return times


def run(ctx: Context) -> list[Row]:
    per_type = ctx.scaled(300, 60)
    seconds_per_type = ctx.scaled(45, 15)
    db_path = ctx.db.path
    samples = draw(db_path, per_type)
    ctx.log(f"  search: {per_type} texts x {len(samples)} key types")

    raw = readonly_connection(db_path)
    statements: dict[str, list[Statements]] = defaultdict(list)
    server_times: dict[str, list[float]] = defaultdict(list)
    floor_times: dict[str, list[float]] = defaultdict(list)
    wrong_kind: dict[str, set[str]] = defaultdict(set)
    with ServerProcess(db_path) as server, plain_session() as session, \
            statement_recorder(db_path) as recorder:
        sign_in(server.base_url, session)
        url = server.base_url + API + "/members"
        for kind, texts in samples.items():
            budget = Budget(seconds_per_type)
            for i, text in enumerate(texts[:WARM_UP] + texts):
                if budget.spent:
                    break
                stmts = recorder(text)
                statements[kind].append(stmts)
                floor = raw_ms(raw, stmts)
                response = session.get(url, params={"q": text, "limit": LIMIT}, timeout=60)
                response.raise_for_status()
                if response.json()["kind"] != KEY_TYPES[kind]:
                    wrong_kind[kind].add(response.json()["kind"])
                if i >= WARM_UP:
                    floor_times[kind].append(floor)
                    server_times[kind].append(server_ms(response))
        health = [server_ms(session.get(server.base_url + API + "/health")) for _ in range(100)]
        me = [server_ms(session.get(server.base_url + API + "/auth/me")) for _ in range(100)]
    plans = {kind: query_plans(raw, [s for stmts in statements[kind] for s in stmts])
             for kind in samples}
    raw.close()

    health_p50 = summarize(health).get("p50")
    rows = []
    for kind in samples:
        srv, flo = summarize(server_times[kind]), summarize(floor_times[kind])
        if not srv["n"]:
            rows.append(Row("search", kind, None, None, "ms", note="budget spent before it ran"))
            continue
        exact = kind in EXACT_TYPES
        problems = {sql: plan_problems(p) for sql, p in plans[kind].items() if plan_problems(p)}
        notes = []
        if srv["n"] < per_type:
            notes.append(f"n={srv['n']} (time budget)")
        if wrong_kind[kind]:
            notes.append(f"server kind {sorted(wrong_kind[kind])}")
        if problems:
            notes.append("PLAN: " + "; ".join(sorted({x for p in problems.values() for x in p})))
        statements_per_search = sum(map(len, statements[kind])) / len(statements[kind])
        detail = {"server": srv, "floor": flo, "statements_per_search": statements_per_search,
                  "query_plans": plans[kind], "plan_problems": problems,
                  "health_app_p50_ms": health_p50, "samples": samples[kind][:5]}
        for q in ("p50", "p99"):
            target = (TARGET_EXACT_P99_MS if exact else TARGET_NAME_P99_MS) if q == "p99" else None
            rows.append(Row("search", f"{kind} {q}", srv[q], flo[q], "ms", target=target,
                            note=" ".join(notes), detail=detail if q == "p99" else {}))
    rows.append(Row("search", "part: GET /health p50", health_p50, None, "ms",
                    note="server time of routing + middleware + SELECT 1"))
    rows.append(Row("search", "part: GET /auth/me p50", summarize(me)["p50"], None, "ms",
                    note="server time of the same + the bearer-token check (cached for 5 s)"))
    audit_ms = summarize(audit_entry_ms(db_path, per_type))
    for q in ("p50", "p99"):
        rows.append(Row("search", f"part: audit entry {q}", audit_ms[q], None, "ms",
                        note="audit.record() in-process: written once per search"))
    return rows
