"""The supervisors' audit trail (GET /audit), newest first, a page at a time. Mixed into
ApiClient. A page filtered by member must hold that member's entries only, and a page before
an id entries below it only: anything else is another request's answer (a cache), refused."""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any

from ..domain.audit import AUDIT_PAGE, AuditFilter
from ..errors import SecurityError

if TYPE_CHECKING:
    from .client import ApiClient

security_log = logging.getLogger("supportdesk.security")


@dataclass(frozen=True)
class AuditEntry:
    id: int
    at: str  # ISO 8601, UTC
    agent_id: int | None
    agent_username: str | None
    agent_name: str | None
    action: str
    member_number: str | None
    workstation: str | None
    request_id: str | None
    detail: dict[str, Any]
    before: Any = None
    after: Any = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> AuditEntry:
        agent = data.get("agent") or {}
        return cls(id=int(data["id"]), at=str(data["at"]), agent_id=agent.get("id"),
                   agent_username=agent.get("username"), agent_name=agent.get("name"),
                   action=str(data["action"]), member_number=data.get("member_number"),
                   workstation=data.get("workstation"), request_id=data.get("request_id"),
                   detail=dict(data.get("detail") or {}), before=data.get("before"),
                   after=data.get("after"))


@dataclass(frozen=True)
class AuditPage:
    entries: tuple[AuditEntry, ...]
    next_before: int | None  # the `before` of the next (older) page; None: the last page


class AuditApi:
    """Methods use ApiClient's `get`; see client.py."""

    def read_audit(self: ApiClient, audit_filter: AuditFilter, *, before: int | None = None,
                   limit: int = AUDIT_PAGE) -> AuditPage:
        """One page of the entries `audit_filter` selects, newest first, below `before`."""
        data = self.get("/audit", **audit_filter.params(), before=before, limit=limit)
        entries = tuple(AuditEntry.from_json(e) for e in data["entries"])
        wrong_member = audit_filter.member is not None and any(
            e.member_number != audit_filter.member for e in entries)
        if wrong_member or (before is not None and any(e.id >= before for e in entries)):
            security_log.error("AUDIT PAGE for another filter or cursor: nothing shown")
            raise SecurityError(
                "An answer arrived that was not for this request (a cached or replayed "
                "answer); nothing was shown. This was logged as a security event; tell your "
                "supervisor.", code="request-id-mismatch")
        return AuditPage(entries, data.get("next_before"))
