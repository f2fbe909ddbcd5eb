"""The audit chain under concurrent reads and writes, and the bearer-token cache."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import audit, db, revocations
from supportdesk.server.auth import Agent
from supportdesk.server.passwords import token_hash
from supportdesk.server.token_cache import TokenCache

from ..helpers.http import API, auth, login


def test_concurrent_reads_and_sign_ins_keep_one_intact_audit_chain(live_server):
    """Reads append through the driver's cursor, writes through SQLAlchemy: one chain."""
    run = uuid.uuid4().hex[:8]
    token = login(live_server.url, "agent6")

    def read(i: int) -> int:
        with requests.Session() as session:
            session.headers.update(auth(token))
            for j in range(10):
                rid = f"audit-{run}-{i}-{j}"
                if j % 2:
                    url = f"{live_server.url}{API}/members/{demo_member_number(1 + i * 10 + j)}"
                    params = None
                else:
                    url, params = f"{live_server.url}{API}/members", {"q": "schm"}
                r = session.get(url, params=params, headers={"X-Request-ID": rid}, timeout=30)
                assert r.status_code == 200, r.text
        return 10

    def sign_in(i: int) -> int:
        login(live_server.url, f"agent{7 + i}")  # each login appends inside its transaction
        return 0

    with ThreadPoolExecutor(8) as pool:
        reads = sum(pool.map(read, range(6))) + sum(pool.map(sign_in, range(4)))

    with live_server.settings.engine.connect() as conn:
        audited = conn.execute(select(func.count()).select_from(db.audit).where(
            db.audit.c.request_id.like(f"audit-{run}-%"))).scalar_one()
    assert audited == reads == 60
    intact, count, broken = audit.verify(live_server.settings.engine)
    assert intact and broken is None and count >= audited


def _agent() -> Agent:
    return Agent(1, "agent1", "Agent One", "agent", 5000, 20000)


def _in(seconds: float) -> str:
    return db.iso(db.utcnow() + dt.timedelta(seconds=seconds))


@pytest.fixture
def engine(tmp_path):
    engine = db.make_engine(tmp_path / "tokens.sqlite")
    db.create_schema(engine)
    with engine.begin() as conn:  # the agent whose tokens are revoked below
        conn.execute(db.agents.insert().values(
            id=1, username="agent1", name="Agent One", role="agent", password_hash="-",
            per_credit_limit=5000, daily_limit=20000, active=1, failed_logins=0))
    yield engine
    engine.dispose()


def _cache(engine, ttl: float, fresh_for: float = 60) -> TokenCache:
    cache = TokenCache(engine, ttl, fresh_for=fresh_for)
    cache.refresh()
    return cache


def test_token_cache_trusts_an_entry_for_its_ttl_only(engine):
    # A ttl far longer and one far shorter than the sleep: a slow machine only sleeps longer.
    kept, expiring = _cache(engine, ttl=60), _cache(engine, ttl=0.05)
    for cache in (kept, expiring):
        cache.put("k", _agent(), _in(3600), cache.mark())
    time.sleep(0.1)
    assert kept.get("k") == _agent()
    assert expiring.get("k") is None


def test_token_cache_never_outlives_the_token_and_evicts_on_sign_out(engine):
    cache = _cache(engine, ttl=60)
    cache.put("short", _agent(), _in(0.1), cache.mark())
    cache.put("long", _agent(), _in(3600), cache.mark())
    time.sleep(0.15)
    assert cache.get("short") is None
    assert cache.get("long") is not None
    cache.evict("long")
    assert cache.get("long") is None


def test_token_cache_with_ttl_zero_is_off(engine):
    cache = _cache(engine, ttl=0)
    cache.put("k", _agent(), _in(3600), cache.mark())
    assert cache.get("k") is None


def test_token_cache_answers_only_while_the_revocations_were_read_recently(engine):
    cache = _cache(engine, ttl=60, fresh_for=0.05)
    cache.put("k", _agent(), _in(3600), cache.mark())
    assert cache.get("k") == _agent()
    time.sleep(0.1)
    assert cache.get("k") is None  # not read for too long: ask the database (or read them)
    cache.refresh()
    assert cache.get("k") == _agent()


def test_token_cache_evicts_what_the_revocations_name_and_never_caches_past_one(engine):
    cache = _cache(engine, ttl=60, fresh_for=0)  # every refresh reads
    other = Agent(2, "agent2", "Agent Two", "agent", 5000, 20000)
    for key, agent in (("one", _agent()), ("two", _agent()), ("three", other)):
        cache.put(key, agent, _in(3600), cache.mark())
    cache.fresh_for = 60
    assert cache.get("one") == _agent()
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        revocations.revoke_token(conn, "one")  # a sign-out in another process
    cache.fresh_for = 0
    cache.refresh()
    cache.fresh_for = 60
    assert cache.get("one") is None and cache.get("two") == _agent()
    # A token checked before a revocation was read in is not cached: it may be the one.
    mark = cache.mark()
    with engine.connect().execution_options(immediate=True) as conn, conn.begin():
        revocations.revoke_agent(conn, 1)  # agent 1 disabled, say
    cache.fresh_for = 0
    cache.refresh()
    cache.fresh_for = 60
    cache.put("four", _agent(), _in(3600), mark)
    assert cache.get("two") is None and cache.get("four") is None
    assert cache.get("three") == other


@pytest.fixture
def long_recheck(live_server):
    cache = live_server.settings.token_cache
    before, cache.ttl = cache.ttl, 3600.0
    yield cache
    cache.ttl = before


def test_a_revocation_by_another_server_process_holds_within_the_fresh_time(
        live_server, long_recheck):
    """However long the cache keeps a token, a revocation written by another process (only
    the database knows it) holds here once the revocations are read again."""
    token = login(live_server.url, "agent6")
    me = f"{live_server.url}{API}/auth/me"
    assert requests.get(me, headers=auth(token), timeout=10).status_code == 200
    with live_server.settings.engine.connect().execution_options(immediate=True) as conn, \
            conn.begin():
        revocations.revoke_token(conn, token_hash(token))
    time.sleep(revocations.FRESH_SECONDS + 0.05)  # a slow machine only sleeps longer
    r = requests.get(me, headers=auth(token), timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "signed-out"
