"""TLS on loopback for tests: a private CA with leaf certificates made in the test
(`cryptography`), and a TLS front that records what reaches it and passes it on to a real
reference server over plain HTTP (or answers 502 when it has none)."""

from __future__ import annotations

import base64
import datetime as dt
import hashlib
import http.client
import http.server
import ipaddress
import os
import ssl
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.x509.oid import NameOID

LOOPBACK_NAMES = ("127.0.0.1", "localhost")
_HOP = {"connection", "keep-alive", "transfer-encoding", "content-length"}


def spki_pin_of(certificate: x509.Certificate) -> str:
    """The HPKP/curl pin of a certificate, computed here independently of the app's code."""
    spki = certificate.public_key().public_bytes(serialization.Encoding.DER,
                                                 serialization.PublicFormat.SubjectPublicKeyInfo)
    return "sha256/" + base64.b64encode(hashlib.sha256(spki).digest()).decode()


def unrelated_pin() -> str:
    return "sha256/" + base64.b64encode(os.urandom(32)).decode()


def _pem_key(key: ec.EllipticCurvePrivateKey) -> bytes:
    return key.private_bytes(serialization.Encoding.PEM, serialization.PrivateFormat.PKCS8,
                             serialization.NoEncryption())


@dataclass(frozen=True)
class Issued:
    certificate: x509.Certificate
    cert_path: Path  # the leaf, then its CA: the chain the server presents
    key_path: Path

    @property
    def pin(self) -> str:
        return spki_pin_of(self.certificate)


class PrivateCa:
    """A certificate authority of the test's own; `bundle` is its certificate as a CA file."""

    def __init__(self, folder: Path, name: str = "SupportDesk Test CA") -> None:
        self.folder = folder
        self.key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        subject = x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, name)])
        self.certificate = (
            x509.CertificateBuilder().subject_name(subject).issuer_name(subject)
            .public_key(self.key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=3650))
            .add_extension(x509.BasicConstraints(ca=True, path_length=0), critical=True)
            .add_extension(x509.KeyUsage(
                digital_signature=True, content_commitment=False, key_encipherment=False,
                data_encipherment=False, key_agreement=False, key_cert_sign=True,
                crl_sign=True, encipher_only=False, decipher_only=False), critical=True)
            .add_extension(x509.SubjectKeyIdentifier.from_public_key(self.key.public_key()),
                           critical=False)
            .sign(self.key, hashes.SHA256()))
        self.bundle = folder / f"{name.replace(' ', '-').lower()}.pem"
        self.bundle.write_bytes(self.certificate.public_bytes(serialization.Encoding.PEM))

    def issue(self, names: tuple[str, ...] = LOOPBACK_NAMES, *, days: float = 90,
              label: str = "leaf") -> Issued:
        """A server certificate for `names` (host names or IP addresses), valid `days` more."""
        key = ec.generate_private_key(ec.SECP256R1())
        now = dt.datetime.now(dt.UTC)
        alt: list[x509.GeneralName] = []
        for name in names:
            try:
                alt.append(x509.IPAddress(ipaddress.ip_address(name)))
            except ValueError:
                alt.append(x509.DNSName(name))
        certificate = (
            x509.CertificateBuilder()
            .subject_name(x509.Name([x509.NameAttribute(NameOID.COMMON_NAME, names[0])]))
            .issuer_name(self.certificate.subject)
            .public_key(key.public_key()).serial_number(x509.random_serial_number())
            .not_valid_before(now - dt.timedelta(days=1))
            .not_valid_after(now + dt.timedelta(days=days))
            .add_extension(x509.SubjectAlternativeName(alt), critical=False)
            .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
            .add_extension(x509.ExtendedKeyUsage([x509.ExtendedKeyUsageOID.SERVER_AUTH]),
                           critical=False)
            .add_extension(x509.AuthorityKeyIdentifier.from_issuer_public_key(
                self.key.public_key()), critical=False)
            .sign(self.key, hashes.SHA256()))
        cert_path = self.folder / f"{label}.pem"
        key_path = self.folder / f"{label}.key"
        cert_path.write_bytes(certificate.public_bytes(serialization.Encoding.PEM)
                              + self.certificate.public_bytes(serialization.Encoding.PEM))
        key_path.write_bytes(_pem_key(key))
        return Issued(certificate, cert_path, key_path)


@dataclass(frozen=True)
class Seen:
    """One request that reached the TLS front."""

    method: str
    path: str
    authorization: str | None
    body: bytes


class _FrontHandler(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"  # keep-alive: the client reuses its connections
    front: TlsFront

    def setup(self) -> None:
        self.request = self.front.context.wrap_socket(self.request, server_side=True)
        with self.front.lock:
            self.front.connections += 1
        super().setup()

    def finish(self) -> None:
        try:
            super().finish()
        finally:
            self.request.close()  # the TLS socket is ours; the server closes only the raw one

    def _pass_on(self) -> None:
        length = int(self.headers.get("Content-Length") or 0)
        body = self.rfile.read(length) if length else b""
        with self.front.lock:
            self.front.received.append(Seen(self.command, self.path,
                                            self.headers.get("Authorization"), body))
        status, headers, answer = 502, [("Content-Type", "text/plain")], b"no upstream"
        if self.front.upstream is not None:
            conn = http.client.HTTPConnection(*self.front.upstream, timeout=30)
            try:
                conn.request(self.command, self.path, body=body or None,
                             headers={k: v for k, v in self.headers.items()
                                      if k.lower() not in _HOP})
                reply = conn.getresponse()
                status, answer = reply.status, reply.read()
                headers = [(k, v) for k, v in reply.getheaders() if k.lower() not in _HOP]
            except OSError:
                pass
            finally:
                conn.close()
        self.send_response(status)
        for key, value in headers:
            self.send_header(key, value)
        self.send_header("Content-Length", str(len(answer)))
        self.end_headers()
        self.wfile.write(answer)

    do_GET = do_POST = _pass_on  # noqa: N815

    def log_message(self, *args) -> None:  # noqa: ANN002
        pass


class _Server(http.server.ThreadingHTTPServer):
    daemon_threads = True

    def handle_error(self, request, client_address) -> None:  # noqa: ANN001
        pass  # a client that refuses our certificate ends its handshake: expected here


class TlsFront:
    """What reached the front: `received` (every request, with its Authorization header)
    and `connections` (TLS connections accepted)."""

    def __init__(self, leaf: Issued, upstream_url: str | None) -> None:
        self.context = ssl.SSLContext(ssl.PROTOCOL_TLS_SERVER)
        self.context.load_cert_chain(leaf.cert_path, leaf.key_path)
        parts = urlsplit(upstream_url) if upstream_url else None
        self.upstream = (parts.hostname, parts.port) if parts else None
        self.received: list[Seen] = []
        self.connections = 0
        self.lock = threading.Lock()
        self.port = 0

    def url(self, host: str = "127.0.0.1") -> str:
        return f"https://{host}:{self.port}"


@contextmanager
def tls_front(leaf: Issued, upstream_url: str | None = None) -> Iterator[TlsFront]:
    """Serve TLS with `leaf` on a loopback port, passing requests on to `upstream_url`."""
    front = TlsFront(leaf, upstream_url)
    server = _Server(("127.0.0.1", 0), type("Handler", (_FrontHandler,), {"front": front}))
    front.port = server.server_address[1]
    thread = threading.Thread(target=server.serve_forever, daemon=True, name="tls-front")
    thread.start()
    try:
        yield front
    finally:
        server.shutdown()
        server.server_close()
        thread.join(timeout=5)
