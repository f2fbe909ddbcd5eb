"""POST /security-events: a refused answer the client reports goes into the audit trail,
once per Idempotency-Key, under the reporting agent; nothing else is accepted."""

from __future__ import annotations

import json
import uuid

import pytest
import requests
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.security.events import CAUGHT_CODES
from supportdesk.server import db

from ..helpers.http import API, login, post


def _event(**changes):
    return {"code": "wrong-member", "caught_at": "2026-12-07T10:42:00+00:00",
            "request_id": uuid.uuid4().hex, "member_number": demo_member_number(301),
            "answered_member_number": demo_member_number(302), "answered_agent": None,
            **changes}


def _audited(live_server, request_id: str):
    with live_server.settings.engine.connect() as conn:
        rows = conn.execute(select(db.audit, db.agents.c.username)
                            .join(db.agents, db.agents.c.id == db.audit.c.agent_id)
                            .where(db.audit.c.action == "security-event")).all()
    return [r for r in rows if json.loads(r.detail)["refused_request_id"] == request_id]


@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_a_report_is_audited_once_under_the_reporting_agent(live_server):
    token = login(live_server.url, "agent12")
    event = _event()
    key = str(uuid.uuid4())
    first = post(live_server, token, "/security-events", event, idem=key)
    again = post(live_server, token, "/security-events", event, idem=key)
    assert first.status_code == 201, first.text
    assert again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true"
    assert first.json()["member_number"] == event["member_number"]  # bound to its member
    (row,) = _audited(live_server, event["request_id"])
    assert row.username == "agent12"
    assert row.member_number == event["member_number"]
    detail = json.loads(row.detail)
    assert detail["code"] == "wrong-member"
    assert detail["answered_member_number"] == demo_member_number(302)


@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
@pytest.mark.parametrize("code", CAUGHT_CODES)
def test_every_code_the_client_catches_is_taken(live_server, code):
    token = login(live_server.url, "agent12")
    event = _event(code=code, member_number=None, answered_member_number=None,
                   answered_agent="super1" if code == "signin-mismatch" else None)
    r = post(live_server, token, "/security-events", event)
    assert r.status_code == 201, r.text
    assert r.json()["member_number"] is None  # about no member: answered about none
    assert len(_audited(live_server, event["request_id"])) == 1


@pytest.mark.parametrize("changes, field", [
    ({"code": "made-up"}, "code"),
    ({"member_number": "992000000000019"}, "member_number"),  # a wrong check digit
    ({"request_id": "x" * 65}, "request_id"),
    ({"answered_agent": "<script>"}, "answered_agent"),
    ({"caught_at": "yesterday"}, "caught_at"),
])
def test_a_malformed_report_is_a_422_naming_the_field(live_server, changes, field):
    token = login(live_server.url, "agent12")
    event = _event(**changes)
    r = post(live_server, token, "/security-events", event)
    assert r.status_code == 422
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert field in {e["field"].split(".")[-1] for e in r.json()["errors"]}
    assert not _audited(live_server, event["request_id"])


def test_a_report_needs_a_signed_in_agent_and_a_key(live_server):
    event = _event()
    anonymous = requests.post(f"{live_server.url}{API}/security-events", json=event,
                              headers={"Idempotency-Key": str(uuid.uuid4())}, timeout=10)
    assert anonymous.status_code == 401
    keyless = post(live_server, login(live_server.url, "agent12"), "/security-events", event,
                   idem=None)
    assert keyless.status_code == 400
    assert not _audited(live_server, event["request_id"])
