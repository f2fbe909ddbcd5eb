"""No input yields a 500 (DESIGN.md §5): integers too large for the database (above 2^63 − 1,
where SQLite's INTEGER overflows), zero and negative ones, in every path parameter of every
operation and every integer field of a body, are refused as 422 problem+json naming the field.

The operations are read from the OpenAPI document, so a new route is covered without a change
here; one that takes a body needs a valid sample body below (the test says so), so that the
path parameter is the only thing wrong with the request."""

from __future__ import annotations

from typing import Any

import pytest
import requests

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server.fields import MAX_ID

from ..helpers.http import API, auth, key, login
from ..helpers.openapi import openapi_document, resolve

PROBLEM = "application/problem+json"
NUMBER = demo_member_number(1207)
OUT_OF_RANGE = (str(MAX_ID + 1), str(10**30), str(-MAX_ID - 2), "-1", "0")
UNKNOWN_ID = "999999999"  # in range, no such row: a 404 (or 403), never a 422

# A valid body per (method, path template) of the operations with a body and a path parameter
# or an integer field.
SAMPLE_BODIES: dict[tuple[str, str], dict[str, Any]] = {
    ("post", "/credits"): {"member_number": NUMBER, "miles": 100, "kind": "goodwill",
                           "reason": "Range check"},
    ("post", "/credits/{credit_id}/approve"): {"member_number": NUMBER, "miles": 100},
    ("post", "/credits/{credit_id}/reject"): {"member_number": NUMBER, "miles": 100,
                                              "note": "Not this way"},
    ("post", "/transactions/{entry_id}/reversal"): {"member_number": NUMBER,
                                                    "reason": "Range check"},
    ("post", "/requests/{request_id}/decision"): {"decision": "escalate",
                                                  "note": "Needs a supervisor"},
    ("post", "/awards"): {"member_number": NUMBER, "inventory_id": 1, "passengers": 1,
                          "passenger_names": [{"given_name": "Anna", "surname": "Schmidt"}]},
    ("post", "/awards/{code}/cancel"): {"member_number": NUMBER, "reason": "Plans changed"},
    ("post", "/members/{number}/verify"): {"method": "dob_postcode", "birth_date": "1900-01-01",
                                           "postcode": "00000"},
    ("post", "/members/{number}/profile"): {"verification_id": "no-such-verification",
                                            "changes": {"city": "Berlin"}},
    ("post", "/operations/{operation_id}/closure"): {
        "outcome": "discarded", "reason": "Range check", "member_number": NUMBER},
    ("post", "/remediation/batches/{batch_id}/approve"): {"entries": 1,
                                                           "content": "0" * 64},
    ("post", "/remediation/batches/{batch_id}/execute"): {"limit": 5},
    ("post", "/offline-reads"): {"member_number": NUMBER, "what": "request", "request_id": 1,
                                 "opened_at": "2026-12-07T10:00:00+00:00"},
    ("post", "/members/{number}/reveal"): {"member_number": NUMBER, "fields": ["email"],
                                           "reason": {"code": "caller_verified"}},
}


@pytest.fixture(scope="module")
def doc(live_server) -> dict[str, Any]:
    return openapi_document(live_server.url)


def _integer(schema: dict[str, Any]) -> dict[str, Any] | None:
    """The integer schema of a parameter or property (maybe inside `anyOf` with null)."""
    for option in (schema, *schema.get("anyOf", ())):
        if option.get("type") == "integer":
            return option
    return None


def _operations(doc: dict[str, Any]):  # noqa: ANN202
    for path, operations in doc["paths"].items():
        for method, operation in operations.items():
            yield method, path.removeprefix(API), operation


def _body_integers(doc: dict[str, Any], operation: dict[str, Any]) -> dict[str, dict]:
    content = operation.get("requestBody", {}).get("content", {}).get("application/json")
    if content is None:
        return {}
    body = resolve(doc, content["schema"])
    return {name: schema for name, prop in body.get("properties", {}).items()
            if (schema := _integer(resolve(doc, prop))) is not None}


def _sample_body(method: str, template: str, operation: dict[str, Any]) -> dict | None:
    if "requestBody" not in operation:
        return None
    assert (method, template) in SAMPLE_BODIES, (
        f"add a valid sample body for {method.upper()} {template} to SAMPLE_BODIES")
    return SAMPLE_BODIES[(method, template)]


def _send(base: str, token: str, method: str, path: str, body: dict | None,
          request_id: str) -> requests.Response:
    headers = auth(token) | {"X-Request-ID": request_id, "Idempotency-Key": key()}
    return requests.request(method, f"{base}{API}{path}", json=body, headers=headers,
                            timeout=30)


def _assert_contract(r: requests.Response, request_id: str, where: str) -> None:
    assert r.status_code < 500, (where, r.status_code, r.text)
    assert r.headers["X-Request-ID"] == request_id, where
    assert r.headers["Cache-Control"] == "no-store", where
    if r.status_code >= 400:
        assert r.headers["Content-Type"] == PROBLEM, (where, r.headers["Content-Type"])
        assert r.json()["detail"], where


def test_every_integer_parameter_and_field_declares_its_range(doc):
    """The bound is in the contract, so a client can know it (and a new id without one is
    caught here before it can overflow the database)."""
    unbounded = []
    for method, template, operation in _operations(doc):
        fields = {f"{p['in']} {p['name']}": _integer(p["schema"])
                  for p in operation.get("parameters", ())}
        fields |= {f"body {name}": schema
                   for name, schema in _body_integers(doc, operation).items()}
        for name, schema in fields.items():
            if schema is None:
                continue
            low, high = schema.get("minimum"), schema.get("maximum")
            # FastAPI writes a body field's bound as a float (2^63 − 1 reads as 2^63).
            if low is None or high is None or float(high) > float(MAX_ID):
                unbounded.append(f"{method.upper()} {template}: {name} {low}..{high}")
    assert not unbounded, "\n".join(unbounded)


def test_out_of_range_path_parameters_are_a_problem_never_a_500(doc, private_servers):
    # A server of its own: a string parameter may take a number (an operation id may be all
    # digits), and then the write is done.
    server = private_servers.start()
    token = login(server.url, "super2")  # a supervisor may reach every operation
    checked = 0
    for method, template, operation in _operations(doc):
        params = [p for p in operation.get("parameters", ()) if p["in"] == "path"]
        if not params:
            continue
        body = _sample_body(method, template, operation)
        for param in params:
            integer = _integer(param["schema"]) is not None
            others = {p["name"]: UNKNOWN_ID for p in params if p is not param}
            if integer:
                # The sample body is valid: an unknown id in range reaches the handler.
                path = template.format(**others, **{param["name"]: UNKNOWN_ID})
                where = f"{method.upper()} {path}"
                r = _send(server.url, token, method, path, body, "probe-1")
                _assert_contract(r, "probe-1", where)
                assert r.status_code != 422, (where, r.text)
            for n, value in enumerate(OUT_OF_RANGE):
                path = template.format(**others, **{param["name"]: value})
                where = f"{method.upper()} {path}"
                request_id = f"range-{checked}-{n}"
                r = _send(server.url, token, method, path, body, request_id)
                _assert_contract(r, request_id, where)
                if integer:
                    assert r.status_code == 422, (where, r.text)
                    fields = [e["field"] for e in r.json()["errors"]]
                    assert fields == [param["name"]], (where, fields)
            checked += 1
    assert checked >= 10  # the document was read, and the routes with ids are in it


def test_out_of_range_integers_in_bodies_are_a_problem_never_a_500(doc, live_server):
    token = login(live_server.url, "super2")
    checked = 0
    for method, template, operation in _operations(doc):
        integers = _body_integers(doc, operation)
        if not integers:
            continue
        body = _sample_body(method, template, operation)
        # An id in range that names nothing: the body's integer is refused before it is read.
        path = template.format(**{p["name"]: UNKNOWN_ID
                                  for p in operation.get("parameters", ()) if p["in"] == "path"})
        for name in integers:
            for n, value in enumerate(OUT_OF_RANGE):
                request_id = f"body-{checked}-{n}"
                r = _send(live_server.url, token, method, path, body | {name: int(value)},
                          request_id)
                where = f"{method.upper()} {path} {name}={value}"
                _assert_contract(r, request_id, where)
                assert r.status_code == 422, (where, r.text)
                assert [e["field"] for e in r.json()["errors"]] == [name], (where, r.text)
            checked += 1
    assert checked >= 5  # miles (a credit, its approval and rejection), inventory_id, …
