"""Demo data a trainer can teach with (issue 17, item 6): requests received after their
flights with a spread of SLA states, their type matching what the customer asks, drafts and
EU 261 checks stating the Art. 8 right, accruals the mileage calculator agrees with, PINs by
the rule the demo sign-in tells, and progress while seeding."""

from __future__ import annotations

import datetime as dt
import re
from collections import Counter

import pytest
from sqlalchemy import select

from supportdesk.api.queue_models import RequestDetail
from supportdesk.domain.identifiers import demo_member_number, demo_pin_of
from supportdesk.domain.mileage import calculate
from supportdesk.domain.replies import draft_reply
from supportdesk.domain.requests import sla_due, sla_state
from supportdesk.server import db
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import _discard_outdated_demo
from supportdesk.server.passwords import pin_hash
from supportdesk.server.seed import DEMO_DATA_VERSION, seed_demo
from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

from ..helpers.demo import TEST_MEMBERS

REFUND_WORDS = re.compile(r"refund|money back", re.IGNORECASE)
REBOOKING_WORDS = re.compile(r"rebook|move my|change my|another flight", re.IGNORECASE)
FLIGHT_TEXT = re.compile(r"^Flight LH\d+ ([A-Z]{3})–([A-Z]{3}), class ([A-Z])$")


def when(text: str) -> dt.datetime:
    return dt.datetime.fromisoformat(text.replace("Z", "+00:00"))


@pytest.fixture(scope="module")
def demo(seeded_db):  # noqa: ANN001, ANN201
    engine = make_engine(seeded_db)
    yield engine
    engine.dispose()


@pytest.fixture(scope="module")
def seeded_at(demo) -> dt.datetime:  # noqa: ANN001
    with demo.connect() as conn:
        return when(conn.execute(select(db.meta.c.value)
                                 .where(db.meta.c.key == "demo_seeded_at")).scalar_one())


@pytest.fixture(scope="module")
def request_rows(demo):  # noqa: ANN001, ANN201
    r, f = db.requests, db.flights
    with demo.connect() as conn:
        return conn.execute(select(r, f.c.departure_date, f.c.status.label("flight_status"),
                                   f.c.origin, f.c.destination)
                            .join(f, f.c.id == r.c.flight_id).order_by(r.c.id)).all()


def test_every_request_is_received_after_its_flight_and_by_the_seeding(request_rows,
                                                                       seeded_at):
    assert len(request_rows) >= 60
    for row in request_rows:
        received = when(row.created_at)
        assert dt.date.fromisoformat(row.departure_date) < received.date() <= seeded_at.date()
        assert received <= seeded_at, row.id
        assert row.origin != row.destination


def test_due_times_follow_the_sla_rule_with_most_within_it(request_rows, seeded_at):
    for row in request_rows:
        assert when(row.sla_due) == sla_due(row.type, when(row.created_at))
    states = Counter(sla_state(when(row.sla_due), seeded_at) for row in request_rows)
    assert states["within"] > len(request_rows) / 2
    assert states["due_soon"] >= 1 and states["overdue"] >= 1
    assert states["overdue"] < len(request_rows) / 3


def test_what_the_customer_writes_matches_the_type_and_the_flight(request_rows):
    for row in request_rows:
        words = row.customer_message
        if row.type == "refund":
            assert REFUND_WORDS.search(words), words
            assert not re.search(r"rebook", words, re.IGNORECASE), words
        else:
            assert REBOOKING_WORDS.search(words), words
            assert not REFUND_WORDS.search(words), words
        assert ("cancelled" in words) == (row.flight_status == "cancelled"), words
        assert row.departure_date in words


def test_the_drafted_reply_answers_the_type_and_states_art_8_for_cancellations(
        live_server, agent_client, request_rows):
    seen: Counter[tuple[str, str]] = Counter()
    for row in request_rows:
        key = (row.type, row.flight_status)
        if seen[key] >= 3:
            continue
        seen[key] += 1
        detail: RequestDetail = agent_client.get_request(row.id)
        eu = detail.check.eu261
        facts = detail.reply_facts()
        approval = draft_reply("approve", facts)
        if row.type == "refund":
            assert "we refund" in approval and "rebooked you" not in approval
        else:
            assert "rebook" in approval and "we refund" not in approval
        if row.flight_status == "cancelled":
            assert eu.refund_right == "refund_or_rerouting"
            assert any("Art. 8" in line and "refund" in line for line in eu.reasons)
            for decision in ("approve", "reject"):
                text = draft_reply(decision, facts)
                assert "Article 8" in text and "re-routing" in text, text
        elif row.flight_status == "operated":
            assert eu.refund_right == "none" and "Article 8" not in approval
    assert {t for t, _ in seen} == {"refund", "rebooking"}
    assert {s for _, s in seen} == {"cancelled", "delayed", "operated"}


def test_flight_accruals_are_what_the_mileage_calculator_says(demo):
    l, m = db.ledger, db.members
    with demo.connect() as conn:
        rows = conn.execute(select(l.c.miles, l.c.description, l.c.posted_at, m.c.tier)
                            .join(m, m.c.id == l.c.member_id)
                            .where(l.c.kind == "accrual")).all()
    window = (db.iso(INCIDENT_FROM), db.iso(INCIDENT_TO))
    checked = in_window = 0
    for row in rows:  # the incident window's flown miles too
        in_window += window[0] <= row.posted_at <= window[1]
        origin, destination, booking_class = FLIGHT_TEXT.match(row.description).groups()
        expected = calculate(origin, destination, booking_class, row.tier).total_miles
        assert row.miles == expected, row
        checked += 1
    assert checked > TEST_MEMBERS  # every member flies a little
    assert in_window > 0


def test_demo_pins_are_the_last_four_digits_of_the_member_number(demo):
    with demo.connect() as conn:
        stored = dict(conn.execute(select(db.member_pins.c.member_id, db.member_pins.c.pin_hash)
                                   .where(db.member_pins.c.member_id.in_((1, 2, 802, 2999)))).all())
    assert len(stored) == 4
    for index, pin in stored.items():
        number = demo_member_number(index)
        assert demo_pin_of(number) == number[-4:]
        assert pin == pin_hash(number, number[-4:])
    assert demo_pin_of("992000000000018") == "0018"


@pytest.mark.slow
def test_seeding_reports_progress_and_outdated_demo_data_is_rebuilt(tmp_path):
    path = tmp_path / "demo.sqlite"
    engine = make_engine(path)
    shares: list[float] = []
    seed_demo(engine, members=400, progress=shares.append)
    assert shares[0] == 0.0 and shares[-1] == 1.0
    assert shares == sorted(shares) and len(shares) >= 10
    again: list[float] = []
    seed_demo(engine, members=400, progress=again.append)  # seeded already: nothing to report
    assert again == []
    with engine.begin() as conn:
        assert conn.execute(select(db.meta.c.value).where(
            db.meta.c.key == "demo_data_version")).scalar_one() == DEMO_DATA_VERSION
    engine.dispose()
    _discard_outdated_demo(path)
    assert path.exists()  # this version's demo data stays
    engine = make_engine(path)
    with engine.begin() as conn:
        conn.execute(db.meta.update().where(db.meta.c.key == "demo_data_version")
                     .values(value="1"))
    engine.dispose()
    _discard_outdated_demo(path)
    assert not path.exists()  # older demo data (other PINs and miles) is seeded afresh
