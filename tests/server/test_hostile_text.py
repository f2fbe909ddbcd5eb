"""Hostile text in every string field of every write: a 422 naming the field, never a 500,
never stored.

The writes and their fields come from the OpenAPI document, so a new write, or a new field of
an old one, is covered without editing this file; only a valid body to start from must be
given for a new write (the test says so when it is missing).
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest
import requests
from sqlalchemy import String, Text, func, or_, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.http import API, auth, key, login
from ..helpers.servers import PrivateServers

MEMBER = demo_member_number(77)
# Sign-in compares what it is given and stores none of it; sign-out has no body.
NOT_TEXT_WRITES = {f"{API}/auth/login", f"{API}/auth/logout"}

HOSTILE = {
    "nul": "ab\x00cd",
    "bell": "ab\x07cd",
    "escape": "ab\x1b[31mcd",
    "bidi override": "abc\u202edcba",
    "zero-width space": "ab\u200bcd",
    "line separator": "ab\u2028cd",
    "very long": "x" * 10_000,
    "spaces only": "     ",
    "blank lines": " \n\t \n ",
}
MARKERS = ("\x00", "\x07", "\x1b", "\u202e", "\u200b", "\u2028", "x" * 5_000)


def _valid_bodies() -> dict[str, dict[str, Any]]:
    """A body each write accepts as far as its fields go (the rows it names need not exist:
    the fields are checked first)."""
    soon = (dt.date.today() + dt.timedelta(days=5)).isoformat()
    flight = {"ticket_number": "2201234567890", "flight_number": "LH400",
              "flight_date": (dt.date.today() - dt.timedelta(days=5)).isoformat(),
              "booking_class": "Y", "origin": "FRA", "destination": "JFK"}
    return {
        "/credits": {"member_number": MEMBER, "miles": 100, "kind": "goodwill",
                     "reason": "Delayed bag", "reference": "LH400", "flight": flight},
        "/credits/{credit_id}/approve": {"member_number": MEMBER, "miles": 100,
                                         "note": "Checked the booking"},
        "/credits/{credit_id}/reject": {"member_number": MEMBER, "miles": 100,
                                        "note": "No reason given"},
        "/transactions/{entry_id}/reversal": {"member_number": MEMBER, "reason": "Fraud"},
        "/requests/{request_id}/claim": {},
        "/requests/{request_id}/decision": {"decision": "approve", "note": "Entitled",
                                            "customer_reply": "Dear customer, yes."},
        "/awards": {"member_number": MEMBER, "origin": "FRA", "destination": "JFK",
                    "date": soon, "cabin": "Economy", "passengers": 1,
                    "passenger_names": [{"given_name": "Anna", "surname": "Schmidt"}]},
        "/awards/{code}/cancel": {"member_number": MEMBER, "reason": "Plans changed"},
        "/upgrades": {"member_number": MEMBER, "ticket_number": "2201234567890",
                      "to_cabin": "Business"},
        "/members/{number}/verify": {"method": "dob_postcode", "birth_date": "1980-01-02",
                                     "postcode": "60311", "pin": "1234"},
        "/offline-reads": {"member_number": MEMBER, "what": "member",
                           "opened_at": "2026-12-07T10:00:00Z"},
        "/members/{number}/reveal": {"member_number": MEMBER, "fields": ["email"],
                                     "reason": {"code": "fraud_investigation",
                                                "text": "Case 2026-17"}},
        "/members/{number}/profile": {
            "verification_id": "abcdefghijklmnop",
            "changes": {"street": "Hauptstraße 1", "postcode": "60311", "city": "Frankfurt",
                        "country": "DE", "phone": "+49 151 2345678",
                        "email": "name@example.org", "language": "de"}},
        "/operations/{operation_id}/closure": {"outcome": "discarded", "reason": "Not needed",
                                               "member_number": MEMBER},
        "/security-events": {"code": "signin-mismatch", "caught_at": "2026-12-07T10:00:00Z",
                             "request_id": "0123abcd", "member_number": MEMBER,
                             "answered_member_number": None, "answered_agent": "agent2"},
        "/remediation/batches": {"from": "2026-10-27T15:00:00Z", "to": "2026-10-27T15:40:00Z",
                                 "types": ["donation"], "channels": ["web"],
                                 "note": "Wrong-profile incident",
                                 "exclusions": [{"entry_id": 1, "reason": "Member confirmed"}]},
        "/remediation/batches/{batch_id}/approve": {"entries": 1, "content": "0" * 64},
    }


PATH_VALUES = {"credit_id": "1", "entry_id": "1", "request_id": "1", "code": "ABC234",
               "number": MEMBER, "operation_id": "op-hostile-1", "batch_id": "1"}


def _resolve(doc: dict[str, Any], schema: dict[str, Any]) -> dict[str, Any]:
    while "$ref" in schema:
        schema = doc["components"]["schemas"][schema["$ref"].rsplit("/", 1)[1]]
    for option in schema.get("anyOf", ()):  # Optional[X]: the X
        if option.get("type") != "null":
            return _resolve(doc, option)
    return schema


def _string_fields(doc: dict[str, Any], schema: dict[str, Any],
                   prefix: tuple[str, ...] = ()) -> list[tuple[str, ...]]:
    """Paths of the body's string fields that are not a fixed choice or a date."""
    found = []
    for name, prop in _resolve(doc, schema).get("properties", {}).items():
        prop = _resolve(doc, prop)
        if prop.get("type") == "object" or "properties" in prop:
            found += _string_fields(doc, prop, (*prefix, name))
        elif prop.get("type") == "array" and "items" in prop:  # a list of objects: its first
            found += _string_fields(doc, prop["items"], (*prefix, name, "0"))
        elif prop.get("type") == "string" and "enum" not in prop and "const" not in prop \
                and "format" not in prop:
            found.append((*prefix, name))
    return found


def _writes(doc: dict[str, Any]) -> list[tuple[str, tuple[str, ...] | None]]:
    cases = []
    for path, operations in doc["paths"].items():
        if "post" not in operations or path in NOT_TEXT_WRITES:
            continue
        body = operations["post"].get("requestBody")
        if body is None:
            cases.append((path, None))
            continue
        schema = body["content"]["application/json"]["schema"]
        cases += [(path, field) for field in _string_fields(doc, schema)]
    return cases


def _with(body: Any, field: tuple[str, ...], value: str) -> Any:
    if isinstance(body, list):  # field[0] is an index ("0")
        items, index = list(body), int(field[0])
        items[index] = value if len(field) == 1 else _with(items[index], field[1:], value)
        return items
    body = {**body}
    if len(field) == 1:
        body[field[0]] = value
    else:
        body[field[0]] = _with(body.get(field[0]) or {}, field[1:], value)
    return body


@pytest.fixture(scope="module")
def server(seeded_db, tmp_path_factory):  # noqa: ANN201
    servers = PrivateServers(seeded_db, tmp_path_factory.mktemp("hostile"))
    yield servers.start()
    servers.stop_all()


def test_every_string_field_of_every_write_refuses_hostile_text(server):
    doc = requests.get(f"{server.url}{API}/openapi.json", timeout=10).json()
    bodies = _valid_bodies()
    cases = _writes(doc)
    missing = {path for path, _ in cases if path.removeprefix(API) not in bodies}
    assert not missing, f"give a valid body for the new writes {sorted(missing)} above"
    fields = [(path, field) for path, field in cases if field is not None]
    # The writes with typed text must all be found, or the walk above has gone blind.
    assert {(f"{API}/awards/{{code}}/cancel", ("reason",)),
            (f"{API}/awards", ("passenger_names", "0", "surname")),
            (f"{API}/members/{{number}}/profile", ("changes", "street")),
            (f"{API}/credits", ("flight", "ticket_number"))} <= set(fields)

    headers = {**auth(login(server.url, "super1"))}
    failures = []
    for path, field in fields:
        url = server.url + path.format(**PATH_VALUES)
        for label, value in HOSTILE.items():
            body = _with(bodies[path.removeprefix(API)], field, value)
            r = requests.post(url, json=body, headers={**headers, "Idempotency-Key": key()},
                              timeout=30)
            named = ".".join(field)
            problem = r.json() if r.headers.get("Content-Type") == "application/problem+json" \
                else {}
            if r.status_code != 422 or named not in {e["field"] for e in
                                                     problem.get("errors") or ()}:
                failures.append(f"{path} {named} {label}: {r.status_code} {r.text[:160]}")
            elif not problem.get("detail"):
                failures.append(f"{path} {named} {label}: no readable detail")
    assert not failures, "\n".join(failures[:20]) + f"\n({len(failures)} in all)"
    assert not _stored_hostile_text(server)


def _stored_hostile_text(server) -> list[str]:  # noqa: ANN001
    """Rows of the server's database holding any of the hostile strings (the audit too)."""
    hits = []
    with server.settings.engine.connect() as conn:
        for table in db.metadata.sorted_tables:
            columns = [c for c in table.columns if isinstance(c.type, (String, Text))]
            if not columns:
                continue
            found = conn.execute(select(table).where(or_(*[
                func.instr(c, marker) > 0 for c in columns for marker in MARKERS
            ])).limit(3)).all()
            hits += [f"{table.name}: {tuple(row)[:4]}" for row in found]
    return hits
