"""Incident remediation (issue 16, item 5): a batch of reversals of the ledger entries and
profile changes of an incident window, proposed by one supervisor, approved by another,
executed entry by entry with the single reversal (credits.reverse_entry) or restore
(profile.restore_change), so a batch keeps exactly their rules.

Exactly once: each entry is reversed under the operation id `remediation:<batch>:<entry>`
(unique in the ledger; `remediation:<batch>:p<change>` for a profile change, unique in
`profile_changes`) in its own transaction, which also writes the entry's state; an
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
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any, NamedTuple

from sqlalchemy import Connection, Engine, Table, and_, func, insert, select, update
from sqlalchemy.exc import IntegrityError

from ...domain import remediation as rules
from .. import audit, db
from ..inputs import ReversalIn
from ..problems import ApiError, field_error
from ..remediation_io import BatchApproval, BatchIn, Selection
from . import Actor, credits, profile

log = logging.getLogger(__name__)

READ_ACTIONS = ("member_read", "ledger_read")  # the audit's reads of one member's account


class Found(NamedTuple):
    """One thing a selection found: a ledger entry, or a profile change (no miles)."""

    source: str  # ledger | profile
    id: int
    member_id: int
    member_number: str
    posted_at: str
    kind: str
    channel: str
    miles: int
    description: str
    reversed_by: int | None  # the reversal or restore that undid it already


def _ledger_query(selection: Selection, limit: int) -> Any:
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


def _profile_query(selection: Selection, limit: int) -> Any:
    change, restore, m = db.profile_changes, db.profile_changes.alias("restore"), db.members
    stmt = (
        select(change.c.id, change.c.member_id, m.c.member_number, change.c.changed_at,
               change.c.channel, change.c.fields, restore.c.id.label("reversed_by"))
        .join(m, m.c.id == change.c.member_id)
        .outerjoin(restore, restore.c.restores_id == change.c.id)
        # ix_profile_changes_channel_at; a restore is not itself restored
        .where(change.c.channel.in_(selection.channels),
               change.c.changed_at >= db.iso(selection.window_from),
               change.c.changed_at < db.iso(selection.window_to),
               change.c.restores_id.is_(None))
        .order_by(change.c.changed_at, change.c.id)
        .limit(limit)
    )
    if selection.members is not None:
        stmt = stmt.where(m.c.member_number.in_(selection.members))
    return stmt


def select_entries(conn: Connection, selection: Selection) -> list[Found]:
    """The window's ledger entries and profile changes, in time order."""
    limit = rules.MAX_BATCH_ENTRIES + 1
    found = [Found("ledger", *row) for row in conn.execute(_ledger_query(selection, limit))]
    if rules.PROFILE_CHANGE in selection.types:
        found += [Found("profile", r.id, r.member_id, r.member_number, r.changed_at,
                        rules.PROFILE_CHANGE, r.channel, 0,
                        f"Changed: {r.fields.replace(',', ', ')}", r.reversed_by)
                  for r in conn.execute(_profile_query(selection, limit))]
        found.sort(key=lambda f: (f.posted_at, f.source, f.id))
    if len(found) > rules.MAX_BATCH_ENTRIES:
        raise ApiError(422, "window-too-large",
                       f"More than {rules.MAX_BATCH_ENTRIES:,} entries match; narrow the "
                       f"window, the types, the channels or the members.",
                       params={"max": rules.MAX_BATCH_ENTRIES})
    return found


def preview(conn: Connection, selection: Selection) -> dict[str, Any]:
    rows = select_entries(conn, selection)
    per_member: dict[str, list[int]] = {}
    for row in rows:
        total = per_member.setdefault(row.member_number, [0, 0])
        total[0] += 1
        total[1] += row.miles
    return {
        "entries": [{"source": r.source, "id": r.id, "member_number": r.member_number,
                     "posted_at": r.posted_at, "kind": r.kind, "channel": r.channel,
                     "miles": r.miles, "description": r.description,
                     "reversed_by": r.reversed_by} for r in rows],
        "members": [{"member_number": n, "entries": e, "miles": m}
                    for n, (e, m) in sorted(per_member.items())],
        "totals": {"entries": len(rows), "members": len(per_member),
                   "miles": sum(r.miles for r in rows),
                   "profile_changes": sum(1 for r in rows if r.source == "profile"),
                   "already_reversed": sum(1 for r in rows if r.reversed_by is not None)},
    }


def propose(conn: Connection, actor: Actor, body: BatchIn) -> dict[str, Any]:
    """Fix the batch's content: the entries the filter selects now, less the exclusions."""
    rows = select_entries(conn, body)
    if not rows:
        raise ApiError(422, "batch-empty", "Nothing matches; there is nothing to reverse. "
                                           "Check the window, types and channels.")
    keys = {(r.source, r.id) for r in rows}
    if {(x.source, x.entry_id) for x in body.exclusions} >= keys:
        raise ApiError(422, "batch-empty", "Every entry is excluded; there is nothing to "
                                           "reverse.")
    reasons: dict[tuple[str, int], str] = {}
    for i, exclusion in enumerate(body.exclusions):
        if (exclusion.source, exclusion.entry_id) not in keys:
            raise field_error(f"exclusions.{i}.entry_id",
                              f"Entry {exclusion.entry_id} is not in the selection; "
                              f"preview again.", params={"entry_id": exclusion.entry_id})
        reasons[exclusion.source, exclusion.entry_id] = exclusion.reason
    now = db.iso(actor.clock())
    batch_id = conn.execute(insert(db.remediation_batches).values(
        status="proposed", note=body.note, window_from=db.iso(body.window_from),
        window_to=db.iso(body.window_to), kinds=",".join(body.types),
        channels=",".join(body.channels),
        members=",".join(body.members) if body.members is not None else None,
        proposed_by=actor.agent.id, proposed_at=now,
    )).inserted_primary_key[0]
    for source in SOURCES.values():
        chosen = [r for r in rows if r.source == source.name]
        if chosen:
            conn.execute(insert(source.entries), [
                {"batch_id": batch_id, source.key: r.id, "member_id": r.member_id,
                 **({"miles": r.miles} if source.name == "ledger" else {}),
                 "state": "excluded" if (r.source, r.id) in reasons else "pending",
                 "reason": reasons.get((r.source, r.id))} for r in chosen])
    kept = [r for r in rows if (r.source, r.id) not in reasons]
    audit.append(conn, agent_id=actor.agent.id, action="remediation_proposed",
                 detail={"batch_id": batch_id, "entries": len(kept), "excluded": len(reasons),
                         "miles": sum(r.miles for r in kept),
                         "profile_changes": sum(1 for r in kept if r.source == "profile"),
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
    """The entries to reverse: how many, their miles, and the content's fingerprint (the
    ledger entries' ids and miles, then the profile changes' ids)."""
    e, p = db.remediation_entries, db.remediation_profile_entries
    rows = conn.execute(select(e.c.ledger_id, e.c.miles)
                        .where(e.c.batch_id == batch_id, e.c.state != "excluded")
                        .order_by(e.c.ledger_id)).all()
    changes = conn.execute(select(p.c.change_id)
                           .where(p.c.batch_id == batch_id, p.c.state != "excluded")
                           .order_by(p.c.change_id)).scalars().all()
    parts = [f"{r.ledger_id}:{r.miles}" for r in rows] + [f"p{c}" for c in changes]
    content = hashlib.sha256(";".join(parts).encode()).hexdigest()
    return len(rows) + len(changes), sum(r.miles for r in rows), content


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


@dataclass(frozen=True)
class Source:
    """Where a batch's entries of one kind live, and the single action that undoes one."""

    name: str  # ledger | profile
    entries: Table  # the batch's entries of this source and their states
    key: str  # the column naming the entry undone
    result: str  # the column naming the reversal or restore that undid it
    undone: Table  # where that reversal or restore is written (operation_id unique)
    prefix: str  # of the entry in the operation id
    undo: Callable[[Connection, Actor, int, str, str], dict[str, Any]]


def _reverse(conn: Connection, actor: Actor, entry_id: int, member_number: str,
             reason: str) -> dict[str, Any]:
    return credits.reverse_entry(conn, actor, entry_id,
                                 ReversalIn(member_number=member_number, reason=reason))


def _restore(conn: Connection, actor: Actor, change_id: int, member_number: str,
             reason: str) -> dict[str, Any]:
    return profile.restore_change(conn, actor, change_id, reason)


SOURCES = {
    "ledger": Source("ledger", db.remediation_entries, "ledger_id", "reversal_id", db.ledger,
                     "", _reverse),
    "profile": Source("profile", db.remediation_profile_entries, "change_id", "restore_id",
                      db.profile_changes, "p", _restore),
}
ALREADY_UNDONE = ("already-reversed", "already-restored")  # by someone else: skipped


def operation_id(batch_id: int, entry_id: int, source: str = "ledger") -> str:
    return f"remediation:{batch_id}:{SOURCES[source].prefix}{entry_id}"


def _set_state(conn: Connection, source: Source, batch_id: int, entry_id: int, state: str, *,
               result_id: int | None = None, code: str | None = None,
               detail: str | None = None) -> None:
    e = source.entries
    conn.execute(update(e).where(e.c.batch_id == batch_id, e.c[source.key] == entry_id,
                                 e.c.state == "pending")
                 .values(state=state, result_code=code, result_detail=detail and detail[:500],
                         done_at=db.iso(db.utcnow()), **{source.result: result_id}))


def _own_undo(conn: Connection, source: Source, batch_id: int, entry_id: int) -> int | None:
    return conn.execute(select(source.undone.c.id).where(
        source.undone.c.operation_id == operation_id(batch_id, entry_id, source.name))
    ).scalar_one_or_none()


def _execute_one(engine: Engine, actor: Actor, batch_id: int, source: Source, entry_id: int,
                 member_number: str) -> str:
    """Undo one entry of the batch in its own transaction; its new state."""
    entry_actor = Actor(actor.agent, operation_id(batch_id, entry_id, source.name),
                        actor.request_id, actor.clock, actor.workstation)
    try:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            e = source.entries
            still = conn.execute(select(e.c.state).where(
                e.c.batch_id == batch_id, e.c[source.key] == entry_id)).scalar_one()
            if still != "pending":
                return still  # a concurrent execution got here first
            answer = source.undo(conn, entry_actor, entry_id, member_number,
                                 f"Incident remediation, batch {batch_id}")
            _set_state(conn, source, batch_id, entry_id, "reversed", result_id=answer["id"])
        return "reversed"
    except ApiError as exc:
        failure: tuple[str, str] = (exc.code, exc.detail)
    except IntegrityError:
        failure = (ALREADY_UNDONE[0], "")  # our operation id is written already
    except Exception as exc:  # one entry's failure never blocks the others
        log.exception("remediation batch %s: %s entry %s failed", batch_id, source.name,
                      entry_id)
        failure = ("error", f"Unexpected error: {type(exc).__name__}")
    code, detail = failure
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        own = _own_undo(conn, source, batch_id, entry_id) if code in ALREADY_UNDONE else None
        if own is not None:  # this batch undid it before (a resumed execution)
            _set_state(conn, source, batch_id, entry_id, "reversed", result_id=own)
            return "reversed"
        state = "skipped" if code in ALREADY_UNDONE else "failed"
        _set_state(conn, source, batch_id, entry_id, state, code=code, detail=detail)
        audit.append(conn, agent_id=actor.agent.id, action=f"remediation_entry_{state}",
                     member_number=member_number,
                     detail={"batch_id": batch_id, "entry_id": entry_id,
                             "source": source.name, "code": code},
                     request_id=actor.request_id, workstation=actor.workstation)
    return state


def execute(engine: Engine, actor: Actor, batch_id: int, limit: int) -> dict[str, Any]:
    """Undo up to `limit` of the batch's pending entries (ledger entries first, debits before
    credits), one transaction each."""
    m = db.members
    with engine.connect() as conn:
        row = _batch(conn, batch_id)
        if row.status == "proposed":
            raise ApiError(409, "batch-not-approved",
                           f"Batch {batch_id} is not approved yet; another supervisor must "
                           f"approve it first.")
        pending: list[tuple[Source, int, str]] = []
        for source in SOURCES.values():
            e = source.entries
            # Debits first (most miles first): their re-credits are there when a credit of
            # the same member is taken back.
            order = (e.c.miles, e.c[source.key]) if source.name == "ledger" else (
                e.c[source.key],)
            pending += [(source, entry_id, number) for entry_id, number in conn.execute(
                select(e.c[source.key], m.c.member_number).join(m, m.c.id == e.c.member_id)
                .where(e.c.batch_id == batch_id, e.c.state == "pending")
                .order_by(*order).limit(limit - len(pending)))]
            if len(pending) >= limit:
                break
    if pending:
        with engine.connect().execution_options(immediate=True) as conn, conn.begin():
            audit.append(conn, agent_id=actor.agent.id, action="remediation_execute",
                         detail={"batch_id": batch_id, "entries": len(pending)},
                         request_id=actor.request_id, workstation=actor.workstation)
    for source, entry_id, member_number in pending:
        _execute_one(engine, actor, batch_id, source, entry_id, member_number)
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
    counts: Counter[str] = Counter()
    for source in SOURCES.values():
        e = source.entries
        counts.update(conn.execute(select(e.c.state).where(e.c.batch_id == batch_id))
                      .scalars())
    return dict(counts)


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


class BatchEntry(NamedTuple):
    source: str
    id: int
    member_number: str
    posted_at: str
    kind: str
    channel: str
    miles: int
    state: str
    reason: str | None
    result_id: int | None  # the reversal or restore
    result_code: str | None
    result_detail: str | None


def batch_entries(conn: Connection, batch_id: int) -> list[BatchEntry]:
    e, entry, m = db.remediation_entries, db.ledger, db.members
    rows = [BatchEntry("ledger", r.ledger_id, r.member_number, r.posted_at, r.kind,
                       r.channel, r.miles, r.state, r.reason, r.reversal_id, r.result_code,
                       r.result_detail) for r in conn.execute(
        select(e, m.c.member_number, entry.c.posted_at, entry.c.kind, entry.c.channel)
        .join(entry, entry.c.id == e.c.ledger_id).join(m, m.c.id == e.c.member_id)
        .where(e.c.batch_id == batch_id))]
    p, change = db.remediation_profile_entries, db.profile_changes
    rows += [BatchEntry("profile", r.change_id, r.member_number, r.changed_at,
                        rules.PROFILE_CHANGE, r.channel, 0, r.state, r.reason, r.restore_id,
                        r.result_code, r.result_detail) for r in conn.execute(
        select(p, m.c.member_number, change.c.changed_at, change.c.channel)
        .join(change, change.c.id == p.c.change_id).join(m, m.c.id == p.c.member_id)
        .where(p.c.batch_id == batch_id))]
    rows.sort(key=lambda r: (r.posted_at, r.source, r.id))
    return rows


def per_member(rows: list[BatchEntry]) -> list[dict[str, Any]]:
    out: dict[str, dict[str, Any]] = defaultdict(lambda: {
        "entries": 0, "reversed": 0, "profile_restored": 0, "skipped": 0, "failed": 0,
        "excluded": 0, "miles_recredited": 0})
    for r in rows:
        total = out[r.member_number]
        total["entries"] += 1
        if r.state == "reversed" and r.source == "profile":
            total["profile_restored"] += 1
        elif r.state in ("reversed", "skipped", "failed", "excluded"):
            total[r.state] += 1
        if r.state == "reversed":
            total["miles_recredited"] -= r.miles
    return [{"member_number": n, **t} for n, t in sorted(out.items())]


def batch_json(conn: Connection, batch_id: int) -> dict[str, Any]:
    row = _batch(conn, batch_id)
    rows = batch_entries(conn, batch_id)
    return {
        **summary_json(conn, row),
        "entries": [{"source": r.source, "id": r.id, "member_number": r.member_number,
                     "posted_at": r.posted_at, "kind": r.kind, "channel": r.channel,
                     "miles": r.miles, "state": r.state, "reason": r.reason,
                     "reversal_id": r.result_id, "result_code": r.result_code,
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
    out = [["member_number", "entries_reversed", "miles_recredited", "profile_changes_restored",
            "skipped", "failed", "excluded", "viewed_in_window_by"]]
    for m in members:
        out.append([m["member_number"], str(m["reversed"]), str(m["miles_recredited"]),
                    str(m["profile_restored"]), str(m["skipped"]), str(m["failed"]),
                    str(m["excluded"]),
                    "; ".join(readers.get(m["member_number"], []))])
    return out
