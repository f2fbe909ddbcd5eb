"""Run the reference server inside this process on a free loopback port.

Used by the desktop app's demo mode and by the tests. The socket is bound before the thread
starts, so the address is known at once and no other process can take the port.
"""

from __future__ import annotations

import logging
import socket
import threading
import time
from collections.abc import Callable
from pathlib import Path

import uvicorn

from ..logsafe import uvicorn_log_config
from .app import Settings, create_app
from .db import make_engine

log = logging.getLogger(__name__)


class EmbeddedServer:
    def __init__(self, settings: Settings, host: str = "127.0.0.1", port: int = 0) -> None:
        """`port` 0 takes a free port; a given port lets a restarted server keep its address."""
        self.settings = settings
        self.app = create_app(settings)
        # IPPROTO_TCP, not 0: asyncio sets TCP_NODELAY only then (else ~44 ms per request).
        self._sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        self._sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        self._sock.bind((host, port))
        self.host, self.port = self._sock.getsockname()[:2]
        # uvicorn's own loggers write to their own handlers: filtered like the app's (§6).
        config = uvicorn.Config(
            self.app, log_level="warning", http="httptools", loop="auto", access_log=False,
            log_config=uvicorn_log_config(),
        )
        self._server = uvicorn.Server(config)
        self._thread: threading.Thread | None = None

    @property
    def url(self) -> str:
        return f"http://{self.host}:{self.port}"

    def start(self, timeout: float = 10.0) -> EmbeddedServer:
        self._thread = threading.Thread(
            target=self._server.run, kwargs={"sockets": [self._sock]},
            name="embedded-server", daemon=True,
        )
        self._thread.start()
        deadline = time.monotonic() + timeout
        while not self._server.started:
            if not self._thread.is_alive() or time.monotonic() > deadline:
                raise RuntimeError("the embedded server did not start")
            time.sleep(0.01)
        log.info("embedded server on %s", self.url)
        return self

    def stop(self, timeout: float = 10.0) -> None:
        self._server.should_exit = True
        if self._thread is not None:
            self._thread.join(timeout)
        self._sock.close()
        self.settings.engine.dispose()


def demo_server(db_path: Path, *, members: int = 20_000, seed: int = 1,
                progress: Callable[[float], None] | None = None) -> EmbeddedServer:
    """Seed (first time only) and start a demo server over the SQLite file `db_path`.

    `progress` is called from this thread with the share of the seeding done (0.0 … 1.0)
    while a new demo database is filled; a caller with a window passes it on to its thread."""
    from .seed import seed_demo

    db_path.parent.mkdir(parents=True, exist_ok=True)
    _discard_outdated_demo(db_path)
    engine = make_engine(db_path)
    seed_demo(engine, members=members, seed=seed, progress=progress)
    return EmbeddedServer(Settings(engine=engine, demo=True)).start()


def _discard_outdated_demo(db_path: Path) -> None:
    """Demo data is disposable: a demo database the migrations cannot bring to this schema
    (from before them, or from a newer program) is rebuilt, as is one seeded with other demo
    data (seed.DEMO_DATA_VERSION: what trainers are told about it would not hold); any other
    is migrated."""
    import sqlite3

    from .migrations import MIGRATIONS, SCHEMA_VERSION
    from .seed import DEMO_DATA_VERSION

    if not db_path.exists():
        return
    with sqlite3.connect(db_path) as conn:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        try:
            meta = dict(conn.execute("SELECT key, value FROM meta WHERE key IN"
                                     " ('demo_seed', 'demo_data_version')").fetchall())
        except sqlite3.Error:  # no meta table (yet): nothing seeded to judge
            meta = {}
    if not MIGRATIONS[0].version <= version <= SCHEMA_VERSION:
        log.info("demo database has schema %s, not %s: rebuilding it", version, SCHEMA_VERSION)
    elif "demo_seed" in meta and meta.get("demo_data_version") != DEMO_DATA_VERSION:
        log.info("demo database holds demo data of version %s, not %s: rebuilding it",
                 meta.get("demo_data_version", "1"), DEMO_DATA_VERSION)
    else:
        return
    # Its audit checkpoints describe the discarded trail (the key file stays).
    for suffix in ("", "-wal", "-shm", ".audit-checkpoints"):
        Path(f"{db_path}{suffix}").unlink(missing_ok=True)
