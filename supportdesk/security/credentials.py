"""Tokens live only in the OS keyring. No secure keyring: memory only, and the GUI says so.

Keyring calls may block (a Secret Service prompt), so call these from a worker thread.
"""

from __future__ import annotations

import logging

import keyring
import keyring.errors

log = logging.getLogger(__name__)

SERVICE = "SupportDesk"
# Backends that store nothing, or store it readable by anyone with the file: never used.
_INSECURE = {
    "keyring.backends.fail.Keyring",
    "keyring.backends.null.Keyring",
    "keyrings.alt.file.PlaintextKeyring",
    "keyrings.alt.file.EncryptedKeyring",  # a file next to the data, keyed by a typed password
}


def _qualified(obj: object) -> str:
    cls = type(obj)
    return f"{cls.__module__}.{cls.__qualname__}"


def keyring_is_secure() -> bool:
    backend = keyring.get_keyring()
    if _qualified(backend) in _INSECURE:
        return False
    if _qualified(backend) == "keyring.backends.chainer.ChainerBackend":
        return any(_qualified(b) not in _INSECURE for b in backend.backends)
    try:
        return float(backend.priority) > 0
    except Exception:  # noqa: BLE001 - some backends compute priority lazily and raise
        return False


class TokenStore:
    """Where the session token is kept: the keyring, or this process's memory."""

    def __init__(self) -> None:
        self.secure = keyring_is_secure()
        self._memory: dict[str, str] = {}

    @staticmethod
    def _key(backend_id: str, username: str) -> str:
        return f"{backend_id}|{username}"

    def save(self, backend_id: str, username: str, token: str) -> bool:
        """Keep the token; returns True if it went to the keyring."""
        key = self._key(backend_id, username)
        if self.secure:
            try:
                keyring.set_password(SERVICE, key, token)
                return True
            except keyring.errors.KeyringError as exc:
                log.warning("keyring refused the token (%s); keeping it in memory", exc)
                self.secure = False
        self._memory[key] = token
        return False

    def load(self, backend_id: str, username: str) -> str | None:
        key = self._key(backend_id, username)
        if self.secure:
            try:
                return keyring.get_password(SERVICE, key)
            except keyring.errors.KeyringError:
                return None
        return self._memory.get(key)

    def delete(self, backend_id: str, username: str) -> None:
        key = self._key(backend_id, username)
        self._memory.pop(key, None)
        if self.secure:
            try:
                keyring.delete_password(SERVICE, key)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("could not delete the token from the keyring: %s", exc)
