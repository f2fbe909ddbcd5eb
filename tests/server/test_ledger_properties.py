"""Property-based tests of the ledger through the real API (hypothesis stateful testing).

Whatever sequence of credits, approvals, rejections and reversals agents and supervisors
perform: the balance is the sum of the entries, no entry is reversed twice, and no credit
above the limit is applied without a distinct supervisor's approval.
"""

from __future__ import annotations

import uuid

import requests
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import Bundle, RuleBasedStateMachine, initialize, invariant, rule
from sqlalchemy import String, cast, func, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.http import API, auth, login

PEOPLE = ("agent9", "agent10", "super1", "super2")
MEMBERS = tuple(demo_member_number(i) for i in (601, 602, 603))
LIMIT = 5_000


class LedgerMachine(RuleBasedStateMachine):
    server = None  # set by the test
    signed_in: dict[str, dict[str, str]] = {}  # per server (one per engine): person → token
    credits = Bundle("credits")

    @initialize()
    def start(self) -> None:
        url = self.server.url
        if url not in LedgerMachine.signed_in:
            LedgerMachine.signed_in[url] = {p: login(url, p) for p in PEOPLE}

    @property
    def tokens(self) -> dict[str, str]:
        return LedgerMachine.signed_in.get(self.server.url, {})

    def _post(self, who: str, path: str, body: dict) -> requests.Response:
        return requests.post(f"{self.server.url}{API}{path}", json=body, timeout=30,
                             headers={**auth(self.tokens[who]),
                                      "Idempotency-Key": str(uuid.uuid4())})

    @rule(target=credits, who=st.sampled_from(PEOPLE), member=st.sampled_from(MEMBERS),
          miles=st.integers(1, 60_000))
    def propose(self, who: str, member: str, miles: int) -> tuple[int, str, str, int]:
        r = self._post(who, "/credits", {"member_number": member, "miles": miles,
                                         "kind": "goodwill", "reason": "property test"})
        assert r.status_code == 201, r.text
        if miles > LIMIT:
            assert r.json()["status"] == "pending"
        return r.json()["id"], who, member, miles

    @rule(credit=credits, who=st.sampled_from(PEOPLE), own=st.booleans(),
          approve=st.booleans())
    def decide(self, credit: tuple[int, str, str, int], who: str, own: bool,
               approve: bool) -> None:
        credit_id, requester, member, miles = credit
        # Half the time the requester tries to decide their own credit.
        decider = requester if own else who
        path = f"/credits/{credit_id}/{'approve' if approve else 'reject'}"
        r = self._post(decider, path, {"note": "property test decision",
                                       "member_number": member, "miles": miles})
        assert r.status_code in (200, 403, 409), r.text

    @rule(who=st.sampled_from(PEOPLE), member=st.sampled_from(MEMBERS), pick=st.integers(0, 50))
    def reverse(self, who: str, member: str, pick: int) -> None:
        page = requests.get(f"{self.server.url}{API}/members/{member}/transactions",
                            params={"limit": 50}, headers=auth(self.tokens[who]),
                            timeout=30).json()
        if not page["entries"]:
            return
        entry = page["entries"][pick % len(page["entries"])]
        r = self._post(who, f"/transactions/{entry['id']}/reversal",
                       {"member_number": member, "reason": "property"})
        assert r.status_code in (201, 403, 409, 422), r.text

    @invariant()
    def balance_is_the_sum_of_the_entries(self) -> None:
        token = self.tokens.get("agent9")
        if not token:
            return
        for member in MEMBERS:
            account = requests.get(f"{self.server.url}{API}/members/{member}",
                                   headers=auth(token), timeout=30).json()
            total, before = 0, None
            while True:
                params = {"limit": 500} | ({"before": before} if before else {})
                r = requests.get(f"{self.server.url}{API}/members/{member}/transactions",
                                 params=params, headers=auth(token), timeout=30)
                assert r.status_code == 200, r.text
                page = r.json()
                total += sum(e["miles"] for e in page["entries"])
                before = page["next_before"]
                if before is None:
                    break
            assert account["miles_balance"] == total

    @invariant()
    def no_entry_is_reversed_twice(self) -> None:
        with self.server.settings.engine.connect() as conn:
            doubled = conn.execute(
                select(db.ledger.c.reverses_id).where(db.ledger.c.reverses_id.is_not(None))
                .group_by(db.ledger.c.reverses_id).having(func.count() > 1)).all()
        assert doubled == []

    @invariant()
    def nothing_above_the_limit_applies_without_a_distinct_supervisor(self) -> None:
        with self.server.settings.engine.connect() as conn:
            rows = conn.execute(
                select(db.credits.c.miles, db.credits.c.requested_by, db.credits.c.decided_by,
                       db.agents.c.role)
                .outerjoin(db.agents, db.agents.c.id == db.credits.c.decided_by)
                .where(db.credits.c.status == "applied", db.credits.c.miles > LIMIT)).all()
        for row in rows:
            assert row.decided_by is not None and row.decided_by != row.requested_by
            assert row.role == "supervisor"
        with self.server.settings.engine.connect() as conn:
            posted_twice = conn.execute(
                select(db.credits.c.id).join(
                    db.ledger, db.ledger.c.operation_id == "credit:" + cast(db.credits.c.id,
                                                                            String))
                .group_by(db.credits.c.id).having(func.count() > 1)).all()
        assert posted_twice == []


def test_ledger_properties_hold_for_any_sequence_of_operations(live_server):
    LedgerMachine.server = live_server
    run = LedgerMachine.TestCase
    run.settings = settings(max_examples=20, stateful_step_count=15, deadline=None,
                            suppress_health_check=list(HealthCheck))
    run().runTest()
