"""Every check-then-act rule holds with several server processes on one database (issue 18):
two `supportdesk-server` instances with two worker processes each, every client's requests
sent alternately to both (a stand-in for the load balancer), each race started at a barrier.
On PostgreSQL the rules hold only because each action locks what its rule reads
(server/actions/locks.py); SQLite's single writer serialises them anyway. Counted, not timed:
0 violations."""

from __future__ import annotations

import itertools
import threading

import pytest
import requests
from sqlalchemy import func, insert, select, update

from supportdesk.domain.identifiers import demo_member_number, demo_pin_of
from supportdesk.server import audit, db
from supportdesk.server.db import make_engine

from ..helpers.awards import names
from ..helpers.http import API, at_once, auth, key
from ..helpers.servers import ServerProcess

pytestmark = pytest.mark.slow  # four server processes and a few hundred requests


class Balancer:
    """Sends each request to the next server in turn."""

    def __init__(self, urls: list[str]) -> None:
        self._next = itertools.cycle(urls)
        self._lock = threading.Lock()

    def url(self) -> str:
        with self._lock:
            return next(self._next)

    def post(self, token: str | None, path: str, body: dict) -> requests.Response:
        headers = {"Idempotency-Key": key()} | (auth(token) if token else {})
        return requests.post(f"{self.url()}{API}{path}", json=body, headers=headers,
                             timeout=60)

    def login(self, username: str, password: str = "demo") -> requests.Response:
        return requests.post(f"{self.url()}{API}/auth/login",
                             json={"username": username, "password": password}, timeout=60)


@pytest.fixture
def cluster(private_servers, tmp_path):  # noqa: ANN001, ANN201
    """Two servers × two worker processes over one copy of the seeded database; the engine
    the test reads it with."""
    database = private_servers.database()
    servers = [ServerProcess(database, tmp_path / f"server{n}.log", workers=2)
               for n in (1, 2)]
    try:
        for server in servers:
            server.wait_ready()
        engine = make_engine(database)
        if private_servers.engine_kind == "postgresql":
            audit.use_key(engine, audit.read_key(audit.default_key_path(engine)))
        yield Balancer([s.url for s in servers]), engine
        engine.dispose()
    finally:
        for server in servers:
            server.stop()


def balance(engine, member_number: str) -> int:  # noqa: ANN001
    with engine.connect() as conn:
        return int(conn.execute(
            select(func.coalesce(func.sum(db.ledger.c.miles), 0))
            .select_from(db.ledger.join(db.members, db.members.c.id == db.ledger.c.member_id))
            .where(db.members.c.member_number == member_number)).scalar_one())


def set_balance(engine, member_number: str, miles: int) -> None:  # noqa: ANN001
    """Bring the member's balance to `miles` with one correction entry (test set-up)."""
    now = balance(engine, member_number)
    with engine.begin() as conn:
        member_id = conn.execute(select(db.members.c.id).where(
            db.members.c.member_number == member_number)).scalar_one()
        conn.execute(insert(db.ledger).values(
            member_id=member_id, posted_at=db.iso(db.utcnow()), kind="credit",
            miles=miles - now, description="Correction: test set-up", channel="agent"))


def test_every_rule_holds_with_two_servers_of_two_processes(cluster):
    lb, engine = cluster
    violations: list[str] = []

    # 1. An agent's daily limit: eight credits of 4,000 at once, 20,000 a day on their own.
    token = lb.login("agent3").json()["token"]
    number = demo_member_number(1311)
    answers = at_once([lambda i=i: lb.post(token, "/credits", {
        "member_number": number, "miles": 4_000, "kind": "goodwill",
        "reason": f"Goodwill {i} at once"}) for i in range(8)])
    assert all(r.status_code == 201 for r in answers), [r.text for r in answers]
    applied = sum(r.json()["miles"] for r in answers if r.json()["status"] == "applied")
    if applied != 20_000:
        violations.append(f"daily limit: {applied} applied of 20,000")

    # 2. A pending credit approved and rejected at once: decided once, posted iff approved.
    agent = lb.login("agent4").json()["token"]
    bosses = [lb.login(f"super{i}").json()["token"] for i in (1, 2, 3)]
    for round_ in range(5):
        number = demo_member_number(1320 + round_)
        before = balance(engine, number)
        credit = lb.post(agent, "/credits", {"member_number": number, "miles": 9_000,
                                             "kind": "goodwill", "reason": "Big one"}).json()
        seen = {"member_number": number, "miles": 9_000, "note": "at once"}
        verbs = ("approve", "reject", "approve", "reject")
        answers = at_once([lambda b=bosses[i % 3], v=v: lb.post(
            b, f"/credits/{credit['id']}/{v}", seen) for i, v in enumerate(verbs)])
        won = [v for v, r in zip(verbs, answers) if r.status_code == 200]
        after = balance(engine, number)
        with engine.connect() as conn:
            status = conn.execute(select(db.credits.c.status).where(
                db.credits.c.id == credit["id"])).scalar_one()
        expected = before + 9_000 if won == ["approve"] else before
        if len(won) != 1 or after != expected or status != {
                "approve": "applied", "reject": "rejected"}.get(won[0] if won else ""):
            violations.append(f"decision {round_}: won {won}, status {status}, "
                              f"balance {before} → {after}")

    # 3. Award bookings at once never spend more miles than the member has.
    with engine.connect() as conn:
        seat = conn.execute(select(db.award_inventory).where(
            db.award_inventory.c.cabin == "Economy",
            db.award_inventory.c.departure_date > db.utcnow().date().isoformat())
            .order_by(db.award_inventory.c.id).limit(1)).one()
    with engine.begin() as conn:
        conn.execute(update(db.award_inventory).where(db.award_inventory.c.id == seat.id)
                     .values(seats=50))
    booker = lb.login("agent8").json()["token"]
    probe = demo_member_number(1330)
    set_balance(engine, probe, 1_000_000)
    first = lb.post(booker, "/awards", {"member_number": probe, "inventory_id": seat.id,
                                        "passengers": 1, "passenger_names": names(1)})
    assert first.status_code == 201, first.text
    price = first.json()["miles"]
    number = demo_member_number(1331)
    set_balance(engine, number, 2 * price + price // 2)
    answers = at_once([lambda: lb.post(booker, "/awards", {
        "member_number": number, "inventory_id": seat.id, "passengers": 1,
        "passenger_names": names(1)}) for _ in range(6)])
    booked = [r for r in answers if r.status_code == 201]
    left = balance(engine, number)
    if len(booked) != 2 or left != price // 2:
        violations.append(f"awards: {len(booked)} booked, balance left {left}")

    # 4. One request claimed by four agents at once: one owner.
    tokens = [lb.login(f"agent{i}").json()["token"] for i in (5, 6, 7, 9)]
    queue = requests.get(f"{lb.url()}{API}/requests", params={"assigned": "unassigned",
                                                              "limit": 10},
                         headers=auth(tokens[0]), timeout=30).json()["requests"]
    for item in queue[:5]:
        answers = at_once([lambda t=t: lb.post(t, f"/requests/{item['id']}/claim", {})
                           for t in tokens])
        if sorted(r.status_code for r in answers) != [200, 409, 409, 409]:
            violations.append(f"claim {item['id']}: {[r.status_code for r in answers]}")

    # 5. Ten wrong passwords at once: every one that was judged is counted (a lock after five
    #    resets the count), so the counter ends where a one-at-a-time run would leave it.
    answers = at_once([lambda: lb.login("agent11", "wrong") for _ in range(10)])
    judged = sum(r.status_code == 401 for r in answers)
    with engine.connect() as conn:
        row = conn.execute(select(db.agents.c.failed_logins, db.agents.c.locked_until).where(
            db.agents.c.username == "agent11")).one()
    if row.failed_logins != judged % 5 or (judged >= 5) != (row.locked_until is not None) \
            or lb.login("agent11").status_code != 429:
        violations.append(f"lockout: {judged} judged, counter {row.failed_logins}, "
                          f"locked until {row.locked_until}")

    # 6. Caller verification: five failed attempts on a member, never more, even at once.
    verifier = lb.login("agent12").json()["token"]
    number = demo_member_number(1340)
    answers = at_once([lambda: lb.post(verifier, f"/members/{number}/verify", {
        "method": "pin", "pin": "1111" if demo_pin_of(number) != "1111" else "2222"})
        for _ in range(9)])
    judged = [r for r in answers if r.status_code == 200]
    if len(judged) > 5 or any(r.json()["verified"] for r in judged):
        violations.append(f"verification: {len(judged)} attempts judged of at most 5")

    # 7. One write sent four times at once with one Idempotency-Key (a client's retries
    #    through the balancer): it applies once, and every answer is that one write's.
    token = lb.login("agent13").json()["token"]
    number = demo_member_number(1350)
    before = balance(engine, number)
    same, body = key(), {"member_number": number, "miles": 700, "kind": "goodwill",
                         "reason": "Retried at once"}
    answers = at_once([lambda: requests.post(
        f"{lb.url()}{API}/credits", json=body, timeout=60,
        headers=auth(token) | {"Idempotency-Key": same}) for _ in range(4)])
    ids = {r.json().get("id") for r in answers if r.status_code == 201}
    others = [r.status_code for r in answers if r.status_code != 201]
    if len(ids) != 1 or balance(engine, number) != before + 700 \
            or any(code != 409 for code in others):
        violations.append(f"idempotency: ids {ids}, others {others}, "
                          f"balance {before} → {balance(engine, number)}")

    # 8. The audit trail written by four processes at once: every chain verifies.
    report = audit.verify_trail(engine, full=True)
    if not report.intact or report.entries != report.total:
        violations.append(f"audit: {report.problems[:3]}, {report.entries}/{report.total}")

    assert violations == []
