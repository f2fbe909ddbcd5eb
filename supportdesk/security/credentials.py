"""Tokens live only in the OS keyring. No secure keyring: memory only, and the GUI says so.

Keyring calls may block (a Secret Service prompt), so call these from a worker thread.
"""

from __future__ import annotations

import json
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
        return self._put(self._key(backend_id, username), token, "the token")

    def load(self, backend_id: str, username: str) -> str | None:
        return self._get(self._key(backend_id, username))

    def delete(self, backend_id: str, username: str) -> None:
        self._drop(self._key(backend_id, username), "the token")

    # -- sign-outs the backend has not taken yet (security/sessions.py) -------------------

    _DEFERRED_MAX = 20  # a keyring entry stays small (Windows caps a secret at 2.5 KB)

    def defer_revocation(self, backend_id: str, token: str) -> None:
        """Keep `token` until the backend has revoked it (a sign-out while it was away)."""
        waiting = self.deferred_revocations(backend_id)
        if token not in waiting:
            self._save_deferred(backend_id, [*waiting, token][-self._DEFERRED_MAX:])

    def deferred_revocations(self, backend_id: str) -> list[str]:
        raw = self._get(self._deferred_key(backend_id))
        try:
            tokens = json.loads(raw) if raw else []
        except ValueError:
            return []
        return [t for t in tokens if isinstance(t, str)] if isinstance(tokens, list) else []

    def forget_revocation(self, backend_id: str, token: str) -> None:
        self._save_deferred(backend_id, [t for t in self.deferred_revocations(backend_id)
                                         if t != token])

    @staticmethod
    def _deferred_key(backend_id: str) -> str:
        return f"{backend_id}|#deferred-sign-outs"  # '#' is no user name

    def _save_deferred(self, backend_id: str, tokens: list[str]) -> None:
        key = self._deferred_key(backend_id)
        if tokens:
            self._put(key, json.dumps(tokens), "the deferred sign-outs")
        else:
            self._drop(key, "the deferred sign-outs")

    # -- the keyring, or memory when there is none ------------------------------------------

    def _put(self, key: str, value: str, what: str) -> bool:
        """True if `value` went to the keyring; a refusing keyring leaves memory only."""
        if self.secure:
            try:
                keyring.set_password(SERVICE, key, value)
                return True
            except keyring.errors.KeyringError as exc:
                log.warning("keyring refused %s (%s); keeping it in memory", what, exc)
                self.secure = False
        self._memory[key] = value
        return False

    def _get(self, key: str) -> str | None:
        if self.secure:
            try:
                value = keyring.get_password(SERVICE, key)
            except keyring.errors.KeyringError:
                value = None
            if value is not None:
                return value
        return self._memory.get(key)

    def _drop(self, key: str, what: str) -> None:
        self._memory.pop(key, None)
        if self.secure:
            try:
                keyring.delete_password(SERVICE, key)
            except keyring.errors.PasswordDeleteError:
                pass
            except keyring.errors.KeyringError as exc:
                log.warning("could not delete %s from the keyring: %s", what, exc)
