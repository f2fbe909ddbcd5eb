"""The app's own words for what the core and the server say in codes.

The core's errors and the server's problems carry a stable `code` and parameters next to an
English sentence (the server's `detail`, for other clients). Where the app knows the code it
says it in the agent's language, numbers formatted for the locale; where it does not (a code
added by a newer server), the English sentence is shown as it came.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ..errors import FieldError, SupportDeskError
from ..operations import SPECS, Kind

translate = QCoreApplication.translate

# Codes of the core (transport, answers) and of the server's problems.
ERRORS: dict[str, str] = {
    # the client: getting there and reading the answer
    "not-signed-in": QT_TRANSLATE_NOOP("Messages", "Sign in first."),
    # signing in without a keyring: the password opens the local store (store/keywrap.py)
    "signed-in-offline": QT_TRANSLATE_NOOP(
        "Messages", "Signed in offline: your work is kept on this computer and sent once you "
        "sign in to the backend."),
    "offline-wrong-password": QT_TRANSLATE_NOOP(
        "Messages", "The backend cannot be reached, and this password does not open the work "
        "kept on this computer. If you changed your password, use the previous one until the "
        "backend is back."),
    "offline-too-long": QT_TRANSLATE_NOOP(
        "Messages", "The backend cannot be reached, and your last sign-in to it was more than "
        "{days} days ago: signing in offline is not allowed. Try again when the backend is "
        "back."),
    "previous-password-wrong": QT_TRANSLATE_NOOP(
        "Messages", "That is not your previous password: it does not open the work kept on "
        "this computer. Try again, or start afresh."),
    "store-key-unusable": QT_TRANSLATE_NOOP(
        "Messages", "The backend cannot be reached, and the key of the work kept on this "
        "computer is damaged; tell IT. Try again when the backend is back."),
    "tls-unverified": QT_TRANSLATE_NOOP(
        "Messages", "The TLS certificate of {host} could not be verified; nothing was sent."),
    "pin-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The TLS certificate of {host} does not carry the key IT pinned for the "
        "backend; nothing was sent. Tell IT (supportdesk --check-config)."),
    "connect-timeout": QT_TRANSLATE_NOOP(
        "Messages", "The backend {host} did not accept a connection in time."),
    "read-timeout": QT_TRANSLATE_NOOP(
        "Messages", "The backend {host} did not answer within {seconds} s."),
    "dns": QT_TRANSLATE_NOOP(
        "Messages", "The backend host {host} cannot be found (DNS). Check the configured "
        "address; nothing was sent."),
    "connection-refused": QT_TRANSLATE_NOOP(
        "Messages", "The backend {host} refused the connection: it is not running or not "
        "reachable."),
    "unreachable": QT_TRANSLATE_NOOP("Messages", "Cannot connect to the backend {host}."),
    "redirect": QT_TRANSLATE_NOOP(
        "Messages", "The backend answered with a redirect; SupportDesk does not follow "
        "redirects."),
    "not-json": QT_TRANSLATE_NOOP("Messages", "The backend sent an answer that is not JSON."),
    "server-failed": QT_TRANSLATE_NOOP(
        "Messages", "The backend failed ({status}); it may or may not have done it."),
    "wrong-member": QT_TRANSLATE_NOOP(
        "Messages", "The backend answered about a different member than the one asked for. "
        "Nothing was shown. This was logged as a security event; tell your supervisor."),
    "search-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The backend answered a different search than the one asked; nothing was "
        "shown. This was logged as a security event; tell your supervisor."),
    "signin-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The backend's sign-in answer names another agent; you are not signed in. "
        "This was logged as a security event; tell your supervisor."),
    "request-id-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "An answer arrived that was not for this request (a cached or replayed "
        "answer); nothing was shown. This was logged as a security event; tell your "
        "supervisor."),
    "reveal-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "The backend's reveal answer holds other fields than the ones asked; "
        "nothing was shown. This was logged as a security event; tell your supervisor."),
    # the server: who may do what
    "wrong-credentials": QT_TRANSLATE_NOOP("Messages", "Wrong user name or password."),
    "signed-out": QT_TRANSLATE_NOOP(
        "Messages", "This session was signed out (here or on another computer); sign in "
        "again."),
    "token-expired": QT_TRANSLATE_NOOP(
        "Messages", "Your session has expired (sessions last one shift); sign in again."),
    "agent-disabled": QT_TRANSLATE_NOOP(
        "Messages", "Your account has been disabled; ask IT or your supervisor."),
    "supervisor-only": QT_TRANSLATE_NOOP("Messages", "Only a supervisor may do this."),
    "own-credit": QT_TRANSLATE_NOOP(
        "Messages", "You cannot decide on your own credit; another supervisor must."),
    "own-batch": QT_TRANSLATE_NOOP(
        "Messages", "You cannot approve your own remediation batch; another supervisor must."),
    "batch-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This batch is not the one you saw; nothing was changed. Refresh the "
                    "batches and look at it again."),
    "batch-not-proposed": QT_TRANSLATE_NOOP(
        "Messages", "This batch was already approved; nothing was changed."),
    "batch-not-approved": QT_TRANSLATE_NOOP(
        "Messages", "This batch is not approved yet; another supervisor must approve it "
                    "first."),
    "batch-not-found": QT_TRANSLATE_NOOP("Messages", "There is no such remediation batch."),
    "batch-empty": QT_TRANSLATE_NOOP(
        "Messages", "Nothing to reverse: no entry matches, or every entry is excluded."),
    "window-too-large": QT_TRANSLATE_NOOP(
        "Messages", "More than {max} entries match; narrow the window, the types, the "
                    "channels or the members."),
    "not-verified": QT_TRANSLATE_NOOP(
        "Messages", "Verify the caller first (date of birth and postcode, or PIN)."),
    "verification-expired": QT_TRANSLATE_NOOP(
        "Messages", "The caller verification has expired; verify the caller again."),
    "verification-locked": QT_TRANSLATE_NOOP(
        "Messages", "Too many failed verifications for this member; try again in 15 minutes "
        "or send the member a written confirmation."),
    # the server: the state of things
    "request-closed": QT_TRANSLATE_NOOP(
        "Messages", "This request was already {status}; nothing was changed."),
    "write-conflict": QT_TRANSLATE_NOOP(
        "Messages", "Someone changed the same data at the same moment; nothing was saved. "
        "Look at it again and repeat the change if it is still needed."),
    "credit-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "This credit is not the {miles} miles for the member you saw; nothing was "
        "changed. Look at it again."),
    "claimed-by-other": QT_TRANSLATE_NOOP(
        "Messages", "{assignee} is already working on this request."),
    "not-assignee": QT_TRANSLATE_NOOP("Messages", "Claim the request first."),
    "escalated": QT_TRANSLATE_NOOP(
        "Messages", "An escalated request is decided by a supervisor."),
    "not-enough-miles": QT_TRANSLATE_NOOP(
        "Messages", "Not enough miles: this needs {miles} miles, the balance is {balance}."),
    "balance-negative": QT_TRANSLATE_NOOP(
        "Messages", "Reversing {miles} miles would leave the balance below zero (it is "
        "{balance}); the miles were already spent."),
    "reversal-of-reversal": QT_TRANSLATE_NOOP(
        "Messages", "A reversal cannot itself be reversed; propose a correction credit."),
    "award-cancelled": QT_TRANSLATE_NOOP("Messages", "This award was already cancelled."),
    "flight-departed": QT_TRANSLATE_NOOP(
        "Messages", "Flight {flight_number} left {origin} on {departure_date} at "
        "{departure_time} local time: it can no longer be booked, nor cancelled for a refund."),
    "failed-repeatedly": QT_TRANSLATE_NOOP(
        "Messages", "The backend failed on this operation {attempts} times; it was not "
        "applied."),
    "idempotency-key-reused": QT_TRANSLATE_NOOP(
        "Messages", "This operation id was already used for a different request."),
}

# Codes of one field's problem (domain.text and the server's field errors).
FIELDS: dict[str, str] = {
    "control-characters": QT_TRANSLATE_NOOP(
        "Messages", "The text contains control characters or invisible formatting; retype "
        "it."),
    "blank": QT_TRANSLATE_NOOP("Messages", "The text is empty or only spaces."),
    "too-short": QT_TRANSLATE_NOOP("Messages", "Too short: at least {shortest} characters."),
    "too-long": QT_TRANSLATE_NOOP("Messages", "Too long: at most {longest} characters."),
    # identifiers (domain.identifiers) and the lookup box (domain.query)
    "member-number-missing": QT_TRANSLATE_NOOP("Messages", "Enter a member number."),
    "member-number-digits": QT_TRANSLATE_NOOP("Messages", "A member number has digits only."),
    "member-number-length": QT_TRANSLATE_NOOP(
        "Messages", "A member number has {length} digits; this has {typed}."),
    "member-number-prefix": QT_TRANSLATE_NOOP(
        "Messages", "A member number starts with {prefix}."),
    "check-digit": QT_TRANSLATE_NOOP(
        "Messages", "The check digit does not match: one of the digits is mistyped."),
    "ticket-number": QT_TRANSLATE_NOOP("Messages", "An e-ticket number has {length} digits."),
    "booking-code": QT_TRANSLATE_NOOP(
        "Messages", "A booking code has 6 letters or digits, such as KX4T2B."),
    "email": QT_TRANSLATE_NOOP("Messages", "That is not an e-mail address."),
    "phone": QT_TRANSLATE_NOOP(
        "Messages", "A phone number has 6 to 15 digits, optionally after +."),
    # the audit trail's filter (domain.audit)
    "audit-agent": QT_TRANSLATE_NOOP(
        "Messages", "An agent's user name: 1-64 characters, letters a-z, digits and . _ @ -."),
    "audit-action": QT_TRANSLATE_NOOP(
        "Messages", "An action is one word of letters a-z, digits, _ or - (for example "
        "credit_approved), at most 40 characters."),
    "audit-date": QT_TRANSLATE_NOOP("Messages", "A date like 24.12.2026 or 2026-12-24."),
    "period-order": QT_TRANSLATE_NOOP(
        "Messages", "The end of the period must come after its start."),
    "query-empty": QT_TRANSLATE_NOOP(
        "Messages", "Type a member number, name, e-mail, phone, ticket number or booking "
        "code."),
    "keep-typing": QT_TRANSLATE_NOOP(
        "Messages", "Keep typing: a member number has {length} digits."),
    "digits-unknown": QT_TRANSLATE_NOOP(
        "Messages", "{typed} digits: a member number has 15 (starting {prefix}), an e-ticket "
        "number 13, a phone number starts with + or 0."),
    "name-characters": QT_TRANSLATE_NOOP(
        "Messages", "A name has letters, spaces, hyphens and apostrophes only."),
    "name-digits": QT_TRANSLATE_NOOP("Messages", "A name on a ticket has no digits."),
    "mixed-letters-digits": QT_TRANSLATE_NOOP(
        "Messages", "Mixed letters and digits: a booking code has exactly 6, such as KX4T2B."),
    "name-too-short": QT_TRANSLATE_NOOP(
        "Messages", "Type at least {shortest} letters of a name."),
    # revealing masked personal data (domain.reveal)
    "reveal-reason-text": QT_TRANSLATE_NOOP(
        "Messages", "Say in a few words why (who asked, which request or case)."),
    "reveal-reason-unknown": QT_TRANSLATE_NOOP("Messages", "Choose one of the listed reasons."),
}


def write_kind_label(kind: Kind) -> str:
    """What a kind of write is called ("Miles credit"), from its spec, in the agent's
    language."""
    return translate("Operations", SPECS[kind].label)


def offline_reason(kind: Kind) -> str:
    """What happens to a write of `kind` offline, or why it is not taken (its spec)."""
    return translate("Operations", SPECS[kind].offline_reason)


# What was refused, for the security alert (security/events.py: Caught).
CAUGHT: dict[str, str] = {
    "wrong-member": QT_TRANSLATE_NOOP(
        "Messages", "an answer about a different member than the one asked for was refused."),
    "signin-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "a sign-in answer naming another agent was refused."),
    "search-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "the answer of a different search was refused."),
    "request-id-mismatch": QT_TRANSLATE_NOOP(
        "Messages", "an answer that was not for its request (a cached or replayed answer) "
        "was refused."),
}


def security_event_text(code: str) -> str:
    """What the alert says was refused, in the agent's language."""
    return translate("Messages", CAUGHT[code])


def _worded(table: Mapping[str, str], code: str | None, params: Mapping[str, Any],
            fallback: str) -> str:
    if code not in table:
        return fallback
    shown = {name: _shown(name, value) for name, value in params.items()}
    try:
        return translate("Messages", table[code]).format(**shown)
    except (KeyError, IndexError, ValueError):  # a parameter this version does not get
        return fallback


def _shown(name: str, value: Any) -> Any:
    """A parameter as the agent reads it: numbers grouped, a request's state by its label."""
    # Imported here: off the start-up path (the crash handler imports this module).
    from .member.ledger_model import format_miles
    from .queue.model import status_label

    if isinstance(value, int) and not isinstance(value, bool):
        return format_miles(value)
    if name == "status" and isinstance(value, str):
        return status_label(value).lower()
    return value


def error_text(error: SupportDeskError) -> str:
    """What `error` says, in the agent's language where the app knows its code."""
    return _worded(ERRORS, error.code, error.params, error.message)


def said_text(result: Any, note: str) -> str:
    """What the backend said about a queued write (`Outbox` row: its result and English
    note), in the agent's language where the app knows the code."""
    if not isinstance(result, dict) or not isinstance(result.get("params", {}), dict):
        return note
    return _worded(ERRORS, result.get("code"), result.get("params", {}), note)


def field_text(item: FieldError) -> str:
    """One field's problem from the server, in the agent's language where known."""
    return _worded(FIELDS, item.code, item.params, item.message)


def input_text(error: ValueError) -> str:
    """Why what the agent typed is refused (a domain rule's ValueError: a TextProblem, an
    InvalidInput), in their language."""
    fallback = getattr(error, "message", None) or str(error)
    return _worded(FIELDS, getattr(error, "code", None), getattr(error, "params", {}),
                   fallback)
