"""A private PostgreSQL cluster for the test run: the distribution's binaries (scripts/
bootstrap.sh installs them), `initdb` into a temporary folder, listening on 127.0.0.1 at a
free port only, trust authentication, no fsync (a test cluster loses nothing worth keeping).
`initdb` refuses to run as root: as root the cluster runs as the `postgres` user that the
package creates. Databases are made from a seeded template (CREATE DATABASE … TEMPLATE is a
file copy), the way tests copy the seeded SQLite file."""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
import uuid
from pathlib import Path

import psycopg

ADMIN_DB = "postgres"


def _bindir() -> Path:
    found = shutil.which("pg_config")
    if found:
        out = subprocess.run([found, "--bindir"], capture_output=True, text=True, check=False)
        candidate = Path(out.stdout.strip())
        if (candidate / "initdb").exists():
            return candidate
    versions = sorted(glob.glob("/usr/lib/postgresql/*/bin/initdb"),
                      key=lambda p: int(Path(p).parent.parent.name))
    if versions:
        return Path(versions[-1]).parent
    raise RuntimeError(
        "PostgreSQL's server binaries are not installed (no initdb): the server tests run on "
        "PostgreSQL too. On Debian/Ubuntu: apt-get install postgresql (scripts/bootstrap.sh "
        "test does it when it may).")


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return s.getsockname()[1]


class PostgresCluster:
    """A cluster in a temporary folder, removed when stopped; or, for the benchmarks, in a
    `folder` kept between runs (started again from its data) with `durable` settings: fsync
    and synchronous commit on, as a production server runs."""

    def __init__(self, folder: Path | None = None, *, durable: bool = False) -> None:
        self.bindir = _bindir()
        self.keep = folder is not None
        self.durable = durable
        if folder is None:
            folder = Path(tempfile.mkdtemp(prefix="sd-pg-"))
        folder.mkdir(parents=True, exist_ok=True)
        self.folder = folder.resolve()
        self.data = self.folder / "data"
        self.port = _free_port()
        self.as_user: list[str] = []
        if os.geteuid() == 0:
            shutil.chown(self.folder, "postgres")
            self.folder.chmod(0o700)
            self.as_user = ["runuser", "-u", "postgres", "--"]

    def _run(self, *args: str) -> None:
        result = subprocess.run([*self.as_user, *args], capture_output=True, text=True,
                                check=False)
        if result.returncode:
            raise RuntimeError(f"{' '.join(args)} failed:\n{result.stdout}{result.stderr}")

    def start(self) -> PostgresCluster:
        if not (self.data / "PG_VERSION").exists():
            self._run(str(self.bindir / "initdb"), "-D", str(self.data), "-A", "trust",
                      "-U", "postgres", "-E", "UTF8", "--locale=C.UTF-8", "--no-sync")
        options = (f"-p {self.port} -k {self.folder} -c listen_addresses=127.0.0.1"
                   " -c max_connections=300")
        if self.durable:
            options += " -c shared_buffers=1GB -c max_wal_size=4GB"
        else:
            options += (" -c fsync=off -c synchronous_commit=off -c full_page_writes=off"
                        " -c shared_buffers=128MB")
        self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data), "-o", options,
                  "-l", str(self.folder / "server.log"), "-w", "start")
        return self

    def stop(self) -> None:
        try:
            self._run(str(self.bindir / "pg_ctl"), "-D", str(self.data),
                      "-m", "fast" if self.keep else "immediate", "-w", "stop")
        finally:
            if not self.keep:
                shutil.rmtree(self.folder, ignore_errors=True)

    def databases(self) -> set[str]:
        with self._admin() as conn:
            return {row[0] for row in conn.execute("SELECT datname FROM pg_database")}

    def url(self, database: str) -> str:
        return f"postgresql+psycopg://postgres@127.0.0.1:{self.port}/{database}"

    def _admin(self) -> psycopg.Connection:
        return psycopg.connect(host="127.0.0.1", port=self.port, user="postgres",
                               dbname=ADMIN_DB, autocommit=True)

    def create_database(self, name: str | None = None, *, template: str | None = None,
                        collation: str | None = None) -> str:
        """A new database (a copy of `template` if given); its name."""
        name = name or f"t_{uuid.uuid4().hex[:12]}"
        sql = f'CREATE DATABASE "{name}"'
        if template:
            sql += f' TEMPLATE "{template}"'
        if collation:
            sql += (f" TEMPLATE template0 LC_COLLATE '{collation}' LC_CTYPE '{collation}'"
                    if not template else "")
        with self._admin() as conn:
            conn.execute(sql)
        return name

    def drop_database(self, name: str) -> None:
        with self._admin() as conn:
            conn.execute(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
