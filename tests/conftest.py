"""Shared fixtures: a real reference server on loopback over a real SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend

from supportdesk.api.client import ApiClient
from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer
from supportdesk.server.seed import seed_demo

TEST_MEMBERS = 3000


class MemoryKeyring(KeyringBackend):
    """Stands in for the OS keyring (the one thing that cannot run here)."""

    priority = 10

    def __init__(self) -> None:
        super().__init__()
        self.store: dict[tuple[str, str], str] = {}

    def get_password(self, service: str, username: str) -> str | None:
        return self.store.get((service, username))

    def set_password(self, service: str, username: str, password: str) -> None:
        self.store[(service, username)] = password

    def delete_password(self, service: str, username: str) -> None:
        self.store.pop((service, username), None)


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    path = tmp_path_factory.mktemp("server") / "demo.sqlite"
    engine = make_engine(path)
    seed_demo(engine, members=TEST_MEMBERS, seed=1)
    engine.dispose()
    return path


class Faults:
    """Server-side hooks that misbehave on purpose: slow down requests whose path or query
    string contains a needle, or answer a different path than the one asked (the wrong-profile bug)."""

    def __init__(self) -> None:
        self.delays: dict[str, float] = {}
        self.path_rewrites: dict[str, str] = {}

    def clear(self) -> None:
        self.delays.clear()
        self.path_rewrites.clear()

    async def __call__(self, scope) -> None:  # noqa: ANN001
        query = scope.get("query_string", b"").decode("latin-1")
        for needle, seconds in list(self.delays.items()):
            if needle in query or needle in scope["path"]:
                await asyncio.sleep(seconds)
        for old, new in list(self.path_rewrites.items()):
            if old in scope["path"]:
                scope["path"] = scope["path"].replace(old, new)
                scope["raw_path"] = scope["path"].encode()
            if old in query:
                scope["query_string"] = query.replace(old, new).encode("latin-1")


@pytest.fixture(scope="session")
def live_server(seeded_db: Path) -> Iterator[EmbeddedServer]:
    faults = Faults()
    server = EmbeddedServer(Settings(engine=make_engine(seeded_db), demo=True,
                                     fault_hooks=[faults]))
    server.faults = faults  # type: ignore[attr-defined]
    server.start()
    yield server
    server.stop()


@pytest.fixture
def faults(live_server: EmbeddedServer) -> Iterator[Faults]:
    yield live_server.faults  # type: ignore[attr-defined]
    live_server.faults.clear()  # type: ignore[attr-defined]


@pytest.fixture
def client(live_server: EmbeddedServer) -> Iterator[ApiClient]:
    api = ApiClient(live_server.url)
    yield api
    api.close()


@pytest.fixture
def agent_client(client: ApiClient) -> ApiClient:
    client.login("agent1", "demo")
    return client
