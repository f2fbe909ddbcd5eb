"""Request fields the routes share, checked by the same rules as the client's (domain/)."""

from __future__ import annotations

import datetime as dt
import re
from typing import Annotated, Any

from annotated_types import Interval
from pydantic import AfterValidator, BeforeValidator, StringConstraints

from ..domain.airports import normalise_code
from ..domain.fares import parse_cabin
from ..domain.identifiers import parse_member_number, parse_ticket_number
from ..domain.text import TextRule

# A row id, wherever one is taken (a path parameter, a query parameter, a body field): SQLite's
# INTEGER and PostgreSQL's bigint hold no larger number, and a larger one would overflow the
# query (a 500) instead of finding nothing; below 1 there are no rows. Out of range is a 422
# naming the parameter.
MAX_ID = 2**63 - 1
PositiveId = Annotated[int, Interval(ge=1, le=MAX_ID)]

# Dates and instants as the document declares them (`format: date`, `format: date-time`, RFC
# 3339 text). Left to itself pydantic also takes a number (or a string of digits) as seconds
# since 1970: `"birth_date": 0` would be checked as 1 January 1970.
_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")
_DATE_TIME = re.compile(r"\d{4}-\d{2}-\d{2}[Tt]\d{2}:\d{2}(:\d{2}(\.\d+)?)?([Zz]|[+-]\d{2}:\d{2})")


def _rfc3339(pattern: re.Pattern[str], example: str) -> Any:
    def check(value: Any) -> Any:
        if isinstance(value, str) and pattern.fullmatch(value):
            return value
        if isinstance(value, (dt.date, dt.datetime)):  # built in Python (a batch), not parsed
            return value
        raise ValueError(f"Give it as text like {example}.")
    return BeforeValidator(check)


IsoDate = Annotated[dt.date, _rfc3339(_DATE, "2026-12-24")]
IsoDateTime = Annotated[dt.datetime, _rfc3339(_DATE_TIME, "2026-12-24T09:30:00Z")]

# The parsers raise InvalidIdentifier, a ValueError that says why in plain words: pydantic
# reports it against the field (422 problem+json).
MemberNumber = Annotated[str, AfterValidator(parse_member_number)]
TicketNumber = Annotated[str, StringConstraints(max_length=40),
                         AfterValidator(parse_ticket_number)]

AirportCode = Annotated[str, StringConstraints(max_length=10), AfterValidator(normalise_code)]
CabinName = Annotated[str, StringConstraints(max_length=30),
                      AfterValidator(lambda value: parse_cabin(value).value)]


def text_field(rule: TextRule) -> Any:
    """The request field of a typed text under `rule` (domain/limits.py): trimmed, no control
    or invisible characters, within its length. The raw length bound is in the schema as well,
    so the OpenAPI document states it; the trimmed one is the rule's."""
    return Annotated[str, StringConstraints(min_length=rule.shortest, max_length=rule.longest),
                     AfterValidator(rule.clean)]
