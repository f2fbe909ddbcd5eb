"""The client's queue calls against the real reference server: list, check, claim, decide."""

from __future__ import annotations

import datetime as dt
from decimal import Decimal

import pytest

from supportdesk.api.client import new_operation_id
from supportdesk.api.queue_models import RequestDetail, RequestSummary
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.domain.requests import OPEN_STATUSES
from supportdesk.errors import (
    Conflict,
    Forbidden,
    NotFound,
    ServerError,
    ValidationFailed,
    WrongMemberError,
)

from ..helpers.queue import add_request


def test_the_queue_is_most_urgent_first_and_filters_apply(signed_in):
    api = signed_in("agent17")
    page = api.list_requests()
    assert page.requests and all(isinstance(r, RequestSummary) for r in page.requests)
    assert [r.sla_due for r in page.requests] == sorted(r.sla_due for r in page.requests)
    assert {r.status for r in page.requests} <= set(OPEN_STATUSES)
    first = page.requests[0]
    assert len(first.member_number) == 15 and first.flight.flight_number.startswith("LH")
    refunds = api.list_requests(type="refund").requests
    assert refunds and {r.type for r in refunds} == {"refund"}
    unassigned = api.list_requests(assigned="unassigned").requests
    assert unassigned and all(r.assignee_id is None for r in unassigned)
    now = dt.datetime.now(dt.UTC)
    overdue = api.list_requests(overdue=True).requests
    assert all(r.overdue and r.overdue_at(now) for r in overdue)
    assert all(not r.overdue for r in api.list_requests(overdue=False).requests)
    two = api.list_requests(status=["new", "in_review"]).requests
    assert {r.status for r in two} <= {"new", "in_review"}
    small = api.list_requests(limit=2)
    assert len(small.requests) == 2 and small.more
    assert api.list_requests(limit=2, offset=1).requests[0].id == small.requests[1].id


@pytest.mark.parametrize("bad", [{"status": ["lost"]}, {"type": "upgrade"},
                                 {"assigned": "him"}])
def test_unknown_filters_are_refused_before_anything_is_sent(client, bad):
    # `client` is not signed in: a request would fail with AuthError, not ValueError.
    with pytest.raises(ValueError):
        client.list_requests(**bad)


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
def test_the_detail_carries_the_check_and_is_checked_against_the_member(signed_in):
    api = signed_in("agent17")
    item = next(r for r in api.list_requests(limit=500).requests
                if r.flight.status == "cancelled")
    detail = api.get_request(item.id, member_number=item.member_number)
    assert isinstance(detail, RequestDetail)
    assert (detail.id, detail.member_number, detail.booking_code) == (
        item.id, item.member_number, item.booking_code)
    check = detail.check
    assert check.flight.status == "cancelled" and check.flight.notice_days is not None
    assert check.flight.distance_km > 0
    assert check.fare.lines and check.fare.family
    assert check.fare.refund_fee_eur is None or isinstance(check.fare.refund_fee_eur, Decimal)
    assert check.eu261.reasons and check.eu261.band in ("short", "medium", "long")
    assert detail.customer_message
    facts = detail.reply_facts()
    assert facts.customer_name == detail.member_name
    assert facts.compensation_eur == check.eu261.amount_eur
    # Asked about one member, answered about another: refused, nothing returned.
    with pytest.raises(WrongMemberError):
        api.get_request(item.id, member_number=demo_member_number(1))
    with pytest.raises(NotFound):
        api.get_request(99_999_999)
    for bad in (0, -1, True, "7"):
        with pytest.raises(ValueError):
            api.get_request(bad)  # type: ignore[arg-type]


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
def test_an_answer_about_another_request_is_refused(signed_in, faults):
    api = signed_in("agent17")
    first, second = api.list_requests(limit=2).requests
    faults.path_rewrites[f"/requests/{first.id}"] = f"/requests/{second.id}"
    with pytest.raises((WrongMemberError, ServerError)):
        api.get_request(first.id, member_number=first.member_number)
    with pytest.raises(ServerError, match=f"not {first.id}"):
        api.get_request(first.id)


def test_duplicates_point_at_each_other(signed_in):
    api = signed_in("agent17")
    item = next(r for r in api.list_requests(limit=500).requests if r.duplicates)
    detail = api.get_request(item.id)
    assert len(detail.check.duplicates) == item.duplicates
    other = api.get_request(detail.check.duplicates[0].id, member_number=item.member_number)
    assert item.id in {d.id for d in other.check.duplicates}


def test_claim_then_decide_once(signed_in, live_server):
    agent, other = signed_in("agent17"), signed_in("agent18")
    request_id = add_request(live_server, flight_status="delayed")
    item = next(r for r in agent.list_requests(status=["new"], assigned="unassigned",
                                               limit=500).requests if r.id == request_id)
    assert item.duplicates == 0
    number = item.member_number
    reply = "Dear customer, we refund your ticket."
    with pytest.raises(Forbidden, match="Claim"):
        agent.decide_request(item.id, "approve", "Checked", reply, new_operation_id(),
                             member_number=item.member_number)
    claimed = agent.claim_request(item.id, new_operation_id(), member_number=number)
    assert (claimed.status, claimed.assignee_name) == ("in_review", "Agent 17")
    assert [n.kind for n in claimed.notes] == ["claim"]
    with pytest.raises(Conflict, match="Agent 17 is already working"):
        other.claim_request(item.id, new_operation_id(), member_number=item.member_number)
    with pytest.raises(Forbidden):
        other.decide_request(item.id, "reject", "Not mine", "No.", new_operation_id(),
                             member_number=item.member_number)
    with pytest.raises(ValidationFailed) as missing:
        agent.decide_request(item.id, "approve", "EU 261 applies", "", new_operation_id(),
                             member_number=item.member_number)
    assert missing.value.field_errors[0].field == "customer_reply"
    key = new_operation_id()
    decided = agent.decide_request(item.id, "approve", "EU 261 applies", reply, key,
                                   member_number=number)
    assert (decided.status, decided.customer_reply) == ("approved", reply)
    assert decided.decided_at and not decided.is_open
    # The same action again (a retry after a timeout): the first answer, nothing twice.
    again = agent.decide_request(item.id, "approve", "EU 261 applies", reply, key,
                                 member_number=item.member_number)
    assert again.notes == decided.notes
    with pytest.raises(Conflict, match="already approved"):
        agent.decide_request(item.id, "reject", "Changed my mind", "Sorry", new_operation_id(),
                             member_number=item.member_number)
    assert item.id in {r.id for r in agent.list_requests(status=["approved"],
                                                         assigned="me").requests}


def test_escalation_needs_no_reply_and_goes_to_a_supervisor(signed_in, live_server):
    agent, boss = signed_in("agent17"), signed_in("super3")
    item = agent.get_request(add_request(live_server, type="rebooking"))
    agent.claim_request(item.id, new_operation_id(), member_number=item.member_number)
    escalated = agent.decide_request(item.id, "escalate", "Goodwill beyond my limit", None,
                                     new_operation_id(), member_number=item.member_number)
    assert escalated.status == "escalated" and escalated.customer_reply is None
    with pytest.raises(Forbidden):
        agent.decide_request(item.id, "reject", "Fare rules", "Sorry.", new_operation_id(),
                             member_number=item.member_number)
    done = boss.decide_request(item.id, "reject", "Fare does not allow changes",
                               "We are sorry…", new_operation_id(),
                                   member_number=item.member_number)
    assert done.status == "rejected" and done.assignee_name == "Agent 17"


def test_writes_need_an_operation_id_and_a_known_decision(signed_in):
    api = signed_in("agent17")
    with pytest.raises(ValueError):
        api.claim_request(1, "", member_number="992000000000018")
    with pytest.raises(ValueError):
        api.decide_request(1, "maybe", "note", None, new_operation_id(),
                           member_number="992000000000018")
