"""The local store: encrypted, versioned, one thread, the outbox kept per agent."""

from __future__ import annotations

import os
import sqlite3
import stat
import threading

import pytest

from supportdesk.operations import Operation, build
from supportdesk.store import crypto
from supportdesk.store.crypto import Cipher, StoreKeyUnavailable
from supportdesk.store.local import (
    SCHEMA_VERSION,
    LocalStore,
    StoreError,
    StoreKeyMismatch,
    open_store,
)
from supportdesk.store.outbox import Outbox

NAME, EMAIL, PHONE = "Zsófia Wiśniewska-Quist", "zsofia.quist@example.org", "+49 151 2345 6789"
NUMBER = "992000000000018"


def _operation(miles: int = 500, number: str = NUMBER) -> Operation:
    return build.credit(number, kind="goodwill", miles=miles,
                        reason=f"Called: {NAME}, {EMAIL}, {PHONE}",
                        summary=f"Goodwill {miles} miles for {NAME}")


@pytest.fixture
def store(tmp_path):
    store = LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))
    yield store
    store.close()


def _all_bytes(folder) -> bytes:
    return b"".join(p.read_bytes() for p in folder.iterdir() if p.is_file())


def test_no_personal_data_in_plaintext_anywhere_in_the_store_files(store, tmp_path):
    outbox = Outbox(store)
    outbox.add("agent1", "b", _operation())
    store.cache_put("agent1", "member", NUMBER,
                    {"first_name": "Zsófia", "last_name": "Wiśniewska-Quist", "email": EMAIL,
                     "phone": PHONE, "member_number": NUMBER})
    blob = _all_bytes(tmp_path)
    for secret in (NAME, "Wiśniewska-Quist", EMAIL, PHONE, NUMBER, "Goodwill 500"):
        assert secret.encode() not in blob, secret
    # …and it reads back.
    assert store.cache_get("agent1", "member", NUMBER)[0]["email"] == EMAIL
    assert outbox.queued("agent1", "b")[0].operation.body["miles"] == 500
    # The files and their folder are this user's alone.
    assert stat.S_IMODE(store.path.parent.stat().st_mode) == 0o700
    assert stat.S_IMODE(store.path.stat().st_mode) == 0o600


def test_the_file_is_readable_by_its_user_only(store):
    assert store.path.stat().st_mode & 0o077 == 0


def test_schema_version_and_a_newer_store_is_refused(store, tmp_path):
    assert store.conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    store.conn.execute(f"PRAGMA user_version={SCHEMA_VERSION + 1}")
    store.close()
    with pytest.raises(StoreError, match="newer SupportDesk"):
        LocalStore(tmp_path / "store.sqlite", Cipher(os.urandom(32)))


def test_a_file_that_is_not_a_database_is_a_clear_error(tmp_path):
    path = tmp_path / "broken.sqlite"
    path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(StoreError, match="cannot be opened"):
        LocalStore(path, Cipher(os.urandom(32)))


def test_a_tampered_or_moved_value_is_refused(store):
    store.cache_put("agent1", "member", NUMBER, {"first_name": "A"})
    store.cache_put("agent1", "queue", "all", {"requests": []})
    member = store.conn.execute("SELECT value FROM cache WHERE kind = 'member'").fetchone()[0]
    # A sealed member moved into the queue row does not open there.
    store.conn.execute("UPDATE cache SET value = ? WHERE kind = 'queue'", (member,))
    with pytest.raises(ValueError):
        store.cache_get("agent1", "queue", "all")
    flipped = bytes([member[0] ^ 1]) + member[1:]
    store.conn.execute("UPDATE cache SET value = ? WHERE kind = 'member'", (flipped,))
    with pytest.raises(ValueError):
        store.cache_get("agent1", "member", NUMBER)


@pytest.mark.expect_log("supportdesk.store.local", "sealed with another key")
def test_another_key_cannot_read_the_store_and_it_is_set_aside_never_deleted(tmp_path):
    path = tmp_path / "store.sqlite"
    first = LocalStore(path, Cipher(os.urandom(32)))
    Outbox(first).add("agent1", "b", _operation())
    Outbox(first).add("agent1", "b", _operation(700))
    first.close()
    other = Cipher(os.urandom(32))  # the keyring entry was reset: a new key
    with pytest.raises(StoreKeyMismatch) as refused:
        LocalStore(path, other)
    assert refused.value.waiting == 2

    store, aside = open_store(path, other)
    try:
        assert aside is not None and aside.waiting == 2
        assert aside.path.exists() and aside.path != path and "unreadable" in aside.path.name
        assert Outbox(store).queued("agent1", "b") == []  # a fresh store
        with sqlite3.connect(aside.path) as old:  # the old rows are all still there
            assert old.execute("SELECT count(*) FROM outbox").fetchone()[0] == 2
    finally:
        store.close()
    reopened, again = open_store(path, other)
    reopened.close()
    assert again is None  # the new store opens with the new key as usual


@pytest.mark.expect_log("supportdesk.store.outbox", "set aside as unreadable")
def test_a_row_that_cannot_be_opened_is_set_aside_and_blocks_nothing(store):
    outbox = Outbox(store)
    bad = outbox.add("agent1", "b", _operation())
    good = outbox.add("agent1", "b", _operation(700))
    with store.transaction() as conn:  # altered on disk
        conn.execute("UPDATE outbox SET payload = ? WHERE op_id = ?", (b"x" * 64, bad.op_id))
    assert [e.op_id for e in outbox.queued("agent1", "b")] == [good.op_id]
    state = store.conn.execute("SELECT state FROM outbox WHERE op_id = ?",
                               (bad.op_id,)).fetchone()[0]
    assert state == "unreadable"


def test_the_store_is_used_from_the_thread_that_opened_it_only(store):
    errors = []

    def elsewhere() -> None:
        try:
            store.cache_get("agent1", "member", NUMBER)
        except sqlite3.ProgrammingError as exc:
            errors.append(exc)

    thread = threading.Thread(target=elsewhere)
    thread.start()
    thread.join()
    assert errors and "thread" in str(errors[0])


def test_wiping_the_cache_keeps_the_outbox_and_leaves_no_trace(store, tmp_path):
    outbox = Outbox(store)
    outbox.add("agent1", "b", _operation())
    store.cache_put("agent1", "member", NUMBER, {"email": EMAIL})
    store.cache_put("agent2", "member", NUMBER, {"email": EMAIL})
    sealed = store.conn.execute("SELECT value FROM cache").fetchall()
    assert store.wipe_cache("agent1") == 1
    assert store.cache_get("agent1", "member", NUMBER) is None
    assert store.cache_get("agent2", "member", NUMBER) is not None
    assert store.wipe_cache() == 1
    assert len(outbox.queued("agent1", "b")) == 1
    blob = _all_bytes(tmp_path)
    assert not any(value in blob for (value,) in sealed)  # overwritten, not just unlinked


def test_cache_entries_expire_by_age(store):
    store.cache_put("agent1", "member", NUMBER, {"n": 1}, as_of=1000.0)
    assert store.cache_get("agent1", "member", NUMBER, newer_than=999.0) is not None
    assert store.cache_get("agent1", "member", NUMBER, newer_than=1000.0) is None
    assert store.wipe_cache(older_than=1000.0) == 1


def test_each_agent_sees_only_their_own_operations(store):
    outbox = Outbox(store)
    mine = outbox.add("agent1", "b", _operation(100))
    outbox.add("agent2", "b", _operation(200))
    outbox.add("agent1", "other-backend", _operation(300))
    assert [e.op_id for e in outbox.queued("agent1", "b")] == [mine.op_id]
    assert outbox.counts("agent1", "b")[0] == 1
    assert outbox.counts("agent3", "b") == (0, None, 0)


def test_rejected_operations_are_resubmitted_as_new_ones_or_discarded_with_a_reason(store):
    outbox = Outbox(store)
    first = outbox.add("agent1", "b", _operation(100))
    second = outbox.add("agent1", "b", _operation(200))
    outbox.settle(first.op_id, "rejected", {"errors": []}, "Over the limit.")
    outbox.settle(second.op_id, "conflict", None, "Already credited.")
    assert [e.op_id for e in outbox.needs_attention("agent1")] == [first.op_id, second.op_id]
    assert outbox.counts("agent1", "b") == (0, None, 2)

    again = outbox.resubmit(first.op_id, _operation(50), new_id="edited-once")
    assert again.op_id == "edited-once" and again.replaces == first.op_id
    # The same press again (a retry after a timeout) is the same new operation, not a third.
    assert outbox.resubmit(first.op_id, _operation(50), new_id="edited-once") == again
    with pytest.raises(ValueError):
        outbox.resubmit(first.op_id, _operation(60), new_id="edited-once")
    assert outbox.get(first.op_id).state == "resubmitted"
    with pytest.raises(ValueError):
        outbox.discard(second.op_id, "  ")
    record = build.closure(outbox.get(second.op_id), "discarded",
                           "The member withdrew the claim.", summary="Discarded: goodwill")
    sent = outbox.discard(second.op_id, "The member withdrew the claim.", record=record)
    assert outbox.get(second.op_id).note == "The member withdrew the claim."
    assert outbox.needs_attention("agent1") == []
    # The agent's word is queued for the backend's audit, under the same agent and backend.
    assert [e.op_id for e in outbox.queued("agent1", "b")] == [again.op_id, sent.op_id]
    assert sent.operation.path == f"/operations/{second.op_id}/closure"
    assert sent.operation.body == {"outcome": "discarded", "member_number": NUMBER,
                                   "reason": "The member withdrew the claim."}
    with pytest.raises(ValueError):
        outbox.resubmit(again.op_id, _operation(1))  # still queued: nothing to resubmit


def test_a_settled_operation_is_never_settled_again(store):
    outbox = Outbox(store)
    entry = outbox.add("agent1", "b", _operation())
    outbox.settle(entry.op_id, "applied", {"id": 1})
    outbox.settle(entry.op_id, "rejected", None, "late answer")
    assert outbox.get(entry.op_id).state == "applied"


def test_no_secure_keyring_means_no_store_key(monkeypatch):
    monkeypatch.setattr(crypto, "keyring_is_secure", lambda: False)
    with pytest.raises(StoreKeyUnavailable):
        crypto.load_or_create_key()


def test_the_store_key_is_made_once_and_kept_in_the_keyring(memory_keyring):
    key = crypto.load_or_create_key()
    assert len(key) == 32 and crypto.load_or_create_key() == key
    assert any(account == crypto.KEY_ACCOUNT for _, account in memory_keyring.store)


def test_saving_one_action_twice_keeps_one_row_and_a_changed_request_is_refused(store):
    outbox = Outbox(store)
    first = outbox.add("agent1", "b", _operation(100), op_id="op-1234567890")
    again = outbox.add("agent1", "b", _operation(100), op_id="op-1234567890")
    assert again == first and len(outbox.queued("agent1", "b")) == 1
    with pytest.raises(ValueError, match="different request"):
        outbox.add("agent1", "b", _operation(101), op_id="op-1234567890")
