"""The /api/v1 contract over real HTTP: headers, auth, problem+json, member scoping."""

from __future__ import annotations

import requests

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.http import API, auth, login


def test_health_needs_no_auth_and_lists_capabilities(live_server):
    r = requests.get(f"{live_server.url}{API}/health", timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["status"] == "ok"
    assert body["demo"] is True
    assert {"members", "awards", "credits", "profile"} <= set(body["capabilities"])
    assert r.headers["Cache-Control"] == "no-store"


def test_openapi_document_is_served(live_server):
    r = requests.get(f"{live_server.url}{API}/openapi.json", timeout=10)
    assert r.status_code == 200
    paths = r.json()["paths"]
    for path in ("/api/v1/health", "/api/v1/auth/login", "/api/v1/auth/logout",
                 "/api/v1/auth/me", "/api/v1/members", "/api/v1/members/{number}",
                 "/api/v1/members/{number}/transactions"):
        assert path in paths


def test_login_answers_token_expiry_and_agent_with_limits(live_server):
    r = requests.post(f"{live_server.url}{API}/auth/login",
                      json={"username": "super1", "password": "demo"}, timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert len(body["token"]) >= 32
    assert body["expires_at"].endswith("Z")
    agent = body["agent"]
    assert agent["username"] == "super1" and agent["role"] == "supervisor"
    assert agent["limits"] == {"per_credit_miles": 5000, "daily_miles": 20000}
    me = requests.get(f"{live_server.url}{API}/auth/me", headers=auth(body["token"]), timeout=10)
    assert me.json() == agent


def test_wrong_password_is_a_problem_not_a_hint(live_server):
    for username in ("agent2", "nobody"):
        r = requests.post(f"{live_server.url}{API}/auth/login",
                          json={"username": username, "password": "wrong"}, timeout=10)
        assert r.status_code == 401
        assert r.headers["Content-Type"] == "application/problem+json"
        # Same answer for an unknown user and a wrong password: no user enumeration.
        assert r.json()["detail"] == "Wrong user name or password."


def test_repeated_wrong_passwords_lock_the_account_for_a_while(live_server):
    for _ in range(5):
        requests.post(f"{live_server.url}{API}/auth/login",
                      json={"username": "agent19", "password": "nope"}, timeout=10)
    r = requests.post(f"{live_server.url}{API}/auth/login",
                      json={"username": "agent19", "password": "demo"}, timeout=10)
    assert r.status_code == 429
    assert int(r.headers["Retry-After"]) > 0
    assert "try again" in r.json()["detail"]


def test_every_response_has_request_id_and_no_store(live_server):
    token = login(live_server.url)
    number = demo_member_number(7)
    for path, headers in (
        (f"{API}/members/{number}", auth(token)),
        (f"{API}/members?q=schmidt", auth(token)),
        (f"{API}/members/{number}", {}),
        (f"{API}/nowhere", {}),
    ):
        r = requests.get(f"{live_server.url}{path}", headers={**headers,
                                                              "X-Request-ID": "abc-123"},
                         timeout=10)
        assert r.headers["X-Request-ID"] == "abc-123"
        assert r.headers["Cache-Control"] == "no-store"
    # A request id that could inject headers or logs is replaced, not echoed.
    r = requests.get(f"{live_server.url}{API}/health", headers={"X-Request-ID": "a b\tc"},
                     timeout=10)
    assert r.headers["X-Request-ID"] != "a b\tc" and len(r.headers["X-Request-ID"]) == 32


def test_401_for_missing_malformed_unknown_and_signed_out_tokens(live_server):
    url = f"{live_server.url}{API}/members/{demo_member_number(1)}"
    cases = [
        {},
        {"Authorization": "Basic Zm9vOmJhcg=="},
        {"Authorization": "Bearer"},
        {"Authorization": "Bearer " + "x" * 5000},
        {"Authorization": "Bearer not-a-real-token"},
    ]
    for headers in cases:
        r = requests.get(url, headers=headers, timeout=10)
        assert r.status_code == 401, headers
        assert r.headers["Content-Type"] == "application/problem+json"
        assert r.headers["WWW-Authenticate"].startswith("Bearer")
        assert r.json()["detail"]
    token = login(live_server.url, "agent3")
    assert requests.get(url, headers=auth(token), timeout=10).status_code == 200
    assert requests.post(f"{live_server.url}{API}/auth/logout", headers=auth(token),
                         timeout=10).status_code == 204
    r = requests.get(url, headers=auth(token), timeout=10)
    assert r.status_code == 401 and r.json()["code"] == "signed-out"


def test_expired_token_is_refused(live_server):
    from sqlalchemy import update

    from supportdesk.server import db
    from supportdesk.server.passwords import token_hash

    token = login(live_server.url, "agent4")
    with live_server.settings.engine.begin() as conn:
        conn.execute(update(db.tokens).where(db.tokens.c.token_hash == token_hash(token))
                     .values(expires_at="2000-01-01T00:00:00.000000Z"))
    r = requests.get(f"{live_server.url}{API}/auth/me", headers=auth(token), timeout=10)
    assert r.status_code == 401
    assert r.json()["code"] == "token-expired"
    assert "expired" in r.json()["detail"]


def test_member_account_is_masked_and_names_its_member(live_server):
    token = login(live_server.url)
    number = demo_member_number(1)
    r = requests.get(f"{live_server.url}{API}/members/{number}", headers=auth(token), timeout=10)
    assert r.status_code == 200
    body = r.json()
    assert body["member_number"] == number == "992000000000018"
    assert "•" in body["email_masked"] and "@" in body["email_masked"]
    assert "•" in body["phone_masked"]
    assert body["birth_date_masked"].count("•") == 8
    assert "email" not in body and "phone" not in body and "birth_date" not in body
    assert isinstance(body["miles_balance"], int)


def test_spaces_in_member_number_are_accepted(live_server):
    token = login(live_server.url)
    r = requests.get(f"{live_server.url}{API}/members/992 0000 0000 0018", headers=auth(token),
                     timeout=10)
    assert r.status_code == 200 and r.json()["member_number"] == "992000000000018"


def test_balance_is_the_sum_of_the_ledger_and_pages_cover_it_once(live_server):
    token = login(live_server.url)
    # Find a member with a long enough ledger to need several pages of 5.
    number = None
    for index in range(1, 200):
        n = demo_member_number(index)
        page = requests.get(f"{live_server.url}{API}/members/{n}/transactions?limit=5",
                            headers=auth(token), timeout=10).json()
        if page["total"] >= 12:
            number = n
            break
    assert number, "no demo member with 12+ ledger entries among the first 200"
    seen, before = [], None
    while True:
        params = {"limit": 5} | ({"before": before} if before else {})
        page = requests.get(f"{live_server.url}{API}/members/{number}/transactions",
                            params=params, headers=auth(token), timeout=10).json()
        assert page["member_number"] == number
        seen += page["entries"]
        before = page["next_before"]
        if before is None:
            break
    assert len(seen) == page["total"]
    assert len({e["id"] for e in seen}) == len(seen)
    assert [e["id"] for e in seen] == sorted((e["id"] for e in seen), reverse=True)
    account = requests.get(f"{live_server.url}{API}/members/{number}", headers=auth(token),
                           timeout=10).json()
    assert account["miles_balance"] == sum(e["miles"] for e in seen)


def test_reads_are_audited_in_an_intact_hash_chain(live_server):
    from sqlalchemy import select

    from supportdesk.server import audit, db

    token = login(live_server.url, "agent5")
    number = demo_member_number(42)
    requests.get(f"{live_server.url}{API}/members/{number}", headers=auth(token), timeout=10)
    with live_server.settings.engine.connect() as conn:
        rows = conn.execute(select(db.audit).where(db.audit.c.member_number == number)).all()
    assert any(r.action == "member_read" for r in rows)
    intact, count, broken = audit.verify(live_server.settings.engine)
    assert intact and broken is None and count > 0


def test_seeding_leaves_every_declared_index_in_place(seeded_db):
    import sqlite3

    from supportdesk.server import db

    declared = {ix.name for table in db.metadata.tables.values() for ix in table.indexes}
    with sqlite3.connect(seeded_db) as conn:
        present = {row[0] for row in conn.execute(
            "SELECT name FROM sqlite_master WHERE type = 'index'")}
    assert declared - present == set()
