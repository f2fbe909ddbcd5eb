"""Shared fixtures: a real reference server on loopback over a real SQLite file; the server
tests (tests/server/conftest.py) run over a real PostgreSQL cluster too."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import TYPE_CHECKING

import keyring
import pytest

from supportdesk.api.client import ApiClient
from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer
from supportdesk.server.seed import seed_demo

from .helpers.demo import TEST_MEMBERS
from .helpers.logfail import fail_on_unexpected_log  # noqa: F401 - autouse: a warning fails
from .helpers.memkeyring import MemoryKeyring, no_keyring  # the OS keyring's stand-ins
from .helpers.servers import (
    POSTGRES_AUDIT_KEY,
    Faults,
    PrivateServers,
    SeededPostgres,
    copy_database,
)

if TYPE_CHECKING:
    from .helpers.postgres import PostgresCluster


@pytest.fixture
def memory_keyring() -> Iterator[MemoryKeyring]:
    previous = keyring.get_keyring()
    backend = MemoryKeyring()
    keyring.set_keyring(backend)
    try:
        yield backend
    finally:
        keyring.set_keyring(previous)


@pytest.fixture(name="no_keyring")
def no_keyring_fixture() -> Iterator[None]:
    """No secure keyring at all: the store's key is wrapped by the agent's password."""
    with no_keyring():
        yield


@pytest.fixture(scope="session")
def seeded_db(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The demo database as seeded, never served: servers run on copies of it, so a private
    server does not inherit what other tests did on the shared one (an agent's daily limit
    used up, say)."""
    path = tmp_path_factory.mktemp("server") / "demo.sqlite"
    engine = make_engine(path)
    seed_demo(engine, members=TEST_MEMBERS, seed=1)
    engine.dispose()
    return path


@pytest.fixture(scope="session")
def postgres() -> Iterator[PostgresCluster]:
    """The test run's own PostgreSQL cluster (tests/helpers/postgres.py), started when a test
    first needs it."""
    from .helpers.postgres import PostgresCluster

    cluster = PostgresCluster().start()
    yield cluster
    cluster.stop()


@pytest.fixture(scope="session")
def seeded_postgres(postgres: PostgresCluster) -> SeededPostgres:
    """The demo database as seeded on PostgreSQL, never served: a template for copies."""
    from supportdesk.server import audit

    name = postgres.create_database("seeded")
    engine = make_engine(postgres.url(name))
    audit.use_key(engine, POSTGRES_AUDIT_KEY)
    seed_demo(engine, members=TEST_MEMBERS, seed=1)
    engine.dispose()
    return SeededPostgres(postgres, name)


@pytest.fixture(scope="session")
def live_server(seeded_db: Path) -> Iterator[EmbeddedServer]:
    faults = Faults()
    shared = copy_database(seeded_db, seeded_db.with_name("shared.sqlite"))
    server = EmbeddedServer(Settings(engine=make_engine(shared), demo=True,
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


@pytest.fixture
def private_servers(seeded_db: Path, tmp_path: Path) -> Iterator[PrivateServers]:
    servers = PrivateServers(seeded_db, tmp_path)
    yield servers
    servers.stop_all()
