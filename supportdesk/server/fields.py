"""Request fields the routes share, checked by the same rules as the client's (domain/)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from ..domain.identifiers import parse_member_number

# parse_member_number raises InvalidIdentifier, a ValueError that says why in plain words:
# pydantic reports it against the field (422 problem+json).
MemberNumber = Annotated[str, AfterValidator(parse_member_number)]
