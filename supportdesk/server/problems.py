"""RFC 9457 problem+json for every error, including the ones FastAPI and Starlette raise."""

from __future__ import annotations

from typing import Any

from fastapi import FastAPI, Request
from fastapi.exceptions import RequestValidationError
from fastapi.responses import JSONResponse
from sqlalchemy.exc import DBAPIError, IntegrityError
from starlette.exceptions import HTTPException as StarletteHTTPException
from starlette.routing import Match, Route, compile_path

from ..domain.text import TextProblem

PROBLEM_TYPE_BASE = "https://supportdesk.example/problems/"
MEDIA_TYPE = "application/problem+json"

_TITLES = {
    400: "Bad request",
    401: "Not signed in",
    403: "Not allowed",
    404: "Not found",
    405: "Method not allowed",
    409: "Conflict",
    413: "Request too large",
    415: "Unsupported media type",
    422: "Invalid input",
    429: "Too many requests",
    500: "Server error",
    503: "Unavailable",
}


class ApiError(Exception):
    """Raised by handlers: becomes a problem+json answer."""

    def __init__(
        self,
        status: int,
        code: str,
        detail: str,
        *,
        errors: list[dict[str, str]] | None = None,
        headers: dict[str, str] | None = None,
        **extra: Any,
    ) -> None:
        super().__init__(detail)
        self.status = status
        self.code = code
        self.detail = detail
        self.errors = errors
        self.headers = headers or {}
        self.extra = extra


def field_error(field: str, message: str, status: int = 422, code: str = "invalid-input",
                **extra: Any) -> ApiError:
    """An answer about one field, worded the same in `detail` and in the field's entry."""
    return ApiError(status, code, message, errors=[{"field": field, "message": message}],
                    **extra)


def invalid(exc: Any) -> ApiError:
    """422 for a malformed value the domain refused (an InvalidIdentifier: field, message)."""
    return field_error(exc.field, exc.message)


def problem_response(
    status: int,
    code: str,
    detail: str,
    *,
    errors: list[dict[str, str]] | None = None,
    headers: dict[str, str] | None = None,
    **extra: Any,
) -> JSONResponse:
    body: dict[str, Any] = {
        "type": PROBLEM_TYPE_BASE + code,
        "title": _TITLES.get(status, "Error"),
        "status": status,
        "detail": detail,
        "code": code,
    }
    if errors:
        body["errors"] = errors
    body.update(extra)
    return JSONResponse(
        body, status_code=status, headers=headers, media_type=MEDIA_TYPE
    )


def _field_name(loc: tuple | list) -> str:
    parts = [str(p) for p in loc if p not in ("body", "query", "path", "header")]
    return ".".join(parts) or "body"


def _readable(error: dict[str, Any]) -> str:
    kind = error.get("type", "")
    ctx = error.get("ctx") or {}
    if kind == "missing":
        return "This field is required."
    if kind == "json_invalid":
        return "The request body is not valid JSON."
    if kind in ("string_too_long",):
        return f"Too long: at most {ctx.get('max_length')} characters."
    if kind in ("string_too_short",):
        return f"Too short: at least {ctx.get('min_length')} characters."
    if kind.startswith("int_") or kind.startswith("float_"):
        return "Enter a whole number." if "parsing" in kind else str(error.get("msg"))
    if kind == "value_error":
        return str(ctx.get("error") or error.get("msg"))
    return str(error.get("msg", "Invalid value."))


def _error_item(error: dict[str, Any]) -> dict[str, Any]:
    """One bad field: where, why in English, and — for the rules the desktop app translates —
    the rule's code and parameters."""
    item: dict[str, Any] = {"field": _field_name(error.get("loc", ())),
                            "message": _readable(error)}
    cause = (error.get("ctx") or {}).get("error")
    if isinstance(cause, TextProblem):
        item["code"] = cause.code
        if cause.params:
            item["params"] = cause.params
    elif error.get("type") == "string_too_long":
        item["code"], item["params"] = "too-long", {"longest": error["ctx"]["max_length"]}
    elif error.get("type") == "string_too_short":
        item["code"], item["params"] = "too-short", {"shortest": error["ctx"]["min_length"]}
    return item


def _allowed_methods(request: Request) -> str:
    """Every method the path takes (RFC 9110 §15.5.6). Starlette's 405 names only those of the
    first route whose path matched, and `GET /credits` and `POST /credits` are two routes: the
    API's are read from the OpenAPI document (its routers are nested), the app's own (the
    document, the docs page) from their routes."""
    path = request.scope["path"]
    methods: set[str] = set()
    for template, operations in request.app.openapi().get("paths", {}).items():
        if compile_path(template)[0].match(path):
            methods |= {method.upper() for method in operations}
    for route in request.app.router.routes:
        if isinstance(route, Route) and route.matches(request.scope)[0] is not Match.NONE:
            methods |= set(route.methods or ())
    return ", ".join(sorted(methods))


_CONFLICT = ("Another write changed the same data at the same moment; nothing was saved. "
             "Look at it again and repeat the change if it is still needed.")
# PostgreSQL: serialization failure, deadlock detected (one of the two transactions is undone).
_RETRYABLE = frozenset({"40001", "40P01"})


def install(app: FastAPI) -> None:
    @app.exception_handler(ApiError)
    async def _api_error(_request: Request, exc: ApiError) -> JSONResponse:
        return problem_response(
            exc.status, exc.code, exc.detail, errors=exc.errors, headers=exc.headers, **exc.extra
        )

    @app.exception_handler(RequestValidationError)
    async def _validation(_request: Request, exc: RequestValidationError) -> JSONResponse:
        raw = exc.errors()
        if any(e.get("type") == "json_invalid" for e in raw):
            return problem_response(400, "malformed-json", "The request body is not valid JSON.")
        errors = [_error_item(e) for e in raw]
        detail = "; ".join(f"{e['field']}: {e['message']}" for e in errors)
        return problem_response(422, "invalid-input", detail, errors=errors)

    @app.exception_handler(StarletteHTTPException)
    async def _http(request: Request, exc: StarletteHTTPException) -> JSONResponse:
        detail = exc.detail if isinstance(exc.detail, str) else _TITLES.get(exc.status_code, "")
        headers = exc.headers
        if exc.status_code == 404 and detail == "Not Found":
            detail = "There is no such endpoint."
        if exc.status_code == 405:
            detail = "This endpoint does not take that method."
            headers = {**(headers or {}), "Allow": _allowed_methods(request)}
        return problem_response(
            exc.status_code, f"http-{exc.status_code}", detail, headers=headers
        )

    @app.exception_handler(IntegrityError)
    async def _integrity(_request: Request, _exc: IntegrityError) -> JSONResponse:
        # A unique key taken by a write that committed first (another process, at the same
        # moment): the actions check first, so only a race gets here. Nothing was written.
        return problem_response(409, "write-conflict", _CONFLICT)

    @app.exception_handler(DBAPIError)
    async def _database(_request: Request, exc: DBAPIError) -> JSONResponse:
        if getattr(exc.orig, "sqlstate", None) in _RETRYABLE:
            return problem_response(409, "write-conflict", _CONFLICT)
        raise exc  # anything else is a bug: app.ProtocolMiddleware answers it

    # An unhandled exception (a bug) is answered by app.ProtocolMiddleware, with the headers
    # every answer carries.
