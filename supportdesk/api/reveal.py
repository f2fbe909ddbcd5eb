"""Revealing a member's masked personal data with a reason. Mixed into ApiClient. (And the
answer of an offline-read report, the other half of "who saw what".)

The answer is checked (the member asked, values for exactly the fields asked) and handed to
the caller only: never cached, never written to the local store or the outbox (a reveal is
taken only while the backend answers, so there is nothing to replay later), never logged —
`Revealed` does not show its values in its repr.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..domain import reveal
from ..domain.identifiers import parse_member_number
from ..errors import SecurityError
from .checks import require_member, security_log


@dataclass(frozen=True)
class Revealed:
    member_number: str
    values: Mapping[str, str] = field(repr=False)  # field → unmasked value: never logged
    reason: str
    revealed_at: str


def reveal_request(member_number: str, fields: Iterable[str], reason_code: str,
                   reason_text: str | None) -> tuple[str, dict[str, Any]]:
    """Path and JSON of a reveal; ValueError (TextProblem) for what the server would refuse."""
    asked = parse_member_number(member_number)
    fields = list(dict.fromkeys(fields))
    if not fields or any(f not in reveal.FIELDS for f in fields):
        raise ValueError(f"Reveal some of {', '.join(reveal.FIELDS)}.")
    text = reveal.check_reason(reason_code, reason_text)
    reason: dict[str, Any] = {"code": reason_code}
    if text is not None:
        reason["text"] = text
    return (f"/members/{quote(asked)}/reveal",
            {"member_number": asked, "fields": fields, "reason": reason})


def checked_reveal(data: Any, asked: str, fields: Iterable[str]) -> Revealed:
    """The answer of a reveal of `fields` of member `asked`, or SecurityError: another
    member's values, or values of fields not asked, are never shown."""
    require_member(asked, data.get("member_number") if isinstance(data, dict) else None)
    values = data.get("values")
    wanted = set(fields)
    if not isinstance(values, dict) or set(values) != wanted \
            or not all(isinstance(v, str) for v in values.values()):
        security_log.error("REVEAL ANSWER with other fields: asked %s", sorted(wanted))
        raise SecurityError(
            "The backend's reveal answer holds other fields than the ones asked; nothing was "
            "shown. This was logged as a security event; tell your supervisor.",
            code="reveal-mismatch")
    return Revealed(asked, dict(values), str(data.get("reason", "")),
                    str(data.get("revealed_at", "")))


class RevealApi:
    """Methods use ApiClient's `write`; see client.py."""

    if TYPE_CHECKING:
        def write(self, path: str, body: dict[str, Any], operation_id: str) -> Any: ...

    def reveal(self, member_number: str, fields: Iterable[str], reason_code: str,
               reason_text: str | None, *, operation_id: str) -> Revealed:
        """The unmasked values of `fields` of the member, with the agent's reason (audited).

        `operation_id` is the reveal's Idempotency-Key: sent again after a lost answer, the
        reveal is audited once."""
        fields = list(dict.fromkeys(fields))
        path, body = reveal_request(member_number, fields, reason_code, reason_text)
        data = self.write(path, body, operation_id)
        return checked_reveal(data, body["member_number"], fields)


def checked_offline_read(data: Any, sent: dict[str, Any]) -> dict[str, Any]:
    """The answer to an offline-read report: about the member, request and time reported."""
    asked = (sent.get("member_number"), sent.get("what"), sent.get("request_id"))
    answered = (data.get("member_number"), data.get("what"), data.get("request_id")) \
        if isinstance(data, dict) else None
    if answered != asked:
        security_log.error("OFFLINE READ answer about another read: asked %s", asked[1:])
        raise SecurityError(
            "The backend's answer to an offline-read report is about another read; it will be "
            "sent again. This was logged as a security event; tell your supervisor.",
            code="request-id-mismatch")
    return data
