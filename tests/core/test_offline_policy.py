"""The offline policy per operation (DESIGN.md §3)."""

from __future__ import annotations

import pytest

from supportdesk.domain.offline import Policy, offline_verdict


def test_credits_queue_within_the_limit_and_wait_for_approval_above_it():
    assert offline_verdict("credit", miles=5000, per_credit_limit=5000).policy is Policy.QUEUE
    above = offline_verdict("credit", miles=40_000, per_credit_limit=5000)
    assert above.policy is Policy.APPROVAL and "supervisor" in above.reason
    assert "40,000" in above.reason


def test_award_bookings_are_provisional_and_request_decisions_queue():
    booking = offline_verdict("award_booking")
    assert booking.policy is Policy.PROVISIONAL and "pending confirmation" in booking.reason
    assert offline_verdict("request_decision").policy is Policy.QUEUE


@pytest.mark.parametrize("kind", ["donation", "contact_change", "profile_change", "reversal",
                                  "approval", "upgrade", "award_cancellation", "unknown"])
def test_the_rest_is_refused_with_a_reason(kind):
    verdict = offline_verdict(kind)
    assert verdict.policy is Policy.REFUSE and "offline" in verdict.reason
