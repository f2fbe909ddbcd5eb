"""A signed-out token, or a disabled agent's, is refused by every server process within a
second (DESIGN.md §6): two real server processes over one SQLite file, each with its own
token cache, the sign-out made on one of them and the disabling by the `agents` command."""

from __future__ import annotations

import time
from collections.abc import Iterator

import pytest
import requests

from supportdesk.server import cli, revocations

from ..helpers.http import API, auth, login
from ..helpers.servers import (
    Database,
    SeededPostgres,
    ServerProcess,
    copy_database,
    postgres_audit_env,
)

# The guarantee: a request made this long after the revocation committed is refused.
WITHIN = 1.0
assert revocations.FRESH_SECONDS < WITHIN


@pytest.fixture(scope="module")
def two_servers(seeded, tmp_path_factory) -> Iterator[tuple[str, list[str]]]:
    """(the database both serve, their two base URLs); the tests use different agents. On
    either engine (tests/server/conftest.py)."""
    folder = tmp_path_factory.mktemp("two-servers")
    with pytest.MonkeyPatch.context() as env:
        if isinstance(seeded, SeededPostgres):
            database: Database = seeded.copy()
            for name, value in postgres_audit_env(folder).items():
                env.setenv(name, value)
        else:
            database = copy_database(seeded, folder / "shared-by-two.sqlite")
        started = [ServerProcess(database, folder / f"server{n}.log") for n in (1, 2)]
        try:
            yield str(database), [server.wait_ready().url for server in started]
        finally:
            for server in started:
                server.stop()


def _me(session: requests.Session, base: str, token: str) -> requests.Response:
    return session.get(f"{base}{API}/auth/me", headers=auth(token), timeout=10)


def _burst(session: requests.Session, urls: list[str], tokens: list[str],
           times: int = 10) -> list[int]:
    """Each token on each server, `times` over: the statuses, in order."""
    return [_me(session, base, token).status_code
            for _ in range(times) for base in urls for token in tokens]


def _refusals(session: requests.Session, urls: list[str], tokens: list[str]) -> set[tuple]:
    found = set()
    for _ in range(3):
        for base in urls:
            for token in tokens:
                r = _me(session, base, token)
                found.add((r.status_code, r.json().get("code")))
    return found


def test_a_sign_out_on_one_server_is_refused_by_both_within_a_second(two_servers):
    _, (first, second) = two_servers
    token = login(first, "agent3")
    with requests.Session() as session:
        # A burst on both: each process checks the token once and answers the rest cached.
        assert set(_burst(session, [first, second], [token])) == {200}
        r = session.post(f"{first}{API}/auth/logout", headers=auth(token), timeout=10)
        assert r.status_code == 204
        time.sleep(WITHIN)  # a slow machine only sleeps longer
        assert _refusals(session, [first, second], [token]) == {(401, "signed-out")}
        other = login(second, "agent5")  # another agent's session goes on, on both
        assert set(_burst(session, [first, second], [other], times=2)) == {200}


def test_an_agent_disabled_by_the_agents_command_is_refused_by_both_within_a_second(
        two_servers, capsys):
    db_path, (first, second) = two_servers
    tokens = [login(first, "agent4"), login(second, "agent4")]
    with requests.Session() as session:
        assert set(_burst(session, [first, second], tokens)) == {200}
        assert cli.main(["agents", "disable", "agent4", "--db", db_path]) == 0
        assert "2 live sessions signed out" in capsys.readouterr().out
        time.sleep(WITHIN)
        assert _refusals(session, [first, second], tokens) == {(401, "agent-disabled")}
        for base in (first, second):
            r = session.post(f"{base}{API}/auth/login",
                             json={"username": "agent4", "password": "demo"}, timeout=10)
            assert r.status_code == 401

        # Enabled again, the agent signs in anew; the sessions disabling ended stay ended.
        assert cli.main(["agents", "enable", "agent4", "--db", db_path]) == 0
        fresh = login(second, "agent4")
        assert set(_burst(session, [first, second], [fresh], times=2)) == {200}
        assert _refusals(session, [first, second], tokens) == {(401, "signed-out")}
