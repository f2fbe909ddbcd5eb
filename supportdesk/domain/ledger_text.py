"""What a ledger entry says, written once: the reference server stores these sentences in
English (the ledger's `description`), and the app reads them back as templates with their
parameters (`parse`) to word them in the agent's language (issue 17). Qt-free.

A description that matches none of the templates (another backend's text, a partner's name)
is shown as it is. Parameters are the data in the sentence; `*_count` ones are figures,
`*_date` ones ISO days.
"""

from __future__ import annotations

import re
from functools import lru_cache

from .wording import QT_TRANSLATE_NOOP, Line, render

FLIGHT = QT_TRANSLATE_NOOP(
    "Ledger", "Flight {flight} {origin}–{destination}, class {booking_class}")
FLIGHT_AWARD = QT_TRANSLATE_NOOP(
    "Ledger", "Flight award {flight} {origin}–{destination} {departure_date}, {cabin}, "
              "{passenger_count} pax: {names}")
AWARD_CANCELLED = QT_TRANSLATE_NOOP(
    "Ledger", "Award {code} cancelled ({fee_count} miles fee): {reason}")
UPGRADE = QT_TRANSLATE_NOOP(
    "Ledger", "Upgrade award {flight} {origin}–{destination}: {from_cabin} → {to_cabin}")
DONATION = QT_TRANSLATE_NOOP("Ledger", "Donation to {charity}")
# Stored with the reversed entry's number (the audit reads it); shown without it: the
# reversal's own row says what and when, and an agent has no use for a database id.
REVERSAL_STORED = "Reversal of #{entry}: {reason}"
REVERSAL = QT_TRANSLATE_NOOP("Ledger", "Reversal: {reason}")
# A credit's description: its kind, then the agent's reason (server actions/credits.py).
CREDIT_KINDS = {
    "retro_claim": QT_TRANSLATE_NOOP("Ledger", "Retro claim: {reason}"),
    "goodwill": QT_TRANSLATE_NOOP("Ledger", "Goodwill: {reason}"),
    "correction": QT_TRANSLATE_NOOP("Ledger", "Correction: {reason}"),
}
# The demo's charities: a donation's parameter, worded as a phrase of its own.
CHARITIES = (
    QT_TRANSLATE_NOOP("Ledger", "Help Alliance"),
    QT_TRANSLATE_NOOP("Ledger", "Children's relief fund"),
    QT_TRANSLATE_NOOP("Ledger", "Ocean clean-up fund"),
    QT_TRANSLATE_NOOP("Ledger", "Climate protection projects"),
)
# Fixed sentences of the demo data: a whole description, no parameters.
FIXED = (
    QT_TRANSLATE_NOOP("Ledger", "Flight award"),
    QT_TRANSLATE_NOOP("Ledger", "Upgrade award"),
    QT_TRANSLATE_NOOP("Ledger", "Hotel partner"),
    QT_TRANSLATE_NOOP("Ledger", "Hotel partner stay"),
    QT_TRANSLATE_NOOP("Ledger", "Car rental partner"),
    QT_TRANSLATE_NOOP("Ledger", "Credit card partner"),
    QT_TRANSLATE_NOOP("Ledger", "Shopping partner"),
    QT_TRANSLATE_NOOP("Ledger", "Rail partner"),
    QT_TRANSLATE_NOOP("Ledger", "Energy partner"),
)

LIMIT = 300  # characters the ledger keeps of a description


def text(template: str, **params: object) -> str:
    """The description to store: the template in English, cut to what the ledger keeps."""
    written = render(Line(template, params))
    return written if len(written) <= LIMIT else written[:LIMIT - 1] + "…"


def _pattern(template: str) -> re.Pattern[str]:
    parts = re.split(r"\{(\w+)\}", template)
    regex = "".join(
        re.escape(part) if i % 2 == 0
        else (rf"(?P<{part}>[\d,.]+)" if part.endswith("_count") else rf"(?P<{part}>.+?)")
        for i, part in enumerate(parts))
    return re.compile(regex, re.DOTALL)


# (how it is stored, how it is shown); the first that matches the whole text wins.
_READ = tuple(
    (_pattern(stored), shown)
    for stored, shown in ((FLIGHT, FLIGHT), (FLIGHT_AWARD, FLIGHT_AWARD),
                          (AWARD_CANCELLED, AWARD_CANCELLED), (UPGRADE, UPGRADE),
                          (DONATION, DONATION), (REVERSAL_STORED, REVERSAL),
                          *((t, t) for t in CREDIT_KINDS.values())))


@lru_cache(maxsize=4096)
def parse(description: str) -> Line | None:
    """The template and parameters of a stored description, or None if it is not one of ours."""
    if description in FIXED:
        return Line(description)
    for pattern, shown in _READ:
        found = pattern.fullmatch(description)
        if found:
            params: dict[str, object] = {}
            for name, value in found.groupdict().items():
                if name.endswith("_count"):
                    digits = value.replace(",", "").replace(".", "")
                    if not digits.isdigit():
                        break
                    params[name] = int(digits)
                else:
                    params[name] = Line(value) if value in CHARITIES else value
            else:
                return Line(shown, params)
    return None
