"""The core client against the real reference server on loopback."""

from __future__ import annotations

import http.server
import threading

import pytest

from supportdesk.api.client import ApiClient, check_destination
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import (
    AuthError,
    BackendTimeout,
    BackendUnreachable,
    ConfigError,
    NotFound,
    SecurityError,
    ValidationFailed,
    WrongMemberError,
)


def test_sign_in_search_and_open_a_member(agent_client):
    page = agent_client.search_members("muller")
    assert page.results and page.kind == "booking_code_or_name"
    hit = page.results[0]
    account = agent_client.get_member(hit.member_number)
    assert account.member_number == hit.member_number
    assert (account.first_name, account.last_name) == (hit.first_name, hit.last_name)
    ledger = agent_client.get_transactions(hit.member_number, limit=5)
    assert ledger.member_number == hit.member_number
    assert len(ledger.entries) <= 5


def test_agent_info_and_token_kept_out_of_repr(client):
    result = client.login("super2", "demo")
    assert result.agent.is_supervisor and result.agent.per_credit_limit == 5000
    assert result.token not in repr(result)
    assert client.me() == result.agent


def test_typed_errors_from_problem_json(agent_client):
    with pytest.raises(ValidationFailed) as err:  # what the server says to any client
        agent_client.get("/members", q="992000000000019")
    assert "check digit" in err.value.message
    assert err.value.field_errors[0].field == "q"
    assert err.value.request_id
    with pytest.raises(NotFound, match="no member"):
        agent_client.get_member(demo_member_number(99_999_998))


def test_client_validates_member_numbers_before_sending(agent_client):
    from supportdesk.domain.identifiers import InvalidIdentifier

    with pytest.raises(InvalidIdentifier):
        agent_client.get_member("992000000000019")
    with pytest.raises(InvalidIdentifier, match="check digit"):
        agent_client.search_members("992000000000019")


def test_wrong_password_and_signed_out_are_auth_errors(client):
    with pytest.raises(AuthError, match="Wrong user name or password"):
        client.login("agent8", "wrong")
    with pytest.raises(AuthError):
        client.me()  # never signed in
    client.login("agent8", "demo")
    token = client.token
    client.logout()
    client.token = token
    with pytest.raises(AuthError, match="signed out"):
        client.me()


def test_wrong_member_answer_is_refused_and_logged(agent_client, faults, caplog):
    asked, other = demo_member_number(10), demo_member_number(11)
    # The server answers about another member: the wrong-profile incident, reproduced.
    faults.path_rewrites[asked] = other
    with caplog.at_level("ERROR", logger="supportdesk.security"):
        with pytest.raises(WrongMemberError) as err:
            agent_client.get_member(asked)
        with pytest.raises(WrongMemberError):
            agent_client.get_transactions(asked)
        with pytest.raises(WrongMemberError):
            agent_client.search_members(asked)
    assert err.value.asked == asked and err.value.answered == other
    assert "WRONG MEMBER" in caplog.text


def test_slow_server_times_out_as_offline_error(live_server, faults):
    faults.delays["q=sleepy"] = 1.5
    api = ApiClient(live_server.url, read_timeout=0.3, retries=0)
    api.login("agent9", "demo")
    with pytest.raises(BackendTimeout):
        api.search_members("sleepy")
    api.close()


def test_nothing_listening_is_unreachable():
    import socket

    s = socket.socket()
    s.bind(("127.0.0.1", 0))
    port = s.getsockname()[1]
    s.close()
    api = ApiClient(f"http://127.0.0.1:{port}", retries=0)
    with pytest.raises(BackendUnreachable, match="refused"):
        api.health()


def test_unresolvable_host_is_a_hard_stop_with_a_clear_message():
    api = ApiClient("https://backend.supportdesk.invalid", retries=0, connect_timeout=2)
    with pytest.raises(BackendUnreachable, match="cannot be found"):
        api.health()


@pytest.mark.parametrize(
    ("url", "allowed", "message"),
    [
        ("http://backend.example.com", None, "Plain HTTP"),
        ("ftp://backend.example.com", None, "not an http"),
        ("https://user:pw@backend.example.com", None, "credentials"),
        ("https://evil.example.net", frozenset({"backend.example.com"}), "allow-list"),
        ("not a url", None, "not an http"),
    ],
)
def test_destination_rules(url, allowed, message):
    with pytest.raises(ConfigError, match=message):
        check_destination(url, allowed)


def test_loopback_http_and_allow_listed_https_are_fine():
    assert check_destination("http://127.0.0.1:8765/") == "http://127.0.0.1:8765"
    assert check_destination("http://localhost:1") == "http://localhost:1"
    assert check_destination("https://sd.example.com", frozenset({"SD.example.com"}))


def test_environment_proxies_are_ignored(live_server, monkeypatch):
    monkeypatch.setenv("HTTP_PROXY", "http://127.0.0.1:9")
    monkeypatch.setenv("http_proxy", "http://127.0.0.1:9")
    monkeypatch.setenv("NO_PROXY", "")
    api = ApiClient(live_server.url, retries=0)
    assert api.health().status == "ok"


class _Redirector(http.server.BaseHTTPRequestHandler):
    def do_GET(self) -> None:  # noqa: N802
        self.send_response(302)
        self.send_header("Location", "https://unregistered-refund-domain.example/collect")
        self.send_header("Content-Length", "0")
        self.end_headers()

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


@pytest.mark.expect_log("supportdesk.security", "redirect refused")
def test_redirects_are_never_followed():
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Redirector)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        api = ApiClient(f"http://127.0.0.1:{server.server_address[1]}", retries=0)
        with pytest.raises(SecurityError, match="redirect"):
            api.health()
    finally:
        server.shutdown()
        server.server_close()
