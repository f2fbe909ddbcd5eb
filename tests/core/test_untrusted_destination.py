"""A destination that cannot be trusted gets nothing, and queued work stays queued.

Two real loopback servers stand in for what a lapsed or hijacked name can turn into: one with
a self-signed TLS certificate, one that answers every request with a redirect to a stranger's
domain. The app's own drain (`sync.service.Drain`) sends a queued credit to each: the row
stays queued (nothing was sent, so nothing is in Needs attention), the round stops, and the
reason is the one the banner shows.
"""

from __future__ import annotations

import datetime as dt
import http.server
import os
import ssl
import threading
from collections.abc import Iterator

import pytest
from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

from supportdesk.api.client import ApiClient
from supportdesk.domain.offline import Policy
from supportdesk.errors import UntrustedDestination
from supportdesk.operations import build
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.sync.connection import ConnectionTracker, State
from supportdesk.sync.service import Drain, DrainReport, InlineHops, LocalSync, drain_now

NUMBER = "992000000000018"


class _Stranger(http.server.BaseHTTPRequestHandler):
    """Counts what reaches it; answers a redirect to a domain nobody should post to."""

    received: list[str] = []

    def _answer(self) -> None:
        self.received.append(f"{self.command} {self.path}")
        self.send_response(307)
        self.send_header("Location", "https://unregistered-refund-domain.example/collect")
        self.send_header("Content-Length", "0")
        self.end_headers()

    do_GET = do_POST = _answer  # noqa: N815

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


def _self_signed(folder) -> tuple[str, str]:  # noqa: ANN001
    key = ec.generate_private_key(ec.SECP256R1())
    name = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, "127.0.0.1")])
    now = dt.datetime.now(dt.UTC)
    cert = (x509.CertificateBuilder().subject_name(name).issuer_name(name)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=1))
            .sign(key, hashes.SHA256()))
    cert_path, key_path = folder / "cert.pem", folder / "key.pem"
    cert_path.write_bytes(cert.public_bytes(serialization.Encoding.PEM))
    key_path.write_bytes(key.private_bytes(serialization.Encoding.PEM,
                                           serialization.PrivateFormat.PKCS8,
                                           serialization.NoEncryption()))
    return str(cert_path), str(key_path)


def _serve(tls: tuple[str, str] | None) -> Iterator[str]:
    _Stranger.received = []
    server = http.server.ThreadingHTTPServer(("127.0.0.1", 0), _Stranger)
    scheme = "http"
    if tls is not None:
        context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        context.load_cert_chain(*tls)
        server.socket = context.wrap_socket(server.socket, server_side=True)
        scheme = "https"
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    try:
        yield f"{scheme}://127.0.0.1:{server.server_address[1]}"
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)


@pytest.fixture(params=["self-signed TLS", "redirect"])
def stranger(request, tmp_path) -> Iterator[tuple[str, str]]:
    tls = _self_signed(tmp_path) if request.param == "self-signed TLS" else None
    for url in _serve(tls):
        yield request.param, url


@pytest.mark.expect_log("supportdesk.security", "redirect refused")
def test_queued_work_stays_queued_when_the_destination_cannot_be_trusted(stranger, tmp_path):
    kind, url = stranger
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    client = ApiClient(url, retries=0)
    client.token = "a-token-that-must-not-leak"
    try:
        local = LocalSync(store, "agent1", "stranger")
        approval = local.outbox.add("agent1", "stranger", build.credit_decision(
            7, "approve", None, "992000000000026", 20_000))
        credit = local.outbox.add("agent1", "stranger", build.credit(
            NUMBER, kind="goodwill", miles=500, reason="Lost bag"))
        reason = "could not be verified" if kind == "self-signed TLS" else "redirect"
        first = drain_now(local, client)
        assert first.stopped == "untrusted"
        # A write that needs the live backend is never sent by itself later: refused with
        # the reason (as in maintenance), into Needs attention.
        refused = local.outbox.get(approval.op_id)
        assert refused.state == "rejected" and reason in refused.note
        second = drain_now(local, client)
        assert second.stopped == "untrusted" and second.left == 1
        waiting = local.outbox.get(credit.op_id)
        assert waiting.state == "queued" and waiting.policy is Policy.QUEUE
        assert reason in waiting.note and waiting.attempts == 1
        assert [e.op_id for e in local.outbox.needs_attention("agent1")] == [approval.op_id]
    finally:
        client.close()
        store.close()
    # The TLS server never saw a request (the handshake failed); the redirector did, and
    # answered nothing but its redirect, which was not followed.
    assert all("unregistered" not in line for line in _Stranger.received)
    if kind == "self-signed TLS":
        assert _Stranger.received == []


def test_the_banner_says_why_the_destination_is_not_trusted():
    tracker = ConnectionTracker()
    status = tracker.failure(UntrustedDestination(
        "The TLS certificate of sd.example.com could not be verified; nothing was sent.",
        code="tls-unverified", params={"host": "sd.example.com"}))
    assert status.state is State.OFFLINE and "could not be verified" in status.reason


def test_an_unresolvable_name_leaves_queued_work_queued_and_the_banner_says_why(tmp_path):
    # The dangling domain before a stranger registers it: the name does not resolve.
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    client = ApiClient("https://sd-backend.invalid", retries=0)
    client.token = "a-token-that-must-not-leak"
    tracker = ConnectionTracker()  # fed by the drain's outcomes, as the app's sync controller
    reports: list[DrainReport] = []

    def failed(error: BaseException) -> None:
        raise error

    def sent(results) -> None:  # noqa: ANN001
        for _entry, outcome in results:
            if isinstance(outcome, BaseException):
                tracker.failure(outcome)

    try:
        local = LocalSync(store, "agent1", "dangling")
        credit = local.outbox.add("agent1", "dangling", build.credit(
            NUMBER, kind="goodwill", miles=500, reason="Lost bag"))
        Drain(local, client, InlineHops(), on_sent=sent).run(reports.append, failed)
        (report,) = reports
        assert report.stopped == "offline" and report.left == 1
        waiting = local.outbox.get(credit.op_id)
        assert waiting.state == "queued" and waiting.policy is Policy.QUEUE
        assert "cannot be found (DNS)" in waiting.note and "nothing was sent" in waiting.note
        assert local.outbox.needs_attention("agent1") == []
    finally:
        client.close()
        store.close()
    status = tracker.status
    assert status.state is State.OFFLINE
    assert status.reason == ("The backend host sd-backend.invalid cannot be found (DNS). Check "
                             "the configured address; nothing was sent.")
