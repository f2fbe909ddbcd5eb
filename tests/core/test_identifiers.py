"""Member numbers, Luhn, query routing and name folding."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk.domain.identifiers import (
    InvalidIdentifier,
    demo_member_number,
    format_member_number,
    luhn_valid,
    parse_member_number,
    parse_phone,
)
from supportdesk.domain.query import QueryError, QueryKind, classify_query
from supportdesk.domain.text import fold_name


def test_first_demo_member_number_is_fixed():
    assert demo_member_number(1) == "992000000000018"


@given(st.integers(min_value=1, max_value=10**11 - 1))
def test_demo_numbers_are_valid_and_round_trip(index):
    number = demo_member_number(index)
    assert len(number) == 15 and number.startswith("992") and luhn_valid(number)
    assert parse_member_number(format_member_number(number)) == number


@given(st.integers(min_value=1, max_value=10**11 - 1), st.integers(0, 14), st.integers(1, 9))
def test_any_single_digit_error_is_caught(index, position, delta):
    number = demo_member_number(index)
    digit = (int(number[position]) + delta) % 10
    typo = number[:position] + str(digit) + number[position + 1:]
    with pytest.raises(InvalidIdentifier):
        parse_member_number(typo)


def test_member_number_messages_say_what_is_wrong():
    with pytest.raises(InvalidIdentifier, match="check digit"):
        parse_member_number("992000000000019")
    with pytest.raises(InvalidIdentifier, match="15 digits; this has 14"):
        parse_member_number("99200000000001")
    with pytest.raises(InvalidIdentifier, match="starts with 992"):
        parse_member_number("123456789012345")


@pytest.mark.parametrize(
    ("typed", "kind", "value"),
    [
        ("992 0000 0000 0018", QueryKind.MEMBER_NUMBER, "992000000000018"),
        ("9920000000", QueryKind.MEMBER_NUMBER_PREFIX, "9920000000"),
        ("2200000000100", QueryKind.TICKET_NUMBER, "2200000000100"),
        ("220-0000000100", QueryKind.TICKET_NUMBER, "2200000000100"),
        ("kx4t2b", QueryKind.BOOKING_CODE, "KX4T2B"),
        ("Muller", QueryKind.BOOKING_CODE_OR_NAME, "MULLER"),
        ("Anna.Muller@Example.COM", QueryKind.EMAIL, "anna.muller@example.com"),
        ("+49 171 2345678", QueryKind.PHONE, "1712345678"),
        ("0049 (0)171 2345678", QueryKind.PHONE, "1712345678"),
        ("0171/2345678", QueryKind.PHONE, "1712345678"),
        ("Müller, Anna", QueryKind.NAME, "muller anna"),
        ("van Dijk", QueryKind.NAME, "van dijk"),
        ("O'Brien", QueryKind.NAME, "obrien"),
    ],
)
def test_queries_are_routed_by_shape(typed, kind, value):
    q = classify_query(typed)
    assert (q.kind, q.value) == (kind, value)


@pytest.mark.slow
@given(st.text(max_size=300))
def test_classify_never_fails_with_anything_but_query_error(text):
    try:
        classify_query(text)
    except QueryError as exc:
        assert exc.message


@pytest.mark.parametrize("name", ["Yılmaz", "YILMAZ", "yilmaz"])
def test_fold_dotless_i(name):
    assert fold_name(name) == "yilmaz"


@pytest.mark.parametrize("name", ["Müller", "Mueller", "Muller", "MÜLLER", "muller"])
def test_fold_makes_spellings_meet(name):
    assert fold_name(name) == "muller"


@given(st.text(alphabet="abcdefghijklmnopqrstuvwxyzäöüéèß", min_size=1, max_size=12),
       st.integers(0, 12))
def test_folded_prefix_of_a_name_is_a_prefix_of_the_folded_name(name, cut):
    # Without this, typing "Mue" would not find "Mueller" as the agent types.
    assert fold_name(name).startswith(fold_name(name[:cut]))


def test_phone_forms():
    assert parse_phone("+41 44 123 45 67").country_code == "41"
    assert parse_phone("+41 44 123 45 67").national == "441234567"
    assert parse_phone("044 123 45 67").national == "441234567"
    with pytest.raises(InvalidIdentifier):
        parse_phone("+49 12")
