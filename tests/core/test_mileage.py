"""Mileage calculator: class rate, minimum, tier bonus."""

from __future__ import annotations

import pytest
from hypothesis import assume, given, settings
from hypothesis import strategies as st

from supportdesk.domain.airports import UnknownAirport
from supportdesk.domain.fares import FARE_RULES, UnknownBookingClass
from supportdesk.domain.mileage import (
    EARNING_RULES,
    TIER_BONUS_PCT,
    Tier,
    UnknownTier,
    calculate,
    earn,
    parse_tier,
)

CLASSES = sorted(EARNING_RULES)
TIERS = list(Tier)
CODES = ("FRA", "MUC", "ZRH", "VIE", "BRU", "JFK", "SFO", "SIN", "NRT", "LHR", "CDG", "BSL")


def test_every_fare_class_earns_and_no_other():
    assert set(EARNING_RULES) == set(FARE_RULES)


def test_tier_bonuses():
    assert TIER_BONUS_PCT == {Tier.BASE: 0, Tier.FREQUENT_TRAVELLER: 25, Tier.SENATOR: 50,
                              Tier.HON_CIRCLE: 75}


def test_frankfurt_new_york_economy_flex_senator():
    result = calculate("fra", "jfk", "y", "Senator")
    assert (result.origin, result.destination, result.booking_class) == ("FRA", "JFK", "Y")
    assert result.distance_miles == 3_845
    assert (result.base_miles, result.bonus_miles, result.total_miles) == (3_845, 1_923, 5_768)
    assert result.lines == (
        "FRA–JFK: 3,845 miles great-circle (6,188 km)",
        "Booking class Y (Economy Flex): 100 % → 3,845 miles",
        "Senator bonus: +50 % → 1,923 miles",
        "Total: 5,768 miles",
    )


def test_short_light_fare_earns_the_minimum():
    result = calculate("FRA", "MUC", "Q", Tier.BASE)
    assert result.distance_miles == 187 and result.rate_pct == 25
    assert result.total_miles == result.base_miles == result.minimum_miles == 125
    assert "Minimum for class Q: 125 miles applies" in result.lines
    assert "Base tier: no bonus" in result.lines


def test_munich_singapore_first_hon_circle():
    result = calculate("MUC", "SIN", "F", "hon circle")
    assert result.distance_miles == 6_250
    assert (result.base_miles, result.bonus_miles, result.total_miles) == (9_375, 7_031, 16_406)


def test_earn_from_a_distance_alone():
    result = earn(1_000, "M", "frequent_traveller")
    assert result.origin is None and result.tier is Tier.FREQUENT_TRAVELLER
    assert (result.base_miles, result.bonus_miles, result.total_miles) == (750, 188, 938)
    assert earn(0, "F", Tier.BASE).total_miles == 1_000


@pytest.mark.parametrize(("typed", "tier"), [
    ("base", Tier.BASE), ("Frequent Traveller", Tier.FREQUENT_TRAVELLER),
    ("FREQUENT_TRAVELLER", Tier.FREQUENT_TRAVELLER), (" senator ", Tier.SENATOR),
    ("HON  Circle", Tier.HON_CIRCLE), (Tier.SENATOR, Tier.SENATOR)])
def test_tiers_parse_forgivingly(typed, tier):
    assert parse_tier(typed) is tier


@pytest.mark.parametrize("typed", ["", "Gold", "HON", "frequent flyer"])
def test_unknown_tier(typed):
    with pytest.raises(UnknownTier) as caught:
        calculate("FRA", "JFK", "Y", typed)
    assert caught.value.field == "tier" and "Senator" in caught.value.message


@pytest.mark.parametrize("typed", ["", "X", "YY", "7"])
def test_unknown_booking_class(typed):
    with pytest.raises(UnknownBookingClass) as caught:
        calculate("FRA", "JFK", typed, "Base")
    assert caught.value.field == "booking_class"


def test_unknown_airports():
    with pytest.raises(UnknownAirport) as caught:
        calculate("FRAX", "JFK", "Y", "Base")
    assert caught.value.field == "origin"


@pytest.mark.parametrize("distance", [-1, 1.5, True, "100"])
def test_bad_distance(distance):
    with pytest.raises((ValueError, TypeError)):
        earn(distance, "Y", "Base")


# --- properties -------------------------------------------------------------------------

_distance = st.integers(0, 12_500)


@given(_distance, st.sampled_from(CLASSES), st.sampled_from(TIERS))
def test_never_below_the_minimum_and_bonus_on_top(distance, letter, tier):
    result = earn(distance, letter, tier)
    assert result.base_miles >= EARNING_RULES[letter].minimum_miles
    assert result.total_miles == result.base_miles + result.bonus_miles >= result.base_miles
    assert result.bonus_miles == pytest.approx(result.base_miles * TIER_BONUS_PCT[tier] / 100,
                                               abs=0.5)
    assert result.lines[-1] == f"Total: {result.total_miles:,} miles"


@given(_distance, _distance, st.sampled_from(CLASSES), st.sampled_from(TIERS),
       st.sampled_from(TIERS))
def test_monotone_in_distance_and_tier(d1, d2, letter, t1, t2):
    near, far = sorted((d1, d2))
    low, high = sorted((t1, t2), key=TIERS.index)
    assert earn(near, letter, low).total_miles <= earn(far, letter, low).total_miles
    assert earn(near, letter, low).total_miles <= earn(near, letter, high).total_miles


@settings(deadline=None)  # the first example may load the airport data set
@given(st.sampled_from(CODES), st.sampled_from(CODES), st.sampled_from(CLASSES),
       st.sampled_from(TIERS))
def test_route_and_reverse_earn_the_same(a, b, letter, tier):
    assume(a != b)
    there, back = calculate(a, b, letter, tier), calculate(b, a, letter, tier)
    assert there.total_miles == back.total_miles >= EARNING_RULES[letter].minimum_miles
