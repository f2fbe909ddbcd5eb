"""The rules the server enforces and the app explains, from their one home in the domain."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

import pytest

from supportdesk.domain.credits import (
    Approval,
    applied_today,
    approval_needed,
    needs_confirmation,
)
from supportdesk.domain.requests import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Refusal,
    claim_refusal,
    decide_refusal,
)

ME, OTHER = 7, 9


@pytest.mark.parametrize("status", CLOSED_STATUSES)
def test_a_decided_request_is_neither_claimed_nor_decided(status):
    assert claim_refusal(status, None, ME) is Refusal.CLOSED
    assert decide_refusal(status, ME, ME, supervisor=True) is Refusal.CLOSED


@pytest.mark.parametrize("status", OPEN_STATUSES)
def test_an_open_request_is_claimed_unless_a_colleague_has_it(status):
    assert claim_refusal(status, None, ME) is None
    assert claim_refusal(status, ME, ME) is None  # again: nothing changes
    assert claim_refusal(status, OTHER, ME) is Refusal.CLAIMED_BY_OTHER


def test_its_assignee_or_a_supervisor_decides_and_an_escalation_only_a_supervisor():
    assert decide_refusal("in_review", ME, ME, supervisor=False) is None
    assert decide_refusal("in_review", None, ME, supervisor=False) is Refusal.NOT_ASSIGNEE
    assert decide_refusal("in_review", OTHER, ME, supervisor=False) is Refusal.NOT_ASSIGNEE
    assert decide_refusal("in_review", OTHER, ME, supervisor=True) is None
    assert decide_refusal("escalated", ME, ME, supervisor=False) is Refusal.ESCALATED
    assert decide_refusal("escalated", OTHER, ME, supervisor=True) is None


def test_a_credit_waits_above_either_limit_and_the_daily_one_only_when_known():
    limits = {"per_credit_limit": 5000, "daily_limit": 20_000}
    assert approval_needed(5000, applied_today=15_000, **limits) is None
    assert approval_needed(5001, applied_today=0, **limits) is Approval.OVER_CREDIT_LIMIT
    assert approval_needed(5000, applied_today=15_001, **limits) is Approval.OVER_DAILY_LIMIT
    assert approval_needed(5000, applied_today=None, **limits) is None  # the server judges


@dataclass
class _Credit:
    miles: int
    requested_by_id: int
    decided_by_name: str | None
    requested_at: str


def test_only_what_the_agent_applied_on_their_own_authority_today_counts():
    today = dt.date(2026, 12, 7)
    credits = [_Credit(100, ME, None, "2026-12-07T08:00:00+00:00"),
               _Credit(200, ME, "Supervisor 1", "2026-12-07T09:00:00+00:00"),  # approved
               _Credit(400, OTHER, None, "2026-12-07T09:30:00+00:00"),
               _Credit(800, ME, None, "2026-12-06T23:59:59+00:00")]
    assert applied_today(credits, ME, today) == 100


def test_an_approval_above_the_threshold_asks_once_more():
    assert not needs_confirmation(10_000, threshold=10_000)  # at the threshold: not asked
    assert needs_confirmation(10_001, threshold=10_000)
    assert needs_confirmation(1, threshold=0)  # 0: every approval asks
