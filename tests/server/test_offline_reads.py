"""POST /offline-reads (issue 16, item 4): what an agent opened from the offline copy goes into
the audit trail as "offline_read" with the agent's time of opening, once per Idempotency-Key,
bound to the member (a request of another member records nothing)."""

from __future__ import annotations

import json

from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import key, login, post
from ..helpers.queue import add_request

OPENED = "2026-12-07T09:30:05+01:00"


def _reads(live_server, number: str):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.audit, db.agents.c.username)
            .join(db.agents, db.agents.c.id == db.audit.c.agent_id)
            .where(db.audit.c.action == "offline_read", db.audit.c.member_number == number)
            .order_by(db.audit.c.id)).all()


def _member_of(live_server, request_id: int) -> str:
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.members.c.member_number)
            .join(db.requests, db.requests.c.member_id == db.members.c.id)
            .where(db.requests.c.id == request_id)).scalar_one()


def test_a_member_read_offline_is_audited_once_with_its_time(live_server):
    number = demo_member_number(2401)
    token = login(live_server.url, "agent5")
    body = {"member_number": number, "what": "member", "opened_at": OPENED}
    idem = key()
    first = post(live_server, token, "/offline-reads", body, idem=idem)
    again = post(live_server, token, "/offline-reads", body, idem=idem)
    assert first.status_code == again.status_code == 201, first.text
    assert again.headers["Idempotency-Replayed"] == "true"
    assert first.json()["member_number"] == number  # bound to its member
    (row,) = _reads(live_server, number)
    assert row.username == "agent5"
    assert json.loads(row.detail) == {"what": "member", "request_id": None,
                                      "opened_at": "2026-12-07T09:30:05+01:00"}


def test_a_request_read_offline_names_the_request_and_must_be_its_members(live_server):
    request_id = add_request(live_server)
    number = _member_of(live_server, request_id)
    token = login(live_server.url, "agent6")
    body = {"member_number": number, "what": "request", "request_id": request_id,
            "opened_at": OPENED}
    r = post(live_server, token, "/offline-reads", body)
    assert r.status_code == 201, r.text
    assert json.loads(_reads(live_server, number)[-1].detail)["request_id"] == request_id
    other = demo_member_number(2402) if number != demo_member_number(2402) \
        else demo_member_number(2403)
    r = post(live_server, token, "/offline-reads", {**body, "member_number": other})
    assert r.status_code == 409 and r.json()["code"] == "member-mismatch"
    assert not _reads(live_server, other)


def test_refusals_record_nothing(live_server):
    token = login(live_server.url, "agent7")
    unknown = demo_member_number(TEST_MEMBERS + 91)
    r = post(live_server, token, "/offline-reads",
             {"member_number": unknown, "what": "member", "opened_at": OPENED})
    assert r.status_code == 404
    number = demo_member_number(2404)
    for bad in ({"member_number": number, "what": "request", "opened_at": OPENED},
                {"member_number": number, "what": "member", "request_id": 5,
                 "opened_at": OPENED},
                {"member_number": number, "what": "member", "opened_at": "yesterday"},
                {"member_number": number, "what": "ledger", "opened_at": OPENED}):
        r = post(live_server, token, "/offline-reads", bad)
        assert r.status_code == 422, bad
    assert post(live_server, token, "/offline-reads",
                {"member_number": number, "what": "member", "opened_at": OPENED},
                idem=None).status_code == 400
    assert not _reads(live_server, number)
