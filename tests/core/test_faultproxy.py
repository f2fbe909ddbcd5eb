"""The fault-injection proxy in front of the real reference server: each fault does what the
exactly-once tests rely on, and stop() leaves no thread or socket behind."""

from __future__ import annotations

import socket
import threading
import time
from collections.abc import Callable, Iterator

import pytest
import requests

from ..helpers.faultproxy import Fault, FaultProxy, random_faults

LOGIN = {"username": "agent14", "password": "demo"}


def proxy_threads(proxy: FaultProxy) -> list[threading.Thread]:
    return [t for t in threading.enumerate()
            if t.name.startswith("faultproxy-") and t.name.split("-")[2] == str(proxy.port)]


@pytest.fixture
def make_proxy(live_server) -> Iterator[Callable[..., FaultProxy]]:
    started: list[FaultProxy] = []

    def make(fault: Fault | Callable[[str, str], Fault] = Fault.NONE, *,
             upstream: str | None = None, **options: object) -> FaultProxy:
        choose = fault if callable(fault) and not isinstance(fault, Fault) else (
            lambda method, path: fault)
        proxy = FaultProxy(upstream or live_server.url, choose=choose, **options)  # type: ignore[arg-type]
        started.append(proxy.start())
        return proxy

    yield make
    for proxy in started:
        proxy.stop()
        assert proxy_threads(proxy) == []


@pytest.fixture
def session() -> Iterator[requests.Session]:
    with requests.Session() as s:
        s.trust_env = False
        yield s


def test_none_relays_unchanged_on_one_keep_alive_connection(make_proxy, live_server, session):
    proxy = make_proxy()
    with requests.Session() as direct:
        direct.trust_env = False
        token = direct.post(f"{live_server.url}/api/v1/auth/login", json=LOGIN, timeout=5).json()["token"]
        auth = {"Authorization": f"Bearer {token}"}
        expected = direct.get(f"{live_server.url}/api/v1/auth/me", headers=auth, timeout=5)
    for number in range(3):
        health = session.get(f"{proxy.url}/api/v1/health", timeout=5,
                             headers={"X-Request-ID": f"proxy-test-{number}"})
        assert health.status_code == 200 and health.json()["status"] == "ok"
        assert health.headers["X-Request-ID"] == f"proxy-test-{number}"
        me = session.get(f"{proxy.url}/api/v1/auth/me?via=proxy", headers=auth, timeout=5)
        assert (me.status_code, me.content) == (expected.status_code, expected.content)
    login = session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5)
    assert login.status_code == 200 and login.json()["agent"]["username"] == "agent14"
    wrong = session.post(f"{proxy.url}/api/v1/auth/login", timeout=5,
                         json={"username": "nobody-here", "password": "x"})
    assert wrong.status_code == 401 and wrong.headers["Content-Type"] == "application/problem+json"
    assert proxy.forwarded == 8 and proxy.counts[Fault.NONE] == 8
    assert len([t for t in proxy_threads(proxy) if "-conn-" in t.name]) == 1  # one connection


@pytest.mark.parametrize(("fault", "status"), [(Fault.STATUS_503, 503), (Fault.STATUS_429, 429)])
def test_injected_status_answers_problem_json_without_reaching_upstream(
        make_proxy, session, fault, status):
    proxy = make_proxy(lambda method, path: fault if path.endswith("/health") else Fault.NONE,
                       retry_after=7)
    answer = session.get(f"{proxy.url}/api/v1/health", timeout=5)
    assert answer.status_code == status
    assert answer.headers["Content-Type"] == "application/problem+json"
    assert answer.headers["Retry-After"] == "7"
    assert int(answer.headers["Content-Length"]) == len(answer.content)
    assert answer.json() == {"type": "about:blank", "title": answer.reason, "status": status,
                             "detail": "injected fault", "code": "injected"}
    assert proxy.forwarded == 0 and proxy.counts[fault] == 1
    # The connection stays usable after an injected answer, as after a real one.
    assert session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5).ok
    assert proxy.forwarded == 1
    assert len([t for t in proxy_threads(proxy) if "-conn-" in t.name]) == 1


def test_default_retry_after_is_one_second(make_proxy, session):
    proxy = make_proxy(Fault.STATUS_503)
    assert session.get(f"{proxy.url}/api/v1/health", timeout=5).headers["Retry-After"] == "1"


def test_drop_request_is_a_connection_error_and_reaches_nothing(make_proxy, session):
    proxy = make_proxy(Fault.DROP_REQUEST)
    with pytest.raises(requests.exceptions.ConnectionError):
        session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5)
    assert proxy.forwarded == 0 and proxy.counts[Fault.DROP_REQUEST] == 1


def test_drop_response_is_a_connection_error_after_the_server_committed(make_proxy, session):
    proxy = make_proxy(lambda method, path: Fault.DROP_RESPONSE if method == "POST" else Fault.NONE)
    with pytest.raises(requests.exceptions.ConnectionError):
        session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5)
    assert proxy.forwarded == 1 and proxy.counts[Fault.DROP_RESPONSE] == 1
    # The next request opens a fresh connection and goes through.
    assert session.get(f"{proxy.url}/api/v1/health", timeout=5).ok
    assert proxy.forwarded == 2


@pytest.mark.parametrize(("fault", "forwarded"), [(Fault.STALL_AFTER, 1), (Fault.STALL_BEFORE, 0)])
def test_stall_outlasts_the_read_timeout(make_proxy, session, fault, forwarded):
    # The stall ends by closing the connection (a ConnectionError); a ReadTimeout can only
    # be the client's own 0.2 s, given up on while the proxy still holds the request.
    proxy = make_proxy(fault, stall_seconds=30)
    with pytest.raises(requests.exceptions.ReadTimeout):
        session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=(2, 0.2))
    assert proxy.forwarded == forwarded and proxy.counts[fault] == 1


def test_chunked_request_is_refused_with_501(make_proxy, session):
    proxy = make_proxy()
    answer = session.post(f"{proxy.url}/api/v1/auth/login", timeout=5,
                          data=(part for part in [b'{"username": ', b'"agent14"}']))
    assert answer.status_code == 501 and proxy.forwarded == 0


def test_upstream_down_is_a_connection_error(make_proxy, session):
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        closed_port = probe.getsockname()[1]
    proxy = make_proxy(upstream=f"http://127.0.0.1:{closed_port}")
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(f"{proxy.url}/api/v1/health", timeout=5)
    assert proxy.forwarded == 0


def test_upstream_restart_is_an_outage_then_a_fresh_upstream_connection(make_proxy, session,
                                                                       private_servers):
    server = private_servers.start()
    proxy = make_proxy(upstream=server.url)
    assert session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5).ok
    port = server.port
    private_servers.stop(server)  # closes the proxy's kept upstream connection
    with pytest.raises(requests.exceptions.ConnectionError):
        session.get(f"{proxy.url}/api/v1/health", timeout=5)
    private_servers.start(port=port)  # the same database file, on the same port
    assert session.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=5).ok
    assert proxy.forwarded == 2


def test_stop_ends_every_thread_even_mid_stall_and_restarts_on_the_same_port(live_server):
    proxy = FaultProxy(live_server.url, choose=lambda m, p: Fault.STALL_AFTER if m == "POST"
                       else Fault.NONE, stall_seconds=30).start()
    port = proxy.port
    with requests.Session() as idle, requests.Session() as stalled:
        idle.trust_env = stalled.trust_env = False
        assert idle.get(f"{proxy.url}/api/v1/health", timeout=5).ok  # an idle keep-alive
        errors: list[Exception] = []

        def post() -> None:
            try:
                stalled.post(f"{proxy.url}/api/v1/auth/login", json=LOGIN, timeout=10)
            except requests.exceptions.RequestException as exc:
                errors.append(exc)

        poster = threading.Thread(target=post)
        poster.start()
        deadline = time.monotonic() + 5
        while proxy.counts[Fault.STALL_AFTER] == 0 and time.monotonic() < deadline:
            time.sleep(0.01)
        assert len(proxy_threads(proxy)) == 3  # accept + two connections
        proxy.stop()
        # stop() waits 5 s at most: no thread left means the 30 s stall was cut short.
        assert proxy_threads(proxy) == []
        poster.join(5)
        assert len(errors) == 1 and isinstance(errors[0], requests.exceptions.ConnectionError)
        with FaultProxy(live_server.url).start(port=port) as again:
            assert again.url == f"http://127.0.0.1:{port}"
            assert idle.get(f"{again.url}/api/v1/health", timeout=5).ok
        assert proxy_threads(again) == []


def test_random_faults_are_deterministic_and_only_for_the_listed_methods():
    rates = {Fault.DROP_RESPONSE: 0.2, Fault.STATUS_503: 0.1}
    first, second = random_faults(7, rates), random_faults(7, rates)
    posts = [first("POST", f"/api/v1/credits?n={n}") for n in range(1000)]
    assert posts == [second("POST", f"/api/v1/credits?n={n}") for n in range(1000)]
    assert posts != [random_faults(8, rates)("POST", "/x") for _ in range(1000)]
    assert 150 < posts.count(Fault.DROP_RESPONSE) < 250 and 60 < posts.count(Fault.STATUS_503) < 140
    assert set(posts) == {Fault.NONE, Fault.DROP_RESPONSE, Fault.STATUS_503}
    assert {first(method, "/api/v1/health") for method in ("GET", "PUT", "HEAD") * 100} == {Fault.NONE}
    both = random_faults(7, {Fault.STATUS_429: 1.0}, methods=("POST", "PUT"))
    assert both("PUT", "/a") is both("POST", "/b") is Fault.STATUS_429 and both("GET", "/c") is Fault.NONE


def test_random_faults_are_thread_safe_across_proxy_connections(make_proxy):
    proxy = make_proxy(random_faults(3, {Fault.STATUS_503: 0.5}, methods=("GET",)))
    statuses: list[int] = []

    def hammer() -> None:
        with requests.Session() as s:
            s.trust_env = False
            statuses.extend(s.get(f"{proxy.url}/api/v1/health", timeout=5).status_code
                            for _ in range(25))

    workers = [threading.Thread(target=hammer) for _ in range(4)]
    for worker in workers:
        worker.start()
    for worker in workers:
        worker.join(30)
    assert len(statuses) == 100 and set(statuses) == {200, 503}
    assert proxy.counts[Fault.STATUS_503] == statuses.count(503)
    assert proxy.forwarded == statuses.count(200) == proxy.counts[Fault.NONE]
