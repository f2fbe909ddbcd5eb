"""Caller verification (date of birth + postcode, or the PIN) and profile changes.

Every attempt is audited; five failed attempts on a member in 15 minutes lock verification
for that member, so a caller cannot guess. A change needs a verification by the same agent
for the same member within the last 10 minutes, and is audited with before and after.

Every profile change, whoever made it, is also kept in `profile_changes` (with its channel and
the values before and after), so an incident's changes can be found and restored: a restore
(`restore_change`, used by incident remediation) puts the values back only where they are
still what the change made them, once per change.
"""

from __future__ import annotations

import datetime as dt
import hmac
import json
import secrets
from typing import Any

from sqlalchemy import Connection, func, insert, select, update

from ...domain.identifiers import InvalidIdentifier, parse_member_number, parse_phone
from .. import audit, db
from ..inputs import ProfileIn, VerifyIn
from ..passwords import pin_hash
from ..problems import ApiError, invalid
from . import Actor, locks

VERIFICATION_TTL = dt.timedelta(minutes=10)
FAILED_ATTEMPTS_WINDOW = dt.timedelta(minutes=15)
MAX_FAILED_ATTEMPTS = 5


def _member(conn: Connection, number: str) -> Any:
    """The member's row, locked: the failed attempts counted, or the profile read as
    "before", stay true until this write commits."""
    try:
        canonical = parse_member_number(number)
    except InvalidIdentifier as exc:
        raise invalid(exc) from None
    return locks.member(conn, canonical)


def verify_caller(conn: Connection, actor: Actor, number: str, body: VerifyIn) -> dict[str, Any]:
    """Check what the caller says against the account; a failure counts towards the lock.

    Lock: the member's row, so that five attempts at once cannot all pass the count of
    failures before any is written."""
    member = _member(conn, number)
    now = db.utcnow()
    failures = conn.execute(select(func.count()).select_from(db.verifications).where(
        db.verifications.c.member_id == member.id, db.verifications.c.succeeded == 0,
        db.verifications.c.at >= db.iso(now - FAILED_ATTEMPTS_WINDOW))).scalar_one()
    if failures >= MAX_FAILED_ATTEMPTS:
        raise ApiError(429, "verification-locked",
                       "Too many failed verifications for this member; try again in 15 "
                       "minutes or send the member a written confirmation.",
                       headers={"Retry-After": str(int(FAILED_ATTEMPTS_WINDOW.seconds))},
                       params={"attempts": MAX_FAILED_ATTEMPTS,
                               "retry_after_seconds": int(FAILED_ATTEMPTS_WINDOW.seconds)})
    if body.method == "pin":
        stored = conn.execute(select(db.member_pins.c.pin_hash).where(
            db.member_pins.c.member_id == member.id)).scalar_one_or_none()
        ok = stored is not None and hmac.compare_digest(
            stored, pin_hash(member.member_number, body.pin or ""))
    else:
        given = (body.postcode or "").replace(" ", "").upper()
        ok = (member.birth_date == body.birth_date.isoformat()
              and member.postcode.replace(" ", "").upper() == given)
    verification_id = secrets.token_urlsafe(18)
    conn.execute(insert(db.verifications).values(
        id=verification_id, member_id=member.id, agent_id=actor.agent.id, method=body.method,
        succeeded=int(ok), at=db.iso(now), expires_at=db.iso(now + VERIFICATION_TTL)))
    audit.append(conn, agent_id=actor.agent.id, action="caller_verification",
                 member_number=member.member_number,
                 detail={"method": body.method, "succeeded": ok},
                 request_id=actor.request_id, workstation=actor.workstation)
    if not ok:
        return {"member_number": member.member_number, "verified": False,
                "detail": "The details do not match; do not change anything.",
                "attempts_left": MAX_FAILED_ATTEMPTS - failures - 1}
    return {"member_number": member.member_number, "verified": True,
            "verification_id": verification_id, "expires_at": db.iso(now + VERIFICATION_TTL)}


def change_profile(conn: Connection, actor: Actor, number: str, body: ProfileIn) -> dict[str, Any]:
    """Change the profile after a fresh verification by the same agent for the same member.

    Lock: the member's row, so the "before" in the audit is what was changed."""
    changes = body.changes.model_dump(exclude_none=True)
    member = _member(conn, number)
    verification = conn.execute(select(db.verifications).where(
        db.verifications.c.id == body.verification_id)).first()
    if (verification is None or not verification.succeeded
            or verification.member_id != member.id or verification.agent_id != actor.agent.id):
        raise ApiError(403, "not-verified", "Verify the caller first (date of birth and "
                                            "postcode, or PIN).")
    if verification.expires_at < db.iso(db.utcnow()):
        raise ApiError(403, "verification-expired",
                       "The caller verification has expired; verify the caller again.")
    before = {k: getattr(member, k) for k in changes}
    conn.execute(update(db.members).where(db.members.c.id == member.id)
                 .values(**column_values(changes)))
    record_change(conn, member.id, "agent", before, changes, at=actor.clock(),
                  agent_id=actor.agent.id, operation_id=actor.operation_id or None)
    audit.append(conn, agent_id=actor.agent.id, action="profile_change",
                 member_number=member.member_number,
                 detail={"before": before, "after": changes,
                         "verification": verification.method},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {"member_number": member.member_number, "changed": sorted(changes)}


def column_values(changes: dict[str, str]) -> dict[str, str]:
    """The member columns a change of these profile fields writes (with the search keys)."""
    values = dict(changes)
    if "email" in values:
        values["email_lower"] = values["email"].casefold()
    if "phone" in values:
        values["phone_national"] = parse_phone(values["phone"]).national
    return values


def record_change(conn: Connection, member_id: int, channel: str, before: dict[str, Any],
                  after: dict[str, Any], *, at: dt.datetime, agent_id: int | None = None,
                  operation_id: str | None = None, restores_id: int | None = None) -> int:
    """Keep one profile change in `profile_changes`; its id."""
    return conn.execute(insert(db.profile_changes).values(
        member_id=member_id, changed_at=db.iso(at), channel=channel,
        fields=",".join(sorted(after)), before=json.dumps(before, sort_keys=True),
        after=json.dumps(after, sort_keys=True), agent_id=agent_id,
        operation_id=operation_id, restores_id=restores_id)).inserted_primary_key[0]


def restore_change(conn: Connection, actor: Actor, change_id: int,
                   reason: str) -> dict[str, Any]:
    """Put back the values a profile change replaced, once, and only where each field still
    holds what the change wrote: a field changed again since (the member corrected it) is
    the member's now, and the restore is refused for a person to decide.

    Lock: the member's row, so the values compared are the values overwritten; a change is
    restored once because `restores_id` is unique."""
    change = conn.execute(select(db.profile_changes).where(
        db.profile_changes.c.id == change_id)).first()
    if change is None:
        raise ApiError(404, "profile-change-not-found",
                       f"There is no profile change {change_id}; nothing was restored.")
    if change.restores_id is not None:
        raise ApiError(422, "restore-of-restore",
                       "A restore cannot itself be restored; change the profile instead.")
    number = conn.execute(select(db.members.c.member_number).where(
        db.members.c.id == change.member_id)).scalar_one()
    member = locks.member(conn, number)
    earlier = conn.execute(select(db.profile_changes.c.id).where(
        db.profile_changes.c.restores_id == change_id)).scalar_one_or_none()
    if earlier is not None:
        raise ApiError(409, "already-restored",
                       f"Profile change {change_id} was already restored (change {earlier}).",
                       params={"restore_id": earlier})
    before, after = json.loads(change.before), json.loads(change.after)
    moved = sorted(k for k, v in after.items() if getattr(member, k) != v)
    if moved:
        raise ApiError(409, "profile-changed-since",
                       f"{', '.join(moved)} changed again after this change; nothing was "
                       f"restored. Check with the member before changing it back.",
                       params={"fields": moved})
    conn.execute(update(db.members).where(db.members.c.id == member.id)
                 .values(**column_values(before)))
    restore_id = record_change(conn, member.id, "agent", after, before, at=actor.clock(),
                               agent_id=actor.agent.id, operation_id=actor.operation_id,
                               restores_id=change_id)
    audit.append(conn, agent_id=actor.agent.id, action="profile_change",
                 member_number=member.member_number,
                 detail={"before": after, "after": before, "restores": change_id,
                         "reason": reason},
                 request_id=actor.request_id, workstation=actor.workstation)
    return {"id": restore_id, "member_number": member.member_number, "restores_id": change_id,
            "changed": sorted(before)}
