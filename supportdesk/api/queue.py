"""The refund and rebooking queue: list, check, claim, decide. Mixed into ApiClient.

Every answer about one request is checked to be about that request, and, when the caller
says which member it belongs to (the list's summary does), about that member. The models
(queue_models) are imported where an answer is read, not with the client (see awards.py).
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import TYPE_CHECKING, Any

from ..domain.identifiers import parse_member_number
from ..errors import ServerError
from .checks import require_member

if TYPE_CHECKING:
    from .client import ApiClient
    from .queue_models import RequestDetail, RequestPage


class QueueApi:
    """Methods use ApiClient's `request`/`get`/`write`; see client.py."""

    def list_requests(self: ApiClient, *, status: Iterable[str] | None = None,
                      type: str | None = None,  # noqa: A002 - the contract's name
                      assigned: str = "any", overdue: bool | None = None, limit: int = 200,
                      offset: int = 0) -> RequestPage:
        """Requests most urgent first (by SLA due time); open ones unless `status` says."""
        from ..domain.requests import REQUEST_TYPES, STATUSES
        from .queue_models import ASSIGNED, RequestPage

        statuses = list(status) if status is not None else None
        for value in statuses or ():
            if value not in STATUSES:
                raise ValueError(f"Unknown request status {value!r}.")
        if type is not None and type not in REQUEST_TYPES:
            raise ValueError(f"Unknown request type {type!r}.")
        if assigned not in ASSIGNED:
            raise ValueError(f"Unknown assignment filter {assigned!r}.")
        params: dict[str, Any] = {"status": statuses or None, "type": type,
                                  "assigned": assigned, "limit": limit, "offset": offset}
        if overdue is not None:
            params["overdue"] = "true" if overdue else "false"
        return RequestPage.from_json(self.get("/requests", **params))

    def get_request(self: ApiClient, request_id: int,
                    member_number: str | None = None) -> RequestDetail:
        """One request with its check; `member_number` (from the list) is checked if given."""
        rid = _request_id(request_id)
        return checked_detail(self.get(f"/requests/{rid}"), rid, member_number)

    def claim_request(self: ApiClient, request_id: int, operation_id: str, *,
                      member_number: str) -> RequestDetail:
        """Take the request: it becomes yours (in review). Someone else's → Conflict."""
        from ..operations import (  # the app's own path (it imports this module)
            build,
            send,
        )

        return send.write(self, build.request_claim(_request_id(request_id), member_number),
                          operation_id)

    def decide_request(self: ApiClient, request_id: int, decision: str, note: str,
                       customer_reply: str | None, operation_id: str, *,
                       member_number: str) -> RequestDetail:
        """Approve, reject, ask for information or escalate; the note is internal, the reply
        goes to the customer (required except for an escalation)."""
        from ..operations import build, send

        return send.write(self, build.request_decision(
            _request_id(request_id), member_number, decision, note, customer_reply),
            operation_id)


def claim_path(request_id: int) -> str:
    return f"/requests/{_request_id(request_id)}/claim"


def decision_path(request_id: int) -> str:
    return f"/requests/{_request_id(request_id)}/decision"


def decision_body(decision: str, note: str, customer_reply: str | None) -> dict[str, Any]:
    """The JSON of POST /requests/{id}/decision (also what the outbox saves for it)."""
    from ..domain.requests import DECISIONS

    if decision not in DECISIONS:
        raise ValueError(f"Unknown decision {decision!r}.")
    return {"decision": decision, "note": note, "customer_reply": customer_reply or None}


def _request_id(value: int) -> int:
    if isinstance(value, bool) or not isinstance(value, int) or value < 1:
        raise ValueError(f"Not a request id: {value!r}.")
    return value


def checked_detail(data: Any, request_id: int, member_number: str | None
                   ) -> RequestDetail:
    """The request in a write's answer, after checking it is the one (and member) asked about."""
    if member_number is not None:
        require_member(parse_member_number(member_number),
                       data.get("member_number") if isinstance(data, dict) else None)
    from .queue_models import RequestDetail

    detail = RequestDetail.from_json(data)
    if detail.id != request_id:
        raise ServerError(f"The backend answered about request {detail.id}, not {request_id}.")
    return detail
