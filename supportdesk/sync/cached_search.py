"""Lookup while offline: the members this agent opened recently, from the offline cache.

Only what the cache can answer honestly: member numbers (whole or the start) and names (every
typed word the start of the first or last name, folded as the server folds them). E-mail,
phone, ticket and booking code are masked or absent in the copies, so they find nothing.
"""

from __future__ import annotations

import datetime as dt
from typing import TYPE_CHECKING, Any

from ..api.models import MemberHit, SearchPage
from ..domain.query import ClassifiedQuery, QueryKind, classify_query
from ..domain.text import fold_name

if TYPE_CHECKING:
    from ..store.local import LocalStore

OFFLINE_COPY = "offline_copy"  # a hit's `matched_by`; its `match_detail` is when it was copied


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


def search_copies(store: LocalStore, agent: str, text: str, *, newer_than: float,
                  limit: int = 25) -> SearchPage:
    """The lookup's answer from `agent`'s offline copies made after `newer_than` (epoch)."""
    query = classify_query(text)
    hits = []
    for value, as_of in store.cache_all(agent, "member", newer_than=newer_than):
        account = value["account"]
        if matches(account, query):
            copied = dt.datetime.fromtimestamp(as_of, dt.UTC).isoformat(timespec="seconds")
            hits.append(MemberHit(
                account["member_number"], account["first_name"], account["last_name"],
                account["tier"], account["status"], account["address_masked"], "",
                account["email_masked"], account["phone_masked"], OFFLINE_COPY, copied))
    return SearchPage(text, query.kind.value, tuple(hits[:limit]), len(hits) > limit)
