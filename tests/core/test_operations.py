"""Every kind of write has a whole specification and a builder, and survives the outbox."""

from __future__ import annotations

import datetime as dt
import inspect
import os

import pytest

from supportdesk.api.models import RetroFlight
from supportdesk.api.profile import ProfileChanges
from supportdesk.api.remediation import Selection
from supportdesk.domain.awards import PassengerName
from supportdesk.domain.offline import Policy
from supportdesk.errors import WrongMemberError
from supportdesk.operations import SPECS, Editing, Home, Kind, Operation, build
from supportdesk.security.events import event_of
from supportdesk.server.maintenance import CAPABILITIES
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.store.outbox import Outbox

NUMBER = "992000000000018"
TICKET = "2201234567890"

PAX = (PassengerName("Anna", "Schmidt"), PassengerName("Max", "Schmidt"))


def _flight() -> RetroFlight:
    return RetroFlight(TICKET, "LH400", "2026-11-02", "Y", "FRA", "JFK")


def _samples(outbox: Outbox) -> dict[Kind, Operation]:
    """One operation of every kind, made by the builder the app calls."""
    refused = outbox.add("agent1", "b", build.credit(NUMBER, kind="goodwill", miles=5,
                                                     reason="for the closure"))
    return {
        Kind.CREDIT: build.credit(NUMBER, kind="goodwill", miles=500, reason="Delayed bag"),
        Kind.CREDIT_DECISION: build.credit_decision(7, "approve", None, NUMBER, 20_000),
        Kind.REVERSAL: build.reversal(199, "Posted twice", NUMBER),
        Kind.AWARD_BOOKING: build.award_booking(NUMBER, 42, PAX),
        Kind.UPGRADE: build.upgrade(NUMBER, TICKET, "business"),
        Kind.AWARD_CANCELLATION: build.award_cancellation(NUMBER, "ABC234", "Plans changed"),
        Kind.PROFILE_CHANGE: build.profile_change(NUMBER, "v-1", ProfileChanges(city="Köln")),
        Kind.CONTACT_CHANGE: build.profile_change(NUMBER, "v-1",
                                                  ProfileChanges(email="a@example.org")),
        Kind.REQUEST_CLAIM: build.request_claim(31, NUMBER),
        Kind.REQUEST_DECISION: build.request_decision(31, NUMBER, "approve", "Checked",
                                                      "Dear member, …"),
        Kind.CLOSURE: build.closure(refused, "discarded", "The member withdrew it"),
        Kind.SECURITY_EVENT: build.security_event(event_of(WrongMemberError(
            NUMBER, "992000000000026"))),
        Kind.OFFLINE_READ: build.offline_read(
            NUMBER, dt.datetime(2026, 12, 7, 9, 30, tzinfo=dt.timezone.utc), request_id=31),
        Kind.REMEDIATION_PROPOSAL: build.remediation_proposal(
            Selection(dt.datetime(2026, 10, 27, 15, tzinfo=dt.timezone.utc),
                      dt.datetime(2026, 10, 27, 15, 40, tzinfo=dt.timezone.utc),
                      ("donation",), ("web",), (NUMBER,)),
            "Wrong-profile incident", [(("ledger", 12), "Member confirmed it")]),
        Kind.REMEDIATION_APPROVAL: build.remediation_approval(3, 120, "0" * 64),
        Kind.REMEDIATION_EXECUTION: build.remediation_execution(3, 25),
    }


# Batches are about many members: bound to none.
BATCH_KINDS = {Kind.REMEDIATION_PROPOSAL, Kind.REMEDIATION_APPROVAL,
               Kind.REMEDIATION_EXECUTION}


@pytest.fixture
def outbox(tmp_path):
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    yield Outbox(store)
    store.close()


def test_every_kind_has_a_whole_specification():
    assert set(SPECS) == set(Kind)
    for kind, spec in SPECS.items():
        assert spec.kind is kind
        assert spec.label.strip() and spec.offline_reason.strip(), kind
        assert isinstance(spec.offline, Policy) and isinstance(spec.editing, Editing)
        assert isinstance(spec.home, Home) and callable(spec.answer)
        # Maintenance of a capability stops its writes; only what goes to the audit trail
        # alone (the agent's word on a refused write, a security report, an offline read)
        # belongs to none.
        assert spec.capability in CAPABILITIES or (
            kind in (Kind.CLOSURE, Kind.SECURITY_EVENT, Kind.OFFLINE_READ)
            and spec.capability is None), kind
        if spec.editing is not Editing.NEVER:
            assert spec.offline.may_wait or kind is Kind.AWARD_BOOKING, kind
    labels = [spec.label for spec in SPECS.values()]
    assert len(set(labels)) == len(labels)


def test_every_kind_has_a_builder_that_binds_it_to_its_member(outbox):
    samples = _samples(outbox)
    assert set(samples) == set(Kind), "a kind without a builder (or a sample here)"
    builders = {name for name, fn in inspect.getmembers(build, inspect.isfunction)
                if fn.__module__ == build.__name__ and not name.startswith("_")}
    assert len(builders) >= len(Kind) - 1  # profile and contact changes share one builder
    for kind, operation in samples.items():
        spec = SPECS[kind]
        assert operation.kind is kind and operation.spec is spec
        assert operation.member_number == ("" if kind in BATCH_KINDS else NUMBER)
        if spec.member_in_body:
            assert operation.body["member_number"] == NUMBER, kind
        if kind is not Kind.CREDIT:
            assert operation.policy is spec.offline, kind


def test_every_kind_survives_the_outbox_typed(outbox):
    for kind, operation in _samples(outbox).items():
        entry = outbox.add("agent1", "b", operation)
        (again,) = [e for e in outbox.queued("agent1", "b") if e.op_id == entry.op_id]
        assert again.kind is kind and again.policy is operation.policy
        assert again.operation == operation


@pytest.mark.expect_log("supportdesk.store.outbox", "set aside as unreadable")
def test_a_row_of_a_kind_this_version_does_not_know_is_set_aside_not_sent(outbox):
    good = outbox.add("agent1", "b", build.credit(NUMBER, kind="goodwill", miles=1,
                                                  reason="fine"))
    alien = outbox.add("agent1", "b", build.credit(NUMBER, kind="goodwill", miles=2,
                                                   reason="from a newer version"))
    store = outbox.store
    request = store.unseal(store.conn.execute("SELECT payload FROM outbox WHERE op_id = ?",
                                              (alien.op_id,)).fetchone()[0], "outbox/payload")
    request["kind"] = "donation"  # not a kind of this version
    with store.transaction() as conn:
        conn.execute("UPDATE outbox SET payload = ? WHERE op_id = ?",
                     (store.seal(request, "outbox/payload"), alien.op_id))
    assert [e.op_id for e in outbox.queued("agent1", "b")] == [good.op_id]
    state = store.conn.execute("SELECT state FROM outbox WHERE op_id = ?",
                               (alien.op_id,)).fetchone()[0]
    assert state == "unreadable"


def test_a_credit_above_the_limit_waits_for_approval_and_a_retro_claim_for_the_server():
    within = build.credit(NUMBER, kind="goodwill", miles=5000, reason="x",
                          per_credit_limit=5000)
    above = build.credit(NUMBER, kind="goodwill", miles=5001, reason="x",
                         per_credit_limit=5000)
    retro = build.credit(NUMBER, kind="retro_claim", reason="Missing flight", flight=_flight(),
                         per_credit_limit=5000)
    assert (within.policy, above.policy, retro.policy) == (
        Policy.QUEUE, Policy.APPROVAL, Policy.QUEUE)


def test_a_provisional_booking_is_the_one_booking_that_waits_and_the_one_that_is_edited():
    chosen = build.award_booking(NUMBER, 42, PAX[:1])
    on_route = build.award_on_route(NUMBER, origin="FRA", destination="JFK",
                                    date=dt.date(2027, 3, 1), cabin="economy", names=PAX[:1])
    assert chosen.policy is Policy.REFUSE and on_route.policy is Policy.PROVISIONAL
    spec = SPECS[Kind.AWARD_BOOKING]
    assert not spec.can_edit(chosen) and spec.can_edit(on_route)


def test_a_change_of_email_or_phone_is_a_contact_change():
    assert build.profile_change(NUMBER, "v", ProfileChanges(phone="+49 151 1")).kind \
        is Kind.CONTACT_CHANGE
    assert build.profile_change(NUMBER, "v", ProfileChanges(street="Hauptstr. 1")).kind \
        is Kind.PROFILE_CHANGE
