"""The refund and rebooking queue: list, check, claim, decide. Mixed into ApiClient."""

from __future__ import annotations


class QueueApi:
    """Methods use ApiClient's `request`/`get`; see client.py."""
