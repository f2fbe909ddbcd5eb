"""A refused answer becomes a security report: saved in the outbox like any write, kept while
the backend is away, sent once, and found in the backend's audit trail with what was asked and
what came back. A report whose own answer is refused is sent again, never reported again."""

from __future__ import annotations

import dataclasses
import json
import os
import time

import pytest
from sqlalchemy import select

from supportdesk.api.client import ApiClient
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import (
    BackendUnreachable,
    SecurityError,
    UntrustedDestination,
    WrongMemberError,
)
from supportdesk.operations import Kind, build
from supportdesk.security.events import Caught, event_of, mark_reported
from supportdesk.server import db
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.sync.service import LocalSync, drain_now

from ..helpers.intermediaries import caching_proxy, rewriting_proxy, swapping_proxy


def _reports(live_server, request_id: str):
    with live_server.settings.engine.connect() as conn:
        rows = conn.execute(select(db.audit).where(
            db.audit.c.action == "security-event")).all()
    return [r for r in rows if json.loads(r.detail)["refused_request_id"] == request_id]


@pytest.fixture
def local(tmp_path):
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    now = [time.time()]
    local = LocalSync(store, "agent14", "live", clock=lambda: now[0])
    local.later = lambda seconds: now.__setitem__(0, now[0] + seconds)  # the test's clock
    yield local
    store.close()


@pytest.mark.expect_log("supportdesk.security", "")
@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_a_wrong_member_answer_is_reported_once_the_backend_is_back(live_server, local):
    asked, other = demo_member_number(91), demo_member_number(90)
    with caching_proxy(live_server.url) as (url, _served):
        api = ApiClient(url, retries=0)
        api.login("agent14", "demo")
        api.search_members(other)  # the cache now answers /members with member 90
        with pytest.raises(SecurityError) as caught:
            api.search_members(asked)
        api.close()
    event = event_of(caught.value)
    assert event is not None and event.caught is Caught.REQUEST_ID_MISMATCH
    assert event.request_id == caught.value.request_id

    # The same with the answer's id copied: caught by the member check, naming both.
    with caching_proxy(live_server.url, echo=True) as (url, _served):
        api = ApiClient(url, retries=0)
        api.login("agent14", "demo")
        api.search_members(other)
        with pytest.raises(WrongMemberError) as wrong:
            api.search_members(asked)
        api.close()
    event = event_of(wrong.value)
    assert (event.caught, event.member_number, event.answered_member_number) == (
        Caught.WRONG_MEMBER, asked, other)
    event = dataclasses.replace(event, request_id="wrong-member-" + os.urandom(4).hex())

    entry = local.outbox.add("agent14", "live", build.security_event(event))
    assert entry.operation.kind is Kind.SECURITY_EVENT
    away = ApiClient("http://127.0.0.1:9", retries=0)  # nothing listens: offline
    away.token = "a-token"
    assert drain_now(local, away).stopped == "offline"
    assert local.outbox.get(entry.op_id).state == "queued"  # kept, not dropped
    assert not _reports(live_server, event.request_id)

    local.later(600)  # the retry is due
    back = ApiClient(live_server.url, retries=0)
    back.login("agent14", "demo")
    drain_now(local, back)
    drain_now(local, back)  # a second round sends nothing again
    back.close()
    away.close()
    assert local.outbox.get(entry.op_id).state == "applied"
    (row,) = _reports(live_server, event.request_id)
    assert row.member_number == asked
    assert json.loads(row.detail)["answered_member_number"] == other


@pytest.mark.expect_log("supportdesk.security", "WRONG MEMBER")
@pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported")
def test_a_report_whose_answer_is_refused_is_sent_again_not_reported_again(live_server,
                                                                           local):
    event = event_of(WrongMemberError(demo_member_number(95), demo_member_number(96)))
    entry = local.outbox.add("agent14", "live", build.security_event(event))

    def other_member(answer: dict) -> dict:
        return {**answer, "member_number": demo_member_number(97)}

    with rewriting_proxy(live_server.url, other_member) as url:
        api = ApiClient(url, retries=0)
        api.login("agent14", "demo")
        report = drain_now(local, api)
        api.close()
    kept = local.outbox.get(entry.op_id)
    assert kept.state == "queued" and kept.attempts == 1  # not rejected: sent again later
    assert report.left == 1
    assert not local.outbox.needs_attention("agent14")


def test_only_refused_answers_are_events_and_each_is_reported_once():
    assert event_of(UntrustedDestination("tls", code="tls-unverified")) is None
    assert event_of(BackendUnreachable("down", code="unreachable")) is None
    assert event_of(ValueError("a bug")) is None
    signin = SecurityError("another agent", code="signin-mismatch")
    signin.answered_agent = "super1"
    event = event_of(signin)
    assert (event.caught, event.answered_agent, event.member_number) == (
        Caught.SIGNIN_MISMATCH, "super1", None)
    mark_reported(signin)
    assert event_of(signin) is None


@pytest.mark.expect_log("supportdesk.security", "SIGN-IN ANSWER")
def test_a_refused_sign_in_names_the_agent_it_answered_for(live_server):
    with swapping_proxy(live_server.url) as url:
        first = ApiClient(url, retries=0)
        first.login("super2", "demo")
        second = ApiClient(url, retries=0)
        with pytest.raises(SecurityError) as caught:
            second.login("agent8", "demo")
        first.close()
        second.close()
    assert event_of(caught.value).answered_agent == "super2"
