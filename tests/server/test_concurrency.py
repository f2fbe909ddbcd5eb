"""Twenty agents at once never receive an answer about a member they did not ask for."""

from __future__ import annotations

import random
import threading

import requests

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import API, auth, login


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
