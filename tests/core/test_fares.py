"""Cabins, fare families and their refund and change rules."""

from __future__ import annotations

from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk.domain.fares import (
    BOOKING_CLASSES,
    FARE_RULES,
    Cabin,
    UnknownBookingClass,
    UnknownCabin,
    parse_booking_class,
    parse_cabin,
    rules_for,
)
from supportdesk.domain.identifiers import InvalidIdentifier

# The classes the demo data books (server/seed.py) and the ones the brief names.
SOLD = set("YBMHKLQTVWESGJCDZPFA") | set("UN")


def test_table_covers_every_class_sold_and_nothing_else():
    assert BOOKING_CLASSES == SOLD
    assert all(len(letter) == 1 and letter.isupper() for letter in FARE_RULES)


@pytest.mark.parametrize(
    ("letter", "family", "cabin"),
    [("F", "First", Cabin.FIRST), ("A", "First", Cabin.FIRST),
     ("J", "Business Flex", Cabin.BUSINESS), ("P", "Business Saver", Cabin.BUSINESS),
     ("W", "Premium Economy Flex", Cabin.PREMIUM_ECONOMY),
     ("E", "Premium Economy Saver", Cabin.PREMIUM_ECONOMY),
     ("Y", "Economy Flex", Cabin.ECONOMY), ("H", "Economy Classic", Cabin.ECONOMY),
     ("K", "Economy Classic", Cabin.ECONOMY), ("T", "Economy Light", Cabin.ECONOMY)],
)
def test_family_and_cabin(letter, family, cabin):
    rules = rules_for(letter)
    assert (rules.booking_class, rules.family, rules.cabin) == (letter, family, cabin)


def test_flex_light_and_saver_rules():
    flex, classic, light, saver = rules_for("Y"), rules_for("M"), rules_for("Q"), rules_for("Z")
    assert flex.refundable and flex.refund_fee_eur == 0 and flex.changeable
    assert not classic.refundable and classic.refund_fee_eur is None
    assert classic.changeable and classic.change_fee_eur == Decimal("70")
    assert not light.refundable and not light.changeable and light.change_fee_eur is None
    assert saver.refund_fee_eur == Decimal("300") and saver.change_fee_eur == Decimal("150")


def test_summary_lines_read_plainly():
    assert rules_for("Z").summary() == (
        "Booking class Z: Business Saver (Business)",
        "Refund: permitted for a fee of €300",
        "Change: permitted for a fee of €150; any fare difference is extra",
    )
    assert rules_for("q").summary() == (
        "Booking class Q: Economy Light (Economy)",
        "Refund: not permitted",
        "Change: not permitted",
        "Unused taxes and airport charges are still refunded.",
    )
    assert rules_for("Y").summary()[1:] == (
        "Refund: free of charge",
        "Change: free of charge; any fare difference is extra",
    )


@given(st.sampled_from(sorted(SOLD)))
def test_rules_are_consistent(letter):
    rules = rules_for(letter.lower())
    assert rules == rules_for(letter)
    assert (rules.refund_fee_eur is None) == (not rules.refundable)
    assert (rules.change_fee_eur is None) == (not rules.changeable)
    for fee in (rules.refund_fee_eur, rules.change_fee_eur):
        assert fee is None or (isinstance(fee, Decimal) and fee >= 0)
    # A fare that can be refunded can be changed, and never for more.
    if rules.refundable:
        assert rules.changeable and rules.change_fee_eur <= rules.refund_fee_eur


@pytest.mark.parametrize(
    ("typed", "words"),
    [("", "Enter the booking class"), (" ", "Enter the booking class"),
     ("YY", "single letter"), ("1", "single letter"), ("É", "single letter"),
     ("O", "Booking class O is not sold"), ("x", "Booking class X is not sold")],
)
def test_bad_booking_classes(typed, words):
    with pytest.raises(UnknownBookingClass) as caught:
        rules_for(typed)
    assert words in caught.value.message
    assert caught.value.field == "booking_class" and isinstance(caught.value, InvalidIdentifier)


def test_booking_class_field_can_be_renamed():
    with pytest.raises(UnknownBookingClass) as caught:
        parse_booking_class("?", field="class_of_service")
    assert caught.value.field == "class_of_service"


@pytest.mark.parametrize(
    ("typed", "cabin"),
    [("economy", Cabin.ECONOMY), ("Premium Economy", Cabin.PREMIUM_ECONOMY),
     ("premium_economy", Cabin.PREMIUM_ECONOMY), ("PREMIUM-ECONOMY", Cabin.PREMIUM_ECONOMY),
     (" business ", Cabin.BUSINESS), ("First", Cabin.FIRST), (Cabin.FIRST, Cabin.FIRST)],
)
def test_cabins_parse_forgivingly(typed, cabin):
    assert parse_cabin(typed) is cabin


@pytest.mark.parametrize("typed", ["", "Coach", "premium", "economy plus"])
def test_unknown_cabin(typed):
    with pytest.raises(UnknownCabin) as caught:
        parse_cabin(typed)
    assert caught.value.field == "cabin" and "Premium Economy" in caught.value.message


def test_cabin_rank_orders_cabins():
    ranks = [c.rank for c in (Cabin.ECONOMY, Cabin.PREMIUM_ECONOMY, Cabin.BUSINESS, Cabin.FIRST)]
    assert ranks == [0, 1, 2, 3]
