"""The name search's one statement against the ranking written out plainly over every demo
member in Python (no limits, no SQL), and the count of statements each kind of key costs."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import event, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.domain.phonetics import cologne
from supportdesk.domain.query import QueryKind, classify_query
from supportdesk.domain.text import fold_name
from supportdesk.server import db
from supportdesk.server.search import MemberSearch


@pytest.fixture(scope="module")
def people(live_server) -> list:
    m = db.members
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(m.c.id, m.c.first_key, m.c.last_key, m.c.first_sound,
                                   m.c.last_sound)).all()


def _splits(words: list[str]) -> list[tuple[str, str]]:
    cuts = [(" ".join(words[:c]), " ".join(words[c:])) for c in range(1, len(words))]
    return [pair for head, tail in cuts for pair in ((tail, head), (head, tail))]


def reference(people: list, typed: str) -> tuple[list[int], str]:
    """Every member the name finds, best first, and how: exact last name, last-name prefix,
    first-name prefix (one word); or per split into last and first name, exact last name
    then last-name prefix, then the whole as a last name (several words); each member once.
    Only when the letters find nobody: the members that sound the same."""
    words = fold_name(typed).split()

    def by_last(rows: Iterator) -> list:
        return sorted(rows, key=lambda p: (p.last_key, p.first_key, p.id))

    if len(words) == 1:
        (w,) = words
        groups = [by_last(p for p in people if p.last_key == w),
                  by_last(p for p in people if p.last_key.startswith(w)),
                  sorted((p for p in people if p.first_key.startswith(w)),
                         key=lambda p: (p.first_key, p.last_key, p.id))]
        sounds = [(cologne(w), None)]
    else:
        splits = _splits(words)
        groups = [by_last(p for p in people if p.last_key == last
                          and p.first_key.startswith(first)) for last, first in splits]
        groups += [by_last(p for p in people if p.last_key.startswith(last)
                           and p.first_key.startswith(first)) for last, first in splits]
        groups.append(by_last(p for p in people if p.last_key.startswith(" ".join(words))))
        sounds = [(cologne(last), cologne(first)) for last, first in splits]
    found = list(dict.fromkeys(p.id for group in groups for p in group))
    if found:
        return found, "name"
    for last, first in sounds:
        if last and first != "":
            groups.append(by_last(p for p in people if p.last_sound == last
                                  and first in (None, p.first_sound)))
    return list(dict.fromkeys(p.id for group in groups for p in group)), "sound"


def _typed(people: list):  # noqa: ANN202 - a strategy of what an agent types for a name
    person = st.sampled_from(people)
    one = st.builds(lambda p, which: getattr(p, which[0])[:which[1]], person,
                    st.tuples(st.sampled_from(("first_key", "last_key")), st.integers(2, 12)))
    both = st.builds(lambda p, a, b, swap: " ".join(
        (p.first_key[:a], p.last_key[:b])[::-1 if swap else 1]),
        person, st.integers(1, 8), st.integers(2, 10), st.booleans())
    sounding = st.builds(lambda p: p.last_key.replace("ei", "ai").replace("y", "i")
                         .replace("ck", "k").replace("dt", "t"), person)
    return st.one_of(one, both, sounding)


def test_the_one_statement_ranks_as_the_plain_rules_say(live_server, people):
    engine = live_server.settings.engine

    @settings(max_examples=120, deadline=None, database=None,
              suppress_health_check=[HealthCheck.too_slow])
    @given(typed=_typed(people), limit=st.sampled_from((1, 3, 10, 25)))
    def check(typed: str, limit: int) -> None:
        try:
            query = classify_query(typed)
        except ValueError:
            return
        if query.kind is not QueryKind.NAME:
            return
        expected, how = reference(people, typed)
        with engine.connect() as conn:
            search = MemberSearch(conn, limit)
            hits = search.run(query)
        got = [h.row.id for h in hits]
        letters_or_sounds = [h.row.id for h in hits if h.matched_by != "similar"]
        assert letters_or_sounds == expected[:limit], typed
        assert {h.matched_by for h in hits} <= {how, "similar"}, typed
        if how == "name":
            assert search.truncated is (len(expected) > limit), typed
            assert got == expected[:limit]

    check()


def test_every_three_letters_of_a_name_rank_as_the_plain_rules_say(live_server, people):
    """Every distinct start of a first and last name: the rank of first-name prefixes (which
    the drawn texts rarely reach past the last names) and the cut at 100."""
    starts = sorted({p.first_key[:3] for p in people} | {p.last_key[:3] for p in people})
    with live_server.settings.engine.connect() as conn:
        for typed in starts:
            expected, _ = reference(people, typed)
            search = MemberSearch(conn, 100)
            assert [h.row.id for h in search.run(classify_query(typed))] == expected[:100], typed
            assert search.truncated is (len(expected) > 100), typed


@pytest.fixture(scope="module")
def keys(live_server) -> dict[str, str]:
    """One text of every kind of key, from the seeded rows."""
    m, b, t = db.members, db.bookings, db.tickets
    with live_server.settings.engine.connect() as conn:
        person = conn.execute(select(m).where(m.c.id == 17)).one()
        code, ticket = conn.execute(select(b.c.code, t.c.number)
                                    .join(t, t.c.booking_id == b.c.id).limit(1)).one()
    return {
        "member_number": demo_member_number(17),
        "member_number_prefix": demo_member_number(17)[:9],
        "ticket_number": ticket,
        "booking_code": code,
        "booking_code_or_name": "muller",
        "email": person.email,
        "email_prefix": person.email[:person.email.index("@") + 2],
        "phone": person.phone,
        "name": person.last_name[:3],
        "first and last name": f"{person.first_name} {person.last_name}",
        "sounds": "Majer",
        "nobody": "Qxz",  # too short for the typo step
    }


@pytest.mark.parametrize("kind", [
    "member_number", "member_number_prefix", "ticket_number", "booking_code",
    "booking_code_or_name", "email", "email_prefix", "phone", "name", "first and last name",
    "sounds", "nobody",
])
def test_every_search_on_the_keystroke_path_is_one_statement(live_server, keys, kind):
    """Only the fallbacks when a name's letters found nobody add statements: how it sounds
    (one), then typos (not for three letters)."""
    statements: list[str] = []
    with live_server.settings.engine.connect() as conn:
        @event.listens_for(conn, "before_cursor_execute")
        def count(_conn, _cursor, statement, *_):  # noqa: ANN001, ANN002
            if statement.lstrip().upper().startswith("SELECT"):  # not SQLite's BEGIN
                statements.append(statement)

        query = classify_query(keys[kind])
        hits = MemberSearch(conn, 25).run(query)
        assert bool(hits) is (kind != "nobody"), kind
    assert len(statements) == (2 if kind in ("sounds", "nobody") else 1), statements


def test_a_name_of_many_words_is_still_one_bounded_statement(live_server):
    """Each split of a name is a branch: the first MAX_NAME_WORDS words are searched, however
    many were typed (up to the query's 200 characters)."""
    from supportdesk.server.search import MAX_NAME_WORDS

    statements: list[str] = []
    with live_server.settings.engine.connect() as conn:
        @event.listens_for(conn, "before_cursor_execute")
        def count(_conn, _cursor, statement, *_):  # noqa: ANN001, ANN002
            if statement.lstrip().upper().startswith("SELECT"):
                statements.append(statement)

        many = " ".join(["an"] * 60)  # 179 characters
        MemberSearch(conn, 25).run(classify_query(many))
    branches = 2 * 2 * (MAX_NAME_WORDS - 1) + 1
    assert statements and statements[0].count(" UNION ALL ") == branches - 1
