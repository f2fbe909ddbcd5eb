"""Sign-in, sign-out and "who am I". Tokens are random, stored hashed, and expire."""

from __future__ import annotations

from fastapi import APIRouter, Request, Response
from pydantic import BaseModel, Field
from sqlalchemy import select, update

from ..domain.agents import MAX_PASSWORD
from . import audit, db, revocations
from .actions import locks
from .auth import Agent, CurrentAgent, settings_of
from .contract import declare
from .passwords import DUMMY_HASH, new_token, token_hash, verify_password
from .problems import ApiError

router = APIRouter(prefix="/auth", tags=["auth"])


class Credentials(BaseModel):
    username: str = Field(min_length=1, max_length=64)
    password: str = Field(min_length=1, max_length=MAX_PASSWORD)


class Limits(BaseModel):
    per_credit_miles: int
    daily_miles: int


class AgentOut(BaseModel):
    id: int
    username: str
    name: str
    role: str
    limits: Limits


class LoginOut(BaseModel):
    token: str
    token_type: str = "Bearer"
    expires_at: str
    agent: AgentOut


_WRONG = "Wrong user name or password."


# 400: a body that is not JSON (malformed-json), as for every operation that takes one.
@router.post("/login", **declare(LoginOut, 400, 401, 413, 422, 429, public=True))
def login(credentials: Credentials, request: Request) -> LoginOut:
    settings = settings_of(request)
    username = credentials.username.strip().lower()
    now = db.utcnow()
    with settings.engine.connect() as conn:
        row = conn.execute(select(db.agents).where(db.agents.c.username == username)).first()
    if row is None:
        verify_password(credentials.password, DUMMY_HASH)
        raise ApiError(401, "wrong-credentials", _WRONG)
    if row.locked_until and row.locked_until > db.iso(now):
        wait = int((db.parse_iso(row.locked_until) - now).total_seconds()) + 1
        raise ApiError(
            429,
            "locked",
            f"Too many wrong passwords; try again in {wait} seconds.",
            headers={"Retry-After": str(wait)},
            params={"retry_after_seconds": wait},
        )
    # The KDF runs outside the write lock: it is slow on purpose.
    valid = verify_password(credentials.password, row.password_hash) and bool(row.active)
    request_id = request.state.request_id
    token = new_token()
    expires = now + settings.token_ttl
    with settings.engine.connect().execution_options(immediate=True) as conn, conn.begin():
        if not valid:
            failed = locks.failed_logins(conn, row.id) + 1
            locked = None
            if failed >= settings.lockout_attempts:
                locked, failed = db.iso(now + settings.lockout_period), 0
            conn.execute(
                update(db.agents)
                .where(db.agents.c.id == row.id)
                .values(failed_logins=failed, locked_until=locked)
            )
            audit.append(conn, agent_id=row.id, action="login_failed", request_id=request_id,
                         workstation=request.state.workstation)
        else:
            # Disabled, or given a new password, while the KDF ran: that change revoked the
            # agent's tokens, so this one must not be made after it.
            now_row = conn.execute(
                select(db.agents.c.active, db.agents.c.password_hash)
                .where(db.agents.c.id == row.id)
            ).one()
            valid = bool(now_row.active) and now_row.password_hash == row.password_hash
        if valid:
            conn.execute(
                update(db.agents)
                .where(db.agents.c.id == row.id)
                .values(failed_logins=0, locked_until=None)
            )
            conn.execute(
                db.tokens.insert().values(
                    token_hash=token_hash(token),
                    agent_id=row.id,
                    created_at=db.iso(now),
                    expires_at=db.iso(expires),
                )
            )
            audit.append(conn, agent_id=row.id, action="login", request_id=request_id,
                         workstation=request.state.workstation)
    if not valid:
        raise ApiError(401, "wrong-credentials", _WRONG)
    agent = Agent(row.id, row.username, row.name, row.role, row.per_credit_limit, row.daily_limit)
    return LoginOut(token=token, expires_at=db.iso(expires), agent=AgentOut(**agent.as_json()))


@router.post("/logout", response_class=Response, **declare(None, status=204))
def logout(agent: CurrentAgent, request: Request) -> Response:
    key = token_hash(request.headers["authorization"].partition(" ")[2].strip())
    settings = settings_of(request)
    with settings.engine.connect().execution_options(immediate=True) as conn, conn.begin():
        revocations.revoke_token(conn, key)  # for every server process, within a second
        audit.append(conn, agent_id=agent.id, action="logout", request_id=request.state.request_id,
                     workstation=request.state.workstation)
    settings.token_cache.evict(key)
    return Response(status_code=204)


@router.get("/me", **declare(AgentOut))
def me(agent: CurrentAgent) -> AgentOut:
    return AgentOut(**agent.as_json())

