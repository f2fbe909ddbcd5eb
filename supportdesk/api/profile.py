"""Caller verification and profile changes. Mixed into ApiClient."""

from __future__ import annotations


class ProfileApi:
    """Methods use ApiClient's `request`/`get`; see client.py."""
