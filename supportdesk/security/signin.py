"""Signing in: online to the backend, or — with no secure keyring — offline with the password
that opens this agent's local store (`store.keywrap`).

With a secure keyring nothing changes: the token goes to the keyring and the store key lives
there too; an unreachable backend is an error as before (the keyring path keeps no password-
crackable copy of anything on disk). Without one, the token stays in memory only and the store
key is wrapped by the password: unwrapped at every sign-in, made on the first.

Blocking (network, keyring, scrypt): call from a worker.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from ..errors import AuthError, OfflineError, SecurityError
from .sessions import PasswordVerifier

log = logging.getLogger(__name__)

if TYPE_CHECKING:
    from ..api.client import ApiClient
    from ..api.models import AgentInfo, LoginResult
    from ..store.keywrap import WrappedKey
    from .credentials import TokenStore


@dataclass(frozen=True)
class StoreKey:
    """The store key the password unwrapped, and the agent's own store it opens."""

    wrapped: WrappedKey
    key: bytes = field(repr=False)

    @property
    def store_path(self) -> Path:
        return self.wrapped.store_path


@dataclass(frozen=True)
class SignedIn:
    agent: AgentInfo
    verifier: PasswordVerifier  # unlocks the idle lock
    in_keyring: bool = False
    login: LoginResult | None = None  # None: signed in offline
    store: StoreKey | None = None  # the password-wrapped store (no keyring)
    password_changed: WrappedKey | None = None  # ask for the previous password (see keywrap)

    @property
    def offline(self) -> bool:
        return self.login is None


def sign_in(client: ApiClient, tokens: TokenStore, backend_id: str, username: str,
            password: str, store_folder: Path | None) -> SignedIn:
    """Sign in to the backend; with no secure keyring and the backend away, offline with the
    password-wrapped store (an `AuthError` if the password does not open it)."""
    wrapping = not tokens.secure and store_folder is not None
    try:
        result = client.login(username, password)
    except OfflineError as away:
        if not wrapping:
            raise
        from ..store import keywrap as kw  # only without a keyring: scrypt and its kin

        wrapped = kw.WrappedKey(store_folder, backend_id, username)
        try:
            key, agent = kw.unlock_offline(wrapped, password)
        except kw.NoOfflineCopy:
            raise away from None  # nothing here to open: the backend is away, as before
        except kw.WrappedKeyError as exc:
            raise AuthError(str(exc), code=exc.code, params=exc.params) from exc
        client.signed_in_offline = True
        return SignedIn(agent, PasswordVerifier.of(password), store=StoreKey(wrapped, key))
    in_keyring = tokens.save(backend_id, result.agent.username, result.token)
    verifier = PasswordVerifier.of(password)
    if in_keyring or store_folder is None:
        return SignedIn(result.agent, verifier, in_keyring, result)
    from ..store import keywrap as kw

    wrapped = kw.WrappedKey(store_folder, backend_id, result.agent.username)
    try:
        key = kw.unlock_online(wrapped, password, result.agent)
    except kw.PasswordChanged:
        return SignedIn(result.agent, verifier, False, result, password_changed=wrapped)
    except kw.WrappedKeyError as exc:  # damaged: kept for IT, as a store sealed with another key
        log.error("the local store's key file cannot be used (%s); set aside", exc.code)
        key = kw.start_afresh(wrapped, password, result.agent)
    return SignedIn(result.agent, verifier, False, result, StoreKey(wrapped, key))


def keep_with_previous(signed: SignedIn, previous: str, password: str) -> SignedIn:
    """A changed password: `previous` opens the store, wrapped again under `password`.
    `AuthError` (previous-password-wrong) if `previous` does not open it either."""
    from ..store import keywrap as kw  # cryptography: not on the start-up path
    wrapped = signed.password_changed
    assert wrapped is not None
    try:
        key = kw.rewrap_with_previous(wrapped, previous, password, signed.agent)
    except kw.WrongPassword as exc:
        raise AuthError(str(exc), code="previous-password-wrong") from exc
    except kw.WrappedKeyError as exc:
        raise AuthError(str(exc), code=exc.code, params=exc.params) from exc
    return SignedIn(signed.agent, signed.verifier, False, signed.login, StoreKey(wrapped, key))


def begin_afresh(signed: SignedIn, password: str) -> SignedIn:
    """A changed password and the previous one not known: the old store is set aside (kept,
    for IT) and a new one begins."""
    from ..store import keywrap as kw  # cryptography: not on the start-up path
    wrapped = signed.password_changed
    assert wrapped is not None
    key = kw.start_afresh(wrapped, password, signed.agent)
    return SignedIn(signed.agent, signed.verifier, False, signed.login, StoreKey(wrapped, key))


def sign_in_again(client: ApiClient, tokens: TokenStore, backend_id: str, agent: AgentInfo,
                  store: StoreKey, password: str) -> SignedIn:
    """After an offline sign-in, the backend is back: sign in to it as the same agent. The
    store key (held since the offline sign-in) is wrapped again under this password, so a
    password changed meanwhile needs nothing more."""
    result = client.login(agent.username, password)
    if result.agent.username != agent.username:  # login() already refuses another agent
        client.token = None
        raise SecurityError("The backend signed in another agent.", code="signin-mismatch")
    tokens.save(backend_id, result.agent.username, result.token)
    store.wrapped.write(store.key, password, result.agent)
    return SignedIn(result.agent, PasswordVerifier.of(password), False, result, store)
