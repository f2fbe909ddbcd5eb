"""A 500 that can still happen (a bug) keeps the contract (DESIGN.md §5): problem+json with a
readable detail and no traceback, X-Request-ID echoed, no-store; the traceback goes to the
server's log; and the connection is closed cleanly (`Connection: close`), so the client's
keep-alive pool is not left holding a connection the server has dropped.

The failing route is added to an app built here, never to the production routes; a failing
fault hook covers what runs before routing."""

from __future__ import annotations

import logging
import socket
from collections.abc import Iterator

import pytest
import requests
from sqlalchemy.exc import IntegrityError, OperationalError

from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer

from ..helpers.http import API

PROBLEM = "application/problem+json"
SECRET = "the-bug-says-something-private"
BOOM = f"{API}/test-only/boom"

pytestmark = pytest.mark.expect_log("supportdesk.server.app", "unhandled error")


class Bug(RuntimeError):
    pass


async def failing_hook(scope) -> None:  # noqa: ANN001
    if b"hook-boom" in scope.get("query_string", b""):
        raise Bug(SECRET)


@pytest.fixture
def buggy_server(private_servers) -> Iterator[EmbeddedServer]:
    settings = Settings(engine=make_engine(private_servers.database()), demo=True,
                        fault_hooks=[failing_hook])
    server = EmbeddedServer(settings)

    def boom() -> None:
        raise Bug(SECRET)

    async def async_boom() -> None:
        raise Bug(SECRET)

    server.app.add_api_route(BOOM, boom, methods=["GET", "POST"])
    server.app.add_api_route(f"{BOOM}-async", async_boom, methods=["GET"])
    server.start()
    yield server
    server.stop()


def assert_bug_answer(r: requests.Response, request_id: str) -> None:
    assert r.status_code == 500, r.text
    assert r.headers["Content-Type"] == PROBLEM
    assert r.headers["X-Request-ID"] == request_id
    assert r.headers["Cache-Control"] == "no-store"
    assert r.headers["Connection"] == "close"
    body = r.json()
    assert body["status"] == 500 and body["code"] == "server-error" and body["title"]
    assert "failed unexpectedly" in body["detail"] and request_id in body["detail"]
    assert "Traceback" not in r.text and SECRET not in r.text and "Bug" not in r.text


@pytest.mark.parametrize(("path", "route"), [
    (BOOM, BOOM),
    (f"{BOOM}-async", f"{BOOM}-async"),
    (f"{API}/health?hook-boom", "(no route)"),  # a fault hook, before routing
])
def test_a_bug_is_a_problem_with_the_contract_headers_and_a_logged_traceback(
        buggy_server, caplog, path, route):
    r = requests.get(f"{buggy_server.url}{path}", headers={"X-Request-ID": "bug-1"}, timeout=10)
    assert_bug_answer(r, "bug-1")
    [record] = [rec for rec in caplog.records if rec.name == "supportdesk.server.app"]
    assert record.levelno == logging.ERROR
    assert record.exc_info is not None and record.exc_info[0] is Bug
    assert "bug-1" in record.getMessage() and route in record.getMessage()
    # Answered once, by the app: uvicorn did not see the exception too.
    assert not [rec for rec in caplog.records if "Exception in ASGI" in rec.getMessage()]


def test_a_write_that_fails_is_answered_the_same(buggy_server):
    r = requests.post(f"{buggy_server.url}{BOOM}", json={"a": 1},
                      headers={"X-Request-ID": "bug-2"}, timeout=10)
    assert_bug_answer(r, "bug-2")


def test_after_a_bug_the_connection_closes_cleanly_and_the_pool_goes_on(buggy_server):
    # On the wire: the whole answer, then an orderly end of the stream (no reset).
    with socket.create_connection((buggy_server.host, buggy_server.port), timeout=10) as sock:
        sock.sendall(f"GET {BOOM} HTTP/1.1\r\nHost: test\r\nX-Request-ID: bug-3\r\n\r\n"
                     .encode())
        received = b""
        while chunk := sock.recv(65536):  # b"" once the server has closed
            received += chunk
    head, _, body = received.partition(b"\r\n\r\n")
    assert head.startswith(b"HTTP/1.1 500")
    assert b"connection: close" in head.lower() and b"x-request-id: bug-3" in head.lower()
    assert b"server-error" in body

    # A keep-alive session drops that connection and carries on with a fresh one.
    with requests.Session() as session:
        assert session.get(f"{buggy_server.url}{API}/health", timeout=10).status_code == 200
        assert_bug_answer(session.get(f"{buggy_server.url}{BOOM}",
                                      headers={"X-Request-ID": "bug-4"}, timeout=10), "bug-4")
        for _ in range(3):
            assert session.get(f"{buggy_server.url}{API}/health", timeout=10).status_code == 200


class _Driver(Exception):
    """A driver error as psycopg raises it, with the SQLSTATE the server reads."""

    def __init__(self, sqlstate: str) -> None:
        super().__init__(f"driver error {sqlstate}")
        self.sqlstate = sqlstate


@pytest.mark.parametrize(("error", "status"), [
    (IntegrityError("INSERT …", {}, _Driver("23505")), 409),  # a unique key taken meanwhile
    (OperationalError("UPDATE …", {}, _Driver("40P01")), 409),  # deadlock: one side undone
    (OperationalError("UPDATE …", {}, _Driver("40001")), 409),  # serialization failure
    (OperationalError("SELECT …", {}, _Driver("57014")), 500),  # anything else is a bug
])
def test_a_write_that_lost_a_race_in_the_database_is_a_conflict_not_a_bug(
        private_servers, error, status):
    """A race the actions' checks could not see (two processes at the same instant) ends in
    the database; the agent gets a 409 that says nothing was saved, never a 500."""
    server = EmbeddedServer(Settings(engine=make_engine(private_servers.database()), demo=True))

    def lose() -> None:
        raise error

    server.app.add_api_route(BOOM, lose, methods=["POST"])
    server.start()
    try:
        r = requests.post(f"{server.url}{BOOM}", json={}, timeout=10)
    finally:
        server.stop()
    assert r.status_code == status and r.headers["Content-Type"] == PROBLEM
    if status == 409:
        assert r.json()["code"] == "write-conflict" and "nothing was saved" in r.json()["detail"]
