"""The server tests run on both engines: every test that uses `live_server` or
`private_servers` runs once over a copy of the seeded SQLite file and once over a copy of
the seeded PostgreSQL database (test ids end in [sqlite] / [postgresql]). Tests about the
SQLite file itself (`sqlite3`, the audit key beside it) use `seeded_db` and run once."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest

from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer

from ..helpers.servers import (
    Faults,
    PrivateServers,
    SeededPostgres,
    copy_database,
    postgres_audit_env,
    server_settings,
)

ENGINES = ("sqlite", "postgresql")


def pytest_generate_tests(metafunc: pytest.Metafunc) -> None:
    if "engine_kind" in metafunc.fixturenames:
        metafunc.parametrize("engine_kind", ENGINES, scope="session")


@pytest.fixture(scope="session")
def seeded(engine_kind: str, request: pytest.FixtureRequest) -> Path | SeededPostgres:
    """The seeded demo database of this engine (requested lazily: a SQLite-only run never
    starts the cluster)."""
    return request.getfixturevalue("seeded_db" if engine_kind == "sqlite"
                                   else "seeded_postgres")


@pytest.fixture(scope="session")
def live_server(seeded: Path | SeededPostgres,
                tmp_path_factory: pytest.TempPathFactory) -> Iterator[EmbeddedServer]:
    """One shared server per engine for the server tests (the GUI's is tests/conftest.py's)."""
    folder = tmp_path_factory.mktemp("shared")
    database = (copy_database(seeded, folder / "shared.sqlite") if isinstance(seeded, Path)
                else seeded.copy())
    faults = Faults()
    server = EmbeddedServer(Settings(engine=make_engine(database), demo=True,
                                     fault_hooks=[faults],
                                     **server_settings(database, folder)))
    server.faults = faults  # type: ignore[attr-defined]
    server.start()
    yield server
    server.stop()


@pytest.fixture
def private_servers(seeded: Path | SeededPostgres, tmp_path: Path,
                    monkeypatch: pytest.MonkeyPatch) -> Iterator[PrivateServers]:
    if isinstance(seeded, SeededPostgres):
        for name, value in postgres_audit_env(tmp_path).items():
            monkeypatch.setenv(name, value)
    servers = PrivateServers(seeded, tmp_path)
    yield servers
    servers.stop_all()
