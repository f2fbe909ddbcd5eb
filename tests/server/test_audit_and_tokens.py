"""The audit chain under concurrent reads and writes, and the bearer-token cache."""

from __future__ import annotations

import datetime as dt
import time
import uuid
from concurrent.futures import ThreadPoolExecutor

import pytest
import requests
from sqlalchemy import func, select, update

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import audit, db
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


def test_token_cache_trusts_an_entry_for_its_ttl_only():
    # A ttl far longer and one far shorter than the sleep: a slow machine only sleeps longer.
    kept, expiring = TokenCache(ttl=60), TokenCache(ttl=0.05)
    for cache in (kept, expiring):
        cache.put("k", _agent(), _in(3600))
    time.sleep(0.1)
    assert kept.get("k") == _agent()
    assert expiring.get("k") is None


def test_token_cache_never_outlives_the_token_and_evicts_on_sign_out():
    cache = TokenCache(ttl=60)
    cache.put("short", _agent(), _in(0.1))
    cache.put("long", _agent(), _in(3600))
    time.sleep(0.15)
    assert cache.get("short") is None
    assert cache.get("long") is not None
    cache.evict("long")
    assert cache.get("long") is None


def test_token_cache_with_ttl_zero_is_off():
    cache = TokenCache(ttl=0)
    cache.put("k", _agent(), _in(3600))
    assert cache.get("k") is None


@pytest.fixture
def short_recheck(live_server):
    cache = live_server.settings.token_cache
    before, cache.ttl = cache.ttl, 0.3
    yield cache
    cache.ttl = before


def test_a_revocation_by_another_server_process_holds_within_the_recheck_time(
        live_server, short_recheck):
    token = login(live_server.url, "agent6")
    me = f"{live_server.url}{API}/auth/me"
    assert requests.get(me, headers=auth(token), timeout=10).status_code == 200
    # Another worker process signed this token out: only the database knows.
    with live_server.settings.engine.begin() as conn:
        conn.execute(update(db.tokens).where(db.tokens.c.token_hash == token_hash(token))
                     .values(revoked_at=db.iso(db.utcnow())))
    time.sleep(0.3 + 0.05)  # past the recheck time (a slow machine only sleeps longer)
    r = requests.get(me, headers=auth(token), timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "signed-out"
