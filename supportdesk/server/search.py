"""Member search, routed by what was typed (DESIGN.md §3 "Search").

Exact keys use a B-tree each; names use a prefix range on the folded name keys. Every query is
capped with a LIMIT so that it stays flat as the table grows.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlalchemy import Connection, and_, select

from ..domain.query import ClassifiedQuery, QueryKind
from ..domain.text import fold_name
from . import db

_RESULT_COLUMNS = (
    db.members.c.id,
    db.members.c.member_number,
    db.members.c.first_name,
    db.members.c.last_name,
    db.members.c.tier,
    db.members.c.status,
    db.members.c.city,
    db.members.c.country,
    db.members.c.email,
    db.members.c.phone,
)

_HIGH = "\U0010ffff"


@dataclass
class Hit:
    row: object
    matched_by: str
    match_detail: str | None = None


def _prefix_range(column, prefix: str):  # noqa: ANN001, ANN202
    return and_(column >= prefix, column < prefix + _HIGH)


class MemberSearch:
    def __init__(self, conn: Connection, limit: int) -> None:
        self.conn = conn
        self.limit = limit
        self.hits: list[Hit] = []
        self._seen: set[int] = set()

    @property
    def room(self) -> int:
        return self.limit - len(self.hits)

    def _add(self, stmt, matched_by: str, detail: str | None = None) -> None:  # noqa: ANN001
        if self.room <= 0:
            self.truncated = True
            return
        # Ask for one more than the room so that "truncated" can be told honestly.
        for row in self.conn.execute(stmt.limit(self.room + 1 + len(self._seen))):
            if row.id in self._seen:
                continue
            if self.room <= 0:
                self.truncated = True
                return
            self._seen.add(row.id)
            self.hits.append(Hit(row, matched_by, detail))

    truncated = False

    def run(self, query: ClassifiedQuery) -> list[Hit]:
        m = db.members
        kind, value = query.kind, query.value
        if kind is QueryKind.MEMBER_NUMBER:
            self._add(select(*_RESULT_COLUMNS).where(m.c.member_number == value), "member_number")
        elif kind is QueryKind.MEMBER_NUMBER_PREFIX:
            self._add(
                select(*_RESULT_COLUMNS)
                .where(_prefix_range(m.c.member_number, value))
                .order_by(m.c.member_number),
                "member_number",
            )
        elif kind is QueryKind.TICKET_NUMBER:
            self._add(
                select(*_RESULT_COLUMNS)
                .join(db.tickets, db.tickets.c.member_id == m.c.id)
                .where(db.tickets.c.number == value),
                "ticket_number",
                value,
            )
        elif kind in (QueryKind.BOOKING_CODE, QueryKind.BOOKING_CODE_OR_NAME):
            self._add(
                select(*_RESULT_COLUMNS)
                .join(db.bookings, db.bookings.c.member_id == m.c.id)
                .where(db.bookings.c.code == value),
                "booking_code",
                value,
            )
            if kind is QueryKind.BOOKING_CODE_OR_NAME:
                self._names(fold_name(value))
        elif kind is QueryKind.EMAIL:
            self._add(select(*_RESULT_COLUMNS).where(m.c.email_lower == value), "email")
            if not self.hits:
                self._add(
                    select(*_RESULT_COLUMNS)
                    .where(_prefix_range(m.c.email_lower, value))
                    .order_by(m.c.email_lower),
                    "email",
                )
        elif kind is QueryKind.PHONE:
            self._add(select(*_RESULT_COLUMNS).where(m.c.phone_national == value), "phone")
        elif kind is QueryKind.NAME:
            self._names(value)
        return self.hits

    def _names(self, folded: str) -> None:
        """Rank: exact last name, then last-name prefix, then first-name prefix; two or more
        words also try every split into first and last name, in both orders."""
        m = db.members
        words = folded.split()
        if not words:
            return
        order = (m.c.last_key, m.c.first_key, m.c.id)
        if len(words) == 1:
            (word,) = words
            self._add(select(*_RESULT_COLUMNS).where(m.c.last_key == word).order_by(*order), "name")
            self._add(
                select(*_RESULT_COLUMNS)
                .where(_prefix_range(m.c.last_key, word))
                .order_by(*order),
                "name",
            )
            self._add(
                select(*_RESULT_COLUMNS)
                .where(_prefix_range(m.c.first_key, word))
                .order_by(m.c.first_key, m.c.last_key, m.c.id),
                "name",
            )
            return
        whole = " ".join(words)
        splits = []
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            splits.append((tail, head))  # "Anna Müller": first Anna, last Müller
            splits.append((head, tail))  # "Müller Anna" / "Müller, Anna"
        for last, first in splits:
            self._add(
                select(*_RESULT_COLUMNS)
                .where(m.c.last_key == last, _prefix_range(m.c.first_key, first))
                .order_by(*order),
                "name",
            )
        for last, first in splits:
            self._add(
                select(*_RESULT_COLUMNS)
                .where(_prefix_range(m.c.last_key, last), _prefix_range(m.c.first_key, first))
                .order_by(*order),
                "name",
            )
        # Multi-word last names ("de vries"), typed on their own.
        self._add(
            select(*_RESULT_COLUMNS).where(_prefix_range(m.c.last_key, whole)).order_by(*order),
            "name",
        )
