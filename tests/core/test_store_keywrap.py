"""No secure keyring: the local store's key wrapped by the agent's password (store/keywrap.py,
security/signin.py), against the real server on loopback and real SQLite files.

What the keyring stands for is detected from keyring's own backends; the store files hold no
personal data; a wrong password opens nothing and changes nothing; a changed password keeps
the work (previous password once) or sets it aside; offline sign-in works from the file."""

from __future__ import annotations

import json
import socket
import sqlite3
from pathlib import Path

import keyring
import pytest
from keyring.backends import chainer, fail, null

from supportdesk.api.client import ApiClient
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.errors import AuthError, BackendUnreachable, SignInNeeded
from supportdesk.operations import build
from supportdesk.security.credentials import TokenStore, keyring_is_secure
from supportdesk.security.signin import (
    begin_afresh,
    keep_with_previous,
    sign_in,
    sign_in_again,
)
from supportdesk.store import keywrap
from supportdesk.store.keywrap import WrappedKey, WrongPassword
from supportdesk.sync.service import LocalSync

from ..helpers.memkeyring import MemoryKeyring

NUMBER_INDEX = 140
BACKEND = "test-keywrap"


def unreachable() -> ApiClient:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    return ApiClient(f"http://127.0.0.1:{port}", retries=0, connect_timeout=0.5)


def files_of(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.iterdir()) if p.is_file()}


@pytest.mark.parametrize("backend", [fail.Keyring(), null.Keyring(), chainer.ChainerBackend()])
def test_keyrings_that_keep_nothing_safe_count_as_none(backend, monkeypatch):  # noqa: ANN001
    # A chainer finds every backend class loaded (the tests' memory keyring too): here, as on
    # a workstation without Secret Service, none of them is viable.
    monkeypatch.setattr(keyring.backend, "_limit", lambda _backend: False)
    assert chainer.ChainerBackend.backends == []
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    try:
        assert not keyring_is_secure()
        assert not TokenStore().secure
    finally:
        keyring.set_keyring(previous)


def test_the_memory_keyring_counts_as_secure(memory_keyring: MemoryKeyring):
    assert keyring_is_secure() and TokenStore().secure


def test_with_a_keyring_nothing_is_wrapped_and_offline_sign_in_is_the_old_error(
        live_server, memory_keyring, tmp_path):
    client = ApiClient(live_server.url)
    signed = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    client.close()
    assert signed.in_keyring and signed.store is None and not list(tmp_path.iterdir())
    away = unreachable()
    with pytest.raises(BackendUnreachable):
        sign_in(away, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    assert not away.signed_in_offline


def test_the_store_holds_no_personal_data_and_a_wrong_password_opens_nothing(
        live_server, agent_client, no_keyring, tmp_path):
    number = demo_member_number(NUMBER_INDEX)
    account = agent_client.get_member(number)
    with sqlite3.connect(live_server.settings.engine.url.database) as conn:
        email = conn.execute("SELECT email FROM members WHERE member_number = ?",
                             (number,)).fetchone()[0]
    client = ApiClient(live_server.url)
    tokens = TokenStore()
    signed = sign_in(client, tokens, BACKEND, "agent3", "demo", tmp_path)
    assert not signed.in_keyring and signed.store is not None and not signed.offline
    assert tokens.load(BACKEND, "agent3") == client.token  # in memory only
    sync = LocalSync.open(signed.store.store_path, signed.store.key, "agent3", BACKEND)
    sync.store.cache_put("agent3", "member", number, {"account": account.__dict__})
    sync.outbox.add("agent3", BACKEND, build.credit(
        number, kind="goodwill", miles=250, reason=f"Promised by mail to {email}",
        summary=f"Goodwill for {account.display_name}"))
    sync.store.close()
    client.close()

    before = files_of(tmp_path)
    assert any(name.endswith(".sqlite") for name in before)
    assert any(name.endswith(".key") for name in before)
    # Members' data, and the password (the agent's user name is in the rows, as with a
    # keyring: whose queue a row is in; it is no member's data).
    secrets = [number, account.first_name, account.last_name, email, email.split("@")[0],
               account.email_masked, "demo"]
    for name, data in before.items():
        for secret in secrets:
            assert secret.encode() not in data, (name, secret)
    key_file = json.loads(before[signed.store.wrapped.path.name])
    assert key_file["kdf"]["name"] == "scrypt" and key_file["kdf"]["n"] >= 2**17
    assert len(key_file["kdf"]["salt"]) >= 20  # 16 random bytes, base64

    away = unreachable()
    with pytest.raises(AuthError) as refused:
        sign_in(away, TokenStore(), BACKEND, "agent3", "wrong", tmp_path)
    assert refused.value.code == "offline-wrong-password"
    assert not away.signed_in_offline
    assert files_of(tmp_path) == before  # nothing changed, nothing lost

    offline = sign_in(away, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    assert offline.offline and offline.agent.username == "agent3"
    assert away.signed_in_offline and away.token is None
    with pytest.raises(SignInNeeded):
        away.get_member(number)  # not sent: the agent signs in to the backend first
    sync = LocalSync.open(offline.store.store_path, offline.store.key, "agent3", BACKEND)
    assert sync.store.cache_get("agent3", "member", number)[0]["account"]["last_name"] \
        == account.last_name
    assert [e.operation.body["miles"] for e in sync.outbox.queued("agent3", BACKEND)] == [250]
    sync.store.close()
    # Another agent's password, or the file moved to another agent, opens nothing.
    moved = WrappedKey(tmp_path, BACKEND, "agent4")
    moved.path.write_bytes(signed.store.wrapped.path.read_bytes())
    with pytest.raises(WrongPassword):
        moved.open("demo")
    away.close()


def test_weaker_parameters_or_an_altered_file_are_refused(no_keyring, tmp_path):
    from supportdesk.api.models import AgentInfo

    agent = AgentInfo(7, "agent7", "Agent Seven", "agent", 500, 5000)
    wrapped = WrappedKey(tmp_path, BACKEND, "agent7")
    key = keywrap.unlock_online(wrapped, "pass phrase", agent)
    good = json.loads(wrapped.path.read_text())
    for n in (2**14, 2**16):  # below the floor; or any other than it was wrapped with
        bad = json.loads(json.dumps(good))
        bad["kdf"]["n"] = n
        wrapped.path.write_text(json.dumps(bad))
        with pytest.raises(keywrap.WrappedKeyError):
            wrapped.open("pass phrase")
    wrapped.path.write_text(json.dumps(good))
    assert wrapped.open("pass phrase").key == key
    key2, who = keywrap.unlock_offline(wrapped, "pass phrase")
    assert key2 == key and who == agent
    later = wrapped.open("pass phrase").online_at + (keywrap.OFFLINE_SIGN_IN_DAYS + 1) * 86400
    with pytest.raises(keywrap.OfflineTooLong):
        keywrap.unlock_offline(wrapped, "pass phrase", now=later)


@pytest.mark.expect_log("supportdesk.store.keywrap", "set aside")
def test_a_changed_password_keeps_the_work_with_the_previous_one_or_sets_it_aside(
        live_server, no_keyring, tmp_path):
    client = ApiClient(live_server.url)
    first = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    wrapped = first.store.wrapped
    # As if the key had been wrapped while the password was "old secret" (the backend has
    # since been told "demo"): the next online sign-in asks for the previous one.
    wrapped.write(first.store.key, "old secret", first.agent)
    sync = LocalSync.open(wrapped.store_path, first.store.key, "agent3", BACKEND)
    sync.outbox.add("agent3", BACKEND, build.credit(demo_member_number(141), kind="goodwill",
                                                       miles=10, reason="Kept across the change"))
    sync.store.close()

    changed = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    assert changed.store is None and changed.password_changed is not None
    with pytest.raises(AuthError) as refused:
        keep_with_previous(changed, "not it", "demo")
    assert refused.value.code == "previous-password-wrong"
    kept = keep_with_previous(changed, "old secret", "demo")
    assert kept.store.key == first.store.key
    assert wrapped.open("demo").key == first.store.key  # re-wrapped under the new one
    with pytest.raises(WrongPassword):
        wrapped.open("old secret")
    sync = LocalSync.open(wrapped.store_path, kept.store.key, "agent3", BACKEND)
    assert len(sync.outbox.queued("agent3", BACKEND)) == 1
    sync.store.close()

    # Not known: start afresh; the old store and key are set aside, not deleted.
    wrapped.write(first.store.key, "forgotten", first.agent)
    changed = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    fresh = begin_afresh(changed, "demo")
    assert fresh.store.key != first.store.key
    aside = sorted(p.name for p in tmp_path.iterdir() if "set-aside" in p.name)
    assert [n.rsplit(".", 1)[1] for n in aside] == ["key", "sqlite"]
    assert WrappedKey(tmp_path, BACKEND, "agent3").open("demo").key == fresh.store.key
    client.close()


def test_signing_in_again_after_an_offline_sign_in_rewraps_under_the_password_taken(
        live_server, no_keyring, tmp_path):
    client = ApiClient(live_server.url)
    first = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    first.store.wrapped.write(first.store.key, "before the change", first.agent)
    client.close()
    away = unreachable()
    offline = sign_in(away, TokenStore(), BACKEND, "agent3", "before the change", tmp_path)
    away.close()
    back = ApiClient(live_server.url)
    back.signed_in_offline = True
    tokens = TokenStore()
    with pytest.raises(AuthError):
        sign_in_again(back, tokens, BACKEND, offline.agent, offline.store, "before the change")
    again = sign_in_again(back, tokens, BACKEND, offline.agent, offline.store, "demo")
    assert not again.offline and back.token and not back.signed_in_offline
    assert tokens.load(BACKEND, "agent3") == back.token
    assert WrappedKey(tmp_path, BACKEND, "agent3").open("demo").key == first.store.key
    back.close()


@pytest.mark.expect_log("supportdesk.security.signin", "cannot be used")
@pytest.mark.expect_log("supportdesk.store.keywrap", "set aside")
def test_a_damaged_key_file_is_set_aside_at_the_next_online_sign_in(
        live_server, no_keyring, tmp_path):
    client = ApiClient(live_server.url)
    first = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    first.store.wrapped.path.write_text("{not json")
    away = unreachable()
    with pytest.raises(AuthError) as refused:  # offline: a clear error, nothing touched
        sign_in(away, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    assert refused.value.code == "store-key-unusable"
    away.close()
    again = sign_in(client, TokenStore(), BACKEND, "agent3", "demo", tmp_path)
    assert again.store is not None and again.store.key != first.store.key
    assert [p.suffix for p in tmp_path.glob("*set-aside*")] == [".key"]  # kept for IT
    client.close()
