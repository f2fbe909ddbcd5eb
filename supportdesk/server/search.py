"""Member search, routed by what was typed (DESIGN.md §3 "Search").

Exact keys use a B-tree each; names use a prefix range on the folded name keys. Every query is
capped with a LIMIT so that it stays flat as the table grows. When a name's letters find
nobody, the names that sound the same (Kölner Phonetik, schema 11), and then last names within
two typos (trigrams over the distinct last names, schema 12), each said as such.
"""

from __future__ import annotations

import functools
import logging
from dataclasses import dataclass

from sqlalchemy import (
    Connection,
    Select,
    String,
    bindparam,
    func,
    literal_column,
    select,
    text,
    union_all,
)
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

# Every split of a name into first and last is a branch of its statement: six words (ten
# splits, 21 branches) cover the longest real names; more are the first six.
MAX_NAME_WORDS = 6
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
# The exact address sorts first in its own prefix range: one statement for both.
_BY_EMAIL = _select(
    _m.c.email_lower >= _VALUE, _m.c.email_lower < _UPPER, order_by=(_m.c.email_lower,))
_BY_PHONE = _select(_m.c.phone_national == _VALUE)


# -- names: one statement of ranked branches ---------------------------------------------------
#
# A name is looked for several ways at once (exact last name, last-name prefix, first-name
# prefix, every split of several words). Each way is a branch with its own rank, index order
# and LIMIT; one statement unites them, keeps each member once under its best rank and returns
# them in rank order. A branch needs at most `limit + 1` rows that no earlier branch found, and
# while it matters the earlier ones found at most `limit`: `2 * limit + 1` rows per branch are
# always enough. How the name sounds is the same kind of statement, run only when the letters
# found nobody.

_BOOKING_RANK = 0
_SOUND_RANK = 100  # how it sounds: its own statement, when the letters found nobody
_SIMILAR_RANK = 200
_BRANCH = bindparam("branch_limit")
_LAST_FIRST = (_m.c.last_key, _m.c.first_key)
_FIRST_LAST = (_m.c.first_key, _m.c.last_key)


def _branch(rank: int, *where, order=_LAST_FIRST, join=None) -> Select:  # noqa: ANN001, ANN002
    stmt = select(*_RESULT_COLUMNS, literal_column(str(rank)).label("rank"),
                  order[0].label("k1"), order[1].label("k2"))
    if join is not None:
        stmt = stmt.join(join, join.c.member_id == _m.c.id)
    return stmt.where(*where).order_by(*order, _m.c.id).limit(_BRANCH)


def _ranked(branches: list[Select]) -> Select:
    """The branches as one statement: each member once (its best rank), best first."""
    united = union_all(*(select(*b.subquery().c) for b in branches)).subquery("found")
    best = func.row_number().over(partition_by=united.c.id,
                                  order_by=united.c.rank).label("nth")
    numbered = select(*united.c, best).subquery("numbered")
    c = numbered.c
    return (select(*(c[col.name] for col in _RESULT_COLUMNS), c.rank)
            .where(c.nth == 1).order_by(c.rank, c.k1, c.k2, c.id).limit(bindparam("limit")))


def _p(name: str):  # noqa: ANN202
    return bindparam(name, type_=String)


@functools.lru_cache(maxsize=64)
def _names_statement(words: int, booking: bool) -> Select:
    """The one statement of a name of `words` words (after a booking code if `booking`)."""
    branches = []
    if booking:
        branches.append(_branch(_BOOKING_RANK, db.bookings.c.code == _p("booking"),
                                join=db.bookings))
    if words == 1:
        w, upper = _p("w"), _p("w_upper")
        branches += [
            _branch(1, _m.c.last_key == w),
            _branch(2, _m.c.last_key > w, _m.c.last_key < upper),  # the exact ones are rank 1
            _branch(3, _m.c.first_key >= w, _m.c.first_key < upper, order=_FIRST_LAST),
        ]
    else:
        splits = 2 * (words - 1)
        for i in range(splits):
            branches.append(_branch(1 + i, _m.c.last_key == _p(f"l{i}"),
                                    _m.c.first_key >= _p(f"f{i}"),
                                    _m.c.first_key < _p(f"f{i}_upper")))
        for i in range(splits):
            branches.append(_branch(1 + splits + i, _m.c.last_key >= _p(f"l{i}"),
                                    _m.c.last_key < _p(f"l{i}_upper"),
                                    _m.c.first_key >= _p(f"f{i}"),
                                    _m.c.first_key < _p(f"f{i}_upper")))
        # Multi-word last names ("de vries"), typed on their own.
        branches.append(_branch(1 + 2 * splits, _m.c.last_key >= _p("whole"),
                                _m.c.last_key < _p("whole_upper")))
    return _ranked(branches)


@functools.lru_cache(maxsize=64)
def _sounds_statement(sounds: tuple[tuple[bool, bool], ...]) -> Select | None:
    """The one statement of how a name sounds: per split whose last (and first) name has a
    sound, the members whose names sound the same; None if none has."""
    branches = []
    for i, (last, first) in enumerate(sounds):
        if last:
            where = [_m.c.last_sound == _p(f"ls{i}")]
            if first:
                where.append(_m.c.first_sound == _p(f"fs{i}"))
            branches.append(_branch(_SOUND_RANK + i, *where))
    return _ranked(branches) if branches else None


def _splits(words: list[str]) -> list[tuple[str, str]]:
    """Every cut of several words into (last, first) name, in both orders; one word is a last
    name (or a first name) by itself."""
    if len(words) == 1:
        return [(words[0], "")]
    splits = []
    for cut in range(1, len(words)):
        head, tail = " ".join(words[:cut]), " ".join(words[cut:])
        splits.append((tail, head))  # "Anna Müller": first Anna, last Müller
        splits.append((head, tail))  # "Müller Anna" / "Müller, Anna"
    return splits


class MemberSearch:
    """One search: `run` issues one statement for every kind of key typed. Only when a name's
    letters found nobody do the fallbacks run: how it sounds (one statement more), then, if
    that left room, typos (the candidates, then their members)."""

    def __init__(self, conn: Connection, limit: int) -> None:
        self.conn = conn
        self.limit = limit
        self.hits: list[Hit] = []
        self.truncated = False

    def _take(self, rows, matched_by) -> None:  # noqa: ANN001
        """Add the rows of a statement that asked for `limit + 1` more than were found: up to
        `limit` hits in all, members found before left out; one more says there are more.
        `matched_by(row)` names how each was found."""
        seen = {hit.row.id for hit in self.hits}
        for row in rows:
            if row.id in seen:
                continue
            if len(self.hits) == self.limit:
                self.truncated = True
                return
            seen.add(row.id)
            self.hits.append(Hit(row, *matched_by(row)))

    def _one(self, stmt: Select, matched_by: str, detail: str | None = None,
             value: str | None = None) -> None:
        params = {"limit": self.limit + 1}
        if value is not None:
            params.update(value=value, upper=value + _HIGH)
        self._take(self.conn.execute(stmt, params), lambda _row: (matched_by, detail))

    def run(self, query: ClassifiedQuery) -> list[Hit]:
        kind, value = query.kind, query.value
        if kind is QueryKind.MEMBER_NUMBER:
            self._one(_BY_MEMBER_NUMBER, "member_number", value=value)
        elif kind is QueryKind.MEMBER_NUMBER_PREFIX:
            self._one(_BY_MEMBER_NUMBER_PREFIX, "member_number_prefix", value=value)
        elif kind is QueryKind.TICKET_NUMBER:
            self._one(_BY_TICKET, "ticket_number", value, value=value)
        elif kind is QueryKind.BOOKING_CODE:
            self._one(_BY_BOOKING, "booking_code", value, value=value)
        elif kind is QueryKind.BOOKING_CODE_OR_NAME:
            self._names(fold_name(value), booking=value)
        elif kind is QueryKind.EMAIL:
            self._one(_BY_EMAIL, "email", value=value)
            exact = [h for h in self.hits if h.row.email.casefold() == value]
            if exact:  # the address itself: not the longer ones it begins
                self.truncated = self.truncated and len(exact) == self.limit
                self.hits = exact
        elif kind is QueryKind.PHONE:
            self._one(_BY_PHONE, "phone", value=value)
        elif kind is QueryKind.NAME:
            self._names(value)
        return self.hits

    def _names(self, folded: str, booking: str | None = None) -> None:
        """Rank: (the booking code,) exact last name, then last-name prefix, then first-name
        prefix; two or more words try every split into first and last name, in both orders,
        exact last name first. When the letters found nobody: the names that sound the same
        (Kölner Phonetik, schema 11) — "Meir" finds Meier, Meyer, Maier and Mayer; "Müler
        Jon" finds Jonas Müller — and then last names within two typos."""
        words = folded.split()[:MAX_NAME_WORDS]
        if not words:  # only punctuation typed (six letters of a code always fold to a word)
            return
        splits = _splits(words)
        params: dict[str, object] = {"limit": self.limit + 1, "branch_limit": 2 * self.limit + 1}
        if booking is not None:
            params["booking"] = booking
        if len(words) == 1:
            params.update(w=words[0], w_upper=words[0] + _HIGH)
        else:
            for i, (last, first) in enumerate(splits):
                params.update({f"l{i}": last, f"l{i}_upper": last + _HIGH,
                               f"f{i}": first, f"f{i}_upper": first + _HIGH})
            whole = " ".join(words)
            params.update(whole=whole, whole_upper=whole + _HIGH)
        stmt = _names_statement(len(words), booking is not None)
        self._take(self.conn.execute(stmt, params), lambda row: _how(row.rank, booking))
        if not self.hits:  # the letters found nobody: how it sounds, then typos
            self._sounds(splits)
            if len(self.hits) < self.limit:
                self._similar(splits)

    def _sounds(self, splits: list[tuple[str, str]]) -> None:
        """The names that sound the same (Kölner Phonetik, schema 11) as one statement."""
        params: dict[str, object] = {"limit": self.limit + 1, "branch_limit": 2 * self.limit + 1}
        sounds = []
        for i, (last, first) in enumerate(splits):
            last_sound, first_sound = cologne(last), cologne(first) if first else ""
            usable = bool(last_sound) and (not first or bool(first_sound))
            sounds.append((usable, usable and bool(first)))
            params.update({f"ls{i}": last_sound, f"fs{i}": first_sound})
        stmt = _sounds_statement(tuple(sounds))
        if stmt is not None:
            self._take(self.conn.execute(stmt, params), lambda _row: ("sound", None))

    def _similar(self, splits: list[tuple[str, str]]) -> None:
        """After the names that sound the same, when the letters found nobody: last names
        within two edits of what was typed ("Schmidz", "Shcmidt" → Schmidt), nearest first.
        The distinct last names are searched by trigrams (schema 12), at most SIMILAR_KEYS of
        them, in a time limit; their members in one statement by the exact key."""
        found = len(self.hits)  # how it sounds: maybe found again here, left out then
        branches = []
        params = {"limit": self.limit + 1 + found, "branch_limit": 2 * self.limit + 1 + found}
        for i, (last, first) in enumerate(splits):
            if len(last) < MIN_SIMILAR:
                continue
            where = []
            if first:
                where += [_m.c.first_key >= _p(f"f{i}"), _m.c.first_key < _p(f"f{i}_upper")]
                params.update({f"f{i}": first, f"f{i}_upper": first + _HIGH})
            # One branch per name, nearest first: each reads its index in order and stops.
            for key in similar_keys(self.conn, last)[:self.limit]:
                branches.append(_branch(_SIMILAR_RANK + len(branches),
                                        _m.c.last_key == key, *where))
        if branches:
            rows = self.conn.execute(_ranked(branches), params)
            self._take(rows, lambda _row: ("similar", None))


def _how(rank: int, booking: str | None) -> tuple[str, str | None]:
    """How a row of the letters' ranks was found: by the booking code typed, or by name."""
    if booking is not None and rank == _BOOKING_RANK:
        return "booking_code", booking
    return "name", None
