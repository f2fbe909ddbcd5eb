"""Member search, routed by what was typed (DESIGN.md §3 "Search").

Exact keys use a B-tree each; names use a prefix range on the folded name keys. Every query is
capped with a LIMIT so that it stays flat as the table grows. When a name's letters find
nobody, the names that sound the same (Kölner Phonetik, schema 11), and then last names within
two typos (trigrams over the distinct last names, schema 12), each said as such.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from sqlalchemy import Connection, Select, and_, bindparam, select, text
from sqlalchemy.exc import OperationalError

from ..domain.phonetics import cologne, edits
from ..domain.query import ClassifiedQuery, QueryKind
from ..domain.text import fold_name
from . import db
from .name_keys import PAD, TRIGRAMS

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


log = logging.getLogger(__name__)

MIN_SIMILAR = 4  # letters typed before typos are forgiven (three letters match too much)
SIMILAR_EDITS = 2
SIMILAR_KEYS = 200  # trigram candidates looked at, at most
SIMILAR_TIMEOUT_MS = 500  # PostgreSQL's statement timeout for the candidates


def similar_keys(conn: Connection, word: str) -> list[str]:
    """The distinct last-name keys within SIMILAR_EDITS of `word`, nearest (then most
    common) first: candidates by shared trigrams from the index, then counted exactly."""
    if conn.dialect.name == "postgresql":
        try:
            with conn.begin_nested():  # a timeout undoes this step only, not the search
                before = conn.execute(text("SHOW statement_timeout")).scalar_one()
                conn.execute(text(
                    "SELECT set_config('statement_timeout', :ms, true),"
                    " set_config('pg_trgm.similarity_threshold', '0.2', true)"),
                    {"ms": str(SIMILAR_TIMEOUT_MS)})
                rows = conn.execute(text(
                    "SELECT key, members FROM name_keys WHERE key % :word"
                    " ORDER BY similarity(key, :word) DESC LIMIT :most"),
                    {"word": word, "most": SIMILAR_KEYS}).all()
                # The limit is this step's: the rest of the request (its audit entry among
                # them) runs under the server's own.
                conn.execute(text("SELECT set_config('statement_timeout', :ms, true)"),
                             {"ms": before})
        except OperationalError as exc:
            if getattr(exc.orig, "sqlstate", None) != "57014":  # query_canceled: too slow
                raise
            log.warning("the typo search took longer than %d ms; left out", SIMILAR_TIMEOUT_MS)
            return []
    else:
        padded = f"{PAD}{word} "  # as the keys are indexed
        grams = {padded[i:i + 3] for i in range(len(padded) - 2)}
        match = " OR ".join('"' + g.replace('"', '""') + '"' for g in sorted(grams))
        rows = conn.execute(text(
            f"SELECT k.key, k.members FROM {TRIGRAMS} t JOIN name_keys k ON k.id = t.rowid"
            f" WHERE {TRIGRAMS} MATCH :match ORDER BY bm25({TRIGRAMS}) LIMIT :most"),
            {"match": match, "most": SIMILAR_KEYS}).all()
    near = [(edits(word, key, SIMILAR_EDITS), -members, key) for key, members in rows]
    return [key for count, _, key in sorted(near) if 0 < count <= SIMILAR_EDITS]


@dataclass
class Hit:
    row: object
    matched_by: str
    match_detail: str | None = None


def _prefix_range(column, prefix: str):  # noqa: ANN001, ANN202
    return and_(column >= prefix, column < prefix + _HIGH)


def _select(*where, join=None, order_by=()) -> Select:  # noqa: ANN001, ANN002
    stmt = select(*_RESULT_COLUMNS)
    if join is not None:
        stmt = stmt.join(join, join.c.member_id == db.members.c.id)
    return stmt.where(*where).order_by(*order_by).limit(bindparam("limit"))


# Exact keys are searched on every keystroke: statements built once keep SQLAlchemy's
# per-call work to a cache lookup (0.09 ms instead of 0.2 ms per search, bench/).
_m = db.members
_VALUE, _UPPER = bindparam("value"), bindparam("upper")  # a prefix range: [value, upper)
_BY_MEMBER_NUMBER = _select(_m.c.member_number == _VALUE)
_BY_MEMBER_NUMBER_PREFIX = _select(
    _m.c.member_number >= _VALUE, _m.c.member_number < _UPPER, order_by=(_m.c.member_number,))
_BY_TICKET = _select(db.tickets.c.number == _VALUE, join=db.tickets)
_BY_BOOKING = _select(db.bookings.c.code == _VALUE, join=db.bookings)
_BY_EMAIL = _select(_m.c.email_lower == _VALUE)
_BY_EMAIL_PREFIX = _select(
    _m.c.email_lower >= _VALUE, _m.c.email_lower < _UPPER, order_by=(_m.c.email_lower,))
_BY_PHONE = _select(_m.c.phone_national == _VALUE)


class MemberSearch:
    def __init__(self, conn: Connection, limit: int) -> None:
        self.conn = conn
        self.limit = limit
        self.hits: list[Hit] = []
        self._seen: set[int] = set()

    @property
    def room(self) -> int:
        return self.limit - len(self.hits)

    def _add(self, stmt: Select, matched_by: str, detail: str | None = None,
             value: str | None = None) -> None:
        if self.room <= 0:
            self.truncated = True
            return
        # Ask for one more than the room so that "truncated" can be told honestly.
        params = {"limit": self.room + 1 + len(self._seen)}
        if value is not None:
            params.update(value=value, upper=value + _HIGH)
        for row in self.conn.execute(stmt, params):
            if row.id in self._seen:
                continue
            if self.room <= 0:
                self.truncated = True
                return
            self._seen.add(row.id)
            self.hits.append(Hit(row, matched_by, detail))

    truncated = False

    def run(self, query: ClassifiedQuery) -> list[Hit]:
        kind, value = query.kind, query.value
        if kind is QueryKind.MEMBER_NUMBER:
            self._add(_BY_MEMBER_NUMBER, "member_number", value=value)
        elif kind is QueryKind.MEMBER_NUMBER_PREFIX:
            self._add(_BY_MEMBER_NUMBER_PREFIX, "member_number_prefix", value=value)
        elif kind is QueryKind.TICKET_NUMBER:
            self._add(_BY_TICKET, "ticket_number", value, value=value)
        elif kind in (QueryKind.BOOKING_CODE, QueryKind.BOOKING_CODE_OR_NAME):
            self._add(_BY_BOOKING, "booking_code", value, value=value)
            if kind is QueryKind.BOOKING_CODE_OR_NAME:
                self._names(fold_name(value))
        elif kind is QueryKind.EMAIL:
            self._add(_BY_EMAIL, "email", value=value)
            if not self.hits:
                self._add(_BY_EMAIL_PREFIX, "email", value=value)
        elif kind is QueryKind.PHONE:
            self._add(_BY_PHONE, "phone", value=value)
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
            self._add(_select(m.c.last_key == word, order_by=order), "name")
            self._add(_select(_prefix_range(m.c.last_key, word), order_by=order), "name")
            self._add(_select(_prefix_range(m.c.first_key, word),
                              order_by=(m.c.first_key, m.c.last_key, m.c.id)), "name")
            if not self.hits:  # the letters found nobody: how it sounds, then typos
                self._sounds([(word, "")])
                self._similar([(word, "")])
            return
        whole = " ".join(words)
        splits = []
        for cut in range(1, len(words)):
            head, tail = " ".join(words[:cut]), " ".join(words[cut:])
            splits.append((tail, head))  # "Anna Müller": first Anna, last Müller
            splits.append((head, tail))  # "Müller Anna" / "Müller, Anna"
        for last, first in splits:
            self._add(_select(m.c.last_key == last, _prefix_range(m.c.first_key, first),
                              order_by=order), "name")
        for last, first in splits:
            self._add(_select(_prefix_range(m.c.last_key, last),
                              _prefix_range(m.c.first_key, first), order_by=order), "name")
        # Multi-word last names ("de vries"), typed on their own.
        self._add(_select(_prefix_range(m.c.last_key, whole), order_by=order), "name")
        if not self.hits:  # the letters found nobody: how it sounds, then typos
            self._sounds(splits)
            self._similar(splits)

    def _similar(self, splits: list[tuple[str, str]]) -> None:
        """After the names that sound the same, when the letters found nobody: last names
        within two edits of what was typed ("Schmidz", "Shcmidt" → Schmidt), nearest first.
        The distinct last names are searched by trigrams (schema 12), at most SIMILAR_KEYS of
        them, in a time limit; their members by the exact key."""
        m = db.members
        for last, first in splits:
            if len(last) < MIN_SIMILAR:
                continue
            for key in similar_keys(self.conn, last):
                where = [m.c.last_key == key]
                if first:
                    where.append(_prefix_range(m.c.first_key, first))
                self._add(_select(*where, order_by=(m.c.first_key, m.c.id)), "similar")
                if self.room <= 0:
                    return

    def _sounds(self, splits: list[tuple[str, str]]) -> None:
        """When the letters found nobody: the names that sound the same (Kölner Phonetik,
        schema 11) — "Meir" finds Meier, Meyer, Maier and Mayer; "Müler Jon" finds Jonas
        Müller. One index, (last sound, first sound)."""
        m = db.members
        order = (m.c.last_key, m.c.first_key, m.c.id)
        for last, first in splits:
            last_sound, first_sound = cologne(last), cologne(first) if first else ""
            if not last_sound:
                continue
            where = [m.c.last_sound == last_sound]
            if first:
                if not first_sound:
                    continue
                where.append(m.c.first_sound == first_sound)
            self._add(_select(*where, order_by=order), "sound")
