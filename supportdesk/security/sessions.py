"""A signed-in session's end and its pauses: the token is revoked at sign-out and at quit
(kept in the keyring and sent later when the backend is away), and the idle lock's password
check, which works offline.

Keyring and network calls block: call these from worker threads.
"""

from __future__ import annotations

import hashlib
import hmac
import logging
import os
from dataclasses import dataclass, field
from typing import TYPE_CHECKING

from ..errors import AuthError, SupportDeskError

if TYPE_CHECKING:
    from ..api.client import ApiClient
    from .credentials import TokenStore

log = logging.getLogger(__name__)

MAX_UNLOCK_ATTEMPTS = 5  # then the session is signed out: the lock is not a guessing game
QUIT_TIMEOUT = (2.0, 3.0)  # connect, read (s): quitting waits no longer than this


# -- revocation --------------------------------------------------------------------------

def revoke(client: ApiClient, tokens: TokenStore, backend_id: str, token: str, *,
           timeout: tuple[float, float] | None = None) -> bool:
    """Revoke `token` on the backend; True when it no longer works there. When the backend
    cannot be reached (or trusted), the token is kept for `revoke_deferred` and False is
    returned: a sign-out during an outage still ends the session once the backend is back."""
    try:
        client.revoke(token, timeout=timeout)
        return True
    except AuthError:
        return True  # expired, revoked or disabled already: nothing is left to revoke
    except SupportDeskError as error:  # away, untrusted, failing, overloaded: not taken
        log.info("sign-out: the backend did not take the revocation (%s); kept to send "
                 "later", error.code)
        tokens.defer_revocation(backend_id, token)
        return False


def revoke_deferred(client: ApiClient, tokens: TokenStore, backend_id: str) -> int:
    """Send the revocations kept while the backend was away; how many are still waiting."""
    waiting = tokens.deferred_revocations(backend_id)
    for token in waiting:
        try:
            client.revoke(token)
        except AuthError:
            pass  # no longer valid anyway
        except SupportDeskError as error:
            log.info("deferred revocations wait: %s", error.code)
            break
        tokens.forget_revocation(backend_id, token)
        log.info("a deferred sign-out was sent to the backend")
    return len(tokens.deferred_revocations(backend_id))


def end_session(client: ApiClient, tokens: TokenStore, backend_id: str, username: str,
                token: str | None, *, timeout: tuple[float, float] | None = None) -> bool:
    """Sign out: `token` (taken off the client by the caller, on its thread, so that a new
    sign-in meanwhile is never the one revoked) leaves the keyring and is revoked, now or
    later by `revoke_deferred`. True when the backend took it now."""
    try:
        return revoke(client, tokens, backend_id, token, timeout=timeout) if token else True
    finally:
        tokens.delete(backend_id, username)  # after: a deferred one is in the keyring first


# -- the idle lock's password check --------------------------------------------------------

@dataclass(frozen=True)
class PasswordVerifier:
    """What unlocks a locked session: a salted scrypt hash of the password the agent signed
    in with, in memory only (never written anywhere), so unlocking works offline."""

    salt: bytes = field(repr=False)
    digest: bytes = field(repr=False)

    @classmethod
    def of(cls, password: str) -> PasswordVerifier:
        salt = os.urandom(16)
        return cls(salt, _scrypt(password, salt))

    def matches(self, password: str) -> bool:
        return hmac.compare_digest(self.digest, _scrypt(password, self.salt))


def _scrypt(password: str, salt: bytes) -> bytes:
    # ~30 ms here: cheap for one unlock, slow for guessing at memory.
    return hashlib.scrypt(password.encode(), salt=salt, n=2**14, r=8, p=1, dklen=32)
