"""Certificate pins: the backend's TLS key must be one that IT named in the managed config.

A pin is the SHA-256 of the certificate's SubjectPublicKeyInfo, base64, written
`sha256/<base64>` (as in HPKP and curl's --pinnedpubkey). Pins are checked in addition to the
normal verification (CA chain and name), never instead of it: a lapsed domain re-registered
by a stranger gets a publicly trusted certificate, but not the backend's key.

The check runs inside urllib3's connection, right after the TLS handshake and again before
every request written on a pooled connection, so that neither a request body nor the
`Authorization` header ever reaches a peer whose key matches no pin.
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import threading
from collections.abc import Iterable
from typing import Any

from requests.adapters import HTTPAdapter
from urllib3.connection import HTTPSConnection
from urllib3.connectionpool import HTTPSConnectionPool
from urllib3.exceptions import SSLError

from ..errors import ConfigError

PIN_PREFIX = "sha256/"


def parse_pins(values: Any) -> tuple[str, ...]:
    """The config's `pins` list, each checked to be `sha256/` and 32 bytes of base64."""
    if not isinstance(values, list) or not values:
        raise ConfigError('pins must be a non-empty list such as ["sha256/<base64>"]; leave '
                          "it out for no pins.")
    pins = []
    for value in values:
        if not isinstance(value, str) or not value.startswith(PIN_PREFIX):
            raise ConfigError(f"The pin {value!r} does not start with {PIN_PREFIX!r}; a pin is "
                              "the SHA-256 of the certificate's public key (SPKI), base64.")
        try:
            digest = base64.b64decode(value[len(PIN_PREFIX):], validate=True)
        except (binascii.Error, ValueError):
            digest = b""
        if len(digest) != hashlib.sha256().digest_size:
            raise ConfigError(f"The pin {value!r} is not 32 bytes of base64 after 'sha256/' "
                              "(a SHA-256 of the certificate's public key, 44 characters).")
        pins.append(PIN_PREFIX + base64.b64encode(digest).decode("ascii"))
    return tuple(dict.fromkeys(pins))


def spki_pin(der_certificate: bytes) -> str:
    """The pin (`sha256/<base64>`) of a DER certificate's public key."""
    from cryptography import x509
    from cryptography.hazmat.primitives.serialization import Encoding, PublicFormat

    certificate = x509.load_der_x509_certificate(der_certificate)
    spki = certificate.public_key().public_bytes(Encoding.DER,
                                                 PublicFormat.SubjectPublicKeyInfo)
    return PIN_PREFIX + base64.b64encode(hashlib.sha256(spki).digest()).decode("ascii")


class PinMismatch(SSLError):
    """The peer's certificate key matches none of the pins; the connection was closed before
    anything was written on it."""

    def __init__(self, host: str, seen: str | None, first: bool = True) -> None:
        super().__init__(f"the TLS key of {host} ({seen or 'no certificate'}) matches none "
                         "of the configured pins")
        self.host = host
        self.seen = seen
        self.first = first  # the first refusal of this key by this adapter (log it once)


def pin_mismatch_in(error: BaseException | None) -> PinMismatch | None:
    """The PinMismatch behind a requests/urllib3 error (wrapped as reason, arg or cause)."""
    seen: set[int] = set()
    stack: list[Any] = [error]
    while stack:
        item = stack.pop()
        if not isinstance(item, BaseException) or id(item) in seen:
            continue
        seen.add(id(item))
        if isinstance(item, PinMismatch):
            return item
        stack.extend([getattr(item, "reason", None), item.__cause__, item.__context__,
                      *item.args])
    return None


class _PinnedConnection(HTTPSConnection):
    """An HTTPS connection that refuses a peer whose key is not pinned (`pins` is set on the
    per-adapter subclass that `PinnedAdapter` makes)."""

    adapter: PinnedAdapter

    def connect(self) -> None:
        super().connect()
        self._check_pin()  # before the pool hands the new connection a request

    def request(self, *args: Any, **kwargs: Any) -> None:  # type: ignore[override]
        if self.sock is not None:  # a pooled connection: checked again before writing
            self._check_pin()
        super().request(*args, **kwargs)

    def _check_pin(self) -> None:
        pins = self.adapter.pins
        der = self.sock.getpeercert(binary_form=True) if self.sock is not None else None
        if der is not None and getattr(self, "_pinned", None) == (der, pins):
            return
        try:
            seen = spki_pin(der) if der else None
        except Exception:  # noqa: BLE001 - a key we cannot read matches no pin
            seen = None
        if seen not in pins:
            self.close()
            raise PinMismatch(self.host, seen, self.adapter.refused(seen))
        self._pinned = (der, pins)


class PinnedAdapter(HTTPAdapter):
    """A requests adapter whose HTTPS connections only talk to a peer with a pinned key."""

    def __init__(self, pins: Iterable[str], **kwargs: Any) -> None:
        self.pins = frozenset(pins)
        self._refused: set[str | None] = set()
        self._lock = threading.Lock()
        super().__init__(**kwargs)

    def refused(self, seen: str | None) -> bool:
        """Note a refused key; True the first time."""
        with self._lock:
            first = seen not in self._refused
            self._refused.add(seen)
            return first

    def init_poolmanager(self, *args: Any, **kwargs: Any) -> None:
        super().init_poolmanager(*args, **kwargs)
        connection = type("PinnedHTTPSConnection", (_PinnedConnection,), {"adapter": self})
        pool = type("PinnedHTTPSConnectionPool", (HTTPSConnectionPool,),
                    {"ConnectionCls": connection})
        # A dict of its own: urllib3's default mapping is shared by every PoolManager.
        self.poolmanager.pool_classes_by_scheme = {
            **self.poolmanager.pool_classes_by_scheme, "https": pool}
