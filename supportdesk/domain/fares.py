"""Cabins, fare families and their refund and change rules, keyed by booking class letter.

Checking a refund or rebooking request starts with "what does the fare allow?". The table is the
programme's own (fictional but shaped like a network carrier's): each booking class belongs to one
fare family, and the family decides whether the ticket is refundable or changeable and for what fee.
Fees are whole euros as `Decimal`, never floats.
"""

from __future__ import annotations

import enum
from dataclasses import dataclass
from decimal import Decimal

from .identifiers import InvalidIdentifier
from .wording import QT_TRANSLATE_NOOP, Line, render


class UnknownCabin(InvalidIdentifier):
    """The cabin is not one of Economy, Premium Economy, Business, First."""


class UnknownBookingClass(InvalidIdentifier):
    """The booking class letter is malformed or not sold by the programme's airline."""


class Cabin(str, enum.Enum):
    """Cabins from lowest to highest; `rank` orders them (award prices rise with it)."""

    ECONOMY = "Economy"
    PREMIUM_ECONOMY = "Premium Economy"
    BUSINESS = "Business"
    FIRST = "First"

    @property
    def rank(self) -> int:
        return _CABIN_ORDER.index(self)


_CABIN_ORDER = (Cabin.ECONOMY, Cabin.PREMIUM_ECONOMY, Cabin.BUSINESS, Cabin.FIRST)


def parse_cabin(value: Cabin | str, field: str = "cabin") -> Cabin:
    """The cabin named by `value` ("business", "Premium Economy", "premium_economy"…), or raise."""
    if isinstance(value, Cabin):
        return value
    key = " ".join(value.replace("_", " ").replace("-", " ").split()).casefold()
    for cabin in Cabin:
        if key == cabin.value.casefold():
            return cabin
    names = ", ".join(c.value for c in Cabin)
    if not key:
        raise UnknownCabin(field, f"Choose a cabin: {names}.")
    raise UnknownCabin(field, f"“{value.strip()}” is not a cabin; choose {names}.")


@dataclass(frozen=True)
class FareRules:
    booking_class: str
    family: str  # e.g. "Economy Light"
    cabin: Cabin
    refundable: bool
    refund_fee_eur: Decimal | None  # None when not refundable
    changeable: bool
    change_fee_eur: Decimal | None  # None when not changeable; fare difference always extra

    def summary(self) -> tuple[str, ...]:
        """Plain lines for the agent: family, refund rule, change rule (and taxes if relevant)."""
        return tuple(render(line) for line in self.summary_lines())

    def summary_lines(self) -> tuple[Line, ...]:
        """The same as lines the app words in the agent's language (wording.py)."""
        lines = [
            Line(_CLASS, {"booking_class": self.booking_class, "family": self.family,
                          "cabin": self.cabin.value}),
            _rule_line(_REFUND, self.refundable, self.refund_fee_eur),
            _rule_line(_CHANGE, self.changeable, self.change_fee_eur),
        ]
        if not self.refundable:
            # Airport charges are refundable on an unused ticket whatever the fare says.
            lines.append(Line(_TAXES))
        return tuple(lines)



_CLASS = QT_TRANSLATE_NOOP("Fares", "Booking class {booking_class}: {family} ({cabin})")
_TAXES = QT_TRANSLATE_NOOP("Fares", "Unused taxes and airport charges are still refunded.")
_REFUND = {
    "no": QT_TRANSLATE_NOOP("Fares", "Refund: not permitted"),
    "free": QT_TRANSLATE_NOOP("Fares", "Refund: free of charge"),
    "fee": QT_TRANSLATE_NOOP("Fares", "Refund: permitted for a fee of {fee_eur}"),
}
_CHANGE = {
    "no": QT_TRANSLATE_NOOP("Fares", "Change: not permitted"),
    "free": QT_TRANSLATE_NOOP("Fares", "Change: free of charge; any fare difference is extra"),
    "fee": QT_TRANSLATE_NOOP("Fares", "Change: permitted for a fee of {fee_eur}; any fare "
                                      "difference is extra"),
}


def _rule_line(templates: dict[str, str], allowed: bool, fee: Decimal | None) -> Line:
    if not allowed:
        return Line(templates["no"])
    if not fee:
        return Line(templates["free"])
    return Line(templates["fee"], {"fee_eur": int(fee) if fee == int(fee) else float(fee)})


@dataclass(frozen=True)
class _Family:
    name: str
    cabin: Cabin
    classes: str
    refund_fee: int | None  # None = not refundable
    change_fee: int | None  # None = not changeable


_FAMILIES = (
    _Family("First", Cabin.FIRST, "FA", 0, 0),
    _Family("Business Flex", Cabin.BUSINESS, "JCD", 0, 0),
    _Family("Business Saver", Cabin.BUSINESS, "ZP", 300, 150),
    _Family("Premium Economy Flex", Cabin.PREMIUM_ECONOMY, "GW", 0, 0),
    _Family("Premium Economy Saver", Cabin.PREMIUM_ECONOMY, "EN", 150, 100),
    _Family("Economy Flex", Cabin.ECONOMY, "YB", 0, 0),
    _Family("Economy Classic", Cabin.ECONOMY, "MUHKL", None, 70),
    _Family("Economy Light", Cabin.ECONOMY, "QVST", None, None),
)


def _build() -> dict[str, FareRules]:
    table: dict[str, FareRules] = {}
    for family in _FAMILIES:
        for letter in family.classes:
            assert letter not in table, f"booking class {letter} in two fare families"
            table[letter] = FareRules(
                booking_class=letter,
                family=family.name,
                cabin=family.cabin,
                refundable=family.refund_fee is not None,
                refund_fee_eur=None if family.refund_fee is None else Decimal(family.refund_fee),
                changeable=family.change_fee is not None,
                change_fee_eur=None if family.change_fee is None else Decimal(family.change_fee),
            )
    return table


FARE_RULES: dict[str, FareRules] = _build()
BOOKING_CLASSES: frozenset[str] = frozenset(FARE_RULES)


def parse_booking_class(text: str, field: str = "booking_class") -> str:
    """The upper-case booking class letter, or raise UnknownBookingClass."""
    letter = text.strip().upper()
    if not letter:
        raise UnknownBookingClass(field, "Enter the booking class, a single letter such as Y.")
    if len(letter) != 1 or not "A" <= letter <= "Z":
        raise UnknownBookingClass(field, "A booking class is a single letter, such as Y.")
    if letter not in FARE_RULES:
        raise UnknownBookingClass(field, f"Booking class {letter} is not sold on our flights.")
    return letter


def rules_for(booking_class: str) -> FareRules:
    """Refund and change rules of the fare booked in `booking_class` (any case)."""
    return FARE_RULES[parse_booking_class(booking_class)]
