"""What the schemathesis run (test_schemathesis.py) found, each as a plain regression test
against the shared server: the answer is what the OpenAPI document declares."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.http import API, auth, login, post
from ..helpers.openapi import openapi_document

PROBLEM = "application/problem+json"
NUMBER = demo_member_number(1311)


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent8")


def _problem(r: requests.Response, status: int) -> dict[str, Any]:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["Content-Type"] == PROBLEM
    return r.json()


@pytest.mark.parametrize(
    ("method", "path", "allowed"),
    [
        # Two routes share the path: Starlette's 405 named only the first one's method.
        ("OPTIONS", "/credits", "GET, POST"),
        ("DELETE", "/credits", "GET, POST"),
        ("PUT", f"/members/{NUMBER}", "GET"),
        ("GET", "/auth/login", "POST"),
        ("POST", "/openapi.json", "GET, HEAD"),
    ],
)
def test_a_wrong_method_is_answered_with_every_method_the_path_takes(live_server, token,
                                                                      method, path, allowed):
    r = requests.request(method, f"{live_server.url}{API}{path}", headers=auth(token),
                         timeout=10)
    assert _problem(r, 405)["code"] == "http-405"
    assert r.headers["Allow"] == allowed


def test_every_status_sign_in_answers_is_declared(live_server):
    r = requests.post(f"{live_server.url}{API}/auth/login", data=b"\x00",
                      headers={"Content-Type": "application/json"}, timeout=10)
    assert _problem(r, 400)["code"] == "malformed-json"
    declared = openapi_document(live_server.url)["paths"][f"{API}/auth/login"]["post"]
    assert "400" in declared["responses"]


EVENT = {"code": "wrong-member", "caught_at": "2026-12-07T10:42:00+00:00",
         "member_number": NUMBER, "answered_member_number": demo_member_number(1312)}


@pytest.mark.parametrize("caught_at", [0, 1_700_000_000, "1700000000", 1.5, "2026-12-07",
                                       "2026-12-07T10:42:00"])
@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_an_instant_is_rfc3339_text_with_its_offset(live_server, token, caught_at):
    # pydantic alone took a number (or digits) as seconds since 1970, and a time without an
    # offset as local to nobody knows where.
    r = post(live_server, token, "/security-events", {**EVENT, "caught_at": caught_at})
    body = _problem(r, 422)
    assert [e["field"] for e in body["errors"]] == ["caught_at"]


@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_an_instant_as_the_client_writes_it_is_taken(live_server, token):
    for caught_at in ("2026-12-07T10:42:00+00:00", "2026-12-07T10:42:00.123456Z"):
        r = post(live_server, token, "/security-events", {**EVENT, "caught_at": caught_at})
        assert r.status_code == 201, r.text


@pytest.mark.parametrize(
    ("path", "body", "field"),
    [
        # 0 was 1 January 1970: a caller "verified" against a date nobody typed.
        (f"/members/{NUMBER}/verify",
         {"method": "dob_postcode", "birth_date": 0, "postcode": "10115"}, "birth_date"),
        (f"/members/{NUMBER}/verify",
         {"method": "dob_postcode", "birth_date": "86400", "postcode": "10115"}, "birth_date"),
        ("/awards", {"member_number": NUMBER, "origin": "FRA", "destination": "JFK",
                     "date": 86_400 * 22_000, "cabin": "Economy", "passengers": 1,
                     "passenger_names": [{"given_name": "Anna", "surname": "Schmidt"}]},
         "date"),
        ("/credits", {"member_number": NUMBER, "kind": "retro_claim", "reason": "Missing flight",
                      "flight": {"ticket_number": "2201234567890", "flight_number": "LH400",
                                 "flight_date": 0, "booking_class": "Y", "origin": "FRA",
                                 "destination": "JFK"}}, "flight.flight_date"),
    ],
)
def test_a_date_is_text_not_a_number(live_server, token, path, body, field):
    body = _problem(post(live_server, token, path, body), 422)
    assert field in [e["field"] for e in body["errors"]], body


def test_every_answer_declares_the_headers_every_answer_carries(live_server, token):
    # So that schemathesis' response_headers_conformance checks them on every answer it
    # gets (DESIGN.md §5), and other clients can rely on them.
    doc = openapi_document(live_server.url)
    undeclared = [f"{method.upper()} {path} {status}"
                  for path, operations in doc["paths"].items()
                  for method, operation in operations.items()
                  for status, response in operation["responses"].items()
                  if {"X-Request-ID", "Cache-Control"} - set(response.get("headers", {}))]
    assert undeclared == []
    r = requests.get(f"{live_server.url}{API}/auth/me", headers={**auth(token),
                                                                 "X-Request-ID": "abc.123"},
                     timeout=10)
    assert r.headers["X-Request-ID"] == "abc.123" and r.headers["Cache-Control"] == "no-store"
