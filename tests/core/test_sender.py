"""How the sender orders, classifies and spaces out its sends (plain data, no network)."""

from __future__ import annotations

import os
import random

import pytest

from supportdesk.api.client import SentOperation
from supportdesk.errors import (
    AuthError,
    BackendTimeout,
    BackendUnreachable,
    Conflict,
    Forbidden,
    NotFound,
    RateLimited,
    ServerError,
    ServiceUnavailable,
    UntrustedDestination,
    ValidationFailed,
    WrongMemberError,
)
from supportdesk.operations import build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.store.outbox import Outbox
from supportdesk.sync.sender import Backoff, Sender, plan

A, B = "992000000000018", "992000000000026"


@pytest.fixture
def outbox(tmp_path):
    store = LocalStore(tmp_path / "s.sqlite", Cipher(os.urandom(32)))
    yield Outbox(store)
    store.close()


def _add(outbox: Outbox, number: str, miles: int):
    return outbox.add("agent1", "b", build.credit(number, kind="goodwill", miles=miles,
                                                  reason="goodwill", summary=str(miles)))


def test_plan_sends_each_members_oldest_row_first_and_never_overtakes(outbox):
    a1, b1, a2, b2 = (_add(outbox, A, 1), _add(outbox, B, 2), _add(outbox, A, 3),
                      _add(outbox, B, 4))
    assert [e.op_id for e in plan(outbox.queued("agent1", "b"), now=0)] == [a1.op_id, b1.op_id]
    outbox.retry_later(a1.op_id, at=100.0, note="offline")
    due = plan(outbox.queued("agent1", "b"), now=50)
    assert [e.op_id for e in due] == [b1.op_id]  # A waits behind its oldest row, B goes on
    outbox.settle(b1.op_id, "applied")
    assert [e.op_id for e in plan(outbox.queued("agent1", "b"), now=50)] == [b2.op_id]
    assert [e.op_id for e in plan(outbox.queued("agent1", "b"), now=100)] == [a1.op_id,
                                                                               b2.op_id]
    assert a2.op_id not in {e.op_id for e in plan(outbox.queued("agent1", "b"), now=100)}


@pytest.mark.parametrize("outcome, state, stop", [
    (SentOperation(201, {"id": 1}, replayed=False), "applied", None),
    (SentOperation(201, {"id": 1}, replayed=True), "duplicate", None),
    (ValidationFailed("Over your daily limit."), "rejected", None),
    (NotFound("There is no member."), "rejected", None),
    (Forbidden("Not yours."), "rejected", None),
    (Conflict("Already credited."), "conflict", None),
    (WrongMemberError(A, B), "rejected", None),
    (UntrustedDestination("TLS not verified.", code="tls-unverified"), None, "untrusted"),
    (AuthError("Expired."), None, "signed-out"),
    (BackendUnreachable("Refused."), None, "offline"),
    (BackendTimeout("No answer."), None, "offline"),
    (ServiceUnavailable("Overloaded.", 3.0), None, "offline"),
    (ServiceUnavailable("Credits are in maintenance.", 60.0, code="maintenance"), None, None),
    (RateLimited("Slow down.", 2.0), None, "busy"),
    (ServerError("The backend failed (500)."), None, None),
])
def test_every_answer_has_one_meaning(outbox, outcome, state, stop):
    sender = Sender(outbox, clock=lambda: 1000.0, backoff=Backoff(rng=random.Random(1)))
    decision = sender.decide(_add(outbox, A, 1), outcome)
    assert decision.state == state and decision.stop == stop
    assert (decision.retry_at is None) == (state is not None or stop == "signed-out")


def test_a_refusal_keeps_what_was_said_as_code_and_parameters(outbox):
    sender = Sender(outbox, clock=lambda: 1000.0, max_server_errors=1)
    taken = Conflict("Agent 3 is already working on this request.", code="claimed-by-other",
                     params={"assignee": "Agent 3"})
    decision = sender.decide(_add(outbox, A, 1), taken)
    assert decision.result == {"code": "claimed-by-other", "params": {"assignee": "Agent 3"},
                               "errors": []}
    sender.record(decision)
    again = outbox.get(decision.op_id)
    assert again.result["code"] == "claimed-by-other" and again.note == taken.message
    broken = sender.decide(_add(outbox, B, 1), ServerError("The backend failed (500)."))
    assert broken.state == "rejected"
    assert broken.result == {"code": "failed-repeatedly", "params": {"attempts": 1}}


def test_maintenance_holds_a_queued_write_but_refuses_one_that_needs_the_live_state(outbox):
    """A 503 for maintenance means nothing was applied. A credit waits for the end; an
    approval (policy refuse) is not applied by itself hours later: it is refused, with the
    reason, so the supervisor decides again."""
    sender = Sender(outbox, clock=lambda: 1000.0, backoff=Backoff(rng=random.Random(1)))
    down = ServiceUnavailable("Credits are in maintenance until 18:00.", 60.0,
                              code="maintenance")
    waits = sender.decide(_add(outbox, A, 1), down)
    assert waits.state is None and waits.retry_at is not None
    approval = outbox.add("super1", "b", build.credit_decision(
        7, "approve", None, A, 20_000, summary="Approval of credit #7"))
    refused = sender.decide(approval, down)
    assert refused.state == "rejected" and "until 18:00" in refused.note
    overloaded = sender.decide(approval, ServiceUnavailable("Overloaded.", 3.0))
    assert overloaded.state is None and overloaded.retry_at is not None  # outcome unknown


def test_a_bug_is_not_swallowed(outbox):
    with pytest.raises(KeyError):
        Sender(outbox).decide(_add(outbox, A, 1), KeyError("bug"))


def test_retry_after_is_honoured_and_backoff_is_capped_full_jitter(outbox):
    sender = Sender(outbox, clock=lambda: 1000.0, backoff=Backoff(base=1, cap=30))
    entry = _add(outbox, A, 1)
    assert sender.decide(entry, RateLimited("Slow down.", 45.0)).retry_at >= 1045.0
    delays = [Backoff(base=1, cap=30, rng=random.Random(s)).delay(10) for s in range(200)]
    assert max(delays) <= 30 and min(delays) < 5  # capped, and spread (jitter) from zero
    assert len({round(d, 3) for d in delays}) > 150


def test_a_row_the_server_keeps_failing_on_goes_to_needs_attention(outbox):
    sender = Sender(outbox, clock=lambda: 0.0, max_server_errors=3)
    entry = _add(outbox, A, 1)
    for _ in range(2):
        decision = sender.decide(outbox.get(entry.op_id), ServerError("boom"))
        assert decision.retry_at is not None
        sender.record(decision)
    decision = sender.decide(outbox.get(entry.op_id), ServerError("boom"))
    assert decision.state == "rejected" and "3 times" in decision.note
