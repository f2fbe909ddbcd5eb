"""`python -m bench [--members N] [--only NAME[,NAME]] [--out FILE]`: run the benchmarks, print
a table of figures (each against a floor measured in the same run) and write them as JSON."""

from __future__ import annotations

import argparse
import importlib
import json
import os
import platform
import sys
import time
import traceback
from pathlib import Path

from .common import RESULTS_DIR, Row, format_table
from .database import Context
from .report import REPORT
from .report import write as write_report

BENCHMARKS = ("search", "client", "server_rss", "gui_start", "gui_memory", "gui_stall",
              "outbox", "remediation", "frozen", "scale")


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--members", type=int, default=1_000_000,
                        help="members in the seeded database (default 1,000,000)")
    parser.add_argument("--seed", type=int, default=1, help="demo data seed")
    parser.add_argument("--only", default="",
                        help=f"comma-separated subset of: {', '.join(BENCHMARKS)}")
    parser.add_argument("--quick", action="store_true",
                        help="fewer repetitions (a smoke run; figures are noisier)")
    parser.add_argument("--fix-indexes", action="store_true",
                        help="run on a copy of the seeded database with the indexes that the "
                             "server's schema declares but the seeding left out")
    parser.add_argument("--postgres", metavar="URL", default=None,
                        help="scale: an empty PostgreSQL database to seed and measure (default: "
                             "the benchmarks' own cluster in bench/results/pg/)")
    parser.add_argument("--parts", default="search,throughput,audit",
                        help="scale: which of search, throughput, audit to measure (the "
                             "seeding figures always; e.g. --members 5000000 --parts search)")
    parser.add_argument("--out", type=Path, default=RESULTS_DIR / "latest.json")
    parser.add_argument("--report", nargs="?", type=Path, const=REPORT, default=None,
                        metavar="FILE", help=f"also write the figures as Markdown (default "
                                             f"{REPORT.relative_to(REPORT.parents[1])})")
    args = parser.parse_args(argv)
    chosen = [name.strip() for name in args.only.split(",") if name.strip()] or list(BENCHMARKS)
    unknown = sorted(set(chosen) - set(BENCHMARKS))
    if unknown:
        parser.error(f"unknown benchmark(s) {', '.join(unknown)}; choose from "
                     f"{', '.join(BENCHMARKS)}")
    args.chosen = chosen
    return args


def log(message: str) -> None:
    print(message, file=sys.stderr, flush=True)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(argv)
    ctx = Context(members=args.members, seed=args.seed, quick=args.quick,
                  fix_indexes=args.fix_indexes, log=log, postgres_url=args.postgres,
                  parts=tuple(p.strip() for p in args.parts.split(",") if p.strip()))
    load_start = os.getloadavg()  # other work on the machine skews the figures: keep a note
    rows: list[Row] = []
    timings: dict[str, float] = {}
    failed: dict[str, str] = {}
    for name in args.chosen:
        log(f"[{name}]")
        started = time.perf_counter()
        try:
            rows += importlib.import_module(f"bench.{name}").run(ctx)
        except Exception:  # noqa: BLE001 - one broken benchmark must not hide the others
            failed[name] = traceback.format_exc()
            log(failed[name])
            rows.append(Row(name, "FAILED", None, None, "", note="see the log / JSON 'failed'"))
        timings[name] = time.perf_counter() - started
        log(f"  {name}: {timings[name]:.1f} s")

    if ctx.used_db:
        rows[:0] = setup_rows(ctx)
    print(format_table(rows))
    report = {
        "when": time.strftime("%Y-%m-%dT%H:%M:%S%z"),
        "members": args.members,
        "seed": args.seed,
        "quick": args.quick,
        "machine": {"python": platform.python_version(), "platform": platform.platform(),
                    "cpus": os.cpu_count(), "loadavg_start": load_start,
                    "loadavg_end": os.getloadavg()},
        "database": None if not ctx.used_db else {
            "path": str(ctx.db.path), "seeded_now": ctx.seeded.seeded_now,
            "seed_seconds": ctx.seeded.seed_seconds, "missing_indexes": ctx.missing,
            "fix_indexes": args.fix_indexes, "index_seconds": ctx.index_seconds},
        "seconds": timings,
        "rows": [row.as_json() for row in rows],
        "failed": failed,
    }
    args.out.parent.mkdir(parents=True, exist_ok=True)
    args.out.write_text(json.dumps(report, indent=2, ensure_ascii=False))
    log(f"wrote {args.out}")
    if args.report is not None:
        log(f"wrote {write_report(report, args.report)}")
    return 1 if failed else 0


def setup_rows(ctx: Context) -> list[Row]:
    seeded = ctx.seeded
    how = "seeded in this run" if seeded.seeded_now else "cached; seeding took"
    rows = [Row("setup", f"seed {seeded.members:,} members ({how})", seeded.seed_seconds, None,
                "s", target=120.0 if seeded.members == 1_000_000 else None,
                note=f"supportdesk-server --demo, to its serving line; {seeded.path.name}")]
    rows.append(Row("setup", "schema indexes missing after seeding", len(ctx.missing), None, "",
                    target=1, note=", ".join(ctx.missing)))
    if ctx.fix_indexes and ctx.missing:
        rows.append(Row("setup", "creating them (--fix-indexes)", ctx.index_seconds, None, "s",
                        note=f"benchmarks ran on {ctx.db.path.name}"))
    return rows


if __name__ == "__main__":
    sys.exit(main())
