"""Shared fixtures: a real reference server on loopback over a real SQLite file."""

from __future__ import annotations

import asyncio
from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest

from supportdesk.api.client import ApiClient
from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer
from supportdesk.server.seed import seed_demo

from .helpers.demo import TEST_MEMBERS
from .helpers.memkeyring import MemoryKeyring  # the OS keyring's stand-in


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
def signed_in(live_server: EmbeddedServer):  # noqa: ANN201
    """sign_in(username, **client options) → an ApiClient of its own per person (one token
    per client), signed in to the shared server; closed afterwards."""
    clients: list[ApiClient] = []

    def sign_in(username: str, **options) -> ApiClient:  # noqa: ANN003
        api = ApiClient(live_server.url, **options)
        api.login(username, "demo")
        clients.append(api)
        return api

    yield sign_in
    for api in clients:
        api.close()


@pytest.fixture
def agent_client(client: ApiClient) -> ApiClient:
    client.login("agent1", "demo")
    return client


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (the backup API), even while it is in use."""
    import sqlite3

    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


class PrivateServers:
    """Reference servers over private copies of the seeded database, for tests that change
    server-wide state (maintenance, restarts, switched-off de-duplication)."""

    def __init__(self, seeded: Path, folder: Path) -> None:
        self.seeded = seeded
        self.folder = folder
        self.running: list[EmbeddedServer] = []

    def database(self, name: str = "private.sqlite") -> Path:
        path = self.folder / name
        if not path.exists():
            copy_database(self.seeded, path)
        return path

    def start(self, db_path: Path | None = None, *, port: int = 0,
              **settings: object) -> EmbeddedServer:
        path = db_path or self.database()
        server = EmbeddedServer(Settings(engine=make_engine(path), demo=True, **settings),
                                port=port)
        self.running.append(server.start())
        return server

    def stop(self, server: EmbeddedServer) -> None:
        server.stop()
        self.running.remove(server)

    def stop_all(self) -> None:
        for server in list(self.running):
            self.stop(server)


@pytest.fixture
def private_servers(seeded_db: Path, tmp_path: Path) -> Iterator[PrivateServers]:
    servers = PrivateServers(seeded_db, tmp_path)
    yield servers
    servers.stop_all()
