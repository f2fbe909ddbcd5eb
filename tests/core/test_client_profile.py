"""The client's caller verification and profile change against the real reference server."""

from __future__ import annotations

import datetime as dt
import json

import pytest
from sqlalchemy import select

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.api.models import MemberAccount
from supportdesk.api.profile import ProfileChanges, Verification
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import (
    Forbidden,
    RateLimited,
    ValidationFailed,
    WrongMemberError,
)
from supportdesk.server import db
from supportdesk.server.passwords import demo_pin


@pytest.fixture
def agent(live_server):
    api = ApiClient(live_server.url)
    api.login("agent18", "demo")
    yield api
    api.close()


def member_row(live_server, index: int):  # noqa: ANN201
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(db.members.c.id == index)).one()


def wrong_pin(index: int) -> str:
    return "0000" if demo_pin(index) != "0000" else "1111"


def test_verify_by_pin_then_change_only_the_email(agent, live_server):
    number = demo_member_number(940)
    before = member_row(live_server, 940)
    verification = agent.verify_caller(number, pin=demo_pin(940),
                                       operation_id=new_operation_id())
    assert isinstance(verification, Verification)
    assert verification.verified and verification.verification_id and verification.expires_at
    account = agent.change_profile(number, verification.verification_id,
                                   ProfileChanges(email="Jo.New@example.org"),
                                   operation_id=new_operation_id())
    assert isinstance(account, MemberAccount) and account.member_number == number
    assert account.email_masked == "Jo•••@example.org"
    after = member_row(live_server, 940)
    assert after.email == "Jo.New@example.org"
    assert (after.street, after.phone, after.language) == (
        before.street, before.phone, before.language)
    with live_server.settings.engine.connect() as conn:
        detail = conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "profile_change", db.audit.c.member_number == number)
        ).scalar_one()
    assert list(json.loads(detail)["after"]) == ["email"]


def test_verify_by_birth_date_and_postcode_then_change_phone_and_language(agent, live_server):
    number = demo_member_number(941)
    row = member_row(live_server, 941)
    verification = agent.verify_caller(
        number, birth_date=dt.date.fromisoformat(row.birth_date),
        postcode=row.postcode.lower(), operation_id=new_operation_id())
    assert verification.verified
    changes = ProfileChanges(phone="+41 44 555 09 41", language="en")
    assert changes.to_json() == {"phone": "+41 44 555 09 41", "language": "en"}
    account = agent.change_profile(number, verification.verification_id, changes,
                                   operation_id=new_operation_id())
    assert account.phone_masked.startswith("+41 ") and account.language == "en"
    with pytest.raises(ValidationFailed) as err:
        agent.change_profile(number, verification.verification_id,
                             ProfileChanges(email="not-an-email"),
                             operation_id=new_operation_id())
    assert err.value.field_errors[0].field == "changes.email"
    with pytest.raises(ValueError, match="Nothing to change"):
        agent.change_profile(number, verification.verification_id, ProfileChanges(),
                             operation_id=new_operation_id())
    with pytest.raises(Forbidden, match="Verify the caller"):
        agent.change_profile(number, "x" * 20, ProfileChanges(city="Bonn"),
                             operation_id=new_operation_id())


def test_wrong_pins_count_down_then_verification_locks(agent):
    number = demo_member_number(942)
    for left in (4, 3, 2, 1, 0):
        answer = agent.verify_caller(number, pin=wrong_pin(942),
                                     operation_id=new_operation_id())
        assert not answer.verified and answer.attempts_left == left
        assert answer.verification_id is None and "do not match" in answer.detail
    with pytest.raises(RateLimited, match="Too many failed verifications"):
        agent.verify_caller(number, pin=demo_pin(942), operation_id=new_operation_id())
    with pytest.raises(ValueError, match="PIN"):
        agent.verify_caller(number, operation_id=new_operation_id())


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
def test_a_verification_answered_about_another_member_is_refused(agent, faults):
    asked, other = demo_member_number(943), demo_member_number(944)
    faults.path_rewrites[f"/members/{asked}/"] = f"/members/{other}/"
    with pytest.raises(WrongMemberError):
        agent.verify_caller(asked, pin=demo_pin(944), operation_id=new_operation_id())
