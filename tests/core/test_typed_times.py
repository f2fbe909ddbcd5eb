"""Days and moments as agents type them, in either language's way: 24.12.2026 and 2026-12-24
(the audit filter), 27.10.2026 15:00 and 2026-10-27 15:00:00 (a remediation window, UTC)."""

from __future__ import annotations

import datetime as dt

import pytest

from supportdesk.domain import audit, remediation
from supportdesk.errors import InvalidInput


@pytest.mark.parametrize("text", ["2026-12-24", "24.12.2026", " 24.12.2026 "])
def test_a_day_in_either_writing(text):
    assert audit.check_day("from", text) == dt.date(2026, 12, 24)


@pytest.mark.parametrize("text", ["24.12.26", "12/24/2026", "31.02.2026", "morgen", ""])
def test_anything_else_is_refused_naming_both_ways(text):
    with pytest.raises(InvalidInput) as refused:
        audit.check_day("from", text)
    assert refused.value.field == "from" and "24.12.2026" in refused.value.message


@pytest.mark.parametrize("text", ["2026-10-27 15:00:24", "2026-10-27T15:00:24Z",
                                  "27.10.2026 15:00:24"])
def test_a_moment_in_either_writing_is_utc(text):
    assert remediation.parse_instant("from", text) == dt.datetime(
        2026, 10, 27, 15, 0, 24, tzinfo=dt.timezone.utc)
    assert remediation.parse_instant("to", "27.10.2026 15:40").minute == 40


def test_a_moment_that_is_not_one_says_how_to_write_it():
    with pytest.raises(InvalidInput) as refused:
        remediation.parse_instant("to", "27.10.2026")
    assert "DD.MM.YYYY HH:MM:SS" in refused.value.message
