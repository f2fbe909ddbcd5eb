"""A keyring backend that keeps secrets in the process's memory: the stand-in for the OS keyring
in the tests' `memory_keyring` fixture, the benchmarks and the screenshot scripts (the one
definition; bench/ and scripts/ import it from here, tests never import bench/).

With a secure keyring the app keeps the token and the local store's key there; without one
(`no_keyring` below: the tests' `no_keyring` fixture) the token stays in memory and the store
key is wrapped by the agent's password. The benchmark's throw-away profile has no OS keyring,
so the app is started with PYTHON_KEYRING_BACKEND=tests.helpers.memkeyring.MemoryKeyring (the
app runs with the project folder as its working directory, so `tests` imports)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

import keyring
import keyring.backend
from keyring.backends import fail

from supportdesk.security.memory import MemoryKeyring as _MemoryKeyring

BACKEND = "tests.helpers.memkeyring.MemoryKeyring"


# The one definition is the app's own (its --self-test uses it); importable from here too.
MemoryKeyring = _MemoryKeyring


@contextmanager
def no_keyring() -> Iterator[None]:
    """A workstation without a secure keyring (Linux without Secret Service): keyring's fail
    backend, and a chainer that finds no viable backend (not even `MemoryKeyring`, which it
    would find among the loaded classes)."""
    previous, limit = keyring.get_keyring(), keyring.backend._limit
    keyring.backend._limit = lambda _backend: False
    keyring.set_keyring(fail.Keyring())
    try:
        yield
    finally:
        keyring.set_keyring(previous)
        keyring.backend._limit = limit
