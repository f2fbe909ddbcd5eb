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
    reasons: tuple[str, ...]  # one line per step of the reasoning, in order
    refund_right: RefundRight = RefundRight.NONE  # Art. 8, owed whatever Art. 7 owes
    rights: tuple[str, ...] = ()  # the Art. 8 lines, shown after the reasons

    @property
    def lines(self) -> tuple[str, ...]:
        """Everything the check states: the compensation reasoning, then the Art. 8 right."""
        return self.reasons + self.rights


def refund_right(
    disruption: Disruption,
    *,
    arrival_delay_minutes: int | None = None,
    departure_delay_minutes: int | None = None,
) -> tuple[RefundRight, tuple[str, ...]]:
    """The Art. 8 right a disruption gives, with the line that states it.

    Owed whatever the notice, the re-routing offered or extraordinary circumstances (those only
    excuse Art. 7 compensation). A delay counts at departure (Art. 6(1)); when only the arrival
    delay is known it stands in for it, and the line says so.
    """
    days = f"within {REFUND_DAYS} days"
    if disruption is Disruption.CANCELLATION:
        return RefundRight.REFUND_OR_REROUTING, (
            f"Cancelled: the passenger chooses a refund of the ticket {days} or re-routing"
            " to the final destination, whatever the notice or the reason"
            " (Art. 5(1)(a), Art. 8(1))",)
    if disruption is Disruption.DENIED_BOARDING:
        return RefundRight.REFUND_OR_REROUTING, (
            f"Denied boarding: the passenger chooses a refund of the ticket {days} or"
            " re-routing to the final destination (Art. 4(1), 4(3), Art. 8(1))",)
    delay = departure_delay_minutes if departure_delay_minutes is not None \
        else arrival_delay_minutes
    if delay is None or delay < REFUND_DELAY_MINUTES:
        return RefundRight.NONE, ()
    measured = "at departure" if departure_delay_minutes is not None else \
        "at arrival (Art. 6 counts the departure delay: confirm it)"
    return RefundRight.REFUND, (
        f"Delayed {_duration(delay)} {measured}: five hours or more → a passenger who no"
        f" longer travels may have the ticket refunded {days}, with a flight back to the"
        " first point of departure if needed (Art. 6(1)(iii), Art. 8(1)(a))",)


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


def _km(distance: float) -> str:
    # Whole km, unless rounding would print a band boundary the distance is not actually on.
    shown = f"{distance:,.0f}"
    if round(distance) in (SHORT_HAUL_KM, MEDIUM_HAUL_KM) and distance != round(distance):
        shown = f"{distance:,.1f}"
    return f"{shown} km"


def _duration(minutes: int) -> str:
    hours, rest = divmod(abs(minutes), 60)
    parts = ([f"{hours} h"] if hours else []) + ([f"{rest} min"] if rest or not hours else [])
    return " ".join(parts)


def _notice(days: int) -> str:
    if days == 0:
        return "Cancelled on the day of departure"
    return f"Cancelled {'1 day' if days == 1 else f'{days} days'} before departure"


def _band_reason(distance_km: float, intra_eu: bool, band: Band) -> str:
    where = "intra-EU" if intra_eu else "not intra-EU"
    if band is Band.SHORT:
        rule = "1,500 km or less"
    elif intra_eu:
        rule = "more than 1,500 km"
    elif band is Band.MEDIUM:
        rule = "between 1,500 and 3,500 km"
    else:
        rule = "more than 3,500 km"
    return f"{_km(distance_km)}, {where}: {rule} → €{band.amount_eur} (Art. 7(1))"


def _late(minutes: int) -> str:
    if minutes == 0:
        return "on time"
    return f"{_duration(minutes)} {'early' if minutes < 0 else 'late'}"


def _cancellation_exempt(notice_days: int, rerouting: Rerouting | None) -> tuple[bool, str]:
    """Art. 5(1)(c): whether the notice and re-routing offered excuse compensation, and why."""
    head = _notice(notice_days)
    if notice_days >= 14:
        return True, f"{head}: at least 14 days' notice → no compensation (Art. 5(1)(c)(i))"
    if notice_days >= 7:
        earliest, latest, article, window = 120, 240, "Art. 5(1)(c)(ii)", "7 to 13 days' notice"
    else:
        earliest, latest, article, window = 60, 120, "Art. 5(1)(c)(iii)", "less than 7 days' notice"
    test = f"departing ≤ {_duration(earliest)} early and arriving < {_duration(latest)} late"
    if rerouting is None:
        return False, f"{head}: {window}, no re-routing offered → compensation due ({article})"
    dep, arr = rerouting.departure_delta_minutes, rerouting.arrival_delta_minutes
    offered = f"re-routing departs {_late(dep)}, arrives {_late(arr)}"
    if dep >= -earliest and arr < latest:
        return True, f"{head}: {window}, {offered}: {test} → no compensation ({article})"
    return False, f"{head}: {window}, {offered}: not {test} → compensation due ({article})"


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

    def nothing(reason: str) -> Entitlement:
        return Entitlement(0, band, 0, False, tuple(reasons + [reason]), right, rights)

    halve_reason = None
    if disruption is Disruption.DELAY:
        if arrival_delay_minutes is None:
            raise ValueError("a delay needs arrival_delay_minutes")
        delay = arrival_delay_minutes
        if delay < DELAY_THRESHOLD_MINUTES:
            late = f"Delayed {_duration(delay)} at arrival" if delay > 0 else "Arrived on time"
            return nothing(f"{late}: under 3 h → no compensation (Sturgeon)")
        reasons.append(f"Delayed {_duration(delay)} at arrival: ≥ 3 h qualifies (Sturgeon)")
        if extraordinary_circumstances:
            return nothing("Extraordinary circumstances → no compensation (Art. 5(3), Sturgeon)")
        if band is Band.LONG and delay < LONG_HAUL_FULL_DELAY_MINUTES:
            halve_reason = "Over 3,500 km and under 4 h late → halved (Art. 7(2)(c), Sturgeon)"
    elif disruption is Disruption.CANCELLATION:
        if notice_days is None or notice_days < 0:
            raise ValueError("a cancellation needs notice_days ≥ 0")
        exempt, reason = _cancellation_exempt(notice_days, rerouting)
        if exempt:
            return nothing(reason)
        reasons.append(reason)
        if extraordinary_circumstances:
            return nothing("Extraordinary circumstances → no compensation (Art. 5(3))")
    elif disruption is Disruption.DENIED_BOARDING:
        if volunteered:
            return nothing("Gave up the seat voluntarily → agreed benefits, not Art. 7 (Art. 4(1))")
        reasons.append("Denied boarding against their will qualifies (Art. 4(3))")
        if extraordinary_circumstances:
            reasons.append("Extraordinary circumstances do not excuse denied boarding (C-22/11)")
    else:  # pragma: no cover - the enum is closed
        raise ValueError(f"unknown disruption {disruption!r}")

    if disruption is not Disruption.DELAY and rerouting is not None:
        arrival = rerouting.arrival_delta_minutes
        margin = band.reduction_margin_minutes
        if arrival <= margin:
            halve_reason = (
                f"Re-routing arrives {_late(arrival)}, within {_duration(margin)}"
                " of the original → halved (Art. 7(2))"
            )
    amount = band.amount_eur
    if halve_reason:
        amount //= 2  # every band amount is even, so halving stays in whole euros
        reasons.append(halve_reason)
    reasons.append(f"Compensation: €{amount} per passenger")
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
        why = (
            "Departs outside the EU and does not arrive there"
            if not in_community(end)
            else "Departs outside the EU on a non-EU carrier"
        )
        return Entitlement(0, band, 0, False, (f"{why}: Regulation does not apply (Art. 3(1))",))
    return assess(distance, intra_eu=intra_eu, **circumstances)
