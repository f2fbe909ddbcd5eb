"""Malformed input gets a clear problem+json answer; nothing gets a 500."""

from __future__ import annotations

import pytest
import requests
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from supportdesk.domain.identifiers import demo_member_number

from ..helpers.http import API, auth, login


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent7")


def assert_problem(r, status: int) -> dict:
    assert r.status_code == status, (r.status_code, r.text)
    assert r.headers["Content-Type"] == "application/problem+json"
    body = r.json()
    assert body["status"] == status and body["detail"] and body["title"]
    return body


@pytest.mark.parametrize(
    ("q", "fragment"),
    [
        ("992000000000019", "check digit"),
        ("992 0000 0000 0011", "check digit"),
        ("", "Type a member number"),
        ("   ", "Type a member number"),
        ("x" * 10_000, "too long"),
        ("a" * 300, "too long"),
        ("'; DROP TABLE members; --", "name has letters"),
        ("<script>alert(1)</script>", "name has letters"),
        ("robert\x00tables", "control characters"),
        ("line\nbreak", "control characters"),
        ("12345", "digits"),
        ("AB12CD3", "booking code"),
        ("9920000000000180", "15 digits"),
    ],
)
def test_bad_queries_get_readable_422(live_server, token, q, fragment):
    r = requests.get(f"{live_server.url}{API}/members", params={"q": q}, headers=auth(token),
                     timeout=10)
    body = assert_problem(r, 422)
    assert fragment.lower() in body["detail"].lower()
    assert body["errors"][0]["field"] in ("q", "member_number")


def test_missing_query_and_bad_limits(live_server, token):
    base = f"{live_server.url}{API}/members"
    assert assert_problem(requests.get(base, headers=auth(token), timeout=10), 422)["errors"][0][
        "field"] == "q"
    for limit in ("0", "101", "-5", "ten", "1e9"):
        r = requests.get(base, params={"q": "schmidt", "limit": limit}, headers=auth(token),
                         timeout=10)
        assert_problem(r, 422)


@pytest.mark.parametrize(
    ("number", "status"),
    [
        ("992000000000019", 422),
        ("12345", 422),
        ("abc", 422),
        ("992000000000018%00", 422),
        ("%3Cscript%3E", 422),
        (demo_member_number(99_999_999), 404),
    ],
)
def test_bad_and_unknown_member_numbers(live_server, token, number, status):
    r = requests.get(f"{live_server.url}{API}/members/{number}", headers=auth(token), timeout=10)
    body = assert_problem(r, status)
    if status == 404:
        assert "no member" in body["detail"]


def test_bad_ledger_cursors(live_server, token):
    base = f"{live_server.url}{API}/members/{demo_member_number(1)}/transactions"
    for params in ({"before": "x"}, {"before": "-1"}, {"limit": "0"}, {"limit": "100000"},
                   {"before": str(2**70)}):
        assert_problem(requests.get(base, params=params, headers=auth(token), timeout=10), 422)


@pytest.mark.parametrize(
    "body",
    [b"{", b"not json", b"", b"[]", b"null", b'{"username": 1, "password": []}',
     b'{"username": "agent1"}', b'{"username": "", "password": ""}',
     b'{"username": "' + b"a" * 100 + b'", "password": "x"}', b"\xff\xfe\x00"],
)
def test_malformed_login_bodies(live_server, body):
    r = requests.post(f"{live_server.url}{API}/auth/login", data=body,
                      headers={"Content-Type": "application/json"}, timeout=10)
    assert r.status_code in (400, 422), r.text
    assert_problem(r, r.status_code)


def test_oversized_body_is_refused(live_server):
    r = requests.post(f"{live_server.url}{API}/auth/login", data=b"x" * 200_000,
                      headers={"Content-Type": "application/json"}, timeout=10)
    assert_problem(r, 413)


def test_unknown_endpoint_and_wrong_method(live_server, token):
    assert_problem(requests.get(f"{live_server.url}{API}/nothing", timeout=10), 404)
    assert_problem(requests.delete(f"{live_server.url}{API}/members/{demo_member_number(1)}",
                                   headers=auth(token), timeout=10), 405)


@pytest.mark.slow
@settings(max_examples=150, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(q=st.text(max_size=60))
def test_no_query_text_yields_a_server_error(live_server, token, q):
    r = requests.get(f"{live_server.url}{API}/members", params={"q": q}, headers=auth(token),
                     timeout=10)
    assert r.status_code in (200, 422), (q, r.status_code, r.text)
    if r.status_code == 422:
        assert r.headers["Content-Type"] == "application/problem+json"


@pytest.mark.slow
@settings(max_examples=100, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(number=st.text(alphabet=st.characters(blacklist_categories=("Cs",),
                                             blacklist_characters="/?#"),
                      min_size=1, max_size=40))
def test_no_member_path_yields_a_server_error(live_server, token, number):
    from urllib.parse import quote

    r = requests.get(f"{live_server.url}{API}/members/{quote(number, safe='')}",
                     headers=auth(token), timeout=10)
    assert r.status_code in (200, 404, 422), (number, r.status_code, r.text)


@pytest.mark.parametrize(
    ("value", "lines", "expected"),
    [
        ("  Lost luggage  ", False, "Lost luggage"),
        ("Agreed\ton the phone", False, None),
        ("two\nlines", False, None),
        ("robert\x00tables", False, None),
        ("Dear customer,\n\n\tthank you.\n", True, "Dear customer,\n\n\tthank you."),
        ("bell\x07", True, None),
        ("escape\x1b[31m", True, None),
        ("\u202eevil", True, None),  # a bidi override is a control character too
    ],
)
def test_typed_text_rules_shared_by_every_route(value, lines, expected):
    """One rule for what an agent types (domain.text, used by the server's fields and the
    forms): stripped, no control characters; a note or a reply may have line breaks and tabs."""
    from supportdesk.domain.text import clean_text

    if expected is None:
        with pytest.raises(ValueError, match="control characters"):
            clean_text(value, lines=lines)
    else:
        assert clean_text(value, lines=lines) == expected
