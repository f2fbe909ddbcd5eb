"""Caller verification and profile changes. Mixed into ApiClient."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import TYPE_CHECKING, Any
from urllib.parse import quote

from ..domain.identifiers import parse_member_number
from ..errors import ServerError
from .checks import require_member
from .models import MemberAccount


@dataclass(frozen=True)
class Verification:
    """The answer to a caller verification: a `verification_id` to change the profile with,
    or why not and how many attempts are left before verification locks."""

    member_number: str
    verified: bool
    verification_id: str | None = None
    expires_at: str | None = None
    attempts_left: int | None = None
    detail: str | None = None

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> Verification:
        try:
            verified = bool(data["verified"])
            if verified and not data.get("verification_id"):
                raise KeyError("verification_id")
            left = data.get("attempts_left")
            return cls(str(data["member_number"]), verified, data.get("verification_id"),
                       data.get("expires_at"), None if left is None else int(left),
                       data.get("detail"))
        except (KeyError, TypeError, ValueError) as exc:
            raise ServerError(
                f"The backend's verification answer is malformed ({exc!r}).") from None


PROFILE_FIELDS = ("street", "postcode", "city", "country", "phone", "email", "language")


@dataclass(frozen=True)
class ProfileChanges:
    """Only the fields the agent changed; None means "leave as it is"."""

    street: str | None = None
    postcode: str | None = None
    city: str | None = None
    country: str | None = None
    phone: str | None = None
    email: str | None = None
    language: str | None = None

    def to_json(self) -> dict[str, str]:
        return {name: getattr(self, name) for name in PROFILE_FIELDS
                if getattr(self, name) is not None}

    @property
    def changed(self) -> tuple[str, ...]:
        return tuple(self.to_json())


class ProfileApi:
    """Methods use ApiClient's `request`/`get`; see client.py."""

    if TYPE_CHECKING:
        def write(self, path: str, body: dict[str, Any], operation_id: str) -> Any: ...

    def verify_caller(self, member_number: str, *, pin: str | None = None,
                      birth_date: dt.date | None = None, postcode: str | None = None,
                      operation_id: str) -> Verification:
        """Check the caller is the member: the PIN, or date of birth and postcode.

        A mismatch is an answer (verified False, attempts left), not an error; too many
        mismatches lock verification for the member (RateLimited).
        """
        asked = parse_member_number(member_number)
        if pin is not None:
            body: dict[str, Any] = {"method": "pin", "pin": pin}
        elif birth_date is not None and postcode is not None:
            body = {"method": "dob_postcode", "birth_date": birth_date.isoformat(),
                    "postcode": postcode}
        else:
            raise ValueError("Verify with a PIN, or with the date of birth and postcode.")
        data = self.write(f"/members/{quote(asked)}/verify", body, operation_id)
        require_member(asked, data.get("member_number"))
        return Verification.from_json(data)

    def change_profile(self, member_number: str, verification_id: str,
                       changes: ProfileChanges, *, operation_id: str) -> MemberAccount:
        """Change only the given fields of a verified caller's profile; the masked account as
        it now is."""
        from ..operations import (  # the app's own path (it imports this module)
            build,
            send,
        )

        return send.write(self, build.profile_change(member_number, verification_id, changes),
                          operation_id)


def profile_request(member_number: str, verification_id: str, changes: ProfileChanges
                    ) -> tuple[str, dict[str, Any]]:
    """Path and JSON of a change to the given fields of a verified caller's profile."""
    if not changes.changed:
        raise ValueError("Nothing to change.")
    return (f"/members/{quote(parse_member_number(member_number))}/profile",
            {"verification_id": verification_id, "changes": changes.to_json()})
