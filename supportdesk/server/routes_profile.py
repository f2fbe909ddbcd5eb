"""Profile changes after caller verification (date of birth + postcode, or the PIN).

Every attempt is audited; five failed attempts on a member in 15 minutes lock verification
for that member, so a caller cannot guess. A change needs a verification by the same agent
for the same member within the last 10 minutes, and is audited with before and after.
"""

from __future__ import annotations

import datetime as dt
import hmac
import secrets
from typing import Any, Literal

from fastapi import APIRouter, Request
from pydantic import BaseModel, Field, field_validator, model_validator
from sqlalchemy import Connection, func, insert, select, update

from ..domain import limits
from ..domain.identifiers import InvalidIdentifier, parse_email, parse_phone
from . import audit, db
from .answers import VerificationOut
from .auth import CurrentAgent
from .contract import MAINTENANCE, write
from .fields import text_field
from .idempotency import run_write
from .maintenance import capability
from .passwords import pin_hash
from .problems import ApiError
from .routes_members import MemberOut, get_member, member_row

router = APIRouter(prefix="/members", tags=["profile"], dependencies=[capability("profile")])

VERIFICATION_TTL = dt.timedelta(minutes=10)
FAILED_ATTEMPTS_WINDOW = dt.timedelta(minutes=15)
MAX_FAILED_ATTEMPTS = 5


class VerifyIn(BaseModel):
    method: Literal["dob_postcode", "pin"]
    birth_date: dt.date | None = None
    postcode: text_field(limits.POSTCODE) | None = None
    pin: str | None = Field(default=None, pattern=limits.PIN.pattern)

    @model_validator(mode="after")
    def _complete(self) -> VerifyIn:
        if self.method == "pin" and not self.pin:
            raise ValueError("Enter the member's PIN.")
        if self.method == "dob_postcode" and (self.birth_date is None or not self.postcode):
            raise ValueError("Enter the date of birth and the postcode.")
        return self


class ProfileChanges(BaseModel):
    street: text_field(limits.STREET) | None = None
    postcode: text_field(limits.POSTCODE) | None = None
    city: text_field(limits.CITY) | None = None
    country: str | None = Field(default=None, pattern=r"^[A-Z]{2}$")
    phone: str | None = Field(default=None, max_length=30)
    email: str | None = Field(default=None, max_length=limits.MAX_EMAIL)
    language: Literal[limits.PROFILE_LANGUAGES] | None = None  # type: ignore[valid-type]

    @field_validator("phone")
    @classmethod
    def _phone(cls, value: str | None) -> str | None:
        if value is None:
            return None
        try:
            phone = parse_phone(value)
        except InvalidIdentifier as exc:
            raise ValueError(exc.message) from None
        if phone.e164 is None:
            raise ValueError("Give the phone number in international form, e.g. +49 151 …")
        return phone.e164

    @field_validator("email")
    @classmethod
    def _email(cls, value: str | None) -> str | None:
        return None if value is None else parse_email(value)


class ProfileIn(BaseModel):
    verification_id: str = Field(pattern=r"^[A-Za-z0-9_\-]{10,40}$")
    changes: ProfileChanges

    @model_validator(mode="after")
    def _something(self) -> ProfileIn:
        if not self.changes.model_dump(exclude_none=True):
            raise ValueError("Nothing to change.")
        return self


@router.post("/{number}/verify", **write(VerificationOut, 404, 429, MAINTENANCE))
def verify_caller(number: str, body: VerifyIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        member = member_row(conn, number)
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
            id=verification_id, member_id=member.id, agent_id=agent.id, method=body.method,
            succeeded=int(ok), at=db.iso(now), expires_at=db.iso(now + VERIFICATION_TTL)))
        audit.append(conn, agent_id=agent.id, action="caller_verification",
                     member_number=member.member_number,
                     detail={"method": body.method, "succeeded": ok},
                     request_id=request.state.request_id)
        if not ok:
            return 200, {"member_number": member.member_number, "verified": False,
                         "detail": "The details do not match; do not change anything.",
                         "attempts_left": MAX_FAILED_ATTEMPTS - failures - 1}
        return 200, {"member_number": member.member_number, "verified": True,
                     "verification_id": verification_id,
                     "expires_at": db.iso(now + VERIFICATION_TTL)}

    return run_write(request, agent, {"member": number, **body.model_dump(mode="json")}, handler)


@router.post("/{number}/profile", **write(MemberOut, 403, 404, MAINTENANCE))
def change_profile(number: str, body: ProfileIn, agent: CurrentAgent, request: Request):  # noqa: ANN201
    changes = body.changes.model_dump(exclude_none=True)

    def handler(conn: Connection) -> tuple[int, dict[str, Any]]:
        member = member_row(conn, number)
        verification = conn.execute(select(db.verifications).where(
            db.verifications.c.id == body.verification_id)).first()
        if (verification is None or not verification.succeeded
                or verification.member_id != member.id or verification.agent_id != agent.id):
            raise ApiError(403, "not-verified", "Verify the caller first (date of birth and "
                                                "postcode, or PIN).")
        if verification.expires_at < db.iso(db.utcnow()):
            raise ApiError(403, "verification-expired",
                           "The caller verification has expired; verify the caller again.")
        values = dict(changes)
        if "email" in values:
            values["email_lower"] = values["email"].casefold()
        if "phone" in values:
            values["phone_national"] = parse_phone(values["phone"]).national
        before = {k: getattr(member, k) for k in changes}
        conn.execute(update(db.members).where(db.members.c.id == member.id).values(**values))
        audit.append(conn, agent_id=agent.id, action="profile_change",
                     member_number=member.member_number,
                     detail={"before": before, "after": changes,
                             "verification": verification.method},
                     request_id=request.state.request_id)
        return 200, {"member_number": member.member_number, "changed": sorted(changes)}

    response = run_write(request, agent, {"member": number, **body.model_dump(mode="json")},
                         handler)
    if response.status_code != 200:
        return response
    # Answer with the (masked) account as it now is.
    return get_member(number, agent, request)
