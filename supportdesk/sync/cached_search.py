"""Lookup while offline: the members this agent opened recently, from the offline cache.

Only what the cache can answer honestly: member numbers (whole or the start) and names (every
typed word the start of the first or last name, folded as the server folds them). E-mail,
phone, ticket and booking code are masked or absent in the copies, so they find nothing.
"""

from __future__ import annotations

from typing import Any

from ..domain.query import ClassifiedQuery, QueryKind
from ..domain.text import fold_name


def matches(account: dict[str, Any], query: ClassifiedQuery) -> bool:
    number = account.get("member_number", "")
    if query.kind is QueryKind.MEMBER_NUMBER:
        return number == query.value
    if query.kind is QueryKind.MEMBER_NUMBER_PREFIX:
        return number.startswith(query.value)
    if query.kind in (QueryKind.NAME, QueryKind.BOOKING_CODE_OR_NAME):
        names = [fold_name(account.get("first_name", "")), fold_name(account.get("last_name", ""))]
        words = fold_name(query.value).split()
        return bool(words) and all(any(name.startswith(word) for name in names)
                                   for word in words)
    return False
