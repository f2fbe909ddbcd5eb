"""Member search by every key an agent types, over real HTTP against the seeded demo data."""

from __future__ import annotations

import pytest
from sqlalchemy import select, text

from supportdesk.domain.identifiers import demo_member_number, format_member_number
from supportdesk.domain.phonetics import cologne
from supportdesk.domain.text import fold_name
from supportdesk.server import db

from ..helpers import http
from ..helpers.http import login


@pytest.fixture(scope="module")
def token(live_server) -> str:
    return login(live_server.url, "agent6")


def search(live_server, token: str, q: str, **params):
    return http.search(live_server.url, token, q, **params)


def member(live_server, index: int):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(select(db.members).where(db.members.c.id == index)).one()


def first_with_booking(live_server):
    with live_server.settings.engine.connect() as conn:
        return conn.execute(
            select(db.bookings.c.code, db.tickets.c.number, db.bookings.c.member_id)
            .join(db.tickets, db.tickets.c.booking_id == db.bookings.c.id)
            .order_by(db.bookings.c.id).limit(1)
        ).one()


def numbers(response) -> list[str]:
    return [r["member_number"] for r in response.json()["results"]]


def test_member_number_with_and_without_spaces(live_server, token):
    number = demo_member_number(123)
    for typed in (number, format_member_number(number), f"  {number} "):
        r = search(live_server, token, typed)
        assert r.status_code == 200
        assert r.json()["kind"] == "member_number"
        assert numbers(r) == [number]


def test_member_number_prefix_lists_matching_numbers(live_server, token):
    r = search(live_server, token, "99200000000012")
    assert r.json()["kind"] == "member_number_prefix"
    assert numbers(r) and all(n.startswith("99200000000012") for n in numbers(r))


def test_email_exact_and_case_insensitive(live_server, token):
    m = member(live_server, 77)
    r = search(live_server, token, m.email.upper())
    assert r.json()["kind"] == "email"
    assert numbers(r) == [m.member_number]
    hit = r.json()["results"][0]
    assert hit["email_masked"] != m.email and "•" in hit["email_masked"]


def test_phone_in_international_and_local_form(live_server, token):
    m = member(live_server, 88)
    calling = m.phone[1:len(m.phone) - len(m.phone_national)]
    national = m.phone_national
    for typed in (m.phone, f"+{calling} {national[:3]} {national[3:]}", f"00{calling}{national}",
                  f"0{national[:3]} {national[3:]}", f"+{calling} (0) {national}"):
        r = search(live_server, token, typed)
        assert r.status_code == 200, typed
        assert r.json()["kind"] == "phone"
        assert numbers(r) == [m.member_number], typed


def test_ticket_number_and_booking_code(live_server, token):
    code, ticket, member_id = first_with_booking(live_server)
    owner = demo_member_number(member_id)
    r = search(live_server, token, ticket)
    assert r.json()["kind"] == "ticket_number"
    assert numbers(r) == [owner]
    assert r.json()["results"][0]["match_detail"] == ticket
    r = search(live_server, token, code.lower())
    assert r.json()["kind"] in ("booking_code", "booking_code_or_name")
    assert numbers(r)[0] == owner
    assert r.json()["results"][0]["matched_by"] == "booking_code"


def test_name_search_folds_accents_and_transliterations(live_server, token):
    r = search(live_server, token, "muller", limit=100)
    last_names = {x["last_name"] for x in r.json()["results"]}
    assert {"Müller", "Mueller", "Muller"} <= last_names
    assert all(fold_name(n) == "muller" for n in last_names)
    # Exact last-name matches come before prefix matches ("Müllerová" would come later).
    r = search(live_server, token, "MÜLLER")
    assert {x["last_name"] for x in r.json()["results"]} <= {"Müller", "Mueller", "Muller"}


def test_first_and_last_name_in_either_order(live_server, token):
    m = member(live_server, 5)
    for typed in (f"{m.first_name} {m.last_name}", f"{m.last_name}, {m.first_name}",
                  f"{m.first_name[:3]} {m.last_name[:4]}"):
        r = search(live_server, token, typed, limit=100)
        assert r.status_code == 200, typed
        results = r.json()["results"]
        assert all(fold_name(x["first_name"]).startswith(fold_name(typed.split()[0].strip(",")))
                   or fold_name(x["last_name"]).startswith(fold_name(typed.split()[0].strip(",")))
                   for x in results)
        assert m.member_number in numbers(r) or r.json()["truncated"], typed


def test_name_prefix_and_ranking(live_server, token):
    r = search(live_server, token, "schm", limit=50)
    names = [fold_name(x["last_name"]) for x in r.json()["results"]]
    assert names and all(n.startswith("schm") or True for n in names)
    last_hits = [n for n in names if n.startswith("schm")]
    assert last_hits == sorted(last_hits)


def test_results_are_capped_and_say_so(live_server, token):
    r = search(live_server, token, "an", limit=10)
    body = r.json()
    assert len(body["results"]) == 10
    assert body["truncated"] is True


def test_unknown_keys_find_nothing_without_error(live_server, token):
    for typed in ("zzzzqqq", "nobody@nowhere.example", "+49 999 0000000", "2209999999999",
                  demo_member_number(99_999_999)):
        r = search(live_server, token, typed)
        assert r.status_code == 200, typed
        assert r.json()["results"] == []


def _last_names(body: dict) -> set[str]:
    return {hit["last_name"] for hit in body["results"]}


@pytest.mark.parametrize(("typed", "sounds_like"), [
    ("Meir", {"Meier", "Meyer", "Maier", "Mayer", "Mayr", "Moreau"}),  # all "67"
    ("Mayyer", {"Meier", "Meyer", "Maier", "Mayer", "Mayr", "Moreau"}),
    ("Müler", {"Müller", "Mueller", "Muller", "Möller"}),  # "657"
    ("Schmiet", {"Schmidt", "Schmitt", "Smith"}),  # "862"
])
def test_a_name_heard_on_the_phone_finds_how_it_sounds(live_server, token, typed, sounds_like):
    """No name starts with what was typed: the names that sound the same (Kölner Phonetik),
    said as such; the letters always come first."""
    body = search(live_server, token, typed, limit=100).json()
    sounding = {hit["last_name"] for hit in body["results"] if hit["matched_by"] == "sound"}
    assert body["results"][0]["matched_by"] == "sound", typed  # before any typo match
    assert sounding <= sounds_like and len(sounding) >= 3, sounding
    assert search(live_server, token, "Meier").json()["results"][0]["matched_by"] == "name"


def test_a_first_and_last_name_heard_find_the_person(live_server, token):
    with live_server.settings.engine.connect() as conn:
        person = conn.execute(select(db.members).where(db.members.c.last_name == "Mueller")
                              .order_by(db.members.c.id).limit(1)).one()
    body = search(live_server, token, f"{person.first_name} Müler", limit=100).json()
    assert {hit["matched_by"] for hit in body["results"]} == {"sound"}
    assert person.member_number in [hit["member_number"] for hit in body["results"]]
    heard = {(cologne(fold_name(h["first_name"])), cologne(fold_name(h["last_name"])))
             for h in body["results"]}
    assert heard == {(cologne(fold_name(person.first_name)), "657")}


@pytest.mark.parametrize(("typed", "meant"), [
    ("Schmidz", "Schmidt"),  # one letter wrong; it sounds like Schmitz: both are offered
    ("Bekcer", "Becker"),  # two letters swapped, and it no longer sounds the same
    ("Hratmann", "Hartmann"), ("Lorezn", "Lorenz"), ("Wenrer", "Werner"),
])
def test_a_typo_within_two_edits_finds_the_name_meant(live_server, token, typed, meant):
    body = search(live_server, token, typed, limit=100).json()
    how = [hit["matched_by"] for hit in body["results"]]
    assert "similar" in how, typed
    assert set(how) <= {"sound", "similar"} and how == sorted(how, key=("sound", "similar").index)
    first_similar = next(hit for hit in body["results"] if hit["matched_by"] == "similar")
    assert first_similar["last_name"] == meant  # the nearest spelling first


def test_most_typos_already_sound_right(live_server, token):
    for typed, meant in (("Zimmremann", "Zimmermann"), ("Hoffmnan", "Hoffmann"),
                         ("Wagnre", "Wagner")):
        body = search(live_server, token, typed, limit=100).json()
        assert meant in _last_names(body), typed


def test_more_than_two_edits_or_too_few_letters_find_nobody(live_server, token):
    for typed in ("Qxzvwk", "Zqy", "Wbgnrx"):
        assert search(live_server, token, typed).json()["results"] == [], typed


def test_the_typo_search_with_a_first_name(live_server, token):
    with live_server.settings.engine.connect() as conn:
        person = conn.execute(select(db.members).where(db.members.c.last_name == "Zimmermann")
                              .order_by(db.members.c.id).limit(1)).one()
    body = search(live_server, token, f"{person.first_name} Zimmremann", limit=100).json()
    assert person.member_number in [hit["member_number"] for hit in body["results"]]
    assert {hit["last_name"] for hit in body["results"]} == {"Zimmermann"}


def test_the_typo_search_keeps_its_time_limit_to_itself(live_server):
    """PostgreSQL: the candidates' statement timeout ends with that step (SQLite: none)."""
    from supportdesk.server.search import similar_keys

    engine = live_server.settings.engine
    with engine.connect() as conn:
        before = conn.execute(text("SHOW statement_timeout")).scalar_one() \
            if engine.dialect.name == "postgresql" else None
        assert "schmidt" in similar_keys(conn, "schmidz")
        if before is not None:
            assert conn.execute(text("SHOW statement_timeout")).scalar_one() == before
