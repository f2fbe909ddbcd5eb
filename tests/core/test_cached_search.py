"""Offline lookup over the cached member copies."""

from __future__ import annotations

from supportdesk.domain.query import classify_query
from supportdesk.sync.cached_search import matches

ACCOUNT = {"member_number": "992000000000018", "first_name": "Jürgen", "last_name": "Müller",
           "email_masked": "j•••@example.org"}


def test_member_numbers_whole_or_started():
    assert matches(ACCOUNT, classify_query("992 0000 0000 0018"))
    assert matches(ACCOUNT, classify_query("99200000"))
    assert not matches(ACCOUNT, classify_query("992000000000026"))


def test_names_folded_in_either_order():
    for text in ("muller", "mueller", "Jurgen Mul", "müll jür"):
        assert matches(ACCOUNT, classify_query(text)), text
    assert not matches(ACCOUNT, classify_query("schmidt"))


def test_masked_fields_find_nothing():
    assert not matches(ACCOUNT, classify_query("j.mueller@example.org"))
    assert not matches(ACCOUNT, classify_query("+49 151 23456789"))
