"""Encryption of everything personal the local store keeps (DESIGN.md §6).

One random 256-bit key per workstation user, kept only in the OS keyring. Values are sealed
with AES-GCM (a fresh 96-bit nonce each, the row's purpose as associated data, so a sealed
value cannot be moved to another column); look-up keys are HMACs, never the plain value.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import logging
import os

import keyring
import keyring.errors
from cryptography.exceptions import InvalidTag
from cryptography.hazmat.primitives.ciphers.aead import AESGCM

from ..security.credentials import SERVICE, keyring_is_secure

log = logging.getLogger(__name__)

KEY_ACCOUNT = "local-store-key"
_NONCE = 12


class StoreKeyUnavailable(Exception):
    """No secure keyring: nothing personal may be written to disk."""


class Cipher:
    def __init__(self, key: bytes) -> None:
        if len(key) != 32:
            raise ValueError("the store key must be 32 bytes")
        self._aead = AESGCM(key)
        # Separate keys for sealing and for look-up digests, derived from the one key.
        self._lookup = hmac.new(key, b"supportdesk lookup", hashlib.sha256).digest()

    def seal(self, plaintext: bytes, purpose: str) -> bytes:
        nonce = os.urandom(_NONCE)
        return nonce + self._aead.encrypt(nonce, plaintext, purpose.encode())

    def open(self, sealed: bytes, purpose: str) -> bytes:
        """The plaintext; ValueError if the value was altered, moved or sealed by another key."""
        try:
            return self._aead.decrypt(sealed[:_NONCE], sealed[_NONCE:], purpose.encode())
        except (InvalidTag, ValueError) as exc:
            raise ValueError("a sealed value in the local store cannot be opened") from exc

    def digest(self, text: str) -> str:
        """A keyed digest for look-ups (member numbers, payload hashes)."""
        return hmac.new(self._lookup, text.encode(), hashlib.sha256).hexdigest()


def load_or_create_key() -> bytes:
    """The store key from the keyring, made on first use. Call off the GUI thread."""
    if not keyring_is_secure():
        raise StoreKeyUnavailable("No secure keyring: personal data is not stored on disk.")
    try:
        stored = keyring.get_password(SERVICE, KEY_ACCOUNT)
        if stored:
            return base64.b64decode(stored)
        key = AESGCM.generate_key(bit_length=256)
        keyring.set_password(SERVICE, KEY_ACCOUNT, base64.b64encode(key).decode())
        return key
    except keyring.errors.KeyringError as exc:
        raise StoreKeyUnavailable(f"The keyring refused the store key: {exc}") from exc
