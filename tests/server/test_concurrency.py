"""Twenty agents at once never receive an answer about a member they did not ask for; and
writes at once never break a rule that reads before it writes (limits, approvals, claims)."""

from __future__ import annotations

import random
import threading

import pytest
import requests

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import API, at_once, auth, login, post
from ..helpers.ledger import balance, goodwill


@pytest.mark.slow
def test_twenty_concurrent_agents_only_see_what_they_asked_for(live_server):
    tokens = [login(live_server.url, f"agent{i}") for i in range(1, 21)]
    mismatches: list[str] = []
    errors: list[str] = []
    counts = [0] * 20
    start = threading.Barrier(20)

    def work(slot: int) -> None:
        rnd = random.Random(slot)
        session = requests.Session()
        session.headers.update(auth(tokens[slot]))
        start.wait()
        for _ in range(40):
            number = demo_member_number(rnd.randrange(1, TEST_MEMBERS + 1))
            path = rnd.choice(("", "/transactions?limit=20"))
            r = session.get(f"{live_server.url}{API}/members/{number}{path}", timeout=30)
            if r.status_code != 200:
                errors.append(f"{slot}: {r.status_code} {r.text[:100]}")
                continue
            if r.json()["member_number"] != number:
                mismatches.append(f"agent{slot + 1} asked {number} got {r.json()['member_number']}")
            counts[slot] += 1
            q = session.get(f"{live_server.url}{API}/members", params={"q": number}, timeout=30)
            if [x["member_number"] for x in q.json()["results"]] != [number]:
                mismatches.append(f"agent{slot + 1} searched {number}")

    threads = [threading.Thread(target=work, args=(i,)) for i in range(20)]
    for t in threads:
        t.start()
    for t in threads:
        t.join(120)
    assert not errors, errors[:5]
    assert not mismatches, mismatches[:5]
    assert sum(counts) == 20 * 40


# Check-then-act rules under concurrent writes: each action locks what its rule reads
# (server/actions/), so these hold on any database, not only on SQLite's single writer.

def test_no_agent_goes_over_the_daily_limit_with_creditsat_once(private_servers):
    server = private_servers.start()
    token = login(server.url, "agent3")
    number = demo_member_number(1301)
    bodies = [goodwill(number, 4_000, f"Goodwill {i} at once") for i in range(8)]
    answers = at_once([lambda b=b: post(server, token, "/credits", b) for b in bodies])
    assert [r.status_code for r in answers] == [201] * 8, [r.text for r in answers]
    applied = [r.json()["miles"] for r in answers if r.json()["status"] == "applied"]
    # 20,000 a day on the agent's own authority: five of 4,000 fit, the rest wait.
    assert sum(applied) == 20_000 and len(applied) == 5


def test_two_supervisors_approving_at_once_apply_the_credit_once(private_servers):
    server = private_servers.start()
    number = demo_member_number(1302)
    before = balance(server, number)
    r = post(server, login(server.url, "agent4"), "/credits", goodwill(number, 9_000, "Big"))
    assert r.json()["status"] == "pending"
    credit = r.json()["id"]
    bosses = [login(server.url, f"super{i}") for i in (1, 2, 3)]
    seen = {"member_number": number, "miles": 9_000}
    answers = at_once([lambda t=t: post(server, t, f"/credits/{credit}/approve", seen)
                        for t in bosses])
    assert sorted(r.status_code for r in answers) == [200, 409, 409]
    assert balance(server, number) == before + 9_000


def test_two_agents_claiming_one_request_at_once_one_gets_it(private_servers):
    server = private_servers.start()
    tokens = [login(server.url, f"agent{i}") for i in (5, 6, 7, 8)]
    queue = requests.get(f"{server.url}{API}/requests", params={"assigned": "unassigned"},
                         headers=auth(tokens[0]), timeout=30).json()["requests"]
    request_id = queue[0]["id"]
    answers = at_once([lambda t=t: post(server, t, f"/requests/{request_id}/claim", {})
                        for t in tokens])
    assert sorted(r.status_code for r in answers) == [200, 409, 409, 409]
    winner = next(r for r in answers if r.status_code == 200).json()["assignee"]["name"]
    losers = {r.json()["detail"] for r in answers if r.status_code == 409}
    assert losers == {f"{winner} is already working on this request."}
