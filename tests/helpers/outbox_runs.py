"""Server set-up and ledger counts for runs of the app's own drain (`sync.service.drain_now`)."""

from __future__ import annotations

import sqlite3
from collections import Counter
from pathlib import Path


def generous_limits(db_path: Path, agent: str) -> None:
    """Lift `agent`'s credit limits in a server database, so that every credit applies."""
    with sqlite3.connect(db_path) as conn:
        conn.execute("UPDATE agents SET per_credit_limit = 100000, daily_limit = 100000000 "
                     "WHERE username = ?", (agent,))


def credits_per_operation(db_path: Path) -> tuple[Counter[str], Counter[str]]:
    """(ledger credit entries, and their miles, per operation id) in a server database. With
    the server's de-duplication switched off, an id is stored as "<op id>:<attempt>"."""
    with sqlite3.connect(db_path) as conn:
        rows = conn.execute("SELECT operation_id, miles FROM ledger WHERE operation_id IS NOT "
                            "NULL AND kind = 'credit'").fetchall()
    entries: Counter[str] = Counter()
    miles: Counter[str] = Counter()
    for operation_id, amount in rows:
        op_id = operation_id.split(":")[0]
        entries[op_id] += 1
        miles[op_id] += amount
    return entries, miles
