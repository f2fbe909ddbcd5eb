"""EU Regulation 261/2004: the compensation a passenger is owed, with the reasoning spelled out.

Covered: compensation (Art. 7) for cancellation (Art. 5), long delay at arrival (Sturgeon,
C-402/07 and C-432/07) and denied boarding (Art. 4); and the passenger's right under Art. 8 to a
refund of the ticket within 7 days or re-routing, which a cancellation (Art. 5(1)(a)) and denied
boarding (Art. 4(3)) give whatever the notice or the reason, and a delay of five hours or more
gives as a refund (Art. 6(1)(iii)). Not covered: care (Art. 9), which is owed regardless.
Amounts are whole euros. Distances are great-circle km to the final destination (Art. 7(4);
for a connecting journey the delay also counts at the final destination, Folkerts C-11/11).
"""

from __future__ import annotations

import enum
import math
from dataclasses import dataclass

from .airports import Airport, great_circle_km, route
from .wording import QT_TRANSLATE_NOOP, Line, render

# The translation context of the reasoning's sentences (gui/queue/detail.py) is "EU261",
# written out in each marker: lupdate reads only literals.

# Where the Regulation applies as "the Community": the 27 EU Member States (their outermost
# regions included: Canaries, Azores, Madeira by their country code; French overseas
# departments and Saint-Martin by their own ISO codes), the EEA states Iceland, Liechtenstein and
# Norway (EEA Agreement, Annex XIII) and Switzerland (EU–Swiss Air Transport Agreement).
# Not included: the UK since 2021 (it has its own UK261), Faroe Islands, Greenland,
# Saint-Barthélemy and the other overseas countries and territories.
EU_MEMBER_STATES = frozenset(
    "AT BE BG CY CZ DE DK EE ES FI FR GR HR HU IE IT LT LU LV MT NL PL PT RO SE SI SK".split()
)
OUTERMOST_REGIONS = frozenset({"GF", "GP", "MQ", "RE", "YT", "MF"})
EEA_AND_SWISS = frozenset({"IS", "LI", "NO", "CH"})
COMMUNITY_COUNTRIES = EU_MEMBER_STATES | OUTERMOST_REGIONS | EEA_AND_SWISS
# Airports whose country code says "in" but where EU law is suspended (Protocol 10 to the
# 2003 Act of Accession: northern Cyprus).
_OUTSIDE_COMMUNITY_AIRPORTS = frozenset({"ECN"})

SHORT_HAUL_KM = 1500
MEDIUM_HAUL_KM = 3500
DELAY_THRESHOLD_MINUTES = 180  # Sturgeon: three hours or more at arrival
LONG_HAUL_FULL_DELAY_MINUTES = 240  # Sturgeon para. 63 with Art. 7(2)(c)
REFUND_DELAY_MINUTES = 300  # Art. 6(1)(iii): five hours or more → the Art. 8(1)(a) refund
REFUND_DAYS = 7  # Art. 8(1)(a): the refund is paid within seven days


class Disruption(str, enum.Enum):
    CANCELLATION = "cancellation"
    DELAY = "delay"  # measured at arrival, when the doors open (Germanwings, C-452/13)
    DENIED_BOARDING = "denied_boarding"


class Band(enum.Enum):
    """Art. 7(1) distance bands: amount in EUR and the Art. 7(2) re-routing margin in hours."""

    SHORT = (250, 2)  # (a) 1,500 km or less
    MEDIUM = (400, 3)  # (b) intra-Community over 1,500 km; others 1,500–3,500 km
    LONG = (600, 4)  # (c) everything else

    @property
    def amount_eur(self) -> int:
        return self.value[0]

    @property
    def reduction_margin_minutes(self) -> int:
        return self.value[1] * 60


class RefundRight(str, enum.Enum):
    """What Art. 8 gives the passenger besides (and independently of) Art. 7 compensation."""

    NONE = "none"
    REFUND_OR_REROUTING = "refund_or_rerouting"  # Art. 8(1)(a)–(c): the passenger chooses
    REFUND = "refund"  # Art. 6(1)(iii) with 8(1)(a): a refund (and a flight back) instead


@dataclass(frozen=True)
class Rerouting:
    """An alternative flight offered under Art. 8, relative to the original schedule."""

    departure_delta_minutes: int  # re-routed departure minus scheduled; negative = earlier
    arrival_delta_minutes: int  # re-routed arrival minus scheduled; negative = earlier


@dataclass(frozen=True)
class Entitlement:
    amount_eur: int  # what is owed: 0, 125, 200, 250, 300, 400 or 600
    band: Band
    base_amount_eur: int  # the band's amount before any 50 % reduction (0 if none is owed)
    reduced: bool  # Art. 7(2) halving applied
    reason_lines: tuple[Line, ...]  # one per step of the reasoning, in order (wording.py)
    refund_right: RefundRight = RefundRight.NONE  # Art. 8, owed whatever Art. 7 owes
    right_lines: tuple[Line, ...] = ()  # the Art. 8 lines, shown after the reasons

    @property
    def reasons(self) -> tuple[str, ...]:
        return tuple(render(line) for line in self.reason_lines)

    @property
    def rights(self) -> tuple[str, ...]:
        return tuple(render(line) for line in self.right_lines)

    @property
    def all_lines(self) -> tuple[Line, ...]:
        """Everything the check states: the compensation reasoning, then the Art. 8 right."""
        return self.reason_lines + self.right_lines

    @property
    def lines(self) -> tuple[str, ...]:
        return tuple(render(line) for line in self.all_lines)


_RIGHT_CANCELLED = QT_TRANSLATE_NOOP(
    "EU261", "Cancelled: the passenger chooses a refund of the ticket within {days} days or "
        "re-routing to the final destination, whatever the notice or the reason "
        "(Art. 5(1)(a), Art. 8(1))")
_RIGHT_DENIED = QT_TRANSLATE_NOOP(
    "EU261", "Denied boarding: the passenger chooses a refund of the ticket within {days} days or "
        "re-routing to the final destination (Art. 4(1), 4(3), Art. 8(1))")
_RIGHT_DELAY = QT_TRANSLATE_NOOP(
    "EU261", "Delayed {delay_minutes} {measured}: five hours or more → a passenger who no longer "
        "travels may have the ticket refunded within {days} days, with a flight back to the "
        "first point of departure if needed (Art. 6(1)(iii), Art. 8(1)(a))")
_AT_DEPARTURE = QT_TRANSLATE_NOOP("EU261", "at departure")
_AT_ARRIVAL = QT_TRANSLATE_NOOP(
    "EU261", "at arrival (Art. 6 counts the departure delay: confirm it)")


def refund_right(
    disruption: Disruption,
    *,
    arrival_delay_minutes: int | None = None,
    departure_delay_minutes: int | None = None,
) -> tuple[RefundRight, tuple[Line, ...]]:
    """The Art. 8 right a disruption gives, with the line that states it.

    Owed whatever the notice, the re-routing offered or extraordinary circumstances (those only
    excuse Art. 7 compensation). A delay counts at departure (Art. 6(1)); when only the arrival
    delay is known it stands in for it, and the line says so.
    """
    if disruption is Disruption.CANCELLATION:
        return RefundRight.REFUND_OR_REROUTING, (
            Line(_RIGHT_CANCELLED, {"days": REFUND_DAYS}),)
    if disruption is Disruption.DENIED_BOARDING:
        return RefundRight.REFUND_OR_REROUTING, (Line(_RIGHT_DENIED, {"days": REFUND_DAYS}),)
    delay = departure_delay_minutes if departure_delay_minutes is not None \
        else arrival_delay_minutes
    if delay is None or delay < REFUND_DELAY_MINUTES:
        return RefundRight.NONE, ()
    measured = _AT_DEPARTURE if departure_delay_minutes is not None else _AT_ARRIVAL
    return RefundRight.REFUND, (Line(_RIGHT_DELAY, {"delay_minutes": delay,
                                                    "measured": Line(measured),
                                                    "days": REFUND_DAYS}),)


def in_community(place: Airport) -> bool:
    """Whether an airport lies where the Regulation counts as "the Community" (see above)."""
    return place.country in COMMUNITY_COUNTRIES and place.iata not in _OUTSIDE_COMMUNITY_AIRPORTS


def is_intra_eu(origin: Airport, destination: Airport) -> bool:
    """An "intra-Community flight" of Art. 7(1)(b): both airports inside the Community."""
    return in_community(origin) and in_community(destination)


def band_for(distance_km: float, intra_eu: bool) -> Band:
    """The Art. 7(1) band: (a) ≤ 1,500 km; (b) intra-EU > 1,500 or other ≤ 3,500 km; (c) rest."""
    if distance_km <= SHORT_HAUL_KM:
        return Band.SHORT
    if intra_eu or distance_km <= MEDIUM_HAUL_KM:
        return Band.MEDIUM
    return Band.LONG


_BAND = {
    (Band.SHORT, True): QT_TRANSLATE_NOOP(
        "EU261", "{distance_km} km, intra-EU: 1,500 km or less → {amount_eur} (Art. 7(1))"),
    (Band.SHORT, False): QT_TRANSLATE_NOOP(
        "EU261", "{distance_km} km, not intra-EU: 1,500 km or less → {amount_eur} (Art. 7(1))"),
    (Band.MEDIUM, True): QT_TRANSLATE_NOOP(
        "EU261", "{distance_km} km, intra-EU: more than 1,500 km → {amount_eur} (Art. 7(1))"),
    (Band.MEDIUM, False): QT_TRANSLATE_NOOP(
        "EU261", "{distance_km} km, not intra-EU: between 1,500 and 3,500 km → {amount_eur} "
            "(Art. 7(1))"),
    (Band.LONG, False): QT_TRANSLATE_NOOP(
        "EU261", "{distance_km} km, not intra-EU: more than 3,500 km → {amount_eur} (Art. 7(1))"),
}
_SAME_DAY = QT_TRANSLATE_NOOP("EU261", "Cancelled on the day of departure")
_ONE_DAY = QT_TRANSLATE_NOOP("EU261", "Cancelled 1 day before departure")
_DAYS = QT_TRANSLATE_NOOP("EU261", "Cancelled {days} days before departure")
_ON_TIME = QT_TRANSLATE_NOOP("EU261", "on time")
_EARLY = QT_TRANSLATE_NOOP("EU261", "{by_minutes} early")
_LATE = QT_TRANSLATE_NOOP("EU261", "{by_minutes} late")
_NOTICE_14 = QT_TRANSLATE_NOOP(
    "EU261", "{notice}: at least 14 days' notice → no compensation (Art. 5(1)(c)(i))")
_WINDOW_7_13 = QT_TRANSLATE_NOOP("EU261", "7 to 13 days' notice")
_WINDOW_UNDER_7 = QT_TRANSLATE_NOOP("EU261", "less than 7 days' notice")
_TEST = QT_TRANSLATE_NOOP(
    "EU261", "departing ≤ {early_minutes} early and arriving < {late_minutes} late")
_NOT_TEST = QT_TRANSLATE_NOOP(
    "EU261", "not departing ≤ {early_minutes} early and arriving < {late_minutes} late")
_NO_REROUTING = QT_TRANSLATE_NOOP(
    "EU261", "{notice}: {window}, no re-routing offered → compensation due ({article})")
_OFFERED = QT_TRANSLATE_NOOP("EU261", "re-routing departs {departs}, arrives {arrives}")
_EXEMPT = QT_TRANSLATE_NOOP(
    "EU261", "{notice}: {window}, {offered}: {test} → no compensation ({article})")
_NOT_EXEMPT = QT_TRANSLATE_NOOP(
    "EU261", "{notice}: {window}, {offered}: {test} → compensation due ({article})")


def _km(distance: float) -> float:
    """Whole km, unless rounding would print a band boundary the distance is not on."""
    if round(distance) in (SHORT_HAUL_KM, MEDIUM_HAUL_KM) and distance != round(distance):
        return round(distance, 1)
    return round(distance)


def _notice(days: int) -> Line:
    if days == 0:
        return Line(_SAME_DAY)
    return Line(_ONE_DAY) if days == 1 else Line(_DAYS, {"days": days})


def _band_reason(distance_km: float, intra_eu: bool, band: Band) -> Line:
    template = _BAND[band, intra_eu and band is not Band.LONG]
    return Line(template, {"distance_km": _km(distance_km), "amount_eur": band.amount_eur})


def _late(minutes: int) -> Line:
    if minutes == 0:
        return Line(_ON_TIME)
    return Line(_EARLY if minutes < 0 else _LATE, {"by_minutes": abs(minutes)})


def _cancellation_exempt(notice_days: int, rerouting: Rerouting | None) -> tuple[bool, Line]:
    """Art. 5(1)(c): whether the notice and re-routing offered excuse compensation, and why."""
    head = _notice(notice_days)
    if notice_days >= 14:
        return True, Line(_NOTICE_14, {"notice": head})
    if notice_days >= 7:
        earliest, latest, article, window = 120, 240, "Art. 5(1)(c)(ii)", _WINDOW_7_13
    else:
        earliest, latest, article, window = 60, 120, "Art. 5(1)(c)(iii)", _WINDOW_UNDER_7
    common = {"notice": head, "window": Line(window), "article": article}
    if rerouting is None:
        return False, Line(_NO_REROUTING, common)
    dep, arr = rerouting.departure_delta_minutes, rerouting.arrival_delta_minutes
    offered = Line(_OFFERED, {"departs": _late(dep), "arrives": _late(arr)})
    bounds = {"early_minutes": earliest, "late_minutes": latest}
    if dep >= -earliest and arr < latest:
        return True, Line(_EXEMPT, {**common, "offered": offered, "test": Line(_TEST, bounds)})
    return False, Line(_NOT_EXEMPT, {**common, "offered": offered,
                                     "test": Line(_NOT_TEST, bounds)})


_ARRIVED_ON_TIME = QT_TRANSLATE_NOOP(
    "EU261", "Arrived on time: under 3 h → no compensation (Sturgeon)")
_DELAY_UNDER = QT_TRANSLATE_NOOP(
    "EU261", "Delayed {delay_minutes} at arrival: under 3 h → no compensation (Sturgeon)")
_DELAY_QUALIFIES = QT_TRANSLATE_NOOP(
    "EU261", "Delayed {delay_minutes} at arrival: ≥ 3 h qualifies (Sturgeon)")
_DELAY_EXTRAORDINARY = QT_TRANSLATE_NOOP(
    "EU261", "Extraordinary circumstances → no compensation (Art. 5(3), Sturgeon)")
_LONG_HALVED = QT_TRANSLATE_NOOP(
    "EU261", "Over 3,500 km and under 4 h late → halved (Art. 7(2)(c), Sturgeon)")
_CANCEL_EXTRAORDINARY = QT_TRANSLATE_NOOP(
    "EU261", "Extraordinary circumstances → no compensation (Art. 5(3))")
_VOLUNTEERED = QT_TRANSLATE_NOOP(
    "EU261", "Gave up the seat voluntarily → agreed benefits, not Art. 7 (Art. 4(1))")
_DENIED = QT_TRANSLATE_NOOP("EU261", "Denied boarding against their will qualifies (Art. 4(3))")
_DENIED_EXTRAORDINARY = QT_TRANSLATE_NOOP(
    "EU261", "Extraordinary circumstances do not excuse denied boarding (C-22/11)")
_REROUTE_HALVED = QT_TRANSLATE_NOOP(
    "EU261", "Re-routing arrives {arrives}, within {margin_minutes} of the original → halved "
        "(Art. 7(2))")
_COMPENSATION = QT_TRANSLATE_NOOP("EU261", "Compensation: {amount_eur} per passenger")
_NOT_APPLICABLE = QT_TRANSLATE_NOOP("EU261", "{why}: Regulation does not apply (Art. 3(1))")
_OUTSIDE = QT_TRANSLATE_NOOP("EU261", "Departs outside the EU and does not arrive there")
_NON_EU_CARRIER = QT_TRANSLATE_NOOP("EU261", "Departs outside the EU on a non-EU carrier")
RECORDED_CIRCUMSTANCE = QT_TRANSLATE_NOOP("EU261", "Recorded circumstance: {circumstance}")


def assess(
    distance_km: float,
    *,
    intra_eu: bool,
    disruption: Disruption,
    arrival_delay_minutes: int | None = None,
    notice_days: int | None = None,
    rerouting: Rerouting | None = None,
    extraordinary_circumstances: bool = False,
    volunteered: bool = False,
    departure_delay_minutes: int | None = None,
) -> Entitlement:
    """Compensation owed under Art. 7 for one disrupted flight, with the reasons in order.

    DELAY needs `arrival_delay_minutes`. CANCELLATION needs `notice_days` (whole days before the
    scheduled departure, rounded down: 13 days 20 h is 13) and takes the `rerouting` offered.
    DENIED_BOARDING takes `rerouting` and `volunteered` (Art. 4(1): volunteers get what they
    agreed instead). Extraordinary circumstances excuse cancellations (Art. 5(3)) and delays
    (Sturgeon) but not denied boarding (Finnair, C-22/11). A DELAY may give
    `departure_delay_minutes` for the Art. 6(1)(iii) refund (else the arrival delay stands in).
    Whatever compensation is owed, the Art. 8 right comes in `refund_right` and `rights`.
    """
    if not math.isfinite(distance_km) or distance_km < 0:
        raise ValueError("distance_km must be a finite, non-negative number")
    band = band_for(distance_km, intra_eu)
    reasons = [_band_reason(distance_km, intra_eu, band)]
    right, rights = refund_right(disruption, arrival_delay_minutes=arrival_delay_minutes,
                                 departure_delay_minutes=departure_delay_minutes)

    def nothing(reason: Line) -> Entitlement:
        return Entitlement(0, band, 0, False, tuple(reasons + [reason]), right, rights)

    halve_reason = None
    if disruption is Disruption.DELAY:
        if arrival_delay_minutes is None:
            raise ValueError("a delay needs arrival_delay_minutes")
        delay = arrival_delay_minutes
        if delay < DELAY_THRESHOLD_MINUTES:
            return nothing(Line(_DELAY_UNDER, {"delay_minutes": delay}) if delay > 0
                           else Line(_ARRIVED_ON_TIME))
        reasons.append(Line(_DELAY_QUALIFIES, {"delay_minutes": delay}))
        if extraordinary_circumstances:
            return nothing(Line(_DELAY_EXTRAORDINARY))
        if band is Band.LONG and delay < LONG_HAUL_FULL_DELAY_MINUTES:
            halve_reason = Line(_LONG_HALVED)
    elif disruption is Disruption.CANCELLATION:
        if notice_days is None or notice_days < 0:
            raise ValueError("a cancellation needs notice_days ≥ 0")
        exempt, reason = _cancellation_exempt(notice_days, rerouting)
        if exempt:
            return nothing(reason)
        reasons.append(reason)
        if extraordinary_circumstances:
            return nothing(Line(_CANCEL_EXTRAORDINARY))
    elif disruption is Disruption.DENIED_BOARDING:
        if volunteered:
            return nothing(Line(_VOLUNTEERED))
        reasons.append(Line(_DENIED))
        if extraordinary_circumstances:
            reasons.append(Line(_DENIED_EXTRAORDINARY))
    else:  # pragma: no cover - the enum is closed
        raise ValueError(f"unknown disruption {disruption!r}")

    if disruption is not Disruption.DELAY and rerouting is not None:
        arrival = rerouting.arrival_delta_minutes
        margin = band.reduction_margin_minutes
        if arrival <= margin:
            halve_reason = Line(_REROUTE_HALVED, {"arrives": _late(arrival),
                                                  "margin_minutes": margin})
    amount = band.amount_eur
    if halve_reason:
        amount //= 2  # every band amount is even, so halving stays in whole euros
        reasons.append(halve_reason)
    reasons.append(Line(_COMPENSATION, {"amount_eur": amount}))
    return Entitlement(amount, band, band.amount_eur, halve_reason is not None, tuple(reasons),
                       right, rights)


def assess_flight(
    origin: str, destination: str, *, community_carrier: bool = True, **circumstances
) -> Entitlement:
    """`assess` for a flight given by IATA codes, first checking the Regulation applies (Art. 3(1)).

    It applies to flights departing from the Community, and to flights arriving there from
    outside when the operating carrier is a Community carrier (Art. 3(1)(b); unless benefits were
    already received in that third country, which the agent must check).
    """
    start, end = route(origin, destination)
    distance = great_circle_km(start, end)
    intra_eu = is_intra_eu(start, end)
    if not in_community(start) and not (community_carrier and in_community(end)):
        band = band_for(distance, intra_eu)
        why = Line(_OUTSIDE if not in_community(end) else _NON_EU_CARRIER)
        return Entitlement(0, band, 0, False, (Line(_NOT_APPLICABLE, {"why": why}),))
    return assess(distance, intra_eu=intra_eu, **circumstances)
