"""The seeder's COPY text (made in its worker processes) reads back as the rows it came from,
whatever the text holds: tabs, new lines, backslashes, NULLs, non-Latin letters."""

from __future__ import annotations

import psycopg
from hypothesis import example, given, settings
from hypothesis import strategies as st

from supportdesk.server.seed import copy_text

TEXTS = st.one_of(st.none(), st.text(
    st.characters(blacklist_categories=("Cs",), blacklist_characters="\0"), max_size=30))
NUMBERS = st.one_of(st.none(), st.integers(-2**31, 2**31 - 1))


def test_copy_text_reads_back_as_written(postgres):
    name = postgres.create_database()
    try:
        with psycopg.connect(host="127.0.0.1", port=postgres.port, user="postgres",
                             dbname=name, autocommit=True) as conn:
            conn.execute("CREATE TABLE t (n INTEGER, a TEXT, b TEXT)")

            @settings(max_examples=60, deadline=None)
            @given(st.lists(st.tuples(NUMBERS, TEXTS, TEXTS), max_size=8))
            @example([(1, "a\tb\nc\\d\re", None), (None, "", "Łódź ✈ \\N")])
            @example([(1, "Müller", None), (2, "", "x")])  # plain: joined as it is
            @example([(None, "\\", None), (3, "N", "\\N")])  # a backslash beside NULLs
            def round_trip(rows):
                conn.execute("TRUNCATE t")
                with conn.cursor() as cur, cur.copy("COPY t (n, a, b) FROM STDIN") as copy:
                    copy.write(copy_text(rows))
                back = conn.execute("SELECT n, a, b FROM t ORDER BY ctid").fetchall()
                assert back == [tuple(r) for r in rows]

            round_trip()
    finally:
        postgres.drop_database(name)
