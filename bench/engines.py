"""The seeded databases of the `scale` benchmark, one per engine, made by `bench.seed_scale`
(which measures the seeding: time, peak memory, size) and cached with those figures:

- SQLite: bench/results/db/scale-N-seed-S.sqlite (+ .json);
- PostgreSQL: a database `scale_N_seed_S` in a cluster of the benchmarks' own, kept in
  bench/results/pg/ between runs and running as a production server does (fsync and
  synchronous commit on, shared_buffers 1 GB), started and stopped by the run; or the empty
  database `--postgres URL` names (then seeded in every run).

Both are signed with an all-zero audit key: the figures, not the trail, are what is kept.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from .common import PROJECT_DIR, PYTHON, RESULTS_DIR

PG_DIR = RESULTS_DIR / "pg"
DB_DIR = RESULTS_DIR / "db"
BENCH_KEY = "00" * 32


@dataclass
class Target:
    """One engine's seeded database: what a server is started with, and how it was seeded."""

    engine: str  # "sqlite" | "postgresql"
    db: Path | str  # a SQLite file, or a PostgreSQL URL
    seeding: dict  # bench.seed_scale's figures
    env: dict[str, str]  # the server's environment: the audit key of a PostgreSQL database


def _key_file() -> Path:
    path = DB_DIR / "scale.audit-key"
    if not path.exists():
        DB_DIR.mkdir(parents=True, exist_ok=True)
        path.write_text(BENCH_KEY + "\n", encoding="ascii")
        path.chmod(0o600)
    return path


def _seed(members: int, seed: int, where: list[str], log) -> dict:  # noqa: ANN001
    log(f"  seeding {members:,} members: python -m bench.seed_scale {' '.join(where)}")
    started = time.perf_counter()
    out = subprocess.run([PYTHON, "-m", "bench.seed_scale", "--members", str(members),
                          "--seed", str(seed), *where], cwd=PROJECT_DIR, check=False,
                         capture_output=True, text=True, timeout=600 + members / 1000)
    if out.returncode:
        raise RuntimeError(f"seeding failed ({out.returncode}): {out.stderr[-3000:]}")
    figures = json.loads(out.stdout)
    figures["seeded_at"] = time.strftime("%Y-%m-%dT%H:%M:%S")
    log(f"  seeded in {time.perf_counter() - started:.0f} s: {figures}")
    return figures


def sqlite_target(members: int, seed: int, log=print) -> Target:  # noqa: ANN001
    from supportdesk.server import audit

    path = DB_DIR / f"scale-{members}-seed-{seed}.sqlite"
    meta = path.with_suffix(".json")
    if not (path.exists() and meta.exists()):
        for leftover in path.parent.glob(path.name + "*"):
            leftover.unlink()
        DB_DIR.mkdir(parents=True, exist_ok=True)
        meta.write_text(json.dumps(_seed(members, seed, ["--db", str(path)], log)))
        key = path.with_name(path.name + ".audit-key")  # where the server looks for it
        key.write_text(BENCH_KEY + "\n", encoding="ascii")
        key.chmod(0o600)
    return Target("sqlite", path, json.loads(meta.read_text()), {audit.KEY_ENV: ""})


class BenchPostgres:
    """The benchmarks' PostgreSQL: a given URL's server, or our own cluster in PG_DIR."""

    def __init__(self, url: str | None = None) -> None:
        self.url = url
        self.cluster = None

    def __enter__(self) -> BenchPostgres:
        if self.url is None:
            sys.path.insert(0, str(PROJECT_DIR))
            from tests.helpers.postgres import PostgresCluster

            self.cluster = PostgresCluster(PG_DIR, durable=True).start()
        return self

    def __exit__(self, *exc: object) -> None:
        if self.cluster is not None:
            self.cluster.stop()

    def target(self, members: int, seed: int, log=print) -> Target:  # noqa: ANN001
        from supportdesk.server import audit

        env = {audit.KEY_ENV: str(_key_file()),
               audit.CHECKPOINTS_ENV: str(DB_DIR / "scale.audit-checkpoints")}
        if self.url is not None:  # an operator's database: seeded afresh every run
            return Target("postgresql", self.url,
                          _seed(members, seed, ["--url", self.url], log), env)
        name = f"scale_{members}_seed_{seed}"
        meta = PG_DIR / f"{name}.json"
        if name not in self.cluster.databases() or not meta.exists():
            self.cluster.drop_database(name)
            self.cluster.create_database(name)
            meta.write_text(json.dumps(_seed(members, seed, ["--url", self.cluster.url(name)],
                                             log)))
        return Target("postgresql", self.cluster.url(name), json.loads(meta.read_text()), env)


def cpu_busy() -> tuple[int, int]:
    """(busy, total) jiffies of the whole machine so far, from /proc/stat."""
    fields = [int(x) for x in Path("/proc/stat").read_text().split("\n", 1)[0].split()[1:]]
    idle = fields[3] + fields[4]  # idle + iowait
    return sum(fields) - idle, sum(fields)


def cpu_share(before: tuple[int, int], after: tuple[int, int]) -> float:
    """The share of the machine's CPU time that was busy between two cpu_busy() readings."""
    busy, total = after[0] - before[0], after[1] - before[1]
    return busy / total if total else 0.0


CPUS = os.cpu_count() or 1
_TICKS = os.sysconf("SC_CLK_TCK")


def _stat(pid: str) -> list[str] | None:
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text[text.rindex(")") + 2:].split()  # the fields after "pid (comm)"


def cpu_seconds(server_group: int) -> dict[str, float]:
    """CPU seconds used so far by the server's processes (its process group: they live as
    long as the server), by this process (the load generator), and by the whole machine. The
    rest — the machine's less those two — is the database (PostgreSQL's processes come and go
    with the pools' connections, so they are not counted one by one) and the kernel's share."""
    out = {"server": 0.0, "clients": time.process_time(),
           "machine": cpu_busy()[0] / _TICKS}
    for pid in os.listdir("/proc"):
        fields = _stat(pid) if pid.isdigit() else None
        if fields is not None and int(fields[2]) == server_group:  # pgrp
            out["server"] += (int(fields[11]) + int(fields[12])) / _TICKS  # utime + stime
    return out
