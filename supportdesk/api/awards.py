"""Award availability, award and upgrade bookings, cancellations. Mixed into ApiClient."""

from __future__ import annotations


class AwardsApi:
    """Methods use ApiClient's `request`/`get`; see client.py."""
