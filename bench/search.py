"""`search`: the server's own time per search key type, against the raw SQLite queries.

Value: p50 / p99 of `Server-Timing: app;dur` of `GET /api/v1/members?q=…&limit=25` (routing,
authentication, the search, the audit entry and the JSON answer), sequential, on a warm cache.
Floor: the very SQL statements the server's search issued for the same text (captured from
`MemberSearch` through SQLAlchemy), executed with plain `sqlite3` on the same file, summed
per search. EXPLAIN QUERY PLAN of every distinct statement is kept; a full scan or a temporary
B-tree for ORDER BY is reported as a problem.
"""

from __future__ import annotations

import sqlite3
import time
from collections import defaultdict
from pathlib import Path

from sqlalchemy import event

from .common import (
    API,
    Budget,
    Context,
    Row,
    ServerProcess,
    plain_session,
    readonly_connection,
    server_ms,
    sign_in,
    summarize,
)
from .samples import EXACT_TYPES, KEY_TYPES, draw

LIMIT = 25
TARGET_EXACT_P99_MS = 5.0
TARGET_NAME_P99_MS = 25.0

Statements = list[tuple[str, tuple]]


def capture_statements(db_path: Path, texts: list[str]) -> list[Statements]:
    """The SELECTs the server's search runs for each text, as (sql, parameters)."""
    from supportdesk.domain.query import classify_query
    from supportdesk.server.db import make_engine
    from supportdesk.server.search import MemberSearch

    engine = make_engine(db_path)
    current: Statements = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            current.append((statement, tuple(parameters)))

    captured = []
    try:
        with engine.connect() as conn:
            for text in texts:
                current = []
                MemberSearch(conn, LIMIT).run(classify_query(text))
                captured.append(current)
    finally:
        engine.dispose()
    return captured


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


def run(ctx: Context) -> list[Row]:
    per_type = ctx.scaled(300, 60)
    budget = Budget(ctx.scaled(600, 180))
    db_path = ctx.db.path
    samples = draw(db_path, per_type)
    ctx.log(f"  search: {per_type} texts x {len(samples)} key types")
    statements = {kind: capture_statements(db_path, texts) for kind, texts in samples.items()}

    raw = readonly_connection(db_path)
    server_times: dict[str, list[float]] = defaultdict(list)
    floor_times: dict[str, list[float]] = defaultdict(list)
    health: list[float] = []
    wrong_kind: dict[str, set[str]] = defaultdict(set)
    with ServerProcess(db_path) as server, plain_session() as session:
        sign_in(server.base_url, session)
        url = server.base_url + API + "/members"
        for measured in (False, True):  # a warm-up pass, then the measured one
            for kind, texts in samples.items():
                for text, stmts in zip(texts, statements[kind]):
                    if budget.spent:
                        break
                    floor = raw_ms(raw, stmts)
                    response = session.get(url, params={"q": text, "limit": LIMIT}, timeout=30)
                    response.raise_for_status()
                    if response.json()["kind"] != KEY_TYPES[kind]:
                        wrong_kind[kind].add(response.json()["kind"])
                    if measured:
                        floor_times[kind].append(floor)
                        server_times[kind].append(server_ms(response))
            if measured:
                for _ in range(100):
                    health.append(server_ms(session.get(server.base_url + API + "/health")))
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
    rows.append(Row("search", "health (framework) p50", health_p50, None, "ms",
                    note="GET /health server time: routing + middleware + SELECT 1"))
    return rows
