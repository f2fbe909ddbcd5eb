"""Airports from airportsdata, code validation and great-circle distances."""

from __future__ import annotations

import math

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from supportdesk.domain.airports import (
    EARTH_RADIUS_KM,
    KM_PER_MILE,
    Airport,
    InvalidRoute,
    UnknownAirport,
    airport,
    great_circle_km,
    great_circle_miles,
    normalise_code,
    route,
)
from supportdesk.domain.identifiers import InvalidIdentifier

CODES = ("FRA", "MUC", "ZRH", "VIE", "BRU", "JFK", "SFO", "SIN", "NRT", "GRU", "JNB", "LHR",
         "LIS", "ATH", "IST", "KEF", "SYD", "AKL", "HNL", "SCL", "RUN", "PTP")


def _point(lat: float, lon: float) -> Airport:
    return Airport("TST", "Test", "Test", "ZZ", lat, lon, "UTC")


def test_frankfurt_from_the_data_set():
    fra = airport("FRA")
    assert fra.iata == "FRA"
    assert "Frankfurt" in fra.name and fra.city.startswith("Frankfurt")
    assert fra.country == "DE" and fra.tz == "Europe/Berlin"
    assert fra.lat == pytest.approx(50.03, abs=0.05) and fra.lon == pytest.approx(8.56, abs=0.05)


@pytest.mark.parametrize("typed", ["fra", " Fra ", "fRA\t"])
def test_case_and_spaces_do_not_matter(typed):
    assert airport(typed) == airport("FRA")


@pytest.mark.parametrize(
    ("typed", "words"),
    [
        ("", "Enter a three-letter airport code"),
        ("   ", "Enter a three-letter airport code"),
        ("FRAX", "three letters, such as FRA; this has 4"),
        ("FR", "three letters, such as FRA; this has 2"),
        ("F1A", "letters A to Z only"),
        ("FRÄ", "letters A to Z only"),
        ("XXX", "There is no airport with the code XXX."),
        ("xxx", "There is no airport with the code XXX."),
    ],
)
def test_bad_codes_say_what_is_wrong(typed, words):
    with pytest.raises(UnknownAirport) as caught:
        airport(typed)
    assert words in caught.value.message and str(caught.value) == caught.value.message
    assert caught.value.field == "airport"
    assert isinstance(caught.value, InvalidIdentifier) and isinstance(caught.value, ValueError)


def test_field_names_the_box_the_agent_typed_in():
    with pytest.raises(UnknownAirport) as caught:
        airport("QQQ1", "origin")
    assert caught.value.field == "origin"
    with pytest.raises(UnknownAirport) as caught:
        route("FRA", "XXX")
    assert caught.value.field == "destination"
    with pytest.raises(UnknownAirport) as caught:
        great_circle_km("", "FRA")
    assert caught.value.field == "origin"


def test_a_route_needs_two_different_airports():
    assert [a.iata for a in route("fra", "jfk")] == ["FRA", "JFK"]
    with pytest.raises(InvalidRoute) as caught:
        route("FRA", "fra")
    assert caught.value.field == "destination"


def test_normalise_code_checks_format_only():
    assert normalise_code(" xxx ") == "XXX"


def test_lookups_are_cached():
    assert airport("MUC") is airport("muc")


@pytest.mark.parametrize(
    ("a", "b", "km", "tolerance"),
    [
        ("FRA", "JFK", 6_190, 30),  # ~6,200 km, the figure agents quote
        ("FRA", "LHR", 654, 5),
        ("MUC", "SIN", 10_060, 50),
        ("FRA", "MUC", 300, 5),
        ("LHR", "JFK", 5_540, 30),
        ("FRA", "SFO", 9_150, 50),
    ],
)
def test_known_distances(a, b, km, tolerance):
    assert great_circle_km(a, b) == pytest.approx(km, abs=tolerance)


def test_miles_are_statute_miles():
    km = great_circle_km("FRA", "JFK")
    assert great_circle_miles("FRA", "JFK") == pytest.approx(km / 1.609344)
    assert KM_PER_MILE == 1.609344
    assert great_circle_miles("FRA", "JFK") == pytest.approx(3_845, abs=20)


def test_haversine_on_exact_geometry():
    quarter = math.pi / 2 * EARTH_RADIUS_KM
    assert great_circle_km(_point(0, 0), _point(0, 90)) == pytest.approx(quarter)
    assert great_circle_km(_point(0, 0), _point(90, 0)) == pytest.approx(quarter)
    assert great_circle_km(_point(0, 0), _point(0, 180)) == pytest.approx(2 * quarter)
    assert great_circle_km(_point(10, 20), _point(-10, -160)) == pytest.approx(2 * quarter)
    assert great_circle_km(_point(45, 170), _point(45, -170)) == pytest.approx(
        great_circle_km(_point(45, 0), _point(45, 20))
    )
    assert great_circle_km(_point(12, 34), _point(12, 34)) == 0


_lat = st.floats(min_value=-90, max_value=90, allow_nan=False)
_lon = st.floats(min_value=-180, max_value=180, allow_nan=False)


@given(_lat, _lon, _lat, _lon)
def test_distance_is_symmetric_non_negative_and_bounded(lat1, lon1, lat2, lon2):
    a, b = _point(lat1, lon1), _point(lat2, lon2)
    there, back = great_circle_km(a, b), great_circle_km(b, a)
    assert there == pytest.approx(back, abs=1e-6)
    assert 0 <= there <= math.pi * EARTH_RADIUS_KM + 1e-6


@settings(deadline=None)  # the first example may load the data set
@given(st.sampled_from(CODES), st.sampled_from(CODES), st.sampled_from(CODES))
def test_real_routes_obey_the_triangle_inequality(a, b, c):
    assert great_circle_km(a, b) == pytest.approx(great_circle_km(b, a), abs=1e-6)
    assert great_circle_km(a, c) <= great_circle_km(a, b) + great_circle_km(b, c) + 1e-6
    assert (great_circle_km(a, b) == 0) == (a == b)
