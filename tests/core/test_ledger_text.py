"""A ledger entry's description is written from a template and read back as one, so that the
app can word it in the agent's language (domain/ledger_text.py)."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk.domain import ledger_text as lt
from supportdesk.domain.wording import Line, render

WRITTEN = [
    (lt.FLIGHT, {"flight": "LH400", "origin": "FRA", "destination": "JFK", "booking_class": "M"},
     "Flight LH400 FRA–JFK, class M"),
    (lt.FLIGHT_AWARD, {"flight": "LH1423", "origin": "NRT", "destination": "ZRH",
                       "departure_date": "2026-12-03", "cabin": "Business",
                       "passenger_count": 2, "names": "Anna Schmidt, Jonas Schmidt"},
     "Flight award LH1423 NRT–ZRH 2026-12-03, Business, 2 pax: Anna Schmidt, Jonas Schmidt"),
    (lt.AWARD_CANCELLED, {"code": "H2K7KY", "fee_count": 1500, "reason": "Caller: plans changed"},
     "Award H2K7KY cancelled (1,500 miles fee): Caller: plans changed"),
    (lt.UPGRADE, {"flight": "LH400", "origin": "FRA", "destination": "JFK",
                  "from_cabin": "Economy", "to_cabin": "Business"},
     "Upgrade award LH400 FRA–JFK: Economy → Business"),
    (lt.CREDIT_KINDS["goodwill"], {"reason": "Delayed bag (case 4711)"},
     "Goodwill: Delayed bag (case 4711)"),
]


@pytest.mark.parametrize(("template", "params", "stored"), WRITTEN)
def test_what_is_written_reads_back_as_its_template(template, params, stored):
    assert lt.text(template, **params) == stored
    assert lt.parse(stored) == Line(template, params)
    assert render(lt.parse(stored)) == stored


def test_a_donation_names_its_charity_as_a_phrase_of_its_own():
    stored = lt.DONATION.format(charity=lt.CHARITIES[1])
    assert lt.parse(stored) == Line(lt.DONATION, {"charity": Line(lt.CHARITIES[1])})
    assert render(lt.parse(stored)) == "Donation to Children's relief fund"
    assert lt.parse("Donation to Someone else") == Line(lt.DONATION, {"charity": "Someone else"})


def test_a_reversal_is_shown_without_the_database_number_it_is_stored_with():
    stored = lt.text(lt.REVERSAL_STORED, entry=199267, reason="Member did not fly")
    assert stored == "Reversal of #199267: Member did not fly"
    assert render(lt.parse(stored)) == "Reversal: Member did not fly"


def test_fixed_texts_and_foreign_ones():
    assert lt.parse("Hotel partner stay") == Line("Hotel partner stay")
    for foreign in ("Bonus from the partner portal", "", "Flight LH1 FRA–JFK", "Award X cancelled"
                    " (lots miles fee): r"):
        assert lt.parse(foreign) is None


def test_a_long_text_is_cut_to_what_the_ledger_keeps_and_still_reads_back():
    stored = lt.text(lt.CREDIT_KINDS["correction"], reason="x" * 400)
    assert len(stored) == lt.LIMIT and stored.endswith("…")
    assert lt.parse(stored).template == lt.CREDIT_KINDS["correction"]


@given(st.text(min_size=1, max_size=120).filter(lambda s: s.strip() == s and s))
def test_any_reason_survives_the_round_trip(reason):
    for template in (*lt.CREDIT_KINDS.values(),):
        line = lt.parse(lt.text(template, reason=reason))
        assert line == Line(template, {"reason": reason})
