"""`python -m bench.seed_scale --members N [--db SQLITE_FILE | --url POSTGRESQL_URL]`: seed the
demo at scale and report what an operator sizes by — members per second, the peak memory of
the seeding process and of its worker processes (each, not summed), and the database's size.

Issue 18 asks for memory under 1 GB whatever the member count and 1,000,000 members in under
two minutes on either engine; this is the measurement, run by hand or from the benchmark
report (it needs minutes and a PostgreSQL server for the second engine).
"""

from __future__ import annotations

import argparse
import json
import resource
import sys
import tempfile
import time
from pathlib import Path


def _mb(kilobytes: int) -> float:
    return round(kilobytes / 1024, 1)  # ru_maxrss is in KiB on Linux


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.seed_scale")
    parser.add_argument("--members", type=int, default=1_000_000)
    parser.add_argument("--db", type=Path, help="a SQLite file to create (default: a temp file)")
    parser.add_argument("--url", help="a PostgreSQL URL of an empty database instead")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args(argv)

    from sqlalchemy import text

    from supportdesk.server import audit
    from supportdesk.server.db import make_engine
    from supportdesk.server.seed import seed_demo

    target = args.url or str(args.db or Path(tempfile.mkdtemp(prefix="sd-seed-")) / "s.sqlite")
    engine = make_engine(target)
    audit.use_key(engine, bytes(32))  # no key file to make: only the seeding is measured
    started = time.perf_counter()
    marks: dict[str, float] = {}

    def progress(share: float) -> None:  # when each phase ended (seed.py's shares)
        phase = "rows" if share <= 0.8 else "indexes" if share <= 0.9 else "the rest"
        marks[phase] = time.perf_counter() - started

    seed_demo(engine, members=args.members, seed=args.seed, progress=progress)
    seconds = time.perf_counter() - started
    ends = [0.0] + [marks[p] for p in ("rows", "indexes", "the rest") if p in marks]
    phases = {p: round(b - a, 1) for p, a, b in zip(("rows", "indexes", "the rest"), ends,
                                                     ends[1:])}
    with engine.connect() as conn:
        if engine.dialect.name == "postgresql":
            size = conn.execute(text("SELECT pg_database_size(current_database())")).scalar_one()
        else:
            size = Path(target).stat().st_size
        ledger = conn.execute(text("SELECT count(*) FROM ledger")).scalar_one()
    engine.dispose()
    result = {
        "engine": engine.dialect.name,
        "members": args.members,
        "ledger_entries": ledger,
        "seconds": round(seconds, 1),
        "phases_seconds": phases,  # rows; indexes; requests, awards, name keys, ANALYZE
        "members_per_second": round(args.members / seconds),
        "peak_mb_seeding_process": _mb(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss),
        "peak_mb_largest_worker": _mb(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss),
        "database_mb": round(size / 2**20),
    }
    json.dump(result, sys.stdout, indent=1)
    print()
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
