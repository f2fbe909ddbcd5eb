"""One `requests` session per backend, speaking the /api/v1 contract (DESIGN.md §5).

Data goes only to the configured host: HTTPS with verification (plain HTTP only to loopback),
no redirects, no proxies or CA bundles from the environment. Every member-scoped answer is
checked against the member that was asked for before anything is returned.
"""

from __future__ import annotations

import ipaddress
import logging
import uuid
from dataclasses import dataclass
from typing import Any
from urllib.parse import quote, urlsplit

import requests
from requests.adapters import HTTPAdapter
from urllib3.exceptions import ReadTimeoutError
from urllib3.util.retry import Retry

from .. import __version__
from ..domain.identifiers import parse_member_number
from ..domain.query import QueryKind, classify_query
from ..errors import (
    AuthError,
    BackendTimeout,
    BackendUnreachable,
    ConfigError,
    Conflict,
    FieldError,
    Forbidden,
    NotFound,
    RateLimited,
    SecurityError,
    ServerError,
    ServiceUnavailable,
    SignInNeeded,
    SupportDeskError,
    UntrustedDestination,
    ValidationFailed,
)
from .audit import AuditApi
from .awards import AwardsApi
from .checks import require_member
from .models import (
    AgentInfo,
    Credit,
    Health,
    LedgerEntry,
    LedgerPage,
    LoginResult,
    MemberAccount,
    MemberHit,
    RetroFlight,
    Reversal,
    SearchPage,
)
from .pinning import PinnedAdapter, pin_mismatch_in
from .profile import ProfileApi
from .queue import QueueApi
from .reveal import RevealApi
from .workstation import HEADER as WORKSTATION_HEADER
from .workstation import workstation_label

log = logging.getLogger(__name__)
security_log = logging.getLogger("supportdesk.security")

API_PATH = "/api/v1"
SAFE_METHODS = frozenset({"GET", "HEAD"})
CREDIT_KINDS = ("goodwill", "correction", "retro_claim")


def new_operation_id() -> str:
    """A fresh Idempotency-Key: one per user action, reused for every retry of that action."""
    return str(uuid.uuid4())


def is_loopback(host: str) -> bool:
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def check_destination(base_url: str, allowed_hosts: frozenset[str] | None = None) -> str:
    """Validate the backend URL against the transport rules; return it without a trailing /."""
    parts = urlsplit(base_url.strip())
    host = (parts.hostname or "").lower()
    if parts.scheme not in ("https", "http") or not host:
        raise ConfigError(f"The backend address {base_url!r} is not an http(s) URL.")
    if parts.username or parts.password or parts.query or parts.fragment:
        raise ConfigError("The backend address must not carry credentials, a query or a fragment.")
    if parts.scheme == "http" and not is_loopback(host):
        raise ConfigError(
            f"Plain HTTP is only allowed to this computer (loopback), not to {host}; use https."
        )
    allowed = {h.lower() for h in (allowed_hosts or {host})}
    if host not in allowed:
        raise ConfigError(f"The backend host {host} is not on the configured allow-list.")
    return base_url.strip().rstrip("/")


@dataclass(frozen=True)
class SentOperation:
    status: int
    body: Any
    replayed: bool  # the server had applied this operation id before: a duplicate


class ApiClient(QueueApi, AwardsApi, ProfileApi, RevealApi, AuditApi):
    """Synchronous client; call it from worker threads, never from the GUI thread."""

    def __init__(
        self,
        base_url: str,
        *,
        allowed_hosts: frozenset[str] | None = None,
        connect_timeout: float = 3.05,
        read_timeout: float = 15.0,
        retries: int = 2,
        ca_bundle: str | None = None,
        pins: tuple[str, ...] | frozenset[str] = (),
        workstation: str | None = None,
    ) -> None:
        self.base_url = check_destination(base_url, allowed_hosts)
        self.host = urlsplit(self.base_url).hostname or ""
        if pins and not self.base_url.startswith("https://"):
            raise ConfigError("Certificate pins need an https backend address.")
        self.timeout = (connect_timeout, read_timeout)
        self._token: str | None = None
        # Signed in offline (the password opened the local store, no keyring): authenticated
        # calls fail as the backend being away, until a sign-in to the backend (login).
        self.signed_in_offline = False
        self.session = requests.Session()
        # Proxies and CA bundles from the environment must not redirect member data.
        self.session.trust_env = False
        # Redirects: every call passes allow_redirects=False and a 3xx is a SecurityError.
        # (Not max_redirects=0: requests then raises even when it is not following.)
        self.session.verify = ca_bundle or True
        self.session.headers["User-Agent"] = f"SupportDesk/{__version__}"
        self.session.headers["Accept"] = "application/json, application/problem+json"
        # Where each request comes from, for the server's audit (api/workstation.py).
        self.session.headers[WORKSTATION_HEADER] = workstation or workstation_label()
        retry = Retry(
            total=retries,
            connect=retries,
            read=retries,
            status=retries,
            redirect=0,
            # Only safe calls are retried after the request may have reached the server.
            allowed_methods=SAFE_METHODS,
            status_forcelist=(502, 503, 504),
            backoff_factor=0.2,
            backoff_max=2.0,
            respect_retry_after_header=True,
            raise_on_status=False,
            raise_on_redirect=False,
        )
        adapter = HTTPAdapter(max_retries=retry, pool_connections=2, pool_maxsize=8)
        self.session.mount("http://", adapter)
        if pins:  # the peer's key is checked before anything is written (api/pinning.py)
            adapter = PinnedAdapter(pins, max_retries=retry, pool_connections=2,
                                    pool_maxsize=8)
        self.session.mount("https://", adapter)

    # -- session -----------------------------------------------------------------------------

    @property
    def token(self) -> str | None:
        return self._token

    @token.setter
    def token(self, value: str | None) -> None:
        self._token = value

    def close(self) -> None:
        self.session.close()

    # -- transport ---------------------------------------------------------------------------

    def request(self, method: str, path: str, *, params: dict[str, Any] | None = None,
                json: Any = None, headers: dict[str, str] | None = None,
                authenticated: bool = True) -> Any:
        """Send one request and return the decoded JSON (None for 204), or raise a typed error."""
        response, request_id = self._exchange(method, path, params, json, headers,
                                              authenticated)
        return self._decode(response, request_id)

    def send_operation(self, method: str, path: str, body: dict[str, Any],
                       operation_id: str) -> SentOperation:
        """Send one outbox operation with its id as Idempotency-Key: the decoded answer and
        whether the server had applied it before (a replay). Errors raise as usual."""
        if not operation_id or not isinstance(operation_id, str):
            raise ValueError("Every write needs an operation id (see new_operation_id).")
        response, request_id = self._exchange(
            method, path, None, body, {"Idempotency-Key": operation_id}, True)
        data = self._decode(response, request_id)
        replayed = response.headers.get("Idempotency-Replayed", "").lower() == "true"
        return SentOperation(response.status_code, data, replayed)

    def _exchange(self, method: str, path: str, params: dict[str, Any] | None, json: Any,
                  headers: dict[str, str] | None, authenticated: bool,
                  timeout: tuple[float, float] | None = None
                  ) -> tuple[requests.Response, str]:
        request_id = uuid.uuid4().hex
        all_headers = {"X-Request-ID": request_id, **(headers or {})}
        if authenticated:
            if not self._token and self.signed_in_offline:
                raise SignInNeeded("Signed in offline.", code="signed-in-offline")
            if not self._token:
                raise AuthError("Sign in first.", status=401, code="not-signed-in")
            all_headers["Authorization"] = f"Bearer {self._token}"
        url = f"{self.base_url}{API_PATH}{path}"
        host = {"host": self.host}
        try:
            response = self.session.request(
                method, url, params=params, json=json, headers=all_headers,
                timeout=timeout or self.timeout, allow_redirects=False,
            )
        except requests.exceptions.SSLError as exc:
            mismatch = pin_mismatch_in(exc)
            if mismatch is not None:
                if mismatch.first:  # not again at every health check
                    security_log.error("TLS KEY NOT PINNED: %s", mismatch)
                raise UntrustedDestination(
                    f"The TLS certificate of {self.host} does not carry the key IT pinned "
                    f"for the backend; nothing was sent. Tell IT (supportdesk --check-config).",
                    code="pin-mismatch", params=host, request_id=request_id,
                ) from exc
            raise UntrustedDestination(
                f"The TLS certificate of {self.host} could not be verified; nothing was sent. "
                f"({exc.__class__.__name__})",
                code="tls-unverified", params=host, request_id=request_id,
            ) from exc
        except requests.exceptions.ConnectTimeout as exc:
            raise BackendUnreachable(
                f"The backend {self.host} did not accept a connection in time.",
                code="connect-timeout", params=host, request_id=request_id,
            ) from exc
        except requests.exceptions.ReadTimeout as exc:
            raise self._read_timeout(request_id) from exc
        except requests.exceptions.ConnectionError as exc:
            # After retries, urllib3 wraps a read timeout in MaxRetryError -> ConnectionError.
            reason = getattr(exc.args[0] if exc.args else None, "reason", None)
            if isinstance(reason, ReadTimeoutError):
                raise self._read_timeout(request_id) from exc
            code, message = _connection_problem(self.host, exc)
            raise BackendUnreachable(message, code=code, params=host,
                                     request_id=request_id) from exc
        except requests.exceptions.RequestException as exc:
            raise BackendUnreachable(f"The request to {self.host} failed: {exc}",
                                     code="unreachable", params=host,
                                     request_id=request_id) from exc
        return response, request_id

    def _read_timeout(self, request_id: str) -> BackendTimeout:
        seconds = f"{self.timeout[1]:g}"
        return BackendTimeout(f"The backend {self.host} did not answer within {seconds} s.",
                              code="read-timeout", params={"host": self.host,
                                                           "seconds": seconds},
                              request_id=request_id)

    def _decode(self, response: requests.Response, request_id: str) -> Any:
        answered_id = response.headers.get("X-Request-ID")
        status = response.status_code
        if 300 <= status < 400:
            security_log.warning("redirect refused: %s -> %s", response.url,
                                 response.headers.get("Location"))
            raise UntrustedDestination(
                "The backend answered with a redirect; SupportDesk does not follow redirects.",
                status=status, code="redirect", request_id=request_id,
            )
        if answered_id != request_id and not (status >= 500 or status == 429):
            # A cached or replayed answer (or one for a neighbour's request). Overload and
            # gateway errors of an intermediary may lack the echo: those say nothing about a
            # member and are retried as what they are.
            security_log.error("ANSWER NOT FOR THIS REQUEST: sent %s, answer echoes %r",
                               request_id, answered_id)
            raise SecurityError(
                "An answer arrived that was not for this request (a cached or replayed "
                "answer); nothing was shown. This was logged as a security event; tell your "
                "supervisor.", status=status, code="request-id-mismatch",
                request_id=request_id)
        answered_id = answered_id or request_id
        if status == 204:
            return None
        try:
            body = response.json()
        except ValueError:
            body = None
        if 200 <= status < 300:
            if body is None:
                raise ServerError("The backend sent an answer that is not JSON.",
                                  status=status, code="not-json", request_id=answered_id)
            return body
        raise _error_from_problem(status, body, response.headers, answered_id)

    def get(self, path: str, **params: Any) -> Any:
        return self.request("GET", path, params={k: v for k, v in params.items() if v is not None})

    # -- the contract ------------------------------------------------------------------------

    def health(self) -> Health:
        return Health.from_json(self.request("GET", "/health", authenticated=False))

    def login(self, username: str, password: str) -> LoginResult:
        data = self.request("POST", "/auth/login", json={"username": username,
                                                         "password": password},
                            authenticated=False)
        agent = data.get("agent") if isinstance(data, dict) else None
        answered = agent.get("username") if isinstance(agent, dict) else None
        if answered != username.strip().lower() or not isinstance(data.get("token"), str):
            # Another agent's sign-in, or another request's answer (a swapped answer): never
            # continue as them.
            security_log.error("SIGN-IN ANSWER for another agent: asked %s, answered %s",
                               username.strip().lower(), answered)
            error = SecurityError(
                "The backend's sign-in answer names another agent; you are not signed in. This "
                "was logged as a security event; tell your supervisor.", code="signin-mismatch")
            error.answered_agent = answered if isinstance(answered, str) else None  # reported
            raise error
        result = LoginResult(data["token"], data["expires_at"], AgentInfo.from_json(agent))
        self._token = result.token
        self.signed_in_offline = False
        return result

    def logout(self) -> None:
        token, self._token = self._token, None
        if token:
            self.revoke(token)

    def revoke(self, token: str, *, timeout: tuple[float, float] | None = None) -> None:
        """Revoke `token` (this session's or one kept from an earlier sign-out)."""
        response, request_id = self._exchange(
            "POST", "/auth/logout", None, None, {"Authorization": f"Bearer {token}"}, False,
            timeout)
        self._decode(response, request_id)

    def me(self) -> AgentInfo:
        return AgentInfo.from_json(self.get("/auth/me"))

    def search_members(self, query: str, limit: int = 25) -> SearchPage:
        """Members matching `query`; the answer must be about exactly this query (its echo
        of the normalised query and key type), and a member-number search's hits must carry
        that number (or, for a prefix, start with it)."""
        asked = classify_query(query)
        data = self.get("/members", q=query, limit=limit)
        if asked.kind is QueryKind.MEMBER_NUMBER and data.get("kind") == asked.kind.value:
            require_member(asked.value, data.get("query"))  # about another member: said so
        if (data.get("query"), data.get("kind")) != (asked.value, asked.kind.value):
            security_log.error("SEARCH ANSWER for another query: asked %s, answered %s",
                               asked.kind.value, data.get("kind"))
            raise SecurityError(
                "The backend answered a different search than the one asked; nothing was "
                "shown. This was logged as a security event; tell your supervisor.",
                code="search-mismatch")
        results = tuple(MemberHit.from_json(r) for r in data["results"])
        for hit in results:
            if asked.kind is QueryKind.MEMBER_NUMBER:
                require_member(asked.value, hit.member_number)
            elif asked.kind is QueryKind.MEMBER_NUMBER_PREFIX \
                    and not hit.member_number.startswith(asked.value):
                require_member(asked.value, hit.member_number)  # raises, logged
        return SearchPage(query, data["kind"], results, bool(data.get("truncated")))

    def get_member(self, number: str) -> MemberAccount:
        asked = parse_member_number(number)
        data = self.get(f"/members/{quote(asked)}")
        require_member(asked, data.get("member_number"))
        return MemberAccount.from_json(data)

    def get_transactions(self, number: str, *, before: int | None = None,
                         limit: int = 100) -> LedgerPage:
        asked = parse_member_number(number)
        data = self.get(f"/members/{quote(asked)}/transactions", before=before, limit=limit)
        require_member(asked, data.get("member_number"))
        entries = tuple(LedgerEntry.from_json(e) for e in data["entries"])
        if before is not None and any(e.id >= before for e in entries):
            # This member's page for another cursor: another request's answer (a cache).
            security_log.error("LEDGER PAGE for another cursor: asked entries before %s",
                               before)
            error = SecurityError(
                "An answer arrived that was not for this request (a cached or replayed "
                "answer); nothing was shown. This was logged as a security event; tell your "
                "supervisor.", code="request-id-mismatch")
            error.asked = asked  # the member asked about, for the report
            raise error
        return LedgerPage(
            member_number=data["member_number"],
            entries=entries,
            total=int(data["total"]),
            next_before=data.get("next_before"),
        )

    # -- credits and reversals (writes carry the caller's operation id) --------------------

    def write(self, path: str, body: dict[str, Any], operation_id: str) -> Any:
        """POST `body` with `operation_id` as Idempotency-Key: a replay never applies twice."""
        if not operation_id or not isinstance(operation_id, str):
            raise ValueError("Every write needs an operation id (see new_operation_id).")
        return self.request("POST", path, json=body, headers={"Idempotency-Key": operation_id})

    def propose_credit(self, member_number: str, *, kind: str, reason: str,
                       miles: int | None = None, reference: str | None = None,
                       flight: RetroFlight | None = None, operation_id: str) -> Credit:
        """Credit miles (or propose them for approval above the agent's limits)."""
        from ..operations import (  # the app's own path (it imports this module)
            build,
            send,
        )

        return send.write(self, build.credit(member_number, kind=kind, reason=reason,
                                             miles=miles, reference=reference, flight=flight),
                          operation_id)

    def list_credits(self, status: str | None = None, member_number: str | None = None,
                     limit: int = 100) -> tuple[Credit, ...]:
        """Credits newest first, each with its member's name, tier and balance and its
        requester (`Credit.listed`): a supervisor sees everyone's, an agent their own."""
        asked = parse_member_number(member_number) if member_number is not None else None
        data = self.get("/credits", status=status, member_number=asked, limit=limit)
        credits = tuple(Credit.from_json(c, listed=True) for c in data["credits"])
        if asked is not None:
            for credit in credits:
                require_member(asked, credit.member_number)
        return credits

    def approve_credit(self, credit_id: int, note: str | None, operation_id: str, *,
                       member_number: str, miles: int) -> Credit:
        """Approve a pending credit (supervisors; never one's own): exactly `miles` for
        `member_number`, or nothing (credit-mismatch)."""
        from ..operations import build, send

        return send.write(self, build.credit_decision(credit_id, "approve", note,
                                                      member_number, miles), operation_id)

    def reject_credit(self, credit_id: int, note: str, operation_id: str, *,
                      member_number: str, miles: int) -> Credit:
        """Reject a pending credit, saying why (supervisors; never one's own)."""
        from ..operations import build, send

        return send.write(self, build.credit_decision(credit_id, "reject", note,
                                                      member_number, miles), operation_id)

    def reverse_entry(self, entry_id: int, reason: str, member_number: str,
                      operation_id: str) -> Reversal:
        """Reverse one ledger entry of `member_number` (supervisors); once per entry. The
        backend refuses an entry that is not this member's."""
        from ..operations import build, send

        return send.write(self, build.reversal(entry_id, reason, member_number), operation_id)


def credit_decision_request(credit_id: int, verb: str, note: str | None, member_number: str,
                            miles: int) -> tuple[str, dict[str, Any]]:
    """Path and JSON of a supervisor's "approve" or "reject" of credit `credit_id`, bound to
    what they saw of it: its member and miles (the backend refuses a credit that differs)."""
    if verb not in ("approve", "reject"):
        raise ValueError(verb)
    return f"/credits/{int(credit_id)}/{verb}", {
        "member_number": parse_member_number(member_number), "miles": int(miles),
        "note": note or None}


def checked_credit(data: Any, credit_id: int, miles: int | None = None) -> Credit:
    """The credit in a decision's answer, after checking it is the one decided on (and, given
    `miles`, of those miles)."""
    credit = Credit.from_json(data)
    if credit.id != int(credit_id):
        raise ServerError(f"The backend answered about credit {credit.id}, not {credit_id}.")
    if miles is not None and credit.miles != int(miles):
        raise ServerError(f"The backend answered about {credit.miles} miles, not {miles}.")
    return credit


def reversal_request(entry_id: int, reason: str, member_number: str
                     ) -> tuple[str, dict[str, Any]]:
    """Path and JSON of the reversal of ledger entry `entry_id`, naming whose it must be."""
    return (f"/transactions/{int(entry_id)}/reversal",
            {"member_number": parse_member_number(member_number), "reason": reason})


def checked_reversal(data: Any, entry_id: int) -> Reversal:
    reversal = Reversal.from_json(data)
    if reversal.reverses_id != int(entry_id):
        raise ServerError(f"The backend reversed entry {reversal.reverses_id}, "
                          f"not {entry_id}.")
    return reversal


def credit_body(member_number: str, *, kind: str, reason: str, miles: int | None = None,
                reference: str | None = None, flight: RetroFlight | None = None
                ) -> dict[str, Any]:
    """The JSON of POST /credits (also what the outbox saves for a credit)."""
    if kind not in CREDIT_KINDS:
        raise ValueError(f"Unknown credit kind {kind!r}.")
    body: dict[str, Any] = {"member_number": member_number, "kind": kind, "reason": reason}
    if miles is not None:
        body["miles"] = miles
    if reference is not None:
        body["reference"] = reference
    if flight is not None:
        body["flight"] = flight.to_json()
    return body


def _connection_problem(host: str, exc: Exception) -> tuple[str, str]:
    """(code, English sentence) for a connection that failed."""
    text = repr(exc)
    if "NameResolutionError" in text or "Name or service not known" in text \
            or "getaddrinfo failed" in text or "nodename nor servname" in text:
        return "dns", (f"The backend host {host} cannot be found (DNS). Check the configured "
                       f"address; nothing was sent.")
    if "Connection refused" in text or "ConnectionRefusedError" in text:
        return "connection-refused", (f"The backend {host} refused the connection: it is not "
                                      f"running or not reachable.")
    return "unreachable", f"Cannot connect to the backend {host}."


def _error_from_problem(status: int, body: Any, headers: Any,
                        request_id: str) -> SupportDeskError:
    problem = body if isinstance(body, dict) else {}
    detail = str(problem.get("detail") or problem.get("title") or f"HTTP {status}")
    code = problem.get("code")
    params = problem.get("params") if isinstance(problem.get("params"), dict) else {}
    kwargs = {"status": status, "code": code, "request_id": request_id, "params": params}
    errors = [FieldError(str(e.get("field", "")), str(e.get("message", "")),
                         e.get("code") if isinstance(e.get("code"), str) else None,
                         e.get("params") if isinstance(e.get("params"), dict) else {})
              for e in problem.get("errors") or [] if isinstance(e, dict)]
    if status in (400, 422):
        return ValidationFailed(detail, errors, **kwargs)
    if status == 401:
        return AuthError(detail, **kwargs)
    if status == 403:
        return Forbidden(detail, **kwargs)
    if status == 404:
        return NotFound(detail, **kwargs)
    if status == 409:
        conflict = Conflict(detail, **kwargs)
        conflict.field_errors = errors  # e.g. "flight": this flight was already claimed
        return conflict
    if status == 429:
        return RateLimited(detail, _retry_after(headers), **kwargs)
    if status == 503:
        return ServiceUnavailable(detail, _retry_after(headers), **kwargs)
    if status >= 500:
        kwargs.update(code="server-failed", params={"status": str(status)})
        return ServerError(f"The backend failed ({status}): {detail}", **kwargs)
    return UserFacingErrorFallback(detail, **kwargs)


def _retry_after(headers: Any) -> float | None:
    """Retry-After in seconds (the HTTP-date form counts as absent)."""
    try:
        value = float(headers.get("Retry-After") or "")
    except ValueError:
        return None
    return value if value >= 0 else None


class UserFacingErrorFallback(ValidationFailed):
    """A 4xx the contract does not name: shown to the agent as is."""
