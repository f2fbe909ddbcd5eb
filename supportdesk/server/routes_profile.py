"""HTTP of caller verification and profile changes (the rules: actions/profile.py)."""

from __future__ import annotations

from typing import Any

from fastapi import APIRouter, Request

from .actions import profile
from .answers import VerificationOut
from .auth import CurrentAgent
from .contract import MAINTENANCE, write
from .idempotency import run_write
from .inputs import ProfileIn, VerifyIn
from .maintenance import capability
from .routes_members import MemberOut, get_member

router = APIRouter(prefix="/members", tags=["profile"], dependencies=[capability("profile")])


@router.post("/{number}/verify", **write(VerificationOut, 404, 429, MAINTENANCE))
def verify_caller(number: str, body: VerifyIn, agent: CurrentAgent, request: Request) -> Any:
    return run_write(request, agent, {"member": number, **body.model_dump(mode="json")},
                     lambda conn, actor: (200, profile.verify_caller(conn, actor, number, body)))


@router.post("/{number}/profile", **write(MemberOut, 403, 404, MAINTENANCE))
def change_profile(number: str, body: ProfileIn, agent: CurrentAgent, request: Request) -> Any:
    response = run_write(
        request, agent, {"member": number, **body.model_dump(mode="json")},
        lambda conn, actor: (200, profile.change_profile(conn, actor, number, body)))
    if response.status_code != 200:
        return response
    # Answer with the (masked) account as it now is.
    return get_member(number, agent, request)
