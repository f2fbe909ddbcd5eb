"""The one way an operation goes to the backend and its answer comes back: the app's outbox
sends every saved write through `send`, and reads its answer with `answer`; `write` is both at
once, for callers without an outbox (the client's typed methods, tests, tools)."""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from ..api.checks import require_member

if TYPE_CHECKING:
    from ..api.client import ApiClient, SentOperation
    from .kinds import Operation


def send(client: ApiClient, operation: Operation, op_id: str) -> SentOperation:
    """Send `operation` under `op_id` (its Idempotency-Key). Every write's answer names the
    member it is about; one that names another member, or none, raises (and is logged as a
    security event) before anything uses it."""
    sent = client.send_operation(operation.method, operation.path, operation.body, op_id)
    answered = sent.body.get("member_number") if isinstance(sent.body, dict) else None
    require_member(operation.member_number, answered)
    return sent


def answer(operation: Operation, data: Any) -> Any:
    """The answer to `operation`, read and checked by its kind (the right credit, request,
    ticket, booking…): a typed result, or ServerError/SecurityError."""
    return operation.spec.answer(operation, data)


def write(client: ApiClient, operation: Operation, op_id: str) -> Any:
    """Send `operation` and read its answer, without an outbox."""
    return answer(operation, send(client, operation, op_id).body)
