"""The award chart: zones, flight awards, upgrade awards, cancellation."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from supportdesk.domain.airports import InvalidRoute, UnknownAirport
from supportdesk.domain.awards import (
    AWARD_FEES_EUR,
    AWARD_MILES,
    CANCELLATION_FEE_EUR,
    CANCELLATION_FEE_MILES,
    ZONES,
    InvalidAwardRequest,
    cancel_award,
    chart_price,
    price_award,
    price_upgrade,
    zone_for,
)
from supportdesk.domain.fares import Cabin, UnknownCabin

CABINS = (Cabin.ECONOMY, Cabin.PREMIUM_ECONOMY, Cabin.BUSINESS, Cabin.FIRST)
CODES = ("FRA", "MUC", "ZRH", "VIE", "BRU", "JFK", "SFO", "SIN", "NRT", "GRU", "LHR", "LIS",
         "TLV", "DXB", "SYD")


@pytest.mark.parametrize(
    ("km", "zone"),
    [(0, 1), (800, 1), (800.01, 2), (2_000, 2), (4_000, 3), (4_001, 4), (7_000, 4),
     (10_000, 5), (10_000.5, 6), (20_000, 6)],
)
def test_zone_edges(km, zone):
    assert zone_for(km) == zone


@pytest.mark.parametrize(
    ("a", "b", "zone"),
    [("FRA", "LHR", 1), ("FRA", "LIS", 2), ("FRA", "TLV", 3), ("FRA", "JFK", 4),
     ("FRA", "SFO", 5), ("MUC", "SIN", 6)],
)
def test_real_routes_fall_in_the_documented_zones(a, b, zone):
    assert price_award(a, b, "economy").zone == zone


def test_chart_is_complete_and_money_is_decimal():
    assert set(AWARD_MILES) == set(AWARD_FEES_EUR) == set(ZONES) == {1, 2, 3, 4, 5, 6}
    for zone in ZONES:
        assert len(AWARD_MILES[zone]) == len(AWARD_FEES_EUR[zone]) == 4
        assert all(isinstance(fee, Decimal) for fee in AWARD_FEES_EUR[zone])
        assert all(isinstance(miles, int) for miles in AWARD_MILES[zone])


def test_short_economy_award():
    price = price_award("fra", "lhr", "Economy")
    assert (price.origin, price.destination, price.cabin) == ("FRA", "LHR", Cabin.ECONOMY)
    assert price.distance_km == pytest.approx(654, abs=5)
    assert (price.miles, price.fees_eur, price.passengers) == (7_500, Decimal("45"), 1)
    assert price.lines == (
        "FRA–LHR: 653 km great-circle → zone 1",
        "Economy: 7,500 miles + €45 per passenger",
        "For 1 passenger: 7,500 miles + €45",
    )


def test_business_award_for_two():
    price = price_award("FRA", "JFK", Cabin.BUSINESS, passengers=2)
    assert (price.zone, price.miles_per_passenger, price.fees_per_passenger_eur) == (
        4, 70_000, Decimal("320"))
    assert (price.miles, price.fees_eur) == (140_000, Decimal("640"))
    assert price.lines[-1] == "For 2 passengers: 140,000 miles + €640"


@pytest.mark.parametrize("passengers", [0, 10, -1, True, 2.0, "2"])
def test_passengers_one_to_nine(passengers):
    with pytest.raises(InvalidAwardRequest) as caught:
        price_award("FRA", "JFK", "economy", passengers)
    assert caught.value.field == "passengers"


def test_nine_passengers_is_allowed():
    assert price_award("FRA", "JFK", "economy", 9).miles == 9 * 30_000


def test_unknown_cabin_and_airports():
    with pytest.raises(UnknownCabin) as caught:
        price_award("FRA", "JFK", "Coach")
    assert caught.value.field == "cabin"
    with pytest.raises(UnknownAirport) as caught:
        price_award("XXX", "JFK", "economy")
    assert caught.value.field == "origin"
    with pytest.raises(InvalidRoute):
        price_award("JFK", "jfk", "economy")


def test_upgrade_costs_the_chart_difference():
    upgrade = price_upgrade("MUC", "SIN", "economy", "first")
    assert (upgrade.zone, upgrade.from_cabin, upgrade.to_cabin) == (6, Cabin.ECONOMY, Cabin.FIRST)
    assert (upgrade.miles, upgrade.fees_eur) == (110_000, Decimal("320"))
    assert upgrade.lines[1] == (
        "First 160,000 − Economy 50,000 = 110,000 miles + €320 per passenger"
    )
    two = price_upgrade("FRA", "JFK", "Premium Economy", "Business", passengers=2)
    assert (two.miles, two.fees_eur) == (2 * 25_000, Decimal("160"))


@pytest.mark.parametrize(
    ("low", "high", "field"),
    [("business", "economy", "to_cabin"), ("business", "business", "to_cabin"),
     ("steerage", "business", "from_cabin"), ("economy", "suite", "to_cabin")],
)
def test_bad_upgrades(low, high, field):
    with pytest.raises((InvalidAwardRequest, UnknownCabin)) as caught:
        price_upgrade("FRA", "JFK", low, high)
    assert caught.value.field == field


def test_cancellation_keeps_back_the_fee_in_miles():
    price = price_award("FRA", "JFK", "business", 2)
    refund = cancel_award(price.miles, price.fees_eur, 2)
    assert (refund.fee_miles, refund.miles_recredited) == (10_000, 130_000)
    assert (refund.fee_eur, refund.fees_refunded_eur) == (Decimal(0), Decimal("640"))
    assert refund.lines == (
        "Cancellation fee: 10,000 miles kept back",
        "Miles re-credited: 140,000 − 10,000 = 130,000",
        "Taxes and fees refunded: €640",
    )


def test_cancellation_fee_in_euros_recredits_all_miles():
    refund = cancel_award(7_500, Decimal("45"), fee_in_miles=False)
    assert (refund.miles_recredited, refund.fee_miles, refund.fee_eur) == (7_500, 0, Decimal(50))
    assert CANCELLATION_FEE_EUR == 50 and CANCELLATION_FEE_MILES == 5_000


def test_cancellation_fee_never_exceeds_what_was_paid():
    refund = cancel_award(3_000, Decimal("0"))
    assert (refund.fee_miles, refund.miles_recredited) == (3_000, 0)
    with pytest.raises(ValueError):
        cancel_award(-1, Decimal("0"))
    with pytest.raises(InvalidAwardRequest):
        cancel_award(10_000, Decimal("10"), passengers=0)


# --- properties -------------------------------------------------------------------------

_zone = st.sampled_from(ZONES)
_cabin = st.sampled_from(CABINS)


@given(_zone, _zone, _cabin, _cabin)
def test_chart_is_monotone_in_zone_and_cabin(z1, z2, c1, c2):
    (za, zb), (ca, cb) = sorted((z1, z2)), sorted((c1, c2), key=lambda c: c.rank)
    low_miles, low_fees = chart_price(za, ca)
    high_miles, high_fees = chart_price(zb, cb)
    assert low_miles <= high_miles and low_fees <= high_fees
    if (za, ca) != (zb, cb):
        assert low_miles < high_miles  # strictly: a better seat or longer trip always costs more


@given(st.floats(0, 20_000), st.floats(0, 20_000))
def test_zone_is_monotone_in_distance(d1, d2):
    near, far = sorted((d1, d2))
    assert zone_for(near) <= zone_for(far)


@settings(deadline=None)  # the first example may load the airport data set
@given(st.sampled_from(CODES), st.sampled_from(CODES), _cabin, _cabin, st.integers(1, 9))
def test_upgrade_is_cheaper_than_the_award_and_rises_with_cabin(a, b, c1, c2, passengers):
    assume(a != b and c1 != c2)
    low, high = sorted((c1, c2), key=lambda c: c.rank)
    upgrade = price_upgrade(a, b, low, high, passengers)
    award = price_award(a, b, high, passengers)
    assert 0 < upgrade.miles < award.miles and 0 <= upgrade.fees_eur <= award.fees_eur
    assert award.miles == passengers * award.miles_per_passenger
    if high is not Cabin.FIRST:
        higher = CABINS[high.rank + 1]
        assert price_upgrade(a, b, low, higher, passengers).miles > upgrade.miles


@given(st.integers(0, 2_000_000), st.integers(1, 9), st.booleans())
def test_cancellation_adds_up(miles, passengers, in_miles):
    refund = cancel_award(miles, Decimal("12.34"), passengers, fee_in_miles=in_miles)
    assert refund.miles_recredited + refund.fee_miles == miles
    assert 0 <= refund.miles_recredited <= miles
    assert refund.fees_refunded_eur == Decimal("12.34")
    assert (refund.fee_eur == 0) == in_miles
