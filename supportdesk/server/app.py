"""The FastAPI application factory and the cross-cutting rules every endpoint keeps."""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import re
import time
import uuid
from collections.abc import Awaitable, Callable
from dataclasses import dataclass, field
from pathlib import Path

import anyio.to_thread
from fastapi import FastAPI
from sqlalchemy import Engine
from starlette.types import ASGIApp, Message, Receive, Scope, Send

from .. import __version__
from . import audit, contract, db, problems
from .maintenance import MaintenanceState
from .token_cache import TokenCache

log = logging.getLogger(__name__)

API_PREFIX = "/api/v1"
MAX_BODY_BYTES = 64 * 1024
_REQUEST_ID = re.compile(contract.REQUEST_ID_PATTERN)
# The client's X-Workstation (api/workstation.py): an installation id and a host name.
_WORKSTATION = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._:;=-]{0,119}")


def workstation_of(header: bytes | None, peer: tuple[str, int] | list | None) -> str:
    """What the audit records as where a request came from: the client's X-Workstation when
    it is well-formed (anything else is dropped, not stored) and the peer address."""
    sent = (header or b"").decode("latin-1").strip()
    address = str(peer[0]) if peer else "unknown"
    if _WORKSTATION.fullmatch(sent):
        return f"{sent} @{address}"
    return f"@{address}"

# A hook the tests (and the fault-injection harness) use to slow or fail requests on purpose.
# It gets the ASGI scope and may sleep (it runs in a worker thread) or raise.
FaultHook = Callable[[Scope], Awaitable[None]]


@dataclass
class Settings:
    engine: Engine
    token_ttl: dt.timedelta = dt.timedelta(hours=10)
    demo: bool = False
    lockout_attempts: int = 5
    lockout_period: dt.timedelta = dt.timedelta(minutes=5)
    fault_hooks: list[FaultHook] = field(default_factory=list)
    # How long a checked bearer token is trusted before the database is asked again.
    token_recheck_seconds: float = 5.0
    # Request threads: more than the database pool only queue and hold memory.
    threads: int = 20

    # Off only in the fault-injection test that proves it would see duplicates.
    deduplicate_writes: bool = True
    # "Now" (aware, UTC) for rules that depend on the time of day, such as whether a flight
    # has departed; tests set it, production reads the real UTC time.
    clock: Callable[[], dt.datetime] = db.utcnow

    # The audit chain's HMAC key (None: the default key file, made if new; server/audit.py),
    # the checkpoint file (None: next to the database) and how often the server writes one.
    audit_key: bytes | None = None
    audit_checkpoints: Path | None = None
    audit_checkpoint_minutes: float = 10.0

    def __post_init__(self) -> None:
        if self.audit_key is None:
            self.audit_key = audit.key_for(self.engine)
        else:
            audit.use_key(self.engine, self.audit_key)
        if self.audit_checkpoints is None:
            self.audit_checkpoints = audit.default_checkpoint_path(self.engine)
        self.token_cache = TokenCache(self.engine, self.token_recheck_seconds)
        self.maintenance = MaintenanceState(self.engine)


class ProtocolMiddleware:
    """X-Request-ID, no-store, Server-Timing and a body-size cap, on every response — a 500 for
    an unhandled exception included (problem+json, logged with its traceback).

    Pure ASGI (not BaseHTTPMiddleware) so it costs microseconds, not a task per request.
    """

    def __init__(self, app: ASGIApp, settings: Settings) -> None:
        self.app = app
        self.settings = settings

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        started = time.perf_counter()
        headers = dict(scope.get("headers") or [])
        given = headers.get(b"x-request-id", b"").decode("latin-1")
        request_id = given if _REQUEST_ID.match(given) else uuid.uuid4().hex
        scope.setdefault("state", {})["request_id"] = request_id
        scope["state"]["workstation"] = workstation_of(headers.get(b"x-workstation"),
                                                       scope.get("client"))

        answering = False  # whether the answer has started going out

        async def send_wrapper(message: Message) -> None:
            nonlocal answering
            if message["type"] == "http.response.start":
                answering = True
                out = [
                    (k, v)
                    for k, v in message.get("headers", [])
                    if k.lower() not in (b"x-request-id", b"cache-control")
                ]
                elapsed_ms = (time.perf_counter() - started) * 1000
                out += [
                    (b"x-request-id", request_id.encode()),
                    # Never cacheable, by anything: the wrong-profile incident began with a cache.
                    (b"cache-control", b"no-store"),
                    (b"pragma", b"no-cache"),
                    (b"x-content-type-options", b"nosniff"),
                    (b"server-timing", f"app;dur={elapsed_ms:.3f}".encode()),
                ]
                message = {**message, "headers": out}
            await send(message)

        length = headers.get(b"content-length")
        if length is not None and (not length.isdigit() or int(length) > MAX_BODY_BYTES):
            response = problems.problem_response(
                413, "too-large", f"The request body is larger than {MAX_BODY_BYTES} bytes."
            )
            await response(scope, receive, send_wrapper)
            return

        try:
            for hook in self.settings.fault_hooks:
                await hook(scope)
            await self.app(scope, receive, send_wrapper)
        except Exception:
            # A bug. Answered here, not by Starlette's ServerErrorMiddleware: that one sits
            # outside every user middleware, so its 500 would bypass send_wrapper (no
            # X-Request-ID, no no-store), and it re-raises, so uvicorn would cut the connection
            # under the client's keep-alive pool. The route's template, not the path: a path
            # may hold a member number, and no personal data goes into a log.
            route = getattr(scope.get("route"), "path", "(no route)")
            log.exception("unhandled error in request %s: %s %s", request_id,
                          scope.get("method"), route)
            if answering:
                raise  # half an answer is out: nothing can follow it; uvicorn closes
            response = problems.problem_response(
                500, "server-error",
                f"The server failed unexpectedly; the error was logged under request id "
                f"{request_id}.",
                headers={"Connection": "close"},  # the connection is not reused after a bug
            )
            await response(scope, receive, send_wrapper)


def create_app(settings: Settings) -> FastAPI:
    from . import (
        routes_audit,
        routes_auth,
        routes_awards,
        routes_credits,
        routes_health,
        routes_members,
        routes_offline_reads,
        routes_operations,
        routes_profile,
        routes_remediation,
        routes_requests,
        routes_reveal,
        routes_security,
    )

    @contextlib.asynccontextmanager
    async def lifespan(_app: FastAPI):  # noqa: ANN202
        anyio.to_thread.current_default_thread_limiter().total_tokens = settings.threads
        audit.seal_legacy(settings.engine)
        checkpoints = None
        if settings.audit_checkpoints is not None and settings.audit_checkpoint_minutes > 0:
            checkpoints = audit.Checkpointer(settings.engine, settings.audit_checkpoints,
                                             settings.audit_checkpoint_minutes).start()
        try:
            yield
        finally:
            if checkpoints is not None:
                checkpoints.stop()

    app = FastAPI(
        lifespan=lifespan,
        title="SupportDesk reference backend",
        version=__version__,
        openapi_url=f"{API_PREFIX}/openapi.json",
        docs_url=f"{API_PREFIX}/docs",
        redoc_url=None,
    )
    app.state.settings = settings
    problems.install(app)
    contract.install(app)
    app.include_router(routes_health.router, prefix=API_PREFIX)
    app.include_router(routes_auth.router, prefix=API_PREFIX)
    app.include_router(routes_members.router, prefix=API_PREFIX)
    app.include_router(routes_credits.router, prefix=API_PREFIX)
    app.include_router(routes_requests.router, prefix=API_PREFIX)
    app.include_router(routes_awards.router, prefix=API_PREFIX)
    app.include_router(routes_profile.router, prefix=API_PREFIX)
    app.include_router(routes_operations.router, prefix=API_PREFIX)
    app.include_router(routes_security.router, prefix=API_PREFIX)
    app.include_router(routes_remediation.router, prefix=API_PREFIX)
    app.include_router(routes_reveal.router, prefix=API_PREFIX)
    app.include_router(routes_offline_reads.router, prefix=API_PREFIX)
    app.include_router(routes_audit.router, prefix=API_PREFIX)
    app.add_middleware(ProtocolMiddleware, settings=settings)
    return app
