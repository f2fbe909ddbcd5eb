"""One function per mutation (after Zulip's zerver/actions): `do(conn, actor, input)`.

Each action takes a connection inside the write transaction, the acting agent and the
validated input; it takes the lock its rule needs, enforces the rule, writes its audit entry
and returns plain data (the JSON answer). Routes only translate HTTP to an action and back;
a batch (incident remediation) calls the same functions.

Locks: every rule that reads and then writes (the daily limit, a balance, a credit's or a
request's state) names the row it depends on and locks it with `SELECT … FOR UPDATE`
(locks.py), or writes with a conditional UPDATE whose row count says whether it won. SQLite
ignores FOR UPDATE; there the immediate transaction (one writer at a time) already holds.
PostgreSQL keeps the rules with these locks and no more.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

from .. import db
from ..auth import Agent


@dataclass(frozen=True)
class Actor:
    """Who acts, for which operation: the agent, the operation id the ledger keeps unique
    (the Idempotency-Key), and the request id the audit records."""

    agent: Agent
    operation_id: str
    request_id: str | None = None
    # The server's clock (Settings.clock): "now" for rules that depend on the time of day.
    clock: Callable[[], dt.datetime] = db.utcnow
    # Where the request came from (app.workstation_of), for the audit.
    workstation: str | None = None
