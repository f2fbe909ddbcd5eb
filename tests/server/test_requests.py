"""The refund and rebooking queue over real HTTP: filters, the check, claiming, deciding."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import func, select

from supportdesk.server import db

from ..helpers.http import API, auth, login, post


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent2")


def get(live_server, token, path, **params):
    return requests.get(f"{live_server.url}{API}{path}", params=params, headers=auth(token),
                        timeout=30)


def test_queue_lists_open_requests_most_urgent_first(live_server, token):
    r = get(live_server, token, "/requests")
    assert r.status_code == 200
    items = r.json()["requests"]
    assert len(items) >= 60
    assert [i["sla_due"] for i in items] == sorted(i["sla_due"] for i in items)
    assert {i["status"] for i in items} <= {"new", "in_review", "needs_info", "escalated"}
    assert any(i["duplicates"] > 0 for i in items)
    assert all(len(i["member_number"]) == 15 for i in items)


def test_reading_the_queue_is_audited_with_whose_requests_were_listed(live_server, token):
    r = requests.get(f"{live_server.url}{API}/requests", params={"limit": 5}, timeout=30,
                     headers={**auth(token), "X-Request-ID": "queue-listed-5"})
    assert r.status_code == 200
    items = r.json()["requests"]
    with live_server.settings.engine.connect() as conn:
        (row,) = conn.execute(select(db.audit.c.action, db.audit.c.detail).where(
            db.audit.c.request_id == "queue-listed-5")).all()
    assert row.action == "requests_listed"
    detail = json.loads(row.detail)
    assert detail["requests"] == [i["id"] for i in items]
    assert detail["members"] == sorted({i["member_number"] for i in items})


def test_filters(live_server, token):
    refunds = get(live_server, token, "/requests", type="refund").json()["requests"]
    assert refunds and {i["type"] for i in refunds} == {"refund"}
    unassigned = get(live_server, token, "/requests", assigned="unassigned").json()["requests"]
    assert unassigned and all(i["assignee"] is None for i in unassigned)
    overdue = get(live_server, token, "/requests", overdue="true").json()["requests"]
    assert all(i["overdue"] for i in overdue)
    for bad in ({"status": "lost"}, {"type": "x"}, {"assigned": "him"}, {"limit": 0},
                {"overdue": "maybe"}):
        r = get(live_server, token, "/requests", **bad)
        assert r.status_code == 422 and r.headers["Content-Type"] == "application/problem+json"


def find(live_server, flight_status: str | None = None, status: str | None = None) -> int:
    with live_server.settings.engine.connect() as conn:
        stmt = select(db.requests.c.id).join(db.flights,
                                             db.flights.c.id == db.requests.c.flight_id)
        if flight_status:
            stmt = stmt.where(db.flights.c.status == flight_status)
        if status:
            stmt = stmt.where(db.requests.c.status == status)
        return conn.execute(stmt.order_by(db.requests.c.id)).scalars().first()


def test_check_shows_flight_fare_duplicates_and_eu261_with_reasons(live_server, token):
    request_id = find(live_server, flight_status="delayed")
    r = get(live_server, token, f"/requests/{request_id}")
    assert r.status_code == 200
    check = r.json()["check"]
    assert check["flight"]["status"] == "delayed"
    assert check["flight"]["distance_km"] > 0
    assert check["fare"]["lines"] and check["fare"]["family"]
    eu = check["eu261"]
    assert eu["amount_eur"] in (0, 125, 200, 250, 300, 400, 600)
    assert eu["reasons"] and any("km" in line for line in eu["reasons"])
    assert r.json()["member_number"]


def test_duplicates_are_listed_on_both_requests(live_server, token):
    with live_server.settings.engine.connect() as conn:
        ticket = conn.execute(select(db.requests.c.ticket_number)
                              .group_by(db.requests.c.ticket_number)
                              .having(func.count() > 1).limit(1)).scalar_one()
        ids = conn.execute(select(db.requests.c.id)
                           .where(db.requests.c.ticket_number == ticket)).scalars().all()
    for request_id in ids:
        detail = get(live_server, token, f"/requests/{request_id}").json()
        assert {d["id"] for d in detail["check"]["duplicates"]} == set(ids) - {request_id}


def test_claim_and_decide(live_server, token):
    request_id = find(live_server, status="new")
    other = login(live_server.url, "agent4")
    reply = "Dear customer, we refund your ticket."
    # Deciding before claiming is refused.
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "approve", "note": "fine", "customer_reply": reply})
    assert r.status_code == 403 and "Claim" in r.json()["detail"]
    r = post(live_server, token, f"/requests/{request_id}/claim", {})
    assert r.status_code == 200 and r.json()["assignee"]["name"] == "Agent 2"
    assert r.json()["status"] == "in_review"
    r = post(live_server, other, f"/requests/{request_id}/claim", {})
    assert r.status_code == 409 and "Agent 2" in r.json()["detail"]
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "approve", "note": "EU 261 applies"})
    assert r.status_code == 422 and r.json()["errors"][0]["field"] == "customer_reply"
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "approve", "note": "EU 261 applies", "customer_reply": reply})
    assert r.status_code == 200 and r.json()["status"] == "approved"
    assert r.json()["customer_reply"] == reply
    assert [n["kind"] for n in r.json()["notes"]] == ["claim", "decision"]
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "reject", "note": "changed my mind", "customer_reply": "No"})
    assert r.status_code == 409 and "already approved" in r.json()["detail"]


def test_escalated_requests_are_for_supervisors(live_server, token):
    request_id = find(live_server, status="new")
    post(live_server, token, f"/requests/{request_id}/claim", {})
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "escalate", "note": "Goodwill beyond my authority"})
    assert r.status_code == 200 and r.json()["status"] == "escalated"
    r = post(live_server, token, f"/requests/{request_id}/decision",
             {"decision": "approve", "note": "x" * 5, "customer_reply": "ok"})
    assert r.status_code == 403
    boss = login(live_server.url, "super1")
    r = post(live_server, boss, f"/requests/{request_id}/decision",
             {"decision": "reject", "note": "Fare is non-refundable",
              "customer_reply": "We are sorry…"})
    assert r.status_code == 200 and r.json()["status"] == "rejected"


def test_unknown_and_malformed_request_ids(live_server, token):
    assert get(live_server, token, "/requests/99999999").status_code == 404
    assert get(live_server, token, "/requests/abc").status_code == 422
    r = post(live_server, token, "/requests/1/decision", {"decision": "maybe", "note": "x"})
    assert r.status_code == 422
