"""Request fields the routes share, checked by the same rules as the client's (domain/)."""

from __future__ import annotations

from typing import Annotated

from pydantic import AfterValidator

from ..domain.identifiers import parse_member_number
from ..domain.text import has_control_characters

# parse_member_number raises InvalidIdentifier, a ValueError that says why in plain words:
# pydantic reports it against the field (422 problem+json).
MemberNumber = Annotated[str, AfterValidator(parse_member_number)]


def clean_text(value: str, *, lines: bool = False) -> str:
    """`value` stripped; control characters refused. With `lines` (a note, a reply to the
    customer) line breaks and tabs are text too."""
    value = value.strip()
    checked = value.replace("\n", "").replace("\t", "") if lines else value
    if has_control_characters(checked):
        raise ValueError("The text contains control characters.")
    return value


# Typed by an agent: one line (a reason, a street) or several (a note, a reply). Length limits
# stay with each field (Field(min_length=…, max_length=…)).
Text = Annotated[str, AfterValidator(clean_text)]
FreeText = Annotated[str, AfterValidator(lambda value: clean_text(value, lines=True))]
