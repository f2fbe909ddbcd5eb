"""The core's typed errors. The GUI's single `show_error` decides how each kind is shown.

    SupportDeskError
    ├── UserFacingError       the agent can act on it (bad input, not found, not allowed)
    │   ├── InvalidInput      one field the agent typed breaks a rule (also a ValueError)
    │   ├── ValidationFailed  with per-field messages
    │   ├── NotFound
    │   ├── Forbidden
    │   ├── Conflict
    │   └── RateLimited
    ├── AuthError             sign in (again)
    ├── OfflineError          the backend cannot be reached; nothing was changed by this call
    │   ├── BackendUnreachable
    │   │   └── ServiceUnavailable   503: maintenance or overload, with Retry-After
    │   ├── BackendTimeout
    │   └── SignInNeeded      signed in offline: sign in to the backend before sending
    ├── ServerError           the backend failed (5xx) or answered outside the contract
    ├── SecurityError         a response that must not be shown (wrong member, redirect, host)
    │   └── UntrustedDestination  TLS not verified, key not pinned, or a redirect: nothing
    │                             reached the backend
    └── ConfigError           the configuration is unusable
Anything else is a bug.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any


@dataclass
class FieldError:
    field: str
    message: str  # English, as the server said it
    code: str | None = None  # the rule that said no ("too-long"), for the app's own words
    params: dict[str, Any] = field(default_factory=dict)


class SupportDeskError(Exception):
    """Base: `code` and `params` say what happened (the GUI words them in the agent's
    language); `message` says it in English, for logs and as the fallback; `request_id` ties
    it to server logs."""

    def __init__(self, message: str, *, status: int | None = None, code: str | None = None,
                 request_id: str | None = None, params: dict[str, Any] | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.status = status
        self.code = code
        self.request_id = request_id
        self.params = params or {}


class UserFacingError(SupportDeskError):
    pass


class InvalidInput(UserFacingError, ValueError):
    """What the agent typed into `field` breaks a rule; `message` says which, in plain words.
    A ValueError too, so that pydantic on the server reports it against its field."""

    def __init__(self, field: str, message: str, *, code: str = "invalid-input",
                 **params: Any) -> None:
        super().__init__(message, code=code, params=params)
        self.field = field


class ValidationFailed(UserFacingError):
    def __init__(self, message: str, field_errors: list[FieldError] | None = None,
                 **kwargs) -> None:  # noqa: ANN003
        super().__init__(message, **kwargs)
        self.field_errors = field_errors or []


class NotFound(UserFacingError):
    pass


class Forbidden(UserFacingError):
    pass


class Conflict(UserFacingError):
    pass


class RateLimited(UserFacingError):
    def __init__(self, message: str, retry_after: float | None = None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(message, **kwargs)
        self.retry_after = retry_after


class RefusedOffline(UserFacingError):
    """Not taken while the backend is unreachable (DESIGN.md §3): nothing was saved or sent.
    `kind` (an `operations.Kind`) says which write; its specification says why."""

    def __init__(self, message: str, *, kind: object = None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(message, **kwargs)
        self.kind = kind


class AuthError(SupportDeskError):
    pass


class OfflineError(SupportDeskError):
    pass


class BackendUnreachable(OfflineError):
    pass


class BackendTimeout(OfflineError):
    pass


class SignInNeeded(OfflineError):
    """Signed in offline (no keyring: the password opened the local store): nothing is sent
    until the agent has signed in to the backend again, so the app works as if offline."""


class ServiceUnavailable(BackendUnreachable):
    """503: the backend is up but will not do this now (maintenance, overload)."""

    def __init__(self, message: str, retry_after: float | None = None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(message, **kwargs)
        self.retry_after = retry_after

    @property
    def maintenance(self) -> bool:
        return self.code == "maintenance"


class ServerError(SupportDeskError):
    pass


class SecurityError(SupportDeskError):
    pass


class UntrustedDestination(SecurityError):
    """The destination could not be trusted (its TLS certificate failed verification, its key
    matches none of the configured pins, or it answered with a redirect): nothing was applied
    by the backend, and nothing more is sent there. A queued write stays queued."""


class WrongMemberError(SecurityError):
    """The backend answered about a member other than the one asked for."""

    def __init__(self, asked: str, answered: str | None, **kwargs) -> None:  # noqa: ANN003
        super().__init__(
            "The backend answered about a different member than the one asked for. "
            "Nothing was shown. This was logged as a security event; tell your supervisor.",
            code="wrong-member", **kwargs,
        )
        self.asked = asked
        self.answered = answered


class ConfigError(SupportDeskError):
    pass



