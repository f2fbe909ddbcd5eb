"""Revealing a member's masked personal data (DESIGN.md §6): which fields can be revealed, the
reasons an agent may give, and when the reason needs words as well — written once for the
server's request model and the desktop app's Reveal dialog."""

from __future__ import annotations

from . import limits
from .text import TextProblem

# What stays masked in search results and the account (the name stays readable).
FIELDS = ("email", "phone", "address", "birth_date")

CALLER_VERIFIED = "caller_verified"
REASONS = (CALLER_VERIFIED, "supervisor_request", "data_protection_request",
           "fraud_investigation", "other")
# A verified caller is its own reason (the verification is audited next to it); every other
# reason names what it is about in words: which supervisor, which request or case.
TEXT_OPTIONAL = frozenset({CALLER_VERIFIED})


def needs_text(code: str) -> bool:
    return code not in TEXT_OPTIONAL


def check_reason(code: str, text: str | None) -> str | None:
    """The reason's text cleaned by its rule (limits.REVEAL_REASON), or None where it may be
    left out; TextProblem when the code needs words and has none, or the words break the rule."""
    if code not in REASONS:
        raise TextProblem("reveal-reason-unknown", "Choose one of the listed reasons.")
    if text is None or not text.strip():
        if needs_text(code):
            raise TextProblem("reveal-reason-text",
                              "Say in a few words why (who asked, which request or case).")
        return None
    return limits.REVEAL_REASON.clean(text)
