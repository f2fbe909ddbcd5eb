"""POST /members/{number}/reveal (issue 16, item 1): a reason is required, each field answers
its unmasked value and only the fields asked, the answer names the member, the audit keeps the
fields and the reason but never the values, and a retried reveal (same Idempotency-Key) is
audited once and leaves no value in the idempotency table."""

from __future__ import annotations

import json

import pytest
import requests
from sqlalchemy import select

from supportdesk.api.client import ApiClient
from supportdesk.domain import reveal
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import SecurityError
from supportdesk.server import db

from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import API, key, login, post
from ..helpers.intermediaries import rewriting_proxy

MEMBER = demo_member_number(2201)
OTHER = demo_member_number(2202)


def _body(number: str = MEMBER, fields=("email",), code="caller_verified", text=None):
    reason = {"code": code} if text is None else {"code": code, "text": text}
    return {"member_number": number, "fields": list(fields), "reason": reason}


def _row(live_server, number: str):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(
            db.members.c.member_number == number)).one()


def _reveals(live_server, number: str):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.audit, db.agents.c.username)
            .join(db.agents, db.agents.c.id == db.audit.c.agent_id)
            .where(db.audit.c.action == "reveal", db.audit.c.member_number == number)
            .order_by(db.audit.c.id)).all()


def test_search_and_account_stay_masked_and_the_name_readable(live_server):
    token = login(live_server.url)
    row = _row(live_server, MEMBER)
    headers = {"Authorization": f"Bearer {token}"}
    account = requests.get(f"{live_server.url}{API}/members/{MEMBER}", headers=headers,
                           timeout=10)
    hits = requests.get(f"{live_server.url}{API}/members", params={"q": MEMBER},
                        headers=headers, timeout=10)
    for text in (account.text, hits.text):
        for secret in (row.email, row.phone, row.street, row.postcode, row.birth_date):
            assert secret not in text
        assert row.last_name in text


@pytest.mark.parametrize("field", reveal.FIELDS)
def test_each_field_is_revealed_alone_and_audited_without_its_value(live_server, field):
    number = demo_member_number(2210 + reveal.FIELDS.index(field))
    token = login(live_server.url, "agent3")
    r = post(live_server, token, f"/members/{number}/reveal",
             _body(number, [field], "supervisor_request", "Supervisor Weber asked, case 17"))
    assert r.status_code == 200, r.text
    assert r.headers["Cache-Control"] == "no-store"
    answer = r.json()
    assert answer["member_number"] == number
    row = _row(live_server, number)
    expected = {"email": row.email, "phone": row.phone, "birth_date": row.birth_date,
                "address": f"{row.street}, {row.postcode} {row.city}, {row.country}"}[field]
    assert answer["values"] == {field: expected}
    (entry,) = _reveals(live_server, number)
    assert entry.username == "agent3"
    detail = json.loads(entry.detail)
    assert detail == {"fields": [field], "reason": "supervisor_request",
                      "reason_text": "Supervisor Weber asked, case 17"}
    assert expected not in entry.detail and row.street not in entry.detail


def test_no_reason_is_a_422_naming_the_reason(live_server):
    token = login(live_server.url)
    body = _body()
    del body["reason"]
    r = post(live_server, token, f"/members/{MEMBER}/reveal", body)
    assert r.status_code == 422
    assert r.headers["Content-Type"].startswith("application/problem+json")
    assert [e["field"] for e in r.json()["errors"]] == ["reason"]
    # A reason that needs words and has none, an unknown reason, no fields.
    for bad, field in ((_body(code="fraud_investigation"), "reason"),
                       (_body(code="curiosity"), "reason.code"),
                       (_body(fields=[]), "fields"),
                       (_body(fields=["email", "email"]), "fields"),
                       (_body(fields=["pin"]), "fields.0")):
        r = post(live_server, token, f"/members/{MEMBER}/reveal", bad)
        assert r.status_code == 422, bad
        assert field in [e["field"] for e in r.json()["errors"]], r.text
    assert "values" not in r.text
    assert not _reveals(live_server, MEMBER) or all(
        json.loads(e.detail)["reason"] for e in _reveals(live_server, MEMBER))


def test_a_supervisor_may_reveal_and_several_fields_answer_together(live_server):
    number = demo_member_number(2220)
    token = login(live_server.url, "super2")
    r = post(live_server, token, f"/members/{number}/reveal",
             _body(number, ["phone", "birth_date"], "data_protection_request",
                   "DPA request 2026-114"))
    assert r.status_code == 200, r.text
    assert set(r.json()["values"]) == {"phone", "birth_date"}
    (entry,) = _reveals(live_server, number)
    assert entry.username == "super2"


def test_unknown_member_is_404_and_another_members_body_is_refused(live_server):
    token = login(live_server.url)
    unknown = demo_member_number(TEST_MEMBERS + 55)
    r = post(live_server, token, f"/members/{unknown}/reveal", _body(unknown))
    assert r.status_code == 404 and r.json()["code"] == "member-not-found"
    row = _row(live_server, MEMBER)
    r = post(live_server, token, f"/members/{MEMBER}/reveal", _body(OTHER))
    assert r.status_code == 409 and r.json()["code"] == "member-mismatch"
    assert row.email not in r.text and _row(live_server, OTHER).email not in r.text
    assert not _reveals(live_server, OTHER)


def test_a_retried_reveal_is_audited_once_and_its_values_are_not_kept(live_server):
    number = demo_member_number(2230)
    token = login(live_server.url, "agent4")
    idem = key()
    body = _body(number, ["email", "address"])
    first = post(live_server, token, f"/members/{number}/reveal", body, idem=idem)
    again = post(live_server, token, f"/members/{number}/reveal", body, idem=idem)
    assert first.status_code == again.status_code == 200
    assert again.headers["Idempotency-Replayed"] == "true"
    assert again.json()["values"] == first.json()["values"]
    assert len(_reveals(live_server, number)) == 1
    with live_server.settings.engine.connect() as conn:
        kept = conn.execute(select(db.idempotency.c.response).where(
            db.idempotency.c.key == idem)).scalar_one()
    row = _row(live_server, number)
    assert row.email not in kept and row.street not in kept
    # The same key for another body is refused; no key at all is the contract's 400.
    other = post(live_server, token, f"/members/{number}/reveal", _body(number, ["phone"]),
                 idem=idem)
    assert other.status_code == 422 and other.json()["code"] == "idempotency-key-reused"
    assert post(live_server, token, f"/members/{number}/reveal", body,
                idem=None).status_code == 400
    # Another agent's key shows nothing.
    stranger = login(live_server.url, "agent5")
    r = post(live_server, stranger, f"/members/{number}/reveal", body, idem=idem)
    assert r.status_code == 422 and row.email not in r.text
    assert len(_reveals(live_server, number)) == 1


def test_the_client_checks_the_answer_names_the_member_and_the_fields(live_server):
    number = demo_member_number(2240)
    api = ApiClient(live_server.url, retries=0)
    api.login("agent6", "demo")
    revealed = api.reveal(number, ["email"], "caller_verified", None, operation_id=key())
    assert revealed.member_number == number
    assert revealed.values == {"email": _row(live_server, number).email}
    assert _row(live_server, number).email not in repr(revealed)
    api.close()


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
@pytest.mark.expect_log("supportdesk.security", "REVEAL ANSWER")
def test_a_rewritten_reveal_answer_is_refused(live_server):
    number = demo_member_number(2241)

    def other_member(answer: dict) -> dict:
        return {**answer, "member_number": OTHER}

    def more_fields(answer: dict) -> dict:
        return {**answer, "values": {**answer.get("values", {}), "phone": "+49 1"}}

    for rewrite in (other_member, more_fields):
        with rewriting_proxy(live_server.url, rewrite) as url:
            api = ApiClient(url, retries=0)
            api.login("agent7", "demo")
            with pytest.raises(SecurityError):
                api.reveal(number, ["email"], "caller_verified", None, operation_id=key())
            api.close()
