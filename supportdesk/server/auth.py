"""Who is calling: bearer-token authentication and role checks, decided on the server."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Annotated, Any

from fastapi import Depends, Request, Security
from fastapi.security import HTTPAuthorizationCredentials, HTTPBearer
from sqlalchemy import select
from starlette.concurrency import run_in_threadpool

from ..domain.agents import is_supervisor
from . import db
from .app import Settings
from .passwords import token_hash
from .problems import ApiError

_BEARER_CHALLENGE = {"WWW-Authenticate": 'Bearer realm="supportdesk"'}
# Declares the scheme in the OpenAPI document (and on every operation that needs it); the
# header is read below, so that each way of getting it wrong has its own problem code.
_bearer = HTTPBearer(scheme_name="bearer", auto_error=False,
                     description="The token from POST /auth/login.")


@dataclass(frozen=True)
class Agent:
    id: int
    username: str
    name: str
    role: str
    per_credit_limit: int
    daily_limit: int

    @property
    def is_supervisor(self) -> bool:
        return is_supervisor(self.role)

    def as_json(self) -> dict[str, Any]:
        return {
            "id": self.id,
            "username": self.username,
            "name": self.name,
            "role": self.role,
            "limits": {
                "per_credit_miles": self.per_credit_limit,
                "daily_miles": self.daily_limit,
            },
        }


def settings_of(request: Request) -> Settings:
    return request.app.state.settings


def unauthenticated(code: str, detail: str) -> ApiError:
    return ApiError(401, code, detail, headers=_BEARER_CHALLENGE)


def _token_from(request: Request) -> str:
    header = request.headers.get("authorization")
    if not header:
        raise unauthenticated("not-signed-in", "Sign in first: this needs a bearer token.")
    scheme, _, token = header.partition(" ")
    token = token.strip()
    if scheme.lower() != "bearer" or not token or len(token) > 200 or not token.isascii():
        raise unauthenticated("malformed-token", "The Authorization header is not a bearer token.")
    return token


def _check_token(settings: Settings, key: str) -> tuple[Agent, str]:
    with settings.engine.connect() as conn:
        row = conn.execute(
            select(
                db.tokens.c.expires_at,
                db.tokens.c.revoked_at,
                db.agents.c.id,
                db.agents.c.username,
                db.agents.c.name,
                db.agents.c.role,
                db.agents.c.per_credit_limit,
                db.agents.c.daily_limit,
                db.agents.c.active,
            )
            .join(db.agents, db.agents.c.id == db.tokens.c.agent_id)
            .where(db.tokens.c.token_hash == key)
        ).first()
    if row is None:
        raise unauthenticated("invalid-token", "This sign-in is not valid; sign in again.")
    if not row.active:  # before signed-out: disabling also revoked the agent's tokens
        raise unauthenticated("agent-disabled",
                              "This account is disabled; ask IT to enable it again.")
    if row.revoked_at is not None:
        raise unauthenticated("signed-out", "This session was signed out; sign in again.")
    if row.expires_at <= db.iso(db.utcnow()):
        raise unauthenticated("token-expired", "Your session has expired; sign in again.")
    agent = Agent(
        row.id, row.username, row.name, row.role, row.per_credit_limit, row.daily_limit
    )
    return agent, row.expires_at


async def current_agent(
    request: Request,
    _declared: Annotated[HTTPAuthorizationCredentials | None, Security(_bearer)] = None,
) -> Agent:
    # Async, so that a cached token costs no trip through the request thread pool.
    token = _token_from(request)
    settings = settings_of(request)
    key = token_hash(token)
    agent = settings.token_cache.get(key)
    if agent is None:
        agent = await run_in_threadpool(_checked_agent, settings, key)
    request.state.agent = agent
    return agent


def _checked_agent(settings: Settings, key: str) -> Agent:
    """The token's agent once no revocation may be unread: from the cache when it still
    holds the token, else from the database (and then cached)."""
    cache = settings.token_cache
    cache.refresh()  # at most one read of the revocations per interval (revocations.py)
    agent = cache.get(key)
    if agent is not None:
        return agent
    mark = cache.mark()
    agent, expires_at = _check_token(settings, key)
    cache.put(key, agent, expires_at, mark)
    return agent


async def supervisor(agent: Annotated[Agent, Depends(current_agent)]) -> Agent:
    if not agent.is_supervisor:
        raise ApiError(403, "supervisor-only", "Only a supervisor may do this.")
    return agent


CurrentAgent = Annotated[Agent, Depends(current_agent)]
Supervisor = Annotated[Agent, Depends(supervisor)]
