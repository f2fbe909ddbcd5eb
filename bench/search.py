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
import re
import sqlite3
import time
from collections import Counter, defaultdict
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
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
from .samples import EXACT_TYPES, FUZZY_TYPES, KEY_TYPES, draw

LIMIT = 25
TARGET_EXACT_P99_MS = 5.0
TARGET_NAME_P99_MS = 25.0
WARM_UP = 10  # unmeasured searches per key type first

Statements = list[tuple[str, tuple]]


@contextlib.contextmanager
def statement_recorder(db_path: Path | str) -> Iterator[Callable[[str], Statements]]:
    """A function that runs the server's search for a text in this process and returns the
    SELECTs it issued, as (sql, parameters) in the driver's own form (a SQLite file or a
    PostgreSQL URL)."""
    from supportdesk.domain.query import classify_query
    from supportdesk.server.db import make_engine
    from supportdesk.server.search import MemberSearch

    engine = make_engine(db_path)
    current: Statements = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            current.append((statement, parameters))

    try:
        with engine.connect() as conn:
            def record(text: str) -> Statements:
                current.clear()
                MemberSearch(conn, LIMIT).run(classify_query(text))
                return list(current)

            yield record
    finally:
        engine.dispose()


def raw_ms(conn, statements: Statements) -> float:  # noqa: ANN001 - sqlite3 or psycopg
    started = time.perf_counter_ns()
    for sql, params in statements:
        conn.execute(sql, params).fetchall()
    return (time.perf_counter_ns() - started) / 1e6


def query_plans(conn, statements: Statements) -> dict[str, list[str]]:  # noqa: ANN001
    """EXPLAIN of every distinct statement, one line per plan step. SQLite's steps are
    indented by depth, so that plan_problems can tell what a sort sorts."""
    plans = {}
    for sql, params in statements:
        if sql in plans:
            continue
        if isinstance(conn, sqlite3.Connection):
            depth: dict[int, int] = {}
            lines = []
            for node, parent, _, step in conn.execute("EXPLAIN QUERY PLAN " + sql, params):
                depth[node] = depth.get(parent, -1) + 1
                lines.append("  " * depth[node] + step)
            plans[sql] = lines
        else:
            plans[sql] = [row[0] for row in conn.execute("EXPLAIN " + sql, params)]
    return plans


# What a search's sort may sort: its branches (subqueries), and the typo step's candidates (an
# FTS5 table, and the distinct last names as `k`).
_SUBQUERY = re.compile(
    r"^(SCAN|SEARCH) (anon_\d+|found|numbered|\(subquery-\d+\)|\w+ VIRTUAL|k )")


def plan_problems(plan: list[str]) -> list[str]:
    """Steps that read a whole table, or sort a table's rows before the LIMIT can stop them
    (SQLite: a temporary B-tree beside a table's SCAN/SEARCH; PostgreSQL: a Seq Scan of a
    table, or a Sort right above an index or table scan). Sorting what a subquery already
    cut to its LIMIT (the ranked branches of a name search) is no problem, nor reading the
    distinct last names whole while they are few (the typo search's candidates: the planner
    takes their trigram index once the table is large)."""
    problems = []
    for i, line in enumerate(plan):
        step = line.strip()
        if step.startswith("SCAN") and "INDEX" not in step and not _SUBQUERY.match(step):
            problems.append(step)
        elif "TEMP B-TREE" in step:
            indent, before = len(line) - len(step), ""
            for other in reversed(plan[:i]):  # the step before it at its depth: what it sorts
                depth = len(other) - len(other.lstrip())
                if depth <= indent:
                    before = other.strip() if depth == indent else ""
                    break
            if before.startswith(("SCAN", "SEARCH")) and not _SUBQUERY.match(before):
                problems.append(f"{before} / {step}")
        elif "Seq Scan on" in step and "name_keys" not in step:
            problems.append(step.split("  (")[0])
        elif step.startswith(("Sort ", "->  Sort ")) and i + 1 < len(plan) \
                and "Scan" in plan[i + 1] and "Subquery Scan" not in plan[i + 1] \
                and "name_keys" not in plan[i + 1]:
            problems.append(f"{step.split('  (')[0]} over {plan[i + 1].strip().split('  (')[0]}")
    return problems


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


@dataclass
class Measured:
    """Per key type: the server's times, the floor's, the statements and their plans, and
    how the server said it matched (kind; the first hit's matched_by)."""

    server: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    floor: dict[str, list[float]] = field(default_factory=lambda: defaultdict(list))
    statements: dict[str, list[Statements]] = field(default_factory=lambda: defaultdict(list))
    plans: dict[str, dict[str, list[str]]] = field(default_factory=dict)
    wrong_kind: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    matched_by: dict[str, Counter] = field(default_factory=lambda: defaultdict(Counter))
    health: list[float] = field(default_factory=list)
    me: list[float] = field(default_factory=list)


def raw_connection(db: Path | str):  # noqa: ANN201 - sqlite3 or psycopg, for the floor
    if isinstance(db, Path):
        return readonly_connection(db)
    import psycopg

    return psycopg.connect(db.replace("+psycopg", ""), autocommit=True)


def measure(db: Path | str, samples: dict[str, list[str]], kinds: dict[str, str],
            seconds_per_type: float, env: dict[str, str] | None = None) -> Measured:
    """Every sample text through the server (`Server-Timing`) and, as the floor, the very
    statements its search issues run on a connection of the driver's own."""
    out = Measured()
    raw = raw_connection(db)
    with ServerProcess(db, env=env) as server, plain_session() as session, \
            statement_recorder(db) as recorder:
        sign_in(server.base_url, session)
        url = server.base_url + API + "/members"
        for kind, texts in samples.items():
            budget = Budget(seconds_per_type)
            for i, text in enumerate(texts[:WARM_UP] + texts):
                if budget.spent:
                    break
                stmts = recorder(text)
                out.statements[kind].append(stmts)
                floor = raw_ms(raw, stmts)
                response = session.get(url, params={"q": text, "limit": LIMIT}, timeout=60)
                response.raise_for_status()
                body = response.json()
                if body["kind"] != kinds[kind]:
                    out.wrong_kind[kind].add(body["kind"])
                if i >= WARM_UP:
                    out.floor[kind].append(floor)
                    out.server[kind].append(server_ms(response))
                    out.matched_by[kind][body["results"][0]["matched_by"]
                                         if body["results"] else "nobody"] += 1
        out.health = [server_ms(session.get(server.base_url + API + "/health"))
                      for _ in range(100)]
        out.me = [server_ms(session.get(server.base_url + API + "/auth/me")) for _ in range(100)]
    out.plans = {kind: query_plans(raw, [s for stmts in out.statements[kind] for s in stmts])
                 for kind in samples}
    raw.close()
    return out


def rows_of(bench: str, measured: Measured, samples: dict[str, list[str]], per_type: int,
            label: str = "") -> list[Row]:
    """p50 and p99 rows per key type (targets: exact keys and names; none for the fuzzy
    fallbacks, whose p99 is reported as it is)."""
    rows = []
    for kind in samples:
        srv, flo = summarize(measured.server[kind]), summarize(measured.floor[kind])
        if not srv["n"]:
            rows.append(Row(bench, f"{label}{kind}", None, None, "ms",
                            note="budget spent before it ran"))
            continue
        plans = measured.plans[kind]
        problems = {sql: plan_problems(p) for sql, p in plans.items() if plan_problems(p)}
        notes = []
        if srv["n"] < per_type:
            notes.append(f"n={srv['n']} (time budget)")
        if measured.wrong_kind[kind]:
            notes.append(f"server kind {sorted(measured.wrong_kind[kind])}")
        if kind in FUZZY_TYPES:
            found = measured.matched_by[kind]
            notes.append("first hit by " + ", ".join(f"{how} {n}" for how, n in
                                                      found.most_common()))
        if problems:
            notes.append("PLAN: " + "; ".join(sorted({x for p in problems.values() for x in p})))
        stmts = measured.statements[kind]
        per_search = sum(map(len, stmts)) / len(stmts)
        notes.append(f"{per_search:.2g} statement(s) per search")
        detail = {"server": srv, "floor": flo, "statements_per_search": per_search,
                  "query_plans": plans, "plan_problems": problems,
                  "matched_by": dict(measured.matched_by[kind]),
                  "health_app_p50_ms": summarize(measured.health).get("p50"),
                  "samples": samples[kind][:5]}
        for q in ("p50", "p99"):
            target = None
            if q == "p99" and kind not in FUZZY_TYPES:
                target = TARGET_EXACT_P99_MS if kind in EXACT_TYPES else TARGET_NAME_P99_MS
            rows.append(Row(bench, f"{label}{kind} {q}", srv[q], flo[q], "ms", target=target,
                            note=" ".join(notes), detail=detail if q == "p99" else {}))
    return rows


def run(ctx: Context) -> list[Row]:
    per_type = ctx.scaled(300, 60)
    seconds_per_type = ctx.scaled(45, 15)
    db_path = ctx.db.path
    samples = draw(db_path, per_type)
    ctx.log(f"  search: {per_type} texts x {len(samples)} key types")
    measured = measure(db_path, samples, KEY_TYPES, seconds_per_type)
    rows = rows_of("search", measured, samples, per_type)
    health_p50 = summarize(measured.health).get("p50")
    rows.append(Row("search", "part: GET /health p50", health_p50, None, "ms",
                    note="server time of routing + middleware + SELECT 1"))
    rows.append(Row("search", "part: GET /auth/me p50", summarize(measured.me)["p50"], None,
                    "ms", note="server time of the same + the bearer-token check (cached for "
                               "5 s)"))
    audit_ms = summarize(audit_entry_ms(db_path, per_type))
    for q in ("p50", "p99"):
        rows.append(Row("search", f"part: audit entry {q}", audit_ms[q], None, "ms",
                        note="audit.record() in-process: written once per search"))
    return rows
