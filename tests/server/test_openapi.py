"""The OpenAPI document is the contract: every operation declares its answer, its problems
(problem+json), its security and — for writes — the Idempotency-Key; and what the server
sends matches what it declares."""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import requests
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.http import API, auth, login, post
from ..helpers.openapi import openapi_document, resolve

PUBLIC = {("get", f"{API}/health"), ("post", f"{API}/auth/login")}
# Sign-in and sign-out are the writes without an Idempotency-Key (DESIGN.md §5).
NOT_IDEMPOTENT = {("post", f"{API}/auth/login"), ("post", f"{API}/auth/logout")}
PROBLEM = "application/problem+json"


@pytest.fixture(scope="module")
def doc(live_server) -> dict[str, Any]:
    return openapi_document(live_server.url)


def _operations(doc: dict[str, Any]):  # noqa: ANN202
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            yield method, path, operation


def test_every_operation_declares_answer_problems_security_and_key(doc):
    assert doc["components"]["securitySchemes"]["bearer"] == {
        "type": "http", "scheme": "bearer", "description": "The token from POST /auth/login."}
    problem = resolve(doc, {"$ref": "#/components/schemas/Problem"})
    assert {"type", "title", "status", "detail", "code", "errors", "params"} <= set(
        problem["properties"])
    field_problem = resolve(doc, problem["properties"]["errors"]["anyOf"][0]["items"])
    assert {"field", "message", "code", "params"} <= set(field_problem["properties"])

    missing = []
    for method, path, operation in _operations(doc):
        where = f"{method.upper()} {path}"
        responses = operation["responses"]
        ok = [s for s in responses if s.startswith("2")]
        if not ok:
            missing.append(f"{where}: no 2xx answer")
        for status in ok:
            if status == "204":
                continue
            content = responses[status].get("content", {})
            if "text/csv" in content:  # an export: declared as text
                declared = content["text/csv"].get("schema", {})
                if declared.get("type") != "string":
                    missing.append(f"{where}: {status} CSV answer has no schema")
                continue
            schema = content.get("application/json", {})
            declared = resolve(doc, schema.get("schema", {}))
            if not declared.get("properties") and not declared.get("type") == "array":
                missing.append(f"{where}: {status} answer has no schema")
        errors = {s: r for s, r in responses.items() if s[0] in "45"}
        if not errors and (method, path) != ("get", f"{API}/health"):  # it reports, never fails
            missing.append(f"{where}: no problem answers")
        for status, response in errors.items():
            content = response.get("content", {})
            if list(content) != [PROBLEM] or content[PROBLEM]["schema"] != {
                    "$ref": "#/components/schemas/Problem"}:
                missing.append(f"{where}: {status} is not problem+json")
        if (method, path) not in PUBLIC:
            if operation.get("security") != [{"bearer": []}]:
                missing.append(f"{where}: no bearer security")
            if "401" not in responses:
                missing.append(f"{where}: no 401")
        if operation.get("parameters") or "requestBody" in operation:
            if "422" not in responses:
                missing.append(f"{where}: takes input but declares no 422")
        if method == "post" and (method, path) not in NOT_IDEMPOTENT:
            headers = [p for p in operation.get("parameters", ())
                       if p["in"] == "header" and p["name"] == "Idempotency-Key"]
            if not headers or not headers[0]["required"]:
                missing.append(f"{where}: no required Idempotency-Key header")
            if "400" not in responses:
                missing.append(f"{where}: no 400 (missing key)")
    assert not missing, "\n".join(missing)


def _conforms(doc: dict[str, Any], schema: dict[str, Any], value: Any, where: str) -> list[str]:
    """Where `value` strays from `schema`: a key not declared, a declared one missing, a type."""
    schema = resolve(doc, schema)
    if "anyOf" in schema:
        tried = [_conforms(doc, option, value, where) for option in schema["anyOf"]]
        return [] if any(not t for t in tried) else min(tried, key=len)
    kind = schema.get("type")
    if kind == "null":
        return [] if value is None else [f"{where}: not null"]
    if kind == "object" or "properties" in schema:
        if not isinstance(value, dict):
            return [f"{where}: not an object"]
        found = []
        properties = schema.get("properties", {})
        if schema.get("additionalProperties") is None and properties:
            found += [f"{where}.{k}: sent, not declared" for k in value if k not in properties]
        found += [f"{where}.{k}: declared required, not sent" for k in schema.get("required", ())
                  if k not in value]
        for name, prop in properties.items():
            if name in value:
                found += _conforms(doc, prop, value[name], f"{where}.{name}")
        return found
    if kind == "array":
        if not isinstance(value, list):
            return [f"{where}: not an array"]
        return [e for i, item in enumerate(value[:5])
                for e in _conforms(doc, schema.get("items", {}), item, f"{where}[{i}]")]
    python = {"string": str, "integer": int, "boolean": bool, "number": (int, float)}.get(kind)
    if python is not None and (not isinstance(value, python) or
                               (kind == "integer" and isinstance(value, bool))):
        return [f"{where}: {value!r} is not {kind}"]
    return []


def _check(doc: dict[str, Any], r: requests.Response, method: str, template: str) -> list[str]:
    response = doc["paths"][f"{API}{template}"][method]["responses"][str(r.status_code)]
    if r.status_code >= 400:
        assert r.headers["Content-Type"] == PROBLEM
        schema = response["content"][PROBLEM]["schema"]
    else:
        schema = response["content"]["application/json"]["schema"]
    return _conforms(doc, schema, r.json(), f"{method.upper()} {template} {r.status_code}")


def test_what_the_server_sends_is_what_it_declares(doc, private_servers):
    # A server of its own: the agent's daily limit and the queue are not shared with others.
    live_server = private_servers.start()
    base = live_server.url
    agent, boss = login(base, "agent9"), login(base, "super2")
    number = demo_member_number(1207)
    strays: list[str] = []

    def get(token: str, template: str, path: str, **params: Any) -> requests.Response:
        r = requests.get(f"{base}{API}{path}", params=params, headers=auth(token), timeout=30)
        strays.extend(_check(doc, r, "get", template))
        return r

    def write(token: str, template: str, path: str, body: dict[str, Any]) -> requests.Response:
        r = post(live_server, token, path, body)
        strays.extend(_check(doc, r, "post", template))
        return r

    get(agent, "/health", "/health")
    get(agent, "/auth/me", "/auth/me")
    get(agent, "/members", "/members", q=number)
    get(agent, "/members/{number}", f"/members/{number}")
    get(agent, "/members/{number}/transactions", f"/members/{number}/transactions", limit=5)
    get(agent, "/members/{number}", "/members/992000000000019")  # a 422 problem
    small = write(agent, "/credits", "/credits", {"member_number": number, "miles": 100,
                                                  "kind": "goodwill", "reason": "Contract"})
    big = write(agent, "/credits", "/credits", {"member_number": number, "miles": 300_000,
                                                "kind": "correction", "reason": "Funds"})
    other = write(agent, "/credits", "/credits", {"member_number": number, "miles": 90_000,
                                                  "kind": "goodwill", "reason": "Other"})
    assert big.json()["status"] == "pending" and small.json()["status"] == "applied"
    get(boss, "/credits", "/credits", status="pending")
    write(boss, "/credits/{credit_id}/approve", f"/credits/{big.json()['id']}/approve",
          {"member_number": number, "miles": 300_000})
    write(boss, "/credits/{credit_id}/reject", f"/credits/{other.json()['id']}/reject",
          {"member_number": number, "miles": 90_000, "note": "Not this way"})
    write(boss, "/credits/{credit_id}/reject", f"/credits/{other.json()['id']}/reject",
          {"member_number": number, "miles": 90_000, "note": "Again"})  # a 409 problem
    write(boss, "/transactions/{entry_id}/reversal",
          f"/transactions/{small.json()['ledger_id']}/reversal",
          {"member_number": number, "reason": "Contract check"})

    open_requests = get(agent, "/requests", "/requests", assigned="unassigned").json()
    request_id = open_requests["requests"][0]["id"]
    get(agent, "/requests/{request_id}", f"/requests/{request_id}")
    write(agent, "/requests/{request_id}/claim", f"/requests/{request_id}/claim", {})
    write(agent, "/requests/{request_id}/decision", f"/requests/{request_id}/decision",
          {"decision": "escalate", "note": "Needs a supervisor"})

    with live_server.settings.engine.connect() as conn:
        seat = conn.execute(select(db.award_inventory).where(
            db.award_inventory.c.seats >= 1,
            db.award_inventory.c.departure_date > dt.date.today().isoformat())
            .order_by(db.award_inventory.c.id.desc()).limit(1)).one()
    get(agent, "/awards/availability", "/awards/availability", origin=seat.origin,
        destination=seat.destination, date=seat.departure_date, cabin=seat.cabin)
    booking = write(agent, "/awards", "/awards", {
        "member_number": number, "inventory_id": seat.id, "passengers": 1,
        "passenger_names": [{"given_name": "Anna", "surname": "Schmidt"}]})
    get(agent, "/upgrades/quote", "/upgrades/quote", member_number=number,
        ticket_number="2200000000000", to_cabin="First")  # a 404 problem
    assert booking.status_code == 201, booking.text
    write(agent, "/awards/{code}/cancel", f"/awards/{booking.json()['code']}/cancel",
          {"member_number": number, "reason": "Plans changed"})

    write(agent, "/members/{number}/verify", f"/members/{number}/verify",
          {"method": "dob_postcode", "birth_date": "1900-01-01", "postcode": "00000"})
    write(agent, "/operations/{operation_id}/closure", "/operations/op-contract-1/closure",
          {"outcome": "discarded", "reason": "Contract check", "member_number": number})
    assert not strays, "\n".join(strays)
