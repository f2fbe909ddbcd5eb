"""`remediation`: selecting an incident window for remediation, against the raw query.

Value: p50 / p99 of `Server-Timing: app;dur` of `GET /api/v1/remediation/preview` for the
demo's incident window (40 minutes; supportdesk/server/seed_incident.py) as a supervisor:
the web donations and award redemptions, and every type and channel of the same window
(routing, authentication, the selection with its members and earlier reversals, totals,
the audit entry, JSON). Floor: the very SELECT the server's preview issued (captured through
SQLAlchemy in this process), run with plain `sqlite3` on the same file. Target: p99 under
1 s (the issue's bound for 10 million ledger entries). A `PLAN:` note quotes EXPLAIN QUERY
PLAN lines that scan the ledger or sort in a temporary B-tree.
"""

from __future__ import annotations

from sqlalchemy import event

from .common import API, Budget, Row, ServerProcess, plain_session, server_ms, summarize
from .database import Context, readonly_connection
from .search import plan_problems, query_plans, raw_ms

TARGET_P99_MS = 1000.0
SUPERVISOR = ("super1", "demo")


def _windows() -> dict[str, dict[str, str]]:
    from supportdesk.domain import remediation as rules
    from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

    window = {"from": INCIDENT_FROM.strftime("%Y-%m-%dT%H:%M:%SZ"),
              "to": INCIDENT_TO.strftime("%Y-%m-%dT%H:%M:%SZ")}
    return {
        "web donations + redemptions": {**window, "types": "donation,award_redemption",
                                        "channels": "web"},
        "every type and channel": {**window, "types": ",".join(rules.KINDS),
                                   "channels": ",".join(rules.CHANNELS)},
    }


def _statements(db_path, params: dict[str, str]) -> list[tuple[str, tuple]]:  # noqa: ANN001
    """The SELECTs the server's preview issues for these parameters, run here once."""
    from supportdesk.server.actions import remediation
    from supportdesk.server.db import make_engine
    from supportdesk.server.remediation_io import Selection

    selection = Selection.model_validate({
        "from": params["from"], "to": params["to"], "types": params["types"].split(","),
        "channels": params["channels"].split(",")})
    engine = make_engine(db_path)
    found: list[tuple[str, tuple]] = []

    @event.listens_for(engine, "before_cursor_execute")
    def _record(_conn, _cursor, statement, parameters, _context, _many):  # noqa: ANN001
        if statement.lstrip().upper().startswith("SELECT"):
            found.append((statement, tuple(parameters)))

    try:
        with engine.connect() as conn:
            remediation.preview(conn, selection)
    finally:
        engine.dispose()
    return found


def run(ctx: Context) -> list[Row]:
    repeats = ctx.scaled(30, 8)
    db_path = ctx.db.path
    raw = readonly_connection(db_path)
    rows = []
    with ServerProcess(db_path) as server, plain_session() as session:
        response = session.post(server.base_url + API + "/auth/login", timeout=30,
                                json={"username": SUPERVISOR[0], "password": SUPERVISOR[1]})
        response.raise_for_status()
        session.headers["Authorization"] = f"Bearer {response.json()['token']}"
        url = server.base_url + API + "/remediation/preview"
        for name, params in _windows().items():
            statements = _statements(db_path, params)
            budget = Budget(ctx.scaled(60, 20))
            served, floor, entries = [], [], 0
            for i in range(repeats + 2):  # two unmeasured first
                if budget.spent:
                    break
                answer = session.get(url, params=params, timeout=120)
                answer.raise_for_status()
                took = raw_ms(raw, statements)
                if i >= 2:
                    served.append(server_ms(answer))
                    floor.append(took)
                entries = answer.json()["totals"]["entries"]
            plans = query_plans(raw, statements)
            problems = sorted({p for plan in plans.values() for p in plan_problems(plan)})
            srv, flo = summarize(served), summarize(floor)
            notes = [f"{entries:,} entries"]
            if srv.get("n", 0) < repeats:
                notes.append(f"n={srv.get('n', 0)} (time budget)")
            if problems:
                notes.append("PLAN: " + "; ".join(problems))
            for q in ("p50", "p99"):
                rows.append(Row("remediation", f"preview {name} {q}", srv.get(q), flo.get(q),
                                "ms", target=TARGET_P99_MS if q == "p99" else None,
                                note=" ".join(notes),
                                detail={"server": srv, "floor": flo, "query_plans": plans,
                                        "params": params} if q == "p99" else {}))
    raw.close()
    return rows
