"""EU 261/2004 compensation: bands, delays, cancellations, denied boarding, scope."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from supportdesk.domain.airports import UnknownAirport, airport
from supportdesk.domain.eu261 import (
    COMMUNITY_COUNTRIES,
    REFUND_DELAY_MINUTES,
    Band,
    Disruption,
    RefundRight,
    Rerouting,
    assess,
    assess_flight,
    band_for,
    in_community,
    is_intra_eu,
)

D = Disruption


def delay(distance, minutes, intra_eu=True, **kw):
    return assess(distance, intra_eu=intra_eu, disruption=D.DELAY,
                  arrival_delay_minutes=minutes, **kw)


def cancel(distance, notice, rerouting=None, intra_eu=True, **kw):
    return assess(distance, intra_eu=intra_eu, disruption=D.CANCELLATION,
                  notice_days=notice, rerouting=rerouting, **kw)


@pytest.mark.parametrize(
    ("km", "intra_eu", "band"),
    [(0, True, Band.SHORT), (1500, False, Band.SHORT), (1500.01, True, Band.MEDIUM),
     (1500.01, False, Band.MEDIUM), (3500, False, Band.MEDIUM), (3500.01, False, Band.LONG),
     (9000, True, Band.MEDIUM), (9000, False, Band.LONG)],
)
def test_art_7_1_bands(km, intra_eu, band):
    assert band_for(km, intra_eu) is band


def test_amounts_and_margins():
    assert [b.amount_eur for b in Band] == [250, 400, 600]
    assert [b.reduction_margin_minutes for b in Band] == [120, 180, 240]


def test_delay_under_three_hours_gives_nothing():
    result = delay(1234, 179)
    assert result.amount_eur == 0 and result.base_amount_eur == 0 and not result.reduced
    assert result.reasons == (
        "1,234 km, intra-EU: 1,500 km or less → €250 (Art. 7(1))",
        "Delayed 2 h 59 min at arrival: under 3 h → no compensation (Sturgeon)",
    )
    assert delay(1234, 0).reasons[-1].startswith("Arrived on time")


def test_delay_of_three_hours_or_more_qualifies():
    result = delay(1234, 200)
    assert result.amount_eur == 250 and result.band is Band.SHORT
    assert result.reasons == (
        "1,234 km, intra-EU: 1,500 km or less → €250 (Art. 7(1))",
        "Delayed 3 h 20 min at arrival: ≥ 3 h qualifies (Sturgeon)",
        "Compensation: €250 per passenger",
    )
    assert delay(1234, 180).amount_eur == 250


def test_long_haul_delay_between_three_and_four_hours_is_halved():
    assert delay(6188, 239, intra_eu=False).amount_eur == 300
    assert delay(6188, 239, intra_eu=False).reduced
    assert delay(6188, 240, intra_eu=False).amount_eur == 600
    # Intra-EU long distances are band (b): no halving for delays.
    assert delay(6188, 200, intra_eu=True).amount_eur == 400


def test_extraordinary_circumstances_excuse_a_delay():
    result = delay(2500, 300, extraordinary_circumstances=True)
    assert result.amount_eur == 0
    assert result.reasons[-1] == (
        "Extraordinary circumstances → no compensation (Art. 5(3), Sturgeon)"
    )


def test_two_weeks_notice_excuses_any_cancellation():
    result = cancel(800, 14)
    assert result.amount_eur == 0
    assert "at least 14 days' notice → no compensation (Art. 5(1)(c)(i))" in result.reasons[-1]


@pytest.mark.parametrize(
    ("notice", "rerouting", "amount"),
    [
        (13, None, 400),
        (10, Rerouting(-120, 239), 0),  # (ii): ≤ 2 h early, < 4 h late
        (7, Rerouting(0, 0), 0),
        (10, Rerouting(-121, 30), 200),  # not excused (too early), but halved (Art. 7(2))
        (10, Rerouting(-121, 181), 400),
        (10, Rerouting(0, 240), 400),
        (6, Rerouting(-60, 119), 0),  # (iii): ≤ 1 h early, < 2 h late
        (6, Rerouting(-61, 30), 200),  # not excused, but arrives within 3 h: halved
        (0, Rerouting(30, 120), 200),
        (0, Rerouting(30, 180), 200),
        (0, Rerouting(30, 181), 400),
        (6, None, 400),
    ],
)
def test_art_5_1_c_notice_and_rerouting(notice, rerouting, amount):
    assert cancel(2000, notice, rerouting).amount_eur == amount


def test_cancellation_reasons_explain_the_rerouting():
    result = cancel(1234, 5, Rerouting(-30, 150))
    assert result.amount_eur == 250
    assert result.reasons[1] == (
        "Cancelled 5 days before departure: less than 7 days' notice, re-routing departs"
        " 30 min early, arrives 2 h 30 min late: not departing ≤ 1 h early and arriving"
        " < 2 h late → compensation due (Art. 5(1)(c)(iii))"
    )
    assert cancel(1234, 1, None).reasons[1].startswith("Cancelled 1 day before departure")
    assert cancel(1234, 0, None).reasons[1].startswith("Cancelled on the day of departure:")


def test_extraordinary_circumstances_excuse_a_cancellation():
    result = cancel(800, 2, extraordinary_circumstances=True)
    assert result.amount_eur == 0
    assert result.reasons[-1] == "Extraordinary circumstances → no compensation (Art. 5(3))"


def test_art_7_2_halving_on_rerouting_per_band():
    assert cancel(1000, 0, Rerouting(0, 120)).amount_eur == 125
    assert cancel(1000, 0, Rerouting(0, 121)).amount_eur == 250
    assert cancel(3000, 0, Rerouting(0, 180), intra_eu=False).amount_eur == 200
    assert cancel(5000, 0, Rerouting(0, 240), intra_eu=False).amount_eur == 300
    assert cancel(5000, 0, Rerouting(0, 241), intra_eu=False).amount_eur == 600
    result = cancel(5000, 0, Rerouting(-90, -10), intra_eu=False)
    assert result.reduced and result.base_amount_eur == 600 and result.amount_eur == 300
    assert (
        "Re-routing arrives 10 min early, within 4 h of the original → halved (Art. 7(2))"
        in result.reasons
    )


def test_denied_boarding():
    kw = dict(intra_eu=False, disruption=D.DENIED_BOARDING)
    assert assess(6188, **kw).amount_eur == 600
    assert assess(6188, volunteered=True, **kw).amount_eur == 0
    excused = assess(6188, extraordinary_circumstances=True, **kw)
    assert excused.amount_eur == 600
    assert any("do not excuse denied boarding" in r for r in excused.reasons)
    assert assess(6188, rerouting=Rerouting(60, 180), **kw).amount_eur == 300


@pytest.mark.parametrize(
    ("kwargs", "words"),
    [(dict(disruption=D.DELAY), "arrival_delay_minutes"),
     (dict(disruption=D.CANCELLATION), "notice_days"),
     (dict(disruption=D.CANCELLATION, notice_days=-1), "notice_days")],
)
def test_missing_circumstances_are_programming_errors(kwargs, words):
    with pytest.raises(ValueError, match=words):
        assess(1000, intra_eu=True, **kwargs)


@pytest.mark.parametrize("km", [-1, math.nan, math.inf])
def test_bad_distances(km):
    with pytest.raises(ValueError):
        assess(km, intra_eu=True, disruption=D.DELAY, arrival_delay_minutes=200)


def test_band_boundary_is_not_hidden_by_rounding():
    assert delay(1500.3, 200).reasons[0].startswith("1,500.3 km")


@pytest.mark.parametrize(
    ("a", "b", "intra"),
    [("FRA", "LIS", True), ("ZRH", "KEF", True), ("OSL", "ATH", True), ("CDG", "PTP", True),
     ("CDG", "RUN", True), ("LPA", "FNC", True), ("FRA", "LHR", False), ("FRA", "IST", False),
     ("FRA", "JFK", False), ("ATH", "ECN", False), ("CPH", "FAE", False), ("CDG", "SBH", False)],
)
def test_intra_community(a, b, intra):
    assert is_intra_eu(airport(a), airport(b)) is intra


def test_community_set():
    assert {"DE", "FR", "CH", "NO", "IS", "LI", "GP", "RE"} <= COMMUNITY_COUNTRIES
    assert not {"GB", "TR", "FO", "GL", "BL", "GI"} & COMMUNITY_COUNTRIES
    assert len(COMMUNITY_COUNTRIES) == 27 + 6 + 4
    assert in_community(airport("BSL"))


@pytest.mark.parametrize(
    ("a", "b", "amount"),
    [("FRA", "LHR", 250), ("FRA", "LIS", 400), ("FRA", "IST", 400), ("FRA", "TLV", 400),
     ("FRA", "DXB", 600), ("FRA", "JFK", 600), ("JFK", "FRA", 600),
     ("CDG", "RUN", 400)],  # Réunion is in the EU: 9,000+ km but intra-EU, so band (b)
)
def test_assess_flight_by_airports(a, b, amount):
    assert assess_flight(a, b, disruption=D.DELAY, arrival_delay_minutes=300).amount_eur == amount


def test_art_3_1_scope():
    foreign = assess_flight("JFK", "FRA", community_carrier=False,
                            disruption=D.DELAY, arrival_delay_minutes=300)
    assert foreign.amount_eur == 0
    assert foreign.reasons == (
        "Departs outside the EU on a non-EU carrier: Regulation does not apply (Art. 3(1))",
    )
    outside = assess_flight("JFK", "LAX", disruption=D.DELAY, arrival_delay_minutes=300)
    assert outside.amount_eur == 0 and "does not arrive there" in outside.reasons[0]
    leaving = assess_flight("FRA", "JFK", community_carrier=False,
                            disruption=D.DELAY, arrival_delay_minutes=300)
    assert leaving.amount_eur == 600


def test_assess_flight_rejects_bad_airports():
    with pytest.raises(UnknownAirport) as caught:
        assess_flight("FRA", "XXX", disruption=D.DELAY, arrival_delay_minutes=300)
    assert caught.value.field == "destination"


def test_halving_makes_the_amount_fall_at_a_band_edge():
    # Not a bug: Art. 7(2)'s margin grows with the band, so a slightly longer flight can be
    # halved where a shorter one is not. The unreduced amount is monotone; the paid one is not.
    rerouting = Rerouting(0, 150)
    assert cancel(1500, 0, rerouting).amount_eur == 250
    assert cancel(1501, 0, rerouting).amount_eur == 200
    assert delay(3500, 200, intra_eu=False).amount_eur == 400
    assert delay(3501, 200, intra_eu=False).amount_eur == 300


# --- properties -------------------------------------------------------------------------

_distance = st.floats(min_value=0, max_value=20_000, allow_nan=False)
_rerouting = st.none() | st.builds(
    Rerouting, st.integers(-600, 600), st.integers(-600, 1_200)
)
_circumstances = st.one_of(
    st.fixed_dictionaries({
        "disruption": st.just(D.DELAY),
        "arrival_delay_minutes": st.integers(-60, 1_500),
        "extraordinary_circumstances": st.booleans(),
    }),
    st.fixed_dictionaries({
        "disruption": st.just(D.CANCELLATION),
        "notice_days": st.integers(0, 60),
        "rerouting": _rerouting,
        "extraordinary_circumstances": st.booleans(),
    }),
    st.fixed_dictionaries({
        "disruption": st.just(D.DENIED_BOARDING),
        "rerouting": _rerouting,
        "volunteered": st.booleans(),
        "extraordinary_circumstances": st.booleans(),
    }),
)


@given(_distance, _distance, st.booleans(), _circumstances)
def test_amount_is_monotone_in_distance(d1, d2, intra_eu, circumstances):
    near, far = sorted((d1, d2))
    short = assess(near, intra_eu=intra_eu, **circumstances)
    long = assess(far, intra_eu=intra_eu, **circumstances)
    assert short.base_amount_eur <= long.base_amount_eur
    if not short.reduced and not long.reduced:
        assert short.amount_eur <= long.amount_eur


@given(_distance, st.booleans(), _circumstances)
def test_halving_never_increases_and_reasons_explain(distance, intra_eu, circumstances):
    result = assess(distance, intra_eu=intra_eu, **circumstances)
    assert result.amount_eur in (0, 125, 200, 250, 300, 400, 600)
    assert result.amount_eur <= result.base_amount_eur
    assert result.base_amount_eur in (0, result.band.amount_eur)
    if result.reduced:
        assert result.amount_eur * 2 == result.base_amount_eur
    else:
        assert result.amount_eur == result.base_amount_eur
    assert result.reasons[0].endswith(f"€{result.band.amount_eur} (Art. 7(1))")
    if result.amount_eur:
        assert result.reasons[-1] == f"Compensation: €{result.amount_eur} per passenger"


@given(_distance, st.booleans(), st.integers(0, 60), st.integers(-600, 600),
       st.integers(-600, 1_200), st.integers(0, 600),
       st.sampled_from([D.CANCELLATION, D.DENIED_BOARDING]))
def test_a_later_rerouting_never_owes_less(distance, intra_eu, notice, dep, arr, extra, kind):
    def amount(arrival):
        return assess(distance, intra_eu=intra_eu, disruption=kind, notice_days=notice,
                      rerouting=Rerouting(dep, arrival)).amount_eur

    assert amount(arr) <= amount(arr + extra)
    # Re-routing can only lower what is owed compared with none offered.
    assert amount(arr) <= assess(distance, intra_eu=intra_eu, disruption=kind,
                                 notice_days=notice).amount_eur


# --- Art. 8: refund or re-routing, besides compensation -----------------------------------


@pytest.mark.parametrize("notice", [0, 6, 7, 13, 14, 30])
def test_a_cancellation_always_gives_the_art_8_choice(notice):
    for rerouting in (None, Rerouting(0, 0), Rerouting(-300, 900)):
        for extraordinary in (False, True):
            result = cancel(2000, notice, rerouting,
                            extraordinary_circumstances=extraordinary)
            assert result.refund_right is RefundRight.REFUND_OR_REROUTING
            assert result.rights == (
                "Cancelled: the passenger chooses a refund of the ticket within 7 days or"
                " re-routing to the final destination, whatever the notice or the reason"
                " (Art. 5(1)(a), Art. 8(1))",
            )
            assert result.lines == result.reasons + result.rights
    # Even with 14 days' notice (no compensation) the refund right stays.
    assert cancel(800, 14).amount_eur == 0
    assert cancel(800, 14).refund_right is RefundRight.REFUND_OR_REROUTING


def test_denied_boarding_gives_the_art_8_choice_to_volunteers_too():
    for volunteered in (False, True):
        result = assess(900, intra_eu=True, disruption=D.DENIED_BOARDING,
                        volunteered=volunteered)
        assert result.refund_right is RefundRight.REFUND_OR_REROUTING
        assert "Art. 8(1)" in result.rights[0]


@pytest.mark.parametrize(
    ("minutes", "right"),
    [(0, RefundRight.NONE), (180, RefundRight.NONE), (299, RefundRight.NONE),
     (300, RefundRight.REFUND), (301, RefundRight.REFUND), (1_000, RefundRight.REFUND)],
)
def test_a_delay_of_five_hours_gives_a_refund(minutes, right):
    result = delay(1234, minutes)
    assert result.refund_right is right
    assert bool(result.rights) is (right is RefundRight.REFUND)
    # Extraordinary circumstances excuse compensation, never the refund (Art. 6 and 8).
    assert delay(1234, minutes, extraordinary_circumstances=True).refund_right is right


def test_the_refund_delay_counts_at_departure_when_known():
    at_arrival = delay(1234, 320)
    assert at_arrival.rights[0].startswith(
        "Delayed 5 h 20 min at arrival (Art. 6 counts the departure delay: confirm it):")
    assert "(Art. 6(1)(iii), Art. 8(1)(a))" in at_arrival.rights[0]
    known = delay(1234, 320, departure_delay_minutes=290)
    assert known.refund_right is RefundRight.NONE and known.amount_eur == 250
    left_late = delay(1234, 200, departure_delay_minutes=300)
    assert left_late.refund_right is RefundRight.REFUND
    assert left_late.rights[0].startswith("Delayed 5 h at departure:")


def test_outside_the_regulation_there_is_no_art_8_right():
    outside = assess_flight("JFK", "LAX", disruption=D.CANCELLATION, notice_days=0)
    assert outside.refund_right is RefundRight.NONE and outside.rights == ()
    inside = assess_flight("FRA", "JFK", disruption=D.CANCELLATION, notice_days=0)
    assert inside.refund_right is RefundRight.REFUND_OR_REROUTING


@given(_distance, st.booleans(), _circumstances)
def test_art_8_follows_the_regulation_whatever_art_7_owes(distance, intra_eu, circumstances):
    result = assess(distance, intra_eu=intra_eu, **circumstances)
    kind = circumstances["disruption"]
    if kind is D.DELAY:
        long_delay = circumstances["arrival_delay_minutes"] >= REFUND_DELAY_MINUTES
        expected = RefundRight.REFUND if long_delay else RefundRight.NONE
    else:
        expected = RefundRight.REFUND_OR_REROUTING
    assert result.refund_right is expected
    # Stated once, after the compensation reasoning, and only when there is a right.
    assert len(result.rights) == (0 if expected is RefundRight.NONE else 1)
    assert all("Art. 8(1)" in line and "within 7 days" in line for line in result.rights)
    without = assess(distance, intra_eu=intra_eu,
                     **{**circumstances, "extraordinary_circumstances": False})
    assert without.refund_right is result.refund_right
