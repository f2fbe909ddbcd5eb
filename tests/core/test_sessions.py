"""A session's end: a sign-out made while the backend is away is kept (in the keyring) and
revoked once it is back, by this run or the next; the idle lock's password check."""

from __future__ import annotations

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.security.credentials import TokenStore
from supportdesk.security.sessions import (
    PasswordVerifier,
    end_session,
    revoke_deferred,
)

from ..helpers.faultproxy import Fault, FaultProxy
from ..helpers.http import token_accepted


def test_a_sign_out_during_an_outage_is_revoked_when_the_backend_is_back(live_server,
                                                                         memory_keyring):
    down = [False]
    with FaultProxy(live_server.url, choose=lambda _m, _p: (
            Fault.DROP_REQUEST if down[0] else Fault.NONE)) as proxy:
        client = ApiClient(proxy.url, retries=0)
        token = client.login("agent11", "demo").token
        tokens = TokenStore()
        tokens.save("b", "agent11", token)
        down[0] = True
        assert end_session(client, tokens, "b", "agent11", token) is False  # not taken now
        assert tokens.load("b", "agent11") is None
        assert token_accepted(live_server.url, token)  # the backend never heard of it
        assert tokens.deferred_revocations("b") == [token]

        # The app is restarted meanwhile: the keyring still holds the deferred sign-out.
        again = TokenStore()
        assert revoke_deferred(client, again, "b") == 1  # still away: still waiting
        down[0] = False
        assert revoke_deferred(client, again, "b") == 0
        client.close()
    assert not token_accepted(live_server.url, token)
    assert TokenStore().deferred_revocations("b") == []


def test_a_sign_out_revokes_at_once_when_the_backend_answers(live_server, memory_keyring):
    client = ApiClient(live_server.url, retries=0)
    token = client.login("agent11", "demo").token
    tokens = TokenStore()
    assert end_session(client, tokens, "b2", "agent11", token) is True
    assert tokens.deferred_revocations("b2") == []
    assert not token_accepted(live_server.url, token)
    client.close()


def test_an_expired_or_revoked_token_is_nothing_left_to_revoke(live_server, memory_keyring):
    client = ApiClient(live_server.url, retries=0)
    token = client.login("agent11", "demo").token
    client.logout()
    tokens = TokenStore()
    tokens.defer_revocation("b3", token)
    assert revoke_deferred(client, tokens, "b3") == 0
    client.close()


def test_the_unlock_check_knows_the_password_and_keeps_it_nowhere():
    verifier = PasswordVerifier.of("demo-Passwort 1")
    assert verifier.matches("demo-Passwort 1")
    assert not verifier.matches("demo-passwort 1")
    assert not verifier.matches("")
    assert "demo" not in repr(verifier) and b"demo" not in verifier.digest
    assert PasswordVerifier.of("same").digest != PasswordVerifier.of("same").digest  # salted


@pytest.mark.parametrize("count", [1, 25])
def test_deferred_sign_outs_stay_a_small_keyring_entry(memory_keyring, count):
    tokens = TokenStore()
    for i in range(count):
        tokens.defer_revocation("b4", f"token-{i}")
    kept = tokens.deferred_revocations("b4")
    assert kept == [f"token-{i}" for i in range(max(0, count - 20), count)]
