"""Miles credits, four-eyes approval, idempotency and reversals over real HTTP."""

from __future__ import annotations

import datetime as dt
import json
import threading

import pytest
import requests
from sqlalchemy import event, func, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.http import API, auth, key, login, post
from ..helpers.ledger import balance, goodwill


def ledger_count(live_server, **where) -> int:
    with live_server.settings.engine.connect() as conn:
        stmt = select(func.count()).select_from(db.ledger)
        for column, value in where.items():
            stmt = stmt.where(getattr(db.ledger.c, column) == value)
        return conn.execute(stmt).scalar_one()


def test_small_credit_applies_at_once(live_server):
    token = login(live_server.url, "agent14")
    number = demo_member_number(501)
    before = balance(live_server, number)
    r = post(live_server, token, "/credits", goodwill(number, 1500))
    assert r.status_code == 201, r.text
    assert r.json()["status"] == "applied" and r.json()["member_number"] == number
    assert balance(live_server, number) == before + 1500


def test_large_credit_waits_for_a_different_supervisor(live_server):
    agent = login(live_server.url, "agent15")
    supervisor = login(live_server.url, "super1")
    number = demo_member_number(502)
    before = balance(live_server, number)
    r = post(live_server, agent, "/credits", goodwill(number, 40_000, "Missed connection"))
    assert r.status_code == 201 and r.json()["status"] == "pending"
    assert "5,000" in r.json()["pending_reason"]
    credit = r.json()["id"]
    assert balance(live_server, number) == before
    # An agent cannot approve, not even someone else's credit.
    other = login(live_server.url, "agent16")
    seen = {"member_number": number, "miles": 40_000}  # what the supervisor saw
    assert post(live_server, other, f"/credits/{credit}/approve", seen).status_code == 403
    inbox = requests.get(f"{live_server.url}{API}/credits", params={"status": "pending"},
                         headers=auth(supervisor), timeout=10).json()["credits"]
    assert credit in [c["id"] for c in inbox]
    approve_key = key()
    r = post(live_server, supervisor, f"/credits/{credit}/approve", {**seen, "note": "ok"},
             approve_key)
    assert r.status_code == 200 and r.json()["status"] == "applied"
    assert r.json()["decided_by"]["name"] == "Supervisor 1"
    assert balance(live_server, number) == before + 40_000
    # The same approval replayed answers the same; a new approval is refused; applied once.
    again = post(live_server, supervisor, f"/credits/{credit}/approve", {**seen, "note": "ok"},
                 approve_key)
    assert again.status_code == 200 and again.headers["Idempotency-Replayed"] == "true"
    second = login(live_server.url, "super2")
    r = post(live_server, second, f"/credits/{credit}/approve", seen)
    assert r.status_code == 409 and "already applied by Supervisor 1" in r.json()["detail"]
    assert balance(live_server, number) == before + 40_000


def test_the_pending_list_shows_what_a_supervisor_signs_off_in_one_query(live_server):
    """Each pending credit carries its member's name (contact data stays out), tier and
    balance now, its requester's name and user name, and its kind, reason and reference,
    read with one query whatever the number of credits (no read per credit)."""
    agent, boss = login(live_server.url, "agent15"), login(live_server.url, "super1")
    number = demo_member_number(510)
    body = {**goodwill(number, 25_000, "Missed connection in MUC"), "reference": "LH2020"}
    credit = post(live_server, agent, "/credits", body).json()["id"]
    for index, who in ((511, "agent16"), (512, "agent14")):  # more credits, still one query
        post(live_server, login(live_server.url, who), "/credits",
             goodwill(demo_member_number(index), 30_000))
    engine = live_server.settings.engine
    with engine.connect() as conn:
        member = conn.execute(select(db.members).where(
            db.members.c.member_number == number)).one()
        agent_id = conn.execute(select(db.agents.c.id).where(
            db.agents.c.username == "agent15")).scalar_one()
    statements: list[str] = []

    def seen(_conn, _cursor, statement, *_args) -> None:  # noqa: ANN001
        if "credits" in statement:
            statements.append(statement)

    event.listen(engine, "before_cursor_execute", seen)
    try:
        r = requests.get(f"{live_server.url}{API}/credits", params={"status": "pending",
                                                                    "limit": 500},
                         headers={**auth(boss), "X-Request-ID": "pending-list-510"},
                         timeout=10)
    finally:
        event.remove(engine, "before_cursor_execute", seen)
    assert r.status_code == 200, r.text
    listed = r.json()["credits"]
    assert len(listed) >= 3 and len(statements) == 1, statements
    with engine.connect() as conn:  # whose names and balances the supervisor read: audited
        (read,) = conn.execute(select(db.audit).where(
            db.audit.c.request_id == "pending-list-510")).all()
    assert read.action == "credits_listed"
    assert {number, demo_member_number(511)} <= set(json.loads(read.detail)["members"])
    item = next(c for c in listed if c["id"] == credit)
    assert item["member_number"] == number
    assert item["member_name"] == f"{member.first_name} {member.last_name}"
    assert item["member_tier"] == member.tier
    assert item["member_balance"] == balance(live_server, number)  # pending: not in it yet
    assert item["requested_by"] == {"id": agent_id, "name": "Agent 15", "username": "agent15"}
    assert (item["miles"], item["kind"], item["reason"], item["reference"], item["status"]) \
        == (25_000, "goodwill", "Missed connection in MUC", "LH2020", "pending")
    for private in (member.email, member.phone, member.street, member.birth_date):
        assert private not in r.text


def test_nobody_approves_their_own_credit(live_server):
    supervisor = login(live_server.url, "super2")
    number = demo_member_number(503)
    r = post(live_server, supervisor, "/credits", goodwill(number, 12_000))
    assert r.json()["status"] == "pending"
    seen = {"member_number": number, "miles": 12_000}
    r2 = post(live_server, supervisor, f"/credits/{r.json()['id']}/approve", seen)
    assert r2.status_code == 403 and "own credit" in r2.json()["detail"]
    r3 = post(live_server, login(live_server.url, "super3"), f"/credits/{r.json()['id']}/approve",
              seen)
    assert r3.status_code == 200


def test_small_credits_adding_up_above_the_daily_limit_are_caught(live_server):
    token = login(live_server.url, "agent17")
    number = demo_member_number(504)
    statuses = [post(live_server, token, "/credits", goodwill(number, 4_500)).json()["status"]
                for _ in range(5)]
    # 4 × 4,500 = 18,000 fits the 20,000 daily limit; the fifth would make 22,500.
    assert statuses == ["applied"] * 4 + ["pending"]


def test_same_key_a_hundred_times_concurrently_applies_once(live_server):
    token = login(live_server.url, "agent14")
    number = demo_member_number(505)
    before = balance(live_server, number)
    shared = key()
    answers: list[requests.Response] = []
    lock = threading.Lock()
    start = threading.Barrier(20)

    def send(n: int) -> None:
        session = requests.Session()
        start.wait()
        for _ in range(n):
            r = session.post(f"{live_server.url}{API}/credits", json=goodwill(number, 111),
                             headers={**auth(token), "Idempotency-Key": shared}, timeout=30)
            with lock:
                answers.append(r)

    threads = [threading.Thread(target=send, args=(5,)) for _ in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(60)
    assert len(answers) == 100
    assert {r.status_code for r in answers} == {201}
    assert len({r.json()["id"] for r in answers}) == 1
    assert ledger_count(live_server, operation_id=shared) == 1
    assert balance(live_server, number) == before + 111


def test_key_reused_with_another_body_is_refused_and_missing_key_is_400(live_server):
    token = login(live_server.url, "agent14")
    number = demo_member_number(506)
    shared = key()
    assert post(live_server, token, "/credits", goodwill(number, 100), shared).status_code == 201
    r = post(live_server, token, "/credits", goodwill(number, 101), shared)
    assert r.status_code == 422 and "different request" in r.json()["detail"]
    r = post(live_server, token, "/credits", goodwill(number, 100), idem=None)
    assert r.status_code == 400 and "Idempotency-Key" in r.json()["detail"]
    r = post(live_server, token, "/credits", goodwill(number, 100), "short")
    assert r.status_code == 400


@pytest.mark.parametrize(
    ("body", "field"),
    [
        ({"miles": 0}, "miles"),
        ({"miles": -500}, "miles"),
        ({"miles": 1_000_001}, "miles"),
        ({"miles": "lots"}, "miles"),
        ({"kind": "gift"}, "kind"),
        ({"reason": ""}, "reason"),
        ({"reason": "ok\x00"}, "reason"),
        ({"member_number": "992000000000019"}, "member_number"),
        ({"kind": "goodwill", "miles": None}, "miles"),
    ],
)
def test_bad_credits_get_field_errors(live_server, body, field):
    token = login(live_server.url, "agent14")
    payload = {**goodwill(demo_member_number(507), 100), **body}
    r = post(live_server, token, "/credits", payload)
    assert r.status_code == 422, r.text
    assert r.headers["Content-Type"] == "application/problem+json"
    assert any(e["field"].startswith(field) for e in r.json()["errors"]), r.json()


def test_closed_account_cannot_be_credited(live_server):
    with live_server.settings.engine.connect() as conn:
        number = conn.execute(select(db.members.c.member_number)
                              .where(db.members.c.status == "closed").limit(1)).scalar_one()
    r = post(live_server, login(live_server.url, "agent14"), "/credits", goodwill(number, 100))
    assert r.status_code == 422 and "closed" in r.json()["detail"]


def test_approving_applied_or_rejected_credits_is_refused(live_server):
    agent = login(live_server.url, "agent16")
    boss = login(live_server.url, "super3")
    number = demo_member_number(508)
    pending = post(live_server, agent, "/credits", goodwill(number, 9_000)).json()["id"]
    seen = {"member_number": number, "miles": 9_000}
    r = post(live_server, boss, f"/credits/{pending}/reject", {**seen, "note": "No reason on file"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"
    r = post(live_server, boss, f"/credits/{pending}/approve", seen)
    assert r.status_code == 409 and "already rejected" in r.json()["detail"]
    assert post(live_server, boss, "/credits/99999999/approve", seen).status_code == 404
    assert post(live_server, boss, f"/credits/{pending}/reject",
                {**seen, "note": ""}).status_code == 422
    assert post(live_server, boss, f"/credits/{pending}/approve", {}).status_code == 422


def test_retro_claim_uses_the_calculator_and_refuses_old_or_repeated_claims(live_server):
    token = login(live_server.url, "agent20")
    number = demo_member_number(509)
    recent = (dt.date.today() - dt.timedelta(days=20)).isoformat()
    flight = {"ticket_number": "2209999999901", "flight_number": "LH400",
              "flight_date": recent, "booking_class": "M", "origin": "FRA",
              "destination": "JFK"}
    body = {"member_number": number, "kind": "retro_claim", "reason": "Card not presented",
            "flight": flight}
    r = post(live_server, token, "/credits", body)
    assert r.status_code == 201, r.text
    # FRA–JFK, class M (75 %), Base tier: about 0.75 × 3,845 miles.
    assert 2_700 < r.json()["miles"] < 3_000
    r = post(live_server, token, "/credits", body)
    assert r.status_code == 409 and "already claimed" in r.json()["detail"]
    old = {**flight, "flight_date": (dt.date.today() - dt.timedelta(days=200)).isoformat()}
    r = post(live_server, token, "/credits", {**body, "flight": old})
    assert r.status_code == 422 and "6 months" in r.json()["detail"]
    bad = {**flight, "origin": "XXX", "flight_date": recent, "ticket_number": "2209999999902"}
    r = post(live_server, token, "/credits", {**body, "flight": bad})
    assert r.status_code == 422 and r.json()["errors"][0]["field"].startswith("flight")
    for ticket in ("220999999990", "22099999999011"):
        r = post(live_server, token, "/credits", {**body, "flight": {**flight,
                                                                     "ticket_number": ticket}})
        assert r.status_code == 422 and "13 digits" in r.json()["detail"]


def test_reversing_a_donation_restores_the_miles_once(live_server):
    with live_server.settings.engine.connect() as conn:
        entry = conn.execute(select(db.ledger.c.id, db.ledger.c.miles, db.members.c.member_number)
                             .join(db.members, db.members.c.id == db.ledger.c.member_id)
                             .where(db.ledger.c.kind == "donation").limit(1)).one()
    boss = login(live_server.url, "super1")
    before = balance(live_server, entry.member_number)
    number = entry.member_number
    assert post(live_server, login(live_server.url, "agent14"),
                f"/transactions/{entry.id}/reversal",
                {"member_number": number, "reason": "x" * 5}).status_code == 403
    # The reversal names the member: an entry of someone else is not found, not reversed.
    other = demo_member_number(1) if number != demo_member_number(1) else demo_member_number(2)
    r = post(live_server, boss, f"/transactions/{entry.id}/reversal",
             {"member_number": other, "reason": "Wrong member on screen"})
    assert r.status_code == 404 and "nothing was reversed" in r.json()["detail"]
    assert balance(live_server, number) == before
    r = post(live_server, boss, f"/transactions/{entry.id}/reversal",
             {"member_number": number,
              "reason": "Donation made from a session that was not the member's"})
    assert r.status_code == 201, r.text
    reversal = r.json()["id"]
    assert r.json()["member_number"] == entry.member_number
    assert balance(live_server, entry.member_number) == before - entry.miles > before
    r = post(live_server, boss, f"/transactions/{entry.id}/reversal",
             {"member_number": number, "reason": "again"})
    assert r.status_code == 409 and "already reversed" in r.json()["detail"]
    r = post(live_server, boss, f"/transactions/{reversal}/reversal",
             {"member_number": number, "reason": "undo"})
    assert r.status_code == 422 and "cannot itself be reversed" in r.json()["detail"]
    assert post(live_server, boss, "/transactions/999999999/reversal",
                {"member_number": number, "reason": "none"}).status_code == 404
    assert ledger_count(live_server, reverses_id=entry.id) == 1
