"""The one way an operation goes to the backend and its answer comes back: the app's outbox
sends every saved write through `send`, and reads its answer with `answer`; `write` is both at
once, for callers without an outbox (the client's typed methods, tests, tools)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api.checks import require_member
from ..errors import SecurityError

if TYPE_CHECKING:
    from ..api.client import ApiClient, SentOperation
    from .kinds import Operation


def send(client: ApiClient, operation: Operation, op_id: str) -> SentOperation:
    """Send `operation` under `op_id` (its Idempotency-Key). Every write's answer names the
    member it is about; one that names another member, or none, raises (and is logged as a
    security event) before anything uses it. A security report is bound the same way; one
    whose answer is refused is sent again, not reported again."""
    from .kinds import Kind

    try:
        sent = client.send_operation(operation.method, operation.path, operation.body, op_id)
        answered = sent.body.get("member_number") if isinstance(sent.body, dict) else None
        # A report about no member in particular (a sign-in) is answered about none.
        require_member(operation.member_number or None, answered)
    except SecurityError as error:
        if operation.kind is Kind.SECURITY_EVENT:
            error.about_report = True  # type: ignore[attr-defined]
        raise
    return sent


def answer(operation: Operation, data: Any) -> Any:
    """The answer to `operation`, read and checked by its kind (the right credit, request,
    ticket, booking…): a typed result, or ServerError/SecurityError."""
    return operation.spec.answer(operation, data)


def write(client: ApiClient, operation: Operation, op_id: str) -> Any:
    """Send `operation` and read its answer, without an outbox."""
    return answer(operation, send(client, operation, op_id).body)
