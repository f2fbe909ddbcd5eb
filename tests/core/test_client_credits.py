"""The client's credit, approval and reversal calls against the real reference server."""

from __future__ import annotations

import datetime as dt
import time

import pytest
from sqlalchemy import func, select

from supportdesk.api.client import new_operation_id
from supportdesk.api.models import Credit, RetroFlight
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import (
    BackendTimeout,
    Conflict,
    Forbidden,
    NotFound,
    ValidationFailed,
    WrongMemberError,
)
from supportdesk.server import db


def ledger_rows(live_server, **where) -> int:
    with live_server.settings.engine.connect() as conn:
        stmt = select(func.count()).select_from(db.ledger)
        for column, value in where.items():
            stmt = stmt.where(getattr(db.ledger.c, column) == value)
        return conn.execute(stmt).scalar_one()


def test_a_small_goodwill_credit_applies_at_once(signed_in):
    agent = signed_in("agent5")
    number = demo_member_number(711)
    before = agent.get_member(number).miles_balance
    credit = agent.propose_credit(number, kind="goodwill", miles=1_500, reason="Lost bag",
                                  reference="case 4711", operation_id=new_operation_id())
    assert isinstance(credit, Credit)
    assert (credit.status, credit.miles, credit.member_number) == ("applied", 1_500, number)
    assert credit.reference == "case 4711" and credit.pending_reason is None
    assert credit.requested_by_name == "Agent 5" and credit.decided_by_name is None
    assert agent.get_member(number).miles_balance == before + 1_500
    mine = agent.list_credits(member_number=number)
    assert credit.id in [c.id for c in mine]


def test_a_large_credit_waits_and_another_supervisor_approves_it_once(signed_in, live_server):
    agent, boss, other = signed_in("agent5"), signed_in("super1"), signed_in("super2")
    number = demo_member_number(712)
    before = agent.get_member(number).miles_balance
    credit = agent.propose_credit(number, kind="goodwill", miles=40_000, reason="Missed A380",
                                  operation_id=new_operation_id())
    assert credit.status == "pending" and "5,000" in credit.pending_reason
    assert agent.get_member(number).miles_balance == before
    inbox = boss.list_credits(status="pending", limit=500)
    assert credit.id in [c.id for c in inbox]
    assert all(c.status == "pending" for c in inbox)
    key = new_operation_id()
    approved = boss.approve_credit(credit.id, "Checked the booking", key, member_number=number,
                                   miles=40_000)
    assert approved.status == "applied" and approved.decided_by_name == "Supervisor 1"
    assert approved.decision_note == "Checked the booking"
    # The same action retried (same operation id) is answered again, not applied again.
    assert boss.approve_credit(credit.id, "Checked the booking", key,
                               member_number=credit.member_number, miles=40_000).id == credit.id
    with pytest.raises(Conflict, match="already applied by Supervisor 1"):
        other.approve_credit(credit.id, None, new_operation_id(),
                             member_number=credit.member_number, miles=credit.miles)
    assert agent.get_member(number).miles_balance == before + 40_000
    assert ledger_rows(live_server, operation_id=f"credit:{credit.id}") == 1


def test_a_decision_is_bound_to_the_member_and_miles_the_supervisor_saw(signed_in,
                                                                        live_server):
    """The approval applies exactly what was shown: another member's number or other miles
    (a swapped list, a mistyped id) change nothing; the answer is checked the same way."""
    agent, boss = signed_in("agent5"), signed_in("super1")
    number = demo_member_number(720)
    credit = agent.propose_credit(number, kind="goodwill", miles=30_000, reason="Bound test",
                                  operation_id=new_operation_id())
    assert credit.status == "pending"
    for member, miles in ((number, 3_000), (demo_member_number(721), 30_000)):
        with pytest.raises(Conflict) as err:
            boss.approve_credit(credit.id, None, new_operation_id(), member_number=member,
                                miles=miles)
        assert err.value.code == "credit-mismatch" and err.value.params["miles"] == miles
    with pytest.raises(Conflict, match="nothing was changed"):
        boss.reject_credit(credit.id, "Not this one", new_operation_id(), member_number=number,
                           miles=30_001)
    assert ledger_rows(live_server, operation_id=f"credit:{credit.id}") == 0
    assert credit.id in [c.id for c in boss.list_credits(status="pending", limit=500)]
    approved = boss.approve_credit(credit.id, None, new_operation_id(), member_number=number,
                                   miles=30_000)
    assert (approved.status, approved.miles) == ("applied", 30_000)
    assert ledger_rows(live_server, operation_id=f"credit:{credit.id}") == 1


def test_nobody_decides_their_own_credit_and_rejection_needs_a_note(signed_in):
    boss, other = signed_in("super2"), signed_in("super3")
    number = demo_member_number(713)
    credit = boss.propose_credit(number, kind="correction", miles=9_000,
                                 reason="Statement error", operation_id=new_operation_id())
    assert credit.status == "pending"
    with pytest.raises(Forbidden, match="own credit"):
        boss.approve_credit(credit.id, None, new_operation_id(),
                            member_number=credit.member_number, miles=credit.miles)
    with pytest.raises(ValidationFailed) as err:
        other.reject_credit(credit.id, "", new_operation_id(),
                            member_number=credit.member_number, miles=credit.miles)
    assert err.value.field_errors[0].field == "note"
    rejected = other.reject_credit(credit.id, "No evidence on file", new_operation_id(),
                                   member_number=number, miles=9_000)
    assert rejected.status == "rejected" and rejected.decision_note == "No evidence on file"


def test_an_agent_cannot_approve_and_sees_only_own_credits(signed_in):
    agent, boss = signed_in("agent5"), signed_in("super3")
    number = demo_member_number(714)
    theirs = boss.propose_credit(number, kind="goodwill", miles=7_000, reason="Complaint",
                                 operation_id=new_operation_id())
    with pytest.raises(Forbidden):
        agent.approve_credit(theirs.id, None, new_operation_id(),
                             member_number=theirs.member_number, miles=theirs.miles)
    seen = agent.list_credits(status="pending", limit=500)
    assert theirs.id not in [c.id for c in seen]
    assert {c.requested_by_name for c in seen} <= {"Agent 5"}


def test_retro_claim_is_priced_by_the_server(signed_in):
    agent = signed_in("agent5")
    flight = RetroFlight("2209999999711", "LH400",
                         (dt.date.today() - dt.timedelta(days=10)).isoformat(), "M", "FRA",
                         "JFK")
    credit = agent.propose_credit(demo_member_number(715), kind="retro_claim",
                                  reason="Card not presented at check-in", flight=flight,
                                  operation_id=new_operation_id())
    assert 2_700 < credit.miles < 3_000 and "LH400" in credit.reference
    with pytest.raises(Conflict, match="already claimed") as err:
        agent.propose_credit(demo_member_number(715), kind="retro_claim",
                             reason="Card not presented at check-in", flight=flight,
                             operation_id=new_operation_id())
    assert err.value.status == 409


def test_a_key_reused_for_another_payload_is_refused(signed_in):
    agent = signed_in("agent5")
    number, key = demo_member_number(716), new_operation_id()
    agent.propose_credit(number, kind="goodwill", miles=100, reason="Seat broken",
                         operation_id=key)
    with pytest.raises(ValidationFailed, match="different request"):
        agent.propose_credit(number, kind="goodwill", miles=101, reason="Seat broken",
                             operation_id=key)
    with pytest.raises(ValueError, match="operation id"):
        agent.propose_credit(number, kind="goodwill", miles=100, reason="Seat broken",
                             operation_id="")


def test_a_timed_out_credit_retried_with_its_operation_id_applies_once(signed_in, live_server,
                                                                       faults):
    agent = signed_in("agent5", read_timeout=0.4, retries=0)
    number = demo_member_number(717)
    before = agent.get_member(number).miles_balance
    key = new_operation_id()
    faults.delays["/credits"] = 1.2
    with pytest.raises(BackendTimeout):
        agent.propose_credit(number, kind="goodwill", miles=321, reason="Timeout test",
                             operation_id=key)
    faults.clear()
    time.sleep(1.2)  # the first request is applied on the server meanwhile
    credit = agent.propose_credit(number, kind="goodwill", miles=321, reason="Timeout test",
                                  operation_id=key)
    assert credit.status == "applied"
    assert agent.get_member(number).miles_balance == before + 321
    assert ledger_rows(live_server, operation_id=key) == 1


def test_a_supervisor_reverses_a_donation_once(signed_in, live_server):
    with live_server.settings.engine.connect() as conn:
        entry = conn.execute(
            select(db.ledger.c.id, db.ledger.c.miles, db.members.c.member_number)
            .join(db.members, db.members.c.id == db.ledger.c.member_id)
            .where(db.ledger.c.kind == "donation", db.members.c.id.between(2000, 2400))
            .limit(1)).one()
    boss = signed_in("super1")
    before = boss.get_member(entry.member_number).miles_balance
    reversal = boss.reverse_entry(entry.id, "Donated from someone else's session",
                                  entry.member_number, new_operation_id())
    assert (reversal.reverses_id, reversal.miles) == (entry.id, -entry.miles)
    assert reversal.balance == before - entry.miles
    assert boss.get_member(entry.member_number).miles_balance == reversal.balance
    with pytest.raises(Conflict, match="already reversed"):
        boss.reverse_entry(entry.id, "again", entry.member_number, new_operation_id())
    with pytest.raises(ValidationFailed, match="cannot itself be reversed"):
        boss.reverse_entry(reversal.id, "undo", entry.member_number, new_operation_id())


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
def test_answers_about_another_member_are_refused(signed_in, live_server, faults):
    boss = signed_in("super3")
    asked, other = demo_member_number(718), demo_member_number(719)
    boss.propose_credit(other, kind="goodwill", miles=50, reason="Setup",
                        operation_id=new_operation_id())
    # The wrong-profile incident: the server answers a list about someone else.
    faults.path_rewrites[f"member_number={asked}"] = f"member_number={other}"
    with pytest.raises(WrongMemberError):
        boss.list_credits(member_number=asked)
    faults.clear()
    with live_server.settings.engine.connect() as conn:
        entry_of_other = conn.execute(
            select(db.ledger.c.id).join(db.members, db.members.c.id == db.ledger.c.member_id)
            .where(db.members.c.member_number == other, db.ledger.c.miles > 0)
            .order_by(db.ledger.c.miles).limit(1)).scalar_one()
    # The entry belongs to another member than the one the caller believes it does: the
    # reversal names the member, so the backend reverses nothing (it used to be applied and
    # only the answer refused).
    with pytest.raises(NotFound, match="nothing was reversed"):
        boss.reverse_entry(entry_of_other, "Wrong member check", asked, new_operation_id())
    with live_server.settings.engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.ledger).where(
            db.ledger.c.reverses_id == entry_of_other)).scalar_one() == 0
