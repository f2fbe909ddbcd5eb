"""A keyring backend that keeps secrets in the process's memory only: what `--self-test` uses
so that checking an installation never writes to the agent's OS keyring, and the tests' and
benchmarks' stand-in for the OS keyring (tests/helpers/memkeyring.py)."""

from __future__ import annotations

from keyring.backend import KeyringBackend


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
