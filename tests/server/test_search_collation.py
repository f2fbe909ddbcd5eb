"""Prefix search is exact whatever the database's language collation (issue 18): on
PostgreSQL every text column compares in byte order (migration 10), so the ranges the search
uses ([prefix, prefix + U+10FFFF), a member number's digits, a time window) hold under
de_DE.utf8 too — where glibc ignores U+10FFFF and "schm" used to find nobody."""

from __future__ import annotations

from sqlalchemy import text

from supportdesk.server import audit
from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer
from supportdesk.server.seed import seed_demo

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import login, search
from ..helpers.servers import POSTGRES_AUDIT_KEY

QUERIES = ("schm", "Schmidt", "müll", "mueller", "o'b", "de v", "992 0000 0000 01",
           "992 0000 0001", "anna", "lehmann, j")


def _found(server: EmbeddedServer, token: str, query: str) -> list[str]:
    r = search(server.url, token, query, limit=25)
    assert r.status_code == 200, r.text
    return [hit["member_number"] for hit in r.json()["results"]]


def test_prefix_search_finds_the_same_under_a_german_collation(postgres, seeded_postgres,
                                                               tmp_path):
    name = postgres.create_database(collation="de_DE.utf8")
    engine = make_engine(postgres.url(name))
    with engine.connect() as conn:
        assert conn.execute(text("SELECT datcollate FROM pg_database WHERE datname = "
                                 "current_database()")).scalar_one() == "de_DE.utf8"
    audit.use_key(engine, POSTGRES_AUDIT_KEY)
    seed_demo(engine, members=TEST_MEMBERS, seed=1)
    servers = [EmbeddedServer(Settings(engine=e, demo=True, audit_key=POSTGRES_AUDIT_KEY,
                                       audit_checkpoints=tmp_path / f"{n}.checkpoints"))
               for n, e in (("german", engine),
                            ("bytes", make_engine(seeded_postgres.copy())))]
    try:
        german, plain = (server.start() for server in servers)
        tokens = [login(server.url, "agent2") for server in servers]
        found = {q: (_found(german, tokens[0], q), _found(plain, tokens[1], q))
                 for q in QUERIES}
    finally:
        for server in servers:
            server.stop()
    assert {q: a for q, (a, b) in found.items() if a != b} == {}
    empty = [q for q, (a, _) in found.items() if not a]
    assert empty == [], f"the demo data has members for every query: {empty}"


def test_every_text_column_compares_in_byte_order(seeded_postgres):
    """A later migration that adds a text column without COLLATE "C" would bring the bug
    back for its ranges: migration 10's rule holds for the whole schema."""
    from supportdesk.server.migrations.v0010_byte_order import _COLUMNS

    engine = make_engine(seeded_postgres.cluster.url(seeded_postgres.template))
    try:
        with engine.connect() as conn:
            left = conn.exec_driver_sql(_COLUMNS).all()
            texts = conn.exec_driver_sql(
                "SELECT count(*) FROM information_schema.columns WHERE table_schema = "
                "current_schema() AND data_type IN ('character varying', 'text')").scalar_one()
    finally:
        engine.dispose()
    assert left == [] and texts > 50
