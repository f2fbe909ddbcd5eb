"""GET /health: no auth; status, version and each capability's state."""

from __future__ import annotations

from fastapi import APIRouter, Request
from pydantic import BaseModel
from sqlalchemy import text

from .. import __version__
from . import db
from .auth import settings_of

router = APIRouter(tags=["health"])

CAPABILITIES = (
    "members", "requests", "credits", "awards", "upgrades", "profile", "calculator", "reversals",
)


class Capability(BaseModel):
    state: str  # available | maintenance
    until: str | None = None
    message: str | None = None


class Health(BaseModel):
    status: str  # ok | degraded
    version: str
    time: str
    demo: bool
    capabilities: dict[str, Capability]


@router.get("/health", response_model=Health)
def health(request: Request) -> Health:
    settings = settings_of(request)
    status = "ok"
    try:
        with settings.engine.connect() as conn:
            conn.execute(text("SELECT 1"))
    except Exception:  # noqa: BLE001 - health reports, it does not fail
        status = "degraded"
    return Health(
        status=status,
        version=__version__,
        time=db.iso(db.utcnow()),
        demo=settings.demo,
        capabilities={name: Capability(state="available") for name in CAPABILITIES},
    )
