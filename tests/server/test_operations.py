"""Closing a refused write (discarded, or the member called back): audited, only by the agent
who made it, never for an applied one, once; over real HTTP."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import API, auth, key, login, post
from ..helpers.ledger import goodwill

NUMBER = demo_member_number(611)


def refused_credit(live_server, token: str) -> str:
    """A credit the backend refused (no such member); its operation id."""
    op_id = key()
    r = post(live_server, token, "/credits", goodwill(demo_member_number(TEST_MEMBERS + 7), 100),
             idem=op_id)
    assert r.status_code == 404, r.text
    return op_id


def close(live_server, token: str, op_id: str, idem: str = "auto", **changes):  # noqa: ANN003, ANN201
    body = {"outcome": "discarded", "reason": "Member chose a voucher instead",
            "member_number": NUMBER} | changes
    return post(live_server, token, f"/operations/{op_id}/closure", body, idem=idem)


def audit_rows(live_server, op_id: str) -> list:
    with live_server.settings.engine.connect() as conn:
        rows = conn.execute(select(db.audit).where(db.audit.c.action.like("operation_%"))
                            ).all()
    return [r for r in rows if json.loads(r.detail)["operation_id"] == op_id]


def test_a_refused_operation_is_closed_once_with_its_reason_in_the_audit(live_server):
    token = login(live_server.url, "agent13")
    op_id = refused_credit(live_server, token)
    closure_key = key()
    r = close(live_server, token, op_id, idem=closure_key)
    assert r.status_code == 201, r.text
    body = r.json()
    assert body["operation_id"] == op_id and body["member_number"] == NUMBER
    assert body["outcome"] == "discarded" and body["refused_with"] == 404
    [entry] = audit_rows(live_server, op_id)
    assert entry.action == "operation_discarded" and entry.member_number == NUMBER
    assert json.loads(entry.detail)["reason"] == "Member chose a voucher instead"

    again = close(live_server, token, op_id, idem=closure_key)  # a replay of the same press
    assert again.status_code == 201 and again.headers["Idempotency-Replayed"] == "true"
    other_press = close(live_server, token, op_id, reason="Second thoughts")
    assert other_press.status_code == 200  # closed already: the first closure stands
    assert other_press.json()["reason"] == "Member chose a voucher instead"
    assert len(audit_rows(live_server, op_id)) == 1


def test_only_the_agent_who_made_it_can_close_it(live_server):
    op_id = refused_credit(live_server, login(live_server.url, "agent13"))
    r = close(live_server, login(live_server.url, "agent12"), op_id)
    assert r.status_code == 404, r.text
    assert r.headers["Content-Type"] == "application/problem+json"
    assert audit_rows(live_server, op_id) == []


def test_an_applied_operation_cannot_be_closed(live_server):
    token = login(live_server.url, "agent13")
    op_id = key()
    assert post(live_server, token, "/credits", goodwill(NUMBER, 100), idem=op_id
                ).status_code == 201
    r = close(live_server, token, op_id)
    assert r.status_code == 409 and "was applied" in r.json()["detail"]


def test_a_call_back_the_backend_never_kept_an_answer_for_is_still_recorded(live_server):
    token = login(live_server.url, "agent13")
    op_id = key()  # refused before it was remembered (a 403, say)
    r = close(live_server, token, op_id, outcome="called_back",
              reason="Told the member the flight was full; booked the next day instead")
    assert r.status_code == 201, r.text
    assert r.json()["refused_with"] is None
    assert [e.action for e in audit_rows(live_server, op_id)] == ["operation_called_back"]


@pytest.mark.parametrize("path_id, changes", [
    ("short", {}),
    ("has%20space-and-more", {}),
    ("x" * 101, {}),
    ("ok-operation-id", {"outcome": "forgotten"}),
    ("ok-operation-id", {"reason": ""}),
    ("ok-operation-id", {"reason": "x" * 1001}),
    ("ok-operation-id", {"reason": "bell\x07in the reason"}),
    ("ok-operation-id", {"member_number": "992000000000019"}),  # wrong check digit
    ("ok-operation-id", {"member_number": None}),
])
def test_bad_closures_get_a_clear_problem_never_a_500(live_server, path_id, changes):
    r = close(live_server, login(live_server.url, "agent13"), path_id, **changes)
    assert 400 <= r.status_code < 500, r.text
    assert r.headers["Content-Type"] == "application/problem+json"
    assert r.json()["detail"]


def test_a_closure_needs_a_key_and_a_json_body(live_server):
    token = login(live_server.url, "agent13")
    url = f"{live_server.url}{API}/operations/ok-operation-id/closure"
    no_key = requests.post(url, json={"outcome": "discarded", "reason": "abc",
                                      "member_number": NUMBER}, headers=auth(token), timeout=30)
    assert no_key.status_code == 400
    garbled = requests.post(url, data=b"{not json", timeout=30,
                            headers=auth(token) | {"Content-Type": "application/json",
                                                   "Idempotency-Key": key()})
    assert garbled.status_code == 400 and garbled.json()["detail"]
    assert garbled.headers["Content-Type"] == "application/problem+json"


def test_a_closure_is_bound_to_its_member(live_server):
    """A closure for an operation closed before for another member is refused, and names
    neither that member nor anything of the first closure; the same member's replay and second
    press still answer the first closure."""
    token = login(live_server.url, "agent13")
    op_id = refused_credit(live_server, token)
    first_key = key()
    assert close(live_server, token, op_id, idem=first_key).status_code == 201

    other = demo_member_number(612)
    mix_up_key = key()
    r = close(live_server, token, op_id, idem=mix_up_key, member_number=other,
              reason="Wrong screen")
    assert r.status_code == 409, r.text
    assert r.headers["Content-Type"] == "application/problem+json"
    body = r.json()
    assert body["code"] == "member-mismatch" and "another member" in body["detail"]
    assert NUMBER not in r.text and "voucher" not in r.text
    again = close(live_server, token, op_id, idem=mix_up_key, member_number=other,
                  reason="Wrong screen")  # the refusal is the key's answer
    assert again.status_code == 409 and again.headers["Idempotency-Replayed"] == "true"

    replay = close(live_server, token, op_id, idem=first_key)
    assert replay.status_code == 201 and replay.headers["Idempotency-Replayed"] == "true"
    spaced = f"{NUMBER[:3]} {NUMBER[3:7]} {NUMBER[7:11]} {NUMBER[11:]}"
    second_press = close(live_server, token, op_id, member_number=spaced)
    assert second_press.status_code == 200, second_press.text
    assert second_press.json()["member_number"] == NUMBER
    [entry] = audit_rows(live_server, op_id)
    assert entry.member_number == NUMBER
