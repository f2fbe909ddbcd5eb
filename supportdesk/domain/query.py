"""What did the agent type? One lookup box, routed by the shape of the text (DESIGN.md §3)."""

from __future__ import annotations

import enum
import re
from dataclasses import dataclass
from typing import Any

from .identifiers import (
    BOOKING_CODE_LENGTH,
    MEMBER_NUMBER_LENGTH,
    MEMBER_NUMBER_PREFIX,
    TICKET_NUMBER_LENGTH,
    InvalidIdentifier,
    parse_member_number,
    parse_phone,
    strip_separators,
)
from .text import fold_name, has_control_characters

MAX_QUERY_LENGTH = 200
MIN_NAME_LENGTH = 2

_EMAIL_CHARS = re.compile(r"^[^\s@]+@[^\s@]*$")
_NAME_CHARS = re.compile(r"^[\w .'\-,]+$")
_ALNUM6 = re.compile(r"^[A-Za-z0-9]{6}$")


class QueryKind(str, enum.Enum):
    MEMBER_NUMBER = "member_number"
    MEMBER_NUMBER_PREFIX = "member_number_prefix"
    TICKET_NUMBER = "ticket_number"
    BOOKING_CODE = "booking_code"
    BOOKING_CODE_OR_NAME = "booking_code_or_name"
    EMAIL = "email"
    PHONE = "phone"
    NAME = "name"

    @property
    def is_exact(self) -> bool:
        """A complete, valid key of one member (a whole member number with its check digit,
        a full e-ticket number, a booking code): its single hit may be opened by itself. Any
        other kind lists candidates; none is picked as if it were the one."""
        return self in (QueryKind.MEMBER_NUMBER, QueryKind.TICKET_NUMBER,
                        QueryKind.BOOKING_CODE)


@dataclass(frozen=True)
class ClassifiedQuery:
    kind: QueryKind
    value: str  # canonical form used for the lookup


class QueryError(InvalidIdentifier):
    """The lookup text cannot be searched; the message tells the agent what to fix."""

    def __init__(self, code: str, message: str, **params: Any) -> None:
        super().__init__("q", message, code=code, **params)


def classify_query(text: str) -> ClassifiedQuery:
    """Decide what kind of key `text` is and return its canonical form, or raise QueryError."""
    if has_control_characters(text):
        raise QueryError("control-characters",
                         "The search text contains control characters; retype it.")
    text = text.strip()
    if not text:
        raise QueryError(
            "query-empty",
            "Type a member number, name, e-mail, phone, ticket number or booking code."
        )
    if len(text) > MAX_QUERY_LENGTH:
        raise QueryError("too-long", f"The search text is too long (at most {MAX_QUERY_LENGTH} "
                                     f"characters).", longest=MAX_QUERY_LENGTH)

    if "@" in text:
        if not _EMAIL_CHARS.match(text):
            raise QueryError("email", "That does not look like an e-mail address.")
        return ClassifiedQuery(QueryKind.EMAIL, text.casefold())

    compact = strip_separators(text.replace("(0)", "").replace("(", "").replace(")", ""))
    if compact.startswith("+") or (compact[:1] == "0" and compact.isdigit()):
        try:
            phone = parse_phone(text)
        except InvalidIdentifier as exc:
            raise QueryError(exc.code or "phone", exc.message, **exc.params) from None
        return ClassifiedQuery(QueryKind.PHONE, phone.national)

    if compact.isdigit():
        if compact.startswith(MEMBER_NUMBER_PREFIX):
            if len(compact) == MEMBER_NUMBER_LENGTH:
                try:
                    return ClassifiedQuery(QueryKind.MEMBER_NUMBER, parse_member_number(compact))
                except InvalidIdentifier as exc:
                    raise QueryError(exc.code or "member-number", exc.message,
                                     **exc.params) from None
            if len(compact) < MEMBER_NUMBER_LENGTH:
                if len(compact) < 6:
                    raise QueryError("keep-typing", "Keep typing: a member number has 15 digits.",
                                     length=MEMBER_NUMBER_LENGTH)
                return ClassifiedQuery(QueryKind.MEMBER_NUMBER_PREFIX, compact)
            raise QueryError(
                "member-number-length",
                f"A member number has {MEMBER_NUMBER_LENGTH} digits; this has {len(compact)}.",
                length=MEMBER_NUMBER_LENGTH, typed=len(compact),
            )
        if len(compact) == TICKET_NUMBER_LENGTH:
            return ClassifiedQuery(QueryKind.TICKET_NUMBER, compact)
        raise QueryError(
            "digits-unknown",
            f"{len(compact)} digits: a member number has 15 (starting {MEMBER_NUMBER_PREFIX}), "
            f"an e-ticket number 13, a phone number starts with + or 0.",
            typed=len(compact), prefix=MEMBER_NUMBER_PREFIX,
        )

    if _ALNUM6.match(text) and len(text) == BOOKING_CODE_LENGTH:
        if any(c.isdigit() for c in text):
            return ClassifiedQuery(QueryKind.BOOKING_CODE, text.upper())
        return ClassifiedQuery(QueryKind.BOOKING_CODE_OR_NAME, text.upper())

    if not _NAME_CHARS.match(text):
        raise QueryError("name-characters",
                         "A name has letters, spaces, hyphens and apostrophes only.")
    if any(c.isdigit() for c in text):
        raise QueryError(
            "mixed-letters-digits",
            "Mixed letters and digits: a booking code has exactly 6, such as KX4T2B."
        )
    folded = fold_name(text.replace(",", " "))
    if len(folded.replace(" ", "")) < MIN_NAME_LENGTH:
        raise QueryError("name-too-short", "Type at least 2 letters of a name.",
                         shortest=MIN_NAME_LENGTH)
    return ClassifiedQuery(QueryKind.NAME, folded)


KIND_LABELS = {
    QueryKind.MEMBER_NUMBER: "Member number",
    QueryKind.MEMBER_NUMBER_PREFIX: "Member number (partial)",
    QueryKind.TICKET_NUMBER: "E-ticket number",
    QueryKind.BOOKING_CODE: "Booking code",
    QueryKind.BOOKING_CODE_OR_NAME: "Booking code or name",
    QueryKind.EMAIL: "E-mail",
    QueryKind.PHONE: "Phone number",
    QueryKind.NAME: "Name",
}
