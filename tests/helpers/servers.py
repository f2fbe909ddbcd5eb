"""Reference servers for tests: fault hooks that misbehave on purpose, servers over private
copies of the seeded database (the fixtures in tests/conftest.py hand them out), and server
processes of their own."""

from __future__ import annotations

import asyncio
import shutil
import socket
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import requests

from supportdesk.server.app import Settings
from supportdesk.server.db import make_engine
from supportdesk.server.embedded import EmbeddedServer


class Faults:
    """Server-side hooks that misbehave on purpose: slow down requests whose path or query
    string contains a needle, or answer a different path than the one asked (the
    wrong-profile bug)."""

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


def copy_database(source: Path, target: Path) -> Path:
    """A consistent copy of a SQLite database (the backup API), even while it is in use, with
    its audit key file (the copy's entries verify under the same key)."""
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    key = source.with_name(source.name + ".audit-key")
    if key.exists():
        shutil.copyfile(key, target.with_name(target.name + ".audit-key"))
    return target


# The audit chain's key of every PostgreSQL test database (a SQLite copy has its key file).
POSTGRES_AUDIT_KEY = bytes(range(32))


class SeededPostgres:
    """The seeded demo database on the test run's PostgreSQL cluster, as a template: a copy
    is CREATE DATABASE … TEMPLATE (a file copy, like copying the SQLite file)."""

    def __init__(self, cluster, template: str) -> None:  # noqa: ANN001 - PostgresCluster
        self.cluster = cluster
        self.template = template

    def copy(self) -> str:
        return self.cluster.url(self.cluster.create_database(template=self.template))


Database = Path | str  # a SQLite file, or a PostgreSQL URL


def postgres_audit_env(folder: Path) -> dict[str, str]:
    """A PostgreSQL database has no file to keep its audit key beside: the key file and the
    checkpoint file where IT would put them, as the environment the server, its commands and
    the processes a test starts read (server/audit.py)."""
    from supportdesk.server import audit

    key = folder / "audit-key"
    if not key.exists():
        key.write_text(POSTGRES_AUDIT_KEY.hex() + "\n", encoding="ascii")
        key.chmod(0o600)
    return {audit.KEY_ENV: str(key), audit.CHECKPOINTS_ENV: str(folder / "audit-checkpoints")}


def server_settings(database: Database, folder: Path) -> dict[str, object]:
    """What a server over `database` needs beyond the engine: on PostgreSQL, the audit key
    and a checkpoint file (a SQLite file has them beside it)."""
    if isinstance(database, Path):
        return {}
    return {"audit_key": POSTGRES_AUDIT_KEY,
            "audit_checkpoints": folder / f"{database.rsplit('/', 1)[-1]}.audit-checkpoints"}


class PrivateServers:
    """Reference servers over private copies of the seeded database (a SQLite file, or a
    PostgreSQL template), for tests that change server-wide state (maintenance, restarts,
    switched-off de-duplication)."""

    def __init__(self, seeded: Path | SeededPostgres, folder: Path) -> None:
        self.seeded = seeded
        self.folder = folder
        self.running: list[EmbeddedServer] = []
        self._copies: dict[str, str] = {}

    @property
    def engine_kind(self) -> str:
        return "sqlite" if isinstance(self.seeded, Path) else "postgresql"

    def database(self, name: str = "private.sqlite") -> Database:
        if isinstance(self.seeded, SeededPostgres):
            if name not in self._copies:
                self._copies[name] = self.seeded.copy()
            return self._copies[name]
        path = self.folder / name
        if not path.exists():
            copy_database(self.seeded, path)
        return path

    def start(self, db_path: Database | None = None, *, port: int = 0,
              **settings: object) -> EmbeddedServer:
        database = db_path or self.database()
        # On PostgreSQL the audit key and checkpoints come from the environment, as for IT's
        # servers (tests/server/conftest.py sets it).
        server = EmbeddedServer(Settings(engine=make_engine(database), demo=True, **settings),
                                port=port)
        self.running.append(server.start())
        return server

    def stop(self, server: EmbeddedServer) -> None:
        server.stop()
        self.running.remove(server)

    def stop_all(self) -> None:
        for server in list(self.running):
            self.stop(server)


class ServerProcess:
    """`supportdesk-server` as IT runs it: its own process (own token cache, own pool) over a
    database file that other processes share; its output goes to `log_path`."""

    def __init__(self, db_path: Database, log_path: Path, *, workers: int = 1) -> None:
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        self._log = log_path.open("w")
        self._process = subprocess.Popen(
            [sys.executable, "-m", "supportdesk.server", "--db", str(db_path),
             "--port", str(self.port), "--log-level", "warning", "--workers", str(workers)],
            stdout=self._log, stderr=subprocess.STDOUT)

    def wait_ready(self, timeout: float = 60.0) -> ServerProcess:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if self._process.poll() is not None:
                break
            try:
                if requests.get(f"{self.url}/api/v1/health", timeout=2).status_code == 200:
                    return self
            except requests.ConnectionError:
                time.sleep(0.05)
        self.stop()
        raise RuntimeError(f"the server process did not start; see {self._log.name}")

    def stop(self) -> None:
        if self._process.poll() is None:
            self._process.terminate()
            try:
                self._process.wait(10)
            except subprocess.TimeoutExpired:
                self._process.kill()
                self._process.wait(10)
        self._log.close()


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]
