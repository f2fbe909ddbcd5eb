"""Incident remediation: the rules of a batch of reversals (issue 16, item 5), kept once for
the server and the desktop app's Remediation page. Qt-free."""

from __future__ import annotations

import datetime as dt

from ..errors import InvalidInput
from .identifiers import InvalidIdentifier, parse_member_number
from .text import TextRule

# Where a ledger entry was made: the member on the web site or the app, an agent in this
# desk, a partner's feed, or a batch job (flown miles).
CHANNELS = ("web", "app", "agent", "partner", "batch")
# A change to a member's profile (contact data, address, language) made in the window: a
# batch restores the values it replaced, where they are still what it wrote.
PROFILE_CHANGE = "profile_change"
# What a batch may undo: these ledger entry kinds (a reversal itself never: reversal-of-
# reversal), and profile changes.
LEDGER_KINDS = ("donation", "award_redemption", "upgrade_redemption", "accrual",
                "partner_accrual", "credit", "award_cancellation")
KINDS = (*LEDGER_KINDS, PROFILE_CHANGE)
# What a proposal may take at once: a window, a member list, entries.
MAX_WINDOW = dt.timedelta(hours=24)
# Bounded so that a proposal's body stays under the server's 64 KiB (app.MAX_BODY_BYTES).
MAX_MEMBERS = 2_000  # each at most MEMBER_TEXT characters as typed
MEMBER_TEXT = 24
MAX_EXCLUSIONS = 100  # more: narrow the selection instead
MAX_BATCH_ENTRIES = 5_000
# The miles an execute call reverses at most in one go (the client asks again: progress).
MAX_EXECUTE_STEP = 5_000

BATCH_NOTE = TextRule(3, 500)
EXCLUSION_REASON = TextRule(3, 500)


class RemediationInputError(InvalidInput):
    """A filter a batch cannot take, with the field it is about and why, in plain words."""


def check_window(start: dt.datetime, end: dt.datetime) -> None:
    if start.tzinfo is None or end.tzinfo is None:
        raise RemediationInputError("from", "Give the window's times with their time zone.")
    if end <= start:
        raise RemediationInputError("to", "The window must end after it starts.")
    if end - start > MAX_WINDOW:
        raise RemediationInputError(
            "to", f"A window is at most {int(MAX_WINDOW.total_seconds() // 3600)} hours; "
                  f"propose one batch per window.")


def parse_member_list(text: str) -> list[str]:
    """Member numbers pasted one per line, or separated by commas, semicolons or spaces:
    each checked (its check digit too), in order, without repeats."""
    found: list[str] = []
    for raw in text.replace(",", " ").replace(";", " ").split():
        try:
            number = parse_member_number(raw)
        except InvalidIdentifier as exc:
            raise RemediationInputError("members", f"{raw[:40]}: {exc.message}") from None
        if number not in found:
            found.append(number)
    if len(found) > MAX_MEMBERS:
        raise RemediationInputError("members",
                                    f"At most {MAX_MEMBERS:,} members in one batch.")
    return found


def check_choice(field: str, values: list[str], allowed: tuple[str, ...]) -> list[str]:
    if not values:
        raise RemediationInputError(field, f"Choose at least one of: {', '.join(allowed)}.")
    unknown = [v for v in values if v not in allowed]
    if unknown:
        raise RemediationInputError(
            field, f"Unknown {field}: {', '.join(unknown)[:100]} (known: {', '.join(allowed)}).")
    return sorted(set(values), key=allowed.index)


def parse_instant(field: str, text: str) -> dt.datetime:
    """A moment typed as YYYY-MM-DD HH:MM[:SS] or DD.MM.YYYY HH:MM[:SS], in UTC (a T or a
    trailing Z is fine too)."""
    cleaned = text.strip().upper().removesuffix("Z").replace("T", " ")
    for pattern in ("%Y-%m-%d %H:%M:%S", "%Y-%m-%d %H:%M", "%d.%m.%Y %H:%M:%S",
                    "%d.%m.%Y %H:%M"):
        try:
            return dt.datetime.strptime(cleaned, pattern).replace(tzinfo=dt.timezone.utc)
        except ValueError:
            continue
    raise RemediationInputError(field, "Type the time in UTC as DD.MM.YYYY HH:MM:SS or "
                                       "YYYY-MM-DD HH:MM:SS.")
