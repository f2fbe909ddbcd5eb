"""A keyring backend that keeps secrets in the process's memory: the stand-in for the OS keyring
in the tests' `memory_keyring` fixture, the benchmarks and the screenshot scripts (the one
definition; bench/ and scripts/ import it from here, tests never import bench/).

The app opens its encrypted local store only when a secure keyring holds the store key, as on
an agent's workstation; the benchmark's throw-away profile has no OS keyring, so the app is
started with PYTHON_KEYRING_BACKEND=tests.helpers.memkeyring.MemoryKeyring (the app runs with
the project folder as its working directory, so `tests` imports)."""

from __future__ import annotations

from keyring.backend import KeyringBackend

BACKEND = "tests.helpers.memkeyring.MemoryKeyring"


class MemoryKeyring(KeyringBackend):
    priority = 1  # noqa: RUF012 - keyring's own class attribute

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)
