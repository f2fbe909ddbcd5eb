"""Incident remediation (issue 16, item 5): a batch of reversals of the ledger entries of an
incident window, proposed by one supervisor, approved by another, executed entry by entry
with the single reversal (credits.reverse_entry), so a batch keeps exactly its rules.

Exactly once: each entry is reversed under the operation id `remediation:<batch>:<entry>`
(unique in the ledger) in its own transaction, which also writes the entry's state; an
execution stopped anywhere (a crash, a restart) resumes with the entries still pending, and
re-running reverses nothing twice. An entry someone reversed singly is skipped and reported;
an entry that fails (its miles already spent) is recorded and the others go on.

Locks: proposing and approving run in the write transaction; approval is a conditional
update on the batch's state (its row count proves no one else approved in between); each
entry's reversal locks its member (credits.reverse_entry) and moves the entry out of
`pending` with a conditional update.
"""

from __future__ import annotations

import hashlib
import logging
from collections import Counter, defaultdict
from typing import Any

from sqlalchemy import Connection, Engine, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...domain import remediation as rules
from .. import audit, db
from ..inputs import ReversalIn
from ..problems import ApiError, field_error
from ..remediation_io import BatchApproval, BatchIn, Selection
from . import Actor, credits

log = logging.getLogger(__name__)

READ_ACTIONS = ("member_read", "ledger_read")  # the audit's reads of one member's account


def _selection_query(selection: Selection, limit: int) -> Any:
    entry, reversal, m = db.ledger, db.ledger.alias("reversal"), db.members
    stmt = (
        select(entry.c.id, entry.c.member_id, m.c.member_number, entry.c.posted_at,
               entry.c.kind, entry.c.channel, entry.c.miles, entry.c.description,
               reversal.c.id.label("reversed_by"))
        .join(m, m.c.id == entry.c.member_id)
        .outerjoin(reversal, reversal.c.reverses_id == entry.c.id)
        # ix_ledger_channel_posted: one range scan per channel
        .where(entry.c.channel.in_(selection.channels),
               entry.c.posted_at >= db.iso(selection.window_from),
               entry.c.posted_at < db.iso(selection.window_to),
               entry.c.kind.in_(selection.types))
        .order_by(entry.c.posted_at, entry.c.id)
        .limit(limit)
    )
    if selection.members is not None:
        stmt = stmt.where(m.c.member_number.in_(selection.members))
    return stmt


def select_entries(conn: Connection, selection: Selection) -> list[Any]:
    rows = conn.execute(_selection_query(selection, rules.MAX_BATCH_ENTRIES + 1)).all()
    if len(rows) > rules.MAX_BATCH_ENTRIES:
        raise ApiError(422, "window-too-large",
                       f"More than {rules.MAX_BATCH_ENTRIES:,} entries match; narrow the "
                       f"window, the types, the channels or the members.",
                       params={"max": rules.MAX_BATCH_ENTRIES})
    return rows


def preview(conn: Connection, selection: Selection) -> dict[str, Any]:
    rows = select_entries(conn, selection)
    per_member: dict[str, list[int]] = {}
    for row in rows:
        total = per_member.setdefault(row.member_number, [0, 0])
        total[0] += 1
        total[1] += row.miles
    return {
        "entries": [{"id": r.id, "member_number": r.member_number, "posted_at": r.posted_at,
                     "kind": r.kind, "channel": r.channel, "miles": r.miles,
                     "description": r.description, "reversed_by": r.reversed_by}
                    for r in rows],
        "members": [{"member_number": n, "entries": e, "miles": m}
                    for n, (e, m) in sorted(per_member.items())],
        "totals": {"entries": len(rows), "members": len(per_member),
                   "miles": sum(r.miles for r in rows),
                   "already_reversed": sum(1 for r in rows if r.reversed_by is not None)},
    }


def propose(conn: Connection, actor: Actor, body: BatchIn) -> dict[str, Any]:
    """Fix the batch's content: the entries the filter selects now, less the exclusions."""
    rows = select_entries(conn, body)
    if not rows:
        raise ApiError(422, "batch-empty", "No ledger entry matches; there is nothing to "
                                           "reverse. Check the window, types and channels.")
    ids = {r.id for r in rows}
    if {x.entry_id for x in body.exclusions} >= ids:
        raise ApiError(422, "batch-empty", "Every entry is excluded; there is nothing to "
                                           "reverse.")
    reasons: dict[int, str] = {}
    for i, exclusion in enumerate(body.exclusions):
        if exclusion.entry_id not in ids:
            raise field_error(f"exclusions.{i}.entry_id",
                              f"Entry {exclusion.entry_id} is not in the selection; "
                              f"preview again.", params={"entry_id": exclusion.entry_id})
        reasons[exclusion.entry_id] = exclusion.reason
    now = db.iso(actor.clock())
    batch_id = conn.execute(insert(db.remediation_batches).values(
        status="proposed", note=body.note, window_from=db.iso(body.window_from),
        window_to=db.iso(body.window_to), kinds=",".join(body.types),
        channels=",".join(body.channels),
        members=",".join(body.members) if body.members is not None else None,
        proposed_by=actor.agent.id, proposed_at=now,
    )).inserted_primary_key[0]
    conn.execute(insert(db.remediation_entries), [
        {"batch_id": batch_id, "ledger_id": r.id, "member_id": r.member_id, "miles": r.miles,
         "state": "excluded" if r.id in reasons else "pending", "reason": reasons.get(r.id)}
        for r in rows])
    kept = [r for r in rows if r.id not in reasons]
    audit.append(conn, agent_id=actor.agent.id, action="remediation_proposed",
                 detail={"batch_id": batch_id, "entries": len(kept), "excluded": len(reasons),
                         "miles": sum(r.miles for r in kept),
                         "members": len({r.member_number for r in rows})},
                 request_id=actor.request_id, workstation=actor.workstation)
    return batch_json(conn, batch_id)


def _batch(conn: Connection, batch_id: int, *, lock: bool = False) -> Any:
    stmt = select(db.remediation_batches).where(db.remediation_batches.c.id == batch_id)
    row = conn.execute(stmt.with_for_update() if lock else stmt).first()
    if row is None:
        raise ApiError(404, "batch-not-found", f"There is no remediation batch {batch_id}.")
    return row


def _to_reverse(conn: Connection, batch_id: int) -> tuple[int, int, str]:
    """The entries to reverse: how many, their miles, and the content's fingerprint."""
    e = db.remediation_entries
    rows = conn.execute(select(e.c.ledger_id, e.c.miles)
                        .where(e.c.batch_id == batch_id, e.c.state != "excluded")
                        .order_by(e.c.ledger_id)).all()
    content = hashlib.sha256(
        ";".join(f"{r.ledger_id}:{r.miles}" for r in rows).encode()).hexdigest()
    return len(rows), sum(r.miles for r in rows), content


def approve(conn: Connection, actor: Actor, batch_id: int,
            body: BatchApproval) -> dict[str, Any]:
    """A second supervisor approves exactly what was proposed (its entries and miles)."""
    row = _batch(conn, batch_id, lock=True)
    if row.status != "proposed":
        raise ApiError(409, "batch-not-proposed",
                       f"Batch {batch_id} is already {row.status}; nothing was changed.")
    if row.proposed_by == actor.agent.id:
        raise ApiError(403, "own-batch",
                       "You cannot approve your own batch; another supervisor must.")
    entries, miles, content = _to_reverse(conn, batch_id)
    if (entries, content) != (body.entries, body.content):
        raise ApiError(409, "batch-mismatch",
                       f"Batch {batch_id} is not the one approved ({entries:,} entries to "
                       f"reverse, not {body.entries:,}, or other entries); nothing was "
                       f"changed. Look at it again.", params={"entries": entries})
    done = conn.execute(update(db.remediation_batches).where(
        db.remediation_batches.c.id == batch_id, db.remediation_batches.c.status == "proposed")
        .values(status="approved", approved_by=actor.agent.id,
                approved_at=db.iso(actor.clock()))).rowcount
    if done != 1:
        raise ApiError(409, "batch-not-proposed",
                       "This batch was decided meanwhile; nothing was changed.")
    audit.append(conn, agent_id=actor.agent.id, action="remediation_approved",
                 detail={"batch_id": batch_id, "entries": entries, "miles": miles},
                 request_id=actor.request_id, workstation=actor.workstation)
    return batch_json(conn, batch_id)


def operation_id(batch_id: int, entry_id: int) -> str:
    return f"remediation:{batch_id}:{entry_id}"


def _set_state(conn: Connection, batch_id: int, entry_id: int, state: str, *,
               reversal_id: int | None = None, code: str | None = None,
               detail: str | None = None) -> None:
    e = db.remediation_entries
    conn.execute(update(e).where(e.c.batch_id == batch_id, e.c.ledger_id == entry_id,
                                 e.c.state == "pending")
                 .values(state=state, reversal_id=reversal_id, result_code=code,
                         result_detail=detail and detail[:500], done_at=db.iso(db.utcnow())))


def _own_reversal(conn: Connection, batch_id: int, entry_id: int) -> int | None:
    return conn.execute(select(db.ledger.c.id).where(
        db.ledger.c.operation_id == operation_id(batch_id, entry_id))).scalar_one_or_none()


def _execute_one(engine: Engine, actor: Actor, batch_id: int, entry_id: int,
                 member_number: str) -> str:
    """Reverse one entry of the batch in its own transaction; its new state."""
    entry_actor = Actor(actor.agent, operation_id(batch_id, entry_id), actor.request_id,
                        actor.clock, actor.workstation)
    reversal = ReversalIn(member_number=member_number,
                          reason=f"Incident remediation, batch {batch_id}")
    try:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            e = db.remediation_entries
            still = conn.execute(select(e.c.state).where(
                e.c.batch_id == batch_id, e.c.ledger_id == entry_id)).scalar_one()
            if still != "pending":
                return still  # a concurrent execution got here first
            answer = credits.reverse_entry(conn, entry_actor, entry_id, reversal)
            _set_state(conn, batch_id, entry_id, "reversed", reversal_id=answer["id"])
        return "reversed"
    except ApiError as exc:
        failure: tuple[str, str] = (exc.code, exc.detail)
    except IntegrityError:
        failure = ("already-reversed", "")  # our operation id is in the ledger already
    except Exception as exc:  # one entry's failure never blocks the others
        log.exception("remediation batch %s: entry %s failed", batch_id, entry_id)
        failure = ("error", f"Unexpected error: {type(exc).__name__}")
    code, detail = failure
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        own = _own_reversal(conn, batch_id, entry_id) if code == "already-reversed" else None
        if own is not None:  # this batch reversed it before (a resumed execution)
            _set_state(conn, batch_id, entry_id, "reversed", reversal_id=own)
            return "reversed"
        state = "skipped" if code == "already-reversed" else "failed"
        _set_state(conn, batch_id, entry_id, state, code=code, detail=detail)
        audit.append(conn, agent_id=actor.agent.id, action=f"remediation_entry_{state}",
                     member_number=member_number,
                     detail={"batch_id": batch_id, "entry_id": entry_id, "code": code},
                     request_id=actor.request_id, workstation=actor.workstation)
    return state


def execute(engine: Engine, actor: Actor, batch_id: int, limit: int) -> dict[str, Any]:
    """Reverse up to `limit` of the batch's pending entries, one transaction each."""
    e, m = db.remediation_entries, db.members
    with engine.connect() as conn:
        row = _batch(conn, batch_id)
        if row.status == "proposed":
            raise ApiError(409, "batch-not-approved",
                           f"Batch {batch_id} is not approved yet; another supervisor must "
                           f"approve it first.")
        pending = conn.execute(
            select(e.c.ledger_id, m.c.member_number).join(m, m.c.id == e.c.member_id)
            .where(e.c.batch_id == batch_id, e.c.state == "pending")
            .order_by(e.c.ledger_id).limit(limit)).all()
    if pending:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            audit.append(conn, agent_id=actor.agent.id, action="remediation_execute",
                         detail={"batch_id": batch_id, "entries": len(pending)},
                         request_id=actor.request_id, workstation=actor.workstation)
    for entry_id, member_number in pending:
        _execute_one(engine, actor, batch_id, entry_id, member_number)
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        counts = _counts(conn, batch_id)
        remaining = counts.get("pending", 0)
        if remaining == 0:
            finished = conn.execute(update(db.remediation_batches).where(
                db.remediation_batches.c.id == batch_id,
                db.remediation_batches.c.status == "approved")
                .values(status="executed", executed_by=actor.agent.id,
                        finished_at=db.iso(actor.clock()))).rowcount
            if finished:
                audit.append(conn, agent_id=actor.agent.id, action="remediation_executed",
                             detail={"batch_id": batch_id, **counts},
                             request_id=actor.request_id, workstation=actor.workstation)
        status = _batch(conn, batch_id).status
    return {"id": batch_id, "status": status, "done_now": len(pending),
            "remaining": remaining, "counts": counts}


def _counts(conn: Connection, batch_id: int) -> dict[str, int]:
    e = db.remediation_entries
    return dict(Counter(conn.execute(select(e.c.state).where(
        e.c.batch_id == batch_id)).scalars()))


def _agent_name(conn: Connection, agent_id: int | None) -> str | None:
    if agent_id is None:
        return None
    return conn.execute(select(db.agents.c.name).where(
        db.agents.c.id == agent_id)).scalar_one_or_none()


def summary_json(conn: Connection, row: Any) -> dict[str, Any]:
    entries, miles, content = _to_reverse(conn, row.id)
    return {
        "id": row.id, "status": row.status, "note": row.note,
        "window_from": row.window_from, "window_to": row.window_to,
        "types": row.kinds.split(","), "channels": row.channels.split(","),
        "members_filter": row.members.split(",") if row.members is not None else None,
        "proposed_by": _agent_name(conn, row.proposed_by), "proposed_at": row.proposed_at,
        "approved_by": _agent_name(conn, row.approved_by), "approved_at": row.approved_at,
        "finished_at": row.finished_at, "counts": _counts(conn, row.id),
        "to_reverse": entries, "miles": miles, "content": content,
    }


def batch_entries(conn: Connection, batch_id: int) -> list[Any]:
    e, entry, m = db.remediation_entries, db.ledger, db.members
    return conn.execute(
        select(e, m.c.member_number, entry.c.posted_at, entry.c.kind, entry.c.channel)
        .join(entry, entry.c.id == e.c.ledger_id).join(m, m.c.id == e.c.member_id)
        .where(e.c.batch_id == batch_id).order_by(entry.c.posted_at, e.c.ledger_id)).all()


def per_member(rows: list[Any]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "entries": 0, "reversed": 0, "skipped": 0, "failed": 0, "excluded": 0,
        "miles_recredited": 0})
    for r in rows:
        total = out[r.member_number]
        total["entries"] += 1
        if r.state in ("reversed", "skipped", "failed", "excluded"):
            total[r.state] += 1
        if r.state == "reversed":
            total["miles_recredited"] -= r.miles
    return [{"member_number": n, **t} for n, t in sorted(out.items())]


def batch_json(conn: Connection, batch_id: int) -> dict[str, Any]:
    row = _batch(conn, batch_id)
    rows = batch_entries(conn, batch_id)
    return {
        **summary_json(conn, row),
        "entries": [{"id": r.ledger_id, "member_number": r.member_number,
                     "posted_at": r.posted_at, "kind": r.kind, "channel": r.channel,
                     "miles": r.miles, "state": r.state, "reason": r.reason,
                     "reversal_id": r.reversal_id, "result_code": r.result_code,
                     "result_detail": r.result_detail} for r in rows],
        "members": per_member(rows),
    }


def list_batches(conn: Connection, status: str | None) -> list[dict[str, Any]]:
    b = db.remediation_batches
    stmt = select(b).order_by(b.c.id.desc()).limit(200)
    if status:
        stmt = stmt.where(b.c.status == status)
    return [summary_json(conn, row) for row in conn.execute(stmt).all()]


def export_rows(conn: Connection, batch_id: int) -> list[list[str]]:
    """Per member: entries reversed, miles re-credited, and who read the account during the
    window according to the audit (account and ledger reads)."""
    row = _batch(conn, batch_id)
    members = per_member(batch_entries(conn, batch_id))
    numbers = [m["member_number"] for m in members]
    a, ag = db.audit, db.agents
    readers: dict[str, list[str]] = defaultdict(list)
    for start in range(0, len(numbers), 500):
        chunk = numbers[start:start + 500]
        for number, username, reads in conn.execute(
                select(a.c.member_number, ag.c.username, func.count())
                .join(ag, ag.c.id == a.c.agent_id)
                .where(and_(a.c.member_number.in_(chunk), a.c.action.in_(READ_ACTIONS),
                            a.c.at >= row.window_from, a.c.at < row.window_to))
                .group_by(a.c.member_number, ag.c.username)
                .order_by(a.c.member_number, ag.c.username)):
            readers[number].append(f"{username} ({reads})")
    out = [["member_number", "entries_reversed", "miles_recredited", "skipped", "failed",
            "excluded", "viewed_in_window_by"]]
    for m in members:
        out.append([m["member_number"], str(m["reversed"]), str(m["miles_recredited"]),
                    str(m["skipped"]), str(m["failed"]), str(m["excluded"]),
                    "; ".join(readers.get(m["member_number"], []))])
    return out
