"""What each operation declares in the OpenAPI document, written once: its answer, the problem
statuses it can give (RFC 9457 problem+json), and — for writes — the Idempotency-Key header.

Routes say `@router.post(path, **write(Answer, 403, 404, 409, MAINTENANCE))` or
`@router.get(path, **declare(Answer, 404, 422))`; the bearer scheme comes with
`auth.current_agent`.
"""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI
from fastapi.openapi.utils import get_openapi
from pydantic import BaseModel, ConfigDict

from . import problems

MAINTENANCE = 503  # the capability is in maintenance (maintenance.capability)
IDEMPOTENCY_KEY = "Idempotency-Key"
IDEMPOTENCY_KEY_PATTERN = r"^[A-Za-z0-9._:\-]{8,100}$"  # declared here, enforced by idempotency
REQUEST_ID_PATTERN = r"^[A-Za-z0-9._:\-]{1,64}$"  # a client's X-Request-ID that is echoed

# The headers every answer carries (app.ProtocolMiddleware), declared on every response so
# that a client — and schemathesis' response_headers_conformance — can rely on them.
ANSWER_HEADERS = {
    "X-Request-ID": {
        "description": "The request's X-Request-ID echoed (when it is 1–64 letters, digits or "
                       ". _ : -), else one the server made; logs and audit name it.",
        "required": True,
        "schema": {"type": "string", "pattern": REQUEST_ID_PATTERN},
    },
    "Cache-Control": {
        "description": "Never stored by any cache.",
        "required": True,
        "schema": {"type": "string", "enum": ["no-store"]},
    },
}


class FieldProblem(BaseModel):
    field: str  # dotted path of the field in the request, e.g. "changes.street"
    message: str  # readable English
    code: str | None = None  # a stable code for the desktop app to translate, e.g. "too-long"
    params: dict[str, Any] | None = None  # the rule's figures, e.g. {"longest": 500}


class Problem(BaseModel):
    """RFC 9457 problem details; `code` is stable, `detail` is for people."""

    model_config = ConfigDict(extra="allow")  # a rule may add figures, e.g. seats_left

    type: str
    title: str
    status: int
    detail: str
    code: str
    errors: list[FieldProblem] | None = None
    params: dict[str, Any] | None = None  # a business rule's figures, e.g. {"limit": 20000}


_WHY = {
    400: "Malformed request: no or a malformed Idempotency-Key, or a body that is not JSON.",
    401: "Not signed in, or the session ended.",
    403: "Signed in, but not allowed to do this.",
    404: "No such object, or not one the caller may see.",
    409: "Conflict with the object's current state.",
    413: "The request body is too large.",
    422: "A field is invalid, a business rule refused it, or the Idempotency-Key was used "
         "for a different request.",
    429: "Too many attempts; see Retry-After.",
    503: "The capability is in maintenance; see Retry-After.",
}


def problem_responses(*statuses: int) -> dict[int | str, dict[str, Any]]:
    return {status: {"model": Problem, "description": _WHY[status]}
            for status in sorted(set(statuses))}


def declare(answer: type[BaseModel] | None, *errors: int, public: bool = False,
            status: int = 200) -> dict[str, Any]:
    """The route arguments of an operation answering `answer`, which may fail with `errors`
    (and 401 unless it is `public`)."""
    statuses = errors if public else (*errors, 401)
    return {"response_model": answer, "status_code": status,
            "responses": problem_responses(*statuses)}


IDEMPOTENCY_HEADER = {
    "name": IDEMPOTENCY_KEY, "in": "header", "required": True,
    "description": "A unique id per operation (8–100 letters, digits or . _ : -): the same key "
                   "and body answer the first answer again; a different body is refused (422).",
    "schema": {"type": "string", "pattern": IDEMPOTENCY_KEY_PATTERN},
}


def write(answer: type[BaseModel], *errors: int, status: int = 200) -> dict[str, Any]:
    """The route arguments of a write answering `answer` with `status`. The header is declared
    here, not as a FastAPI parameter: a missing key is the contract's 400, not a 422."""
    return {
        "response_model": answer, "status_code": status,
        "responses": problem_responses(*errors, 400, 401, 413, 422),
        "openapi_extra": {"parameters": [IDEMPOTENCY_HEADER]},
    }


def install(app: FastAPI) -> None:
    """Errors are documented as application/problem+json, the media type they are sent as."""

    def openapi() -> dict[str, Any]:
        if app.openapi_schema is None:
            schema = get_openapi(title=app.title, version=app.version, routes=app.routes,
                                 description=app.description)
            for operations in schema.get("paths", {}).values():
                for operation in operations.values():
                    for status, response in operation.get("responses", {}).items():
                        response.setdefault("headers", {}).update(ANSWER_HEADERS)
                        content = response.get("content", {})
                        if int(status) >= 400 and "application/json" in content:
                            content[problems.MEDIA_TYPE] = content.pop("application/json")
            app.openapi_schema = schema
        return app.openapi_schema

    app.openapi = openapi  # type: ignore[method-assign]
