"""Maintenance per capability: declared with the CLI, shown by /health, enforced per route."""

from __future__ import annotations

import time

import pytest
import requests

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import maintenance
from supportdesk.server.cli import main as server_main

from ..helpers.http import API, auth, login


def _cli(*args: str) -> int:
    return server_main(["maintenance", *args])


def _health(server) -> dict:  # noqa: ANN001
    return requests.get(f"{server.url}{API}/health", timeout=10).json()


def _until_state(server, capability: str, state: str) -> dict:  # noqa: ANN001
    # Generous: the state turns within RECHECK_SECONDS; a loaded machine may take longer.
    deadline = time.monotonic() + maintenance.RECHECK_SECONDS + 30
    while True:
        health = _health(server)
        if health["capabilities"][capability]["state"] == state or time.monotonic() > deadline:
            return health
        time.sleep(0.1)


@pytest.mark.slow
def test_maintenance_of_awards_and_profile_is_shown_and_enforced_then_ended(
        private_servers, capsys):
    db_path = private_servers.database()
    server = private_servers.start(db_path)
    token = login(server.url, "agent2")
    number = demo_member_number(5)

    assert _cli("--db", str(db_path), "--capabilities", "awards,profile",
                "--until", "2031-01-02T18:00+01:00", "--message", "Moving to the new system.") == 0
    assert "awards, profile" in capsys.readouterr().out

    health = _until_state(server, "awards", "maintenance")
    awards = health["capabilities"]["awards"]
    assert awards["state"] == "maintenance" and awards["until"] == "2031-01-02T18:00+01:00"
    assert "Award bookings" in awards["message"] and "new system" in awards["message"]
    assert health["capabilities"]["profile"]["state"] == "maintenance"
    assert health["capabilities"]["members"]["state"] == "available"

    r = requests.get(f"{server.url}{API}/awards/availability", headers=auth(token),
                     params={"origin": "FRA", "destination": "JFK", "date": "2031-03-01",
                             "cabin": "economy"}, timeout=10)
    assert r.status_code == 503
    assert r.headers["Content-Type"] == "application/problem+json"
    assert r.json()["code"] == "maintenance" and "2031-01-02T18:00+01:00" in r.json()["detail"]
    assert int(r.headers["Retry-After"]) == 86_400  # capped at a day
    r = requests.post(f"{server.url}{API}/members/{number}/profile", json={},
                      headers={**auth(token), "Idempotency-Key": "maint-test-0001"}, timeout=10)
    assert r.status_code == 503
    # What is not in maintenance keeps working.
    assert requests.get(f"{server.url}{API}/members/{number}", headers=auth(token),
                        timeout=10).status_code == 200

    assert _cli("--db", str(db_path), "--end", "--capabilities", "awards") == 0
    health = _until_state(server, "awards", "available")
    assert health["capabilities"]["awards"]["state"] == "available"
    assert health["capabilities"]["profile"]["state"] == "maintenance"
    assert _cli("--db", str(db_path), "--end") == 0
    assert _until_state(server, "profile", "available")["capabilities"]["profile"][
        "state"] == "available"


@pytest.mark.parametrize("args, complaint", [
    (["--capabilities", "awards,bogus"], "unknown capabilities bogus"),
    (["--capabilities", "awards", "--until", "2031-01-02T18:00"], "time zone offset"),
    (["--capabilities", "awards", "--until", "next tuesday"], "Invalid isoformat"),
    ([], "--capabilities is required"),
])
def test_the_maintenance_command_refuses_bad_input_clearly(private_servers, capsys, args,
                                                           complaint):
    with pytest.raises(SystemExit) as exit_:
        _cli("--db", str(private_servers.database()), *args)
    assert exit_.value.code == 2
    assert complaint in capsys.readouterr().err
