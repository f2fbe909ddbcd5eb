"""Profile changes after caller verification, audited with before and after."""

from __future__ import annotations

import json

import requests
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db
from supportdesk.server.passwords import demo_pin

from ..helpers.http import API, auth, login, post


def member(live_server, index: int):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(db.members.c.id == index)).one()


def test_verify_by_dob_and_postcode_then_change_address_and_email(live_server):
    token = login(live_server.url, "agent11")
    m = member(live_server, 801)
    r = post(live_server, token, f"/members/{m.member_number}/verify",
             {"method": "dob_postcode", "birth_date": m.birth_date, "postcode": m.postcode})
    assert r.status_code == 200 and r.json()["verified"] is True
    verification = r.json()["verification_id"]
    r = post(live_server, token, f"/members/{m.member_number}/profile",
             {"verification_id": verification,
              "changes": {"street": "Neue Straße 5", "email": "New.Address@example.org",
                          "language": "en"}})
    assert r.status_code == 200, r.text
    assert r.json()["member_number"] == m.member_number
    assert r.json()["email_masked"].startswith("Ne") and "•" in r.json()["email_masked"]
    after = member(live_server, 801)
    assert (after.street, after.email_lower, after.language) == (
        "Neue Straße 5", "new.address@example.org", "en")
    with live_server.settings.engine.connect() as conn:
        entry = conn.execute(select(db.audit).where(db.audit.c.action == "profile_change",
                                                    db.audit.c.member_number == m.member_number)
                             ).one()
    detail = json.loads(entry.detail)
    assert detail["before"]["street"] == m.street and detail["after"]["street"] == "Neue Straße 5"
    # Kept with every other profile change (an incident's can be found and restored).
    with live_server.settings.engine.connect() as conn:
        kept = conn.execute(select(db.profile_changes).where(
            db.profile_changes.c.member_id == m.id)).one()
    assert (kept.channel, kept.fields, kept.agent_id is not None) == (
        "agent", "email,language,street", True)
    assert json.loads(kept.before) == {"email": m.email, "language": m.language,
                                       "street": m.street}


def test_verify_by_pin_and_change_phone(live_server):
    token = login(live_server.url, "agent11")
    number = demo_member_number(802)
    r = post(live_server, token, f"/members/{number}/verify", {"method": "pin",
                                                               "pin": demo_pin(802)})
    assert r.json()["verified"] is True
    r = post(live_server, token, f"/members/{number}/profile",
             {"verification_id": r.json()["verification_id"],
              "changes": {"phone": "+41 44 123 45 67"}})
    assert r.status_code == 200
    assert member(live_server, 802).phone == "+41441234567"
    found = requests.get(f"{live_server.url}{API}/members", params={"q": "044 123 45 67"},
                         headers=auth(token), timeout=10).json()["results"]
    assert [x["member_number"] for x in found] == [number]


def test_wrong_details_do_not_verify_and_repeated_failures_lock(live_server):
    token = login(live_server.url, "agent12")
    m = member(live_server, 803)
    for attempt in range(5):
        r = post(live_server, token, f"/members/{m.member_number}/verify",
                 {"method": "pin", "pin": "0000" if demo_pin(803) != "0000" else "1111"})
        assert r.status_code == 200 and r.json()["verified"] is False
        assert r.json()["attempts_left"] == 4 - attempt
    r = post(live_server, token, f"/members/{m.member_number}/verify",
             {"method": "dob_postcode", "birth_date": m.birth_date, "postcode": m.postcode})
    assert r.status_code == 429 and "Too many" in r.json()["detail"]


def test_changes_need_a_matching_fresh_verification(live_server):
    token = login(live_server.url, "agent12")
    other = login(live_server.url, "agent13")
    number = demo_member_number(804)
    verification = post(live_server, token, f"/members/{number}/verify",
                        {"method": "pin", "pin": demo_pin(804)}).json()["verification_id"]
    change = {"verification_id": verification, "changes": {"city": "Bonn"}}
    # Another agent, another member, or a made-up id: refused.
    assert post(live_server, other, f"/members/{number}/profile", change).status_code == 403
    assert post(live_server, token, f"/members/{demo_member_number(805)}/profile",
                change).status_code == 403
    r = post(live_server, token, f"/members/{number}/profile",
             {"verification_id": "x" * 20, "changes": {"city": "Bonn"}})
    assert r.status_code == 403 and "Verify the caller" in r.json()["detail"]


def test_bad_profile_values_get_field_errors(live_server):
    token = login(live_server.url, "agent13")
    number = demo_member_number(806)
    verification = post(live_server, token, f"/members/{number}/verify",
                        {"method": "pin", "pin": demo_pin(806)}).json()["verification_id"]
    for changes, field in (({"email": "not-an-email"}, "email"),
                           ({"phone": "0151 123"}, "phone"),
                           ({"phone": "0151 1234567"}, "phone"),
                           ({"country": "Germany"}, "country"),
                           ({"language": "xx"}, "language"),
                           ({"street": "a\x00b"}, "street"),
                           ({}, "body")):
        r = post(live_server, token, f"/members/{number}/profile",
                 {"verification_id": verification, "changes": changes})
        assert r.status_code == 422, (changes, r.text)
        assert any(e["field"].endswith(field) or e["field"] == "body"
                   for e in r.json()["errors"]), (changes, r.json())
    r = post(live_server, token, f"/members/{number}/verify", {"method": "pin"})
    assert r.status_code == 422
