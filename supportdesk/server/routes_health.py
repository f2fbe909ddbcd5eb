"""GET /health: no auth; status, version and each capability's state."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from .. import __version__
from . import db
from .auth import settings_of
from .contract import declare
from .maintenance import CAPABILITIES, describe

router = APIRouter(tags=["health"])



class Capability(BaseModel):
    state: str  # available | maintenance
    until: str | None = None
    message: str | None = None  # one sentence: what is down, until when, and the note
    note: str | None = None  # the operator's own words (--message), for clients to compose


class Health(BaseModel):
    status: str  # ok | degraded
    version: str
    time: str
    demo: bool
    capabilities: dict[str, Capability]


@router.get("/health", **declare(Health, public=True))
def health(request: Request) -> Health:
    settings = settings_of(request)
    status = "ok"
    windows = {}
    try:
        with settings.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
        windows = settings.maintenance.windows()
    except Exception:  # noqa: BLE001 - health reports, it does not fail
        status = "degraded"
    capabilities = {}
    for name in CAPABILITIES:
        window = windows.get(name)
        capabilities[name] = (
            Capability(state="available") if window is None else
            Capability(state="maintenance", until=window.until, message=describe(window),
                       note=window.message))
    return Health(
        status=status,
        version=__version__,
        time=db.iso(db.utcnow()),
        demo=settings.demo,
        capabilities=capabilities,
    )
