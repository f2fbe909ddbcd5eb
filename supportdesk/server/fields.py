"""Request fields the routes share, checked by the same rules as the client's (domain/)."""

from __future__ import annotations

from typing import Annotated, Any

from annotated_types import Interval
from pydantic import AfterValidator, StringConstraints

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
