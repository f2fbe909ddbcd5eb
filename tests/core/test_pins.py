"""Certificate pins: with pins set, only a backend whose TLS key IT named gets anything.

A private CA that the client trusts (its `ca_bundle`) stands in for a public CA: a stranger who
re-registers a lapsed backend name gets a certificate that verifies. The TLS front on loopback
records every request that reaches it and passes it on to the real reference server.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.api.pinning import spki_pin
from supportdesk.config import load_config
from supportdesk.errors import ConfigError, UntrustedDestination
from supportdesk.operations import build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.sync.connection import ConnectionTracker, State
from supportdesk.sync.service import LocalSync, drain_now

from ..helpers.tls import PrivateCa, tls_front, unrelated_pin

NUMBER = "992000000000018"
REFUSED = "does not carry the key IT pinned"


@pytest.fixture
def ca(tmp_path) -> PrivateCa:
    return PrivateCa(tmp_path)


def test_the_pin_is_the_sha256_of_the_certificates_public_key(ca):
    leaf = ca.issue()
    from cryptography.hazmat.primitives.serialization import Encoding

    assert spki_pin(leaf.certificate.public_bytes(Encoding.DER)) == leaf.pin
    assert spki_pin(ca.issue(label="other").certificate.public_bytes(Encoding.DER)) != leaf.pin


def _config(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "config.toml"
    path.write_text(text, encoding="utf-8")
    return path


def test_pins_in_the_config_are_read_and_normalised(tmp_path):
    pin = unrelated_pin()
    config = load_config(_config(tmp_path, (
        f'backend_url = "https://sd.example.com"\npins = ["{pin}", "{pin}"]\n')))
    assert config.pins == (pin,)
    assert load_config(_config(tmp_path, 'backend_url = "https://sd.example.com"\n')).pins == ()


@pytest.mark.parametrize(("pins", "words"), [
    ('"sha256/abc"', "must be a non-empty list"),
    ("[]", "must be a non-empty list"),
    ('["sha1/AAAAAAAAAAAAAAAAAAAAAAAAAAA="]', "does not start with 'sha256/'"),
    ('["sha256/not base64!"]', "is not 32 bytes of base64"),
    ('["sha256/AAAA"]', "is not 32 bytes of base64"),
    ("[42]", "does not start with 'sha256/'"),
])
def test_a_malformed_pin_is_a_config_error_that_says_what_a_pin_is(tmp_path, pins, words):
    with pytest.raises(ConfigError, match=words):
        load_config(_config(tmp_path, f'backend_url = "https://sd.example.com"\npins = {pins}\n'))


def test_pins_need_an_https_backend(tmp_path):
    with pytest.raises(ConfigError, match="not an https address"):
        load_config(_config(tmp_path, (f'backend_url = "http://127.0.0.1:8000"\n'
                                       f'pins = ["{unrelated_pin()}"]\n')))


def test_a_matching_pin_lets_requests_through_on_one_connection(ca, live_server):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        client = ApiClient(front.url(), ca_bundle=str(ca.bundle),
                           pins=(unrelated_pin(), leaf.pin))  # a backup pin, then the live one
        try:
            client.login("agent1", "demo")
            assert client.get_member(NUMBER).member_number == NUMBER
            assert client.health().status
        finally:
            client.close()
    assert [seen.method for seen in front.received] == ["POST", "GET", "GET"]
    assert front.received[1].authorization == f"Bearer {client.token}"
    assert front.connections == 1  # kept alive: the pin held on the reused connection


@pytest.mark.expect_log("supportdesk.security", "TLS KEY NOT PINNED")
def test_a_trusted_certificate_with_another_key_gets_nothing_and_the_work_stays_queued(
        ca, live_server, tmp_path, caplog):
    # The stranger's certificate: issued by a CA the client trusts, for the right name.
    stranger = ca.issue(label="stranger")
    backend_key = ca.issue(label="backend")
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    with tls_front(stranger, live_server.url) as front:
        client = ApiClient(front.url(), ca_bundle=str(ca.bundle), pins=(backend_key.pin,),
                           retries=0)
        client.token = "a-token-that-must-not-leak"
        try:
            local = LocalSync(store, "agent1", "pinned")
            credit = local.outbox.add("agent1", "pinned", build.credit(
                NUMBER, kind="goodwill", miles=500, reason="Lost bag"))
            report = drain_now(local, client)
            assert report.stopped == "untrusted" and report.left == 1
            waiting = local.outbox.get(credit.op_id)
            assert waiting.state == "queued" and REFUSED in waiting.note
            assert local.outbox.needs_attention("agent1") == []
            with pytest.raises(UntrustedDestination) as caught:
                client.login("agent1", "demo")
            error = caught.value
        finally:
            client.close()
            store.close()
        assert front.connections >= 2  # the handshakes happened; the refusal came after them
        assert front.received == []  # no request line, no body, no Authorization, no password
        # The same certificate without pins verifies: only the pin refused it.
        unpinned = ApiClient(front.url(), ca_bundle=str(ca.bundle), retries=0)
        try:
            assert unpinned.health().status
        finally:
            unpinned.close()
        assert [seen.path for seen in front.received] == ["/api/v1/health"]
    assert error.code == "pin-mismatch" and error.params == {"host": "127.0.0.1"}
    status = ConnectionTracker().failure(error)
    assert status.state is State.OFFLINE and REFUSED in status.reason
    # Logged once for this key, not at every attempt (the health check polls every few s).
    assert [r.getMessage() for r in caplog.records if "NOT PINNED" in r.getMessage()] \
        == [f"TLS KEY NOT PINNED: the TLS key of 127.0.0.1 ({stranger.pin}) matches none of "
            "the configured pins"]


@pytest.mark.expect_log("supportdesk.security", "TLS KEY NOT PINNED")
def test_the_pin_is_checked_again_before_each_request_on_a_kept_alive_connection(
        ca, live_server):
    leaf = ca.issue()
    with tls_front(leaf, live_server.url) as front:
        client = ApiClient(front.url(), ca_bundle=str(ca.bundle), pins=(leaf.pin,),
                           retries=0)
        try:
            client.health()
            client.health()
            assert front.connections == 1 and len(front.received) == 2
            # The pins no longer name the key of the connection already open in the pool.
            client.session.get_adapter(front.url()).pins = frozenset({unrelated_pin()})
            with pytest.raises(UntrustedDestination, match=REFUSED):
                client.health()
        finally:
            client.close()
    assert len(front.received) == 2
