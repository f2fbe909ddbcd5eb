"""docs/benchmarks.md from a benchmark run's JSON: every figure with its floor, ratio and
target, and the machine and date it was measured on.

    python -m bench --report                      # run everything, then write the report
    python -m bench.report [bench/results/latest.json] [docs/benchmarks.md]   # from a run
"""

from __future__ import annotations

import json
import sys
from pathlib import Path
from typing import Any

from .common import RESULTS_DIR, _fmt

ROOT = Path(__file__).resolve().parents[1]
REPORT = ROOT / "docs" / "benchmarks.md"


def _cell(text: str) -> str:
    return text.replace("|", "\\|").replace("\n", " ")


def _target(row: dict[str, Any]) -> str:
    if row.get("target") is None:
        return ""
    if row["target_of"] == "ratio_at_least":
        return f"≥ {_fmt(row['target'])}× floor"
    suffix = {"value": "", "ratio": "× floor", "over_floor": " over the floor"}[row["target_of"]]
    return f"< {_fmt(row['target'])}{suffix}"


def markdown(report: dict[str, Any]) -> str:
    machine = report.get("machine", {})
    load = machine.get("loadavg_start") or [0.0]
    lines = [
        "# Benchmarks",
        "",
        "Written by `python -m bench --report` (bench/README.md says what each figure "
        "measures). Every figure is a value next to a floor measured in the same run on the "
        "same machine; the ratio is value ÷ floor, and a target bounds the value (or what the "
        "target column says). Other work on the machine shows in the p99 figures.",
        "",
        f"- Run: {report.get('when', '?')}, {report.get('members', 0):,} demo members"
        f"{' (quick: fewer repetitions)' if report.get('quick') else ''}",
        f"- Machine: {machine.get('cpus', '?')} CPUs, {machine.get('platform', '?')}, "
        f"Python {machine.get('python', '?')}; load average at the start {load[0]:.2f}",
        "",
    ]
    by_bench: dict[str, list[dict[str, Any]]] = {}
    for row in report.get("rows", []):
        by_bench.setdefault(row["bench"], []).append(row)
    for bench, rows in by_bench.items():
        lines += [f"## {bench}", "",
                  "| figure | value | floor | unit | ratio | target | met | note |",
                  "|---|---:|---:|---|---:|---|---|---|"]
        for r in rows:
            ratio = "" if r.get("ratio") is None else f"{r['ratio']:.1f}×"
            met = {True: "yes", False: "**no**", None: ""}[r.get("ok")]
            lines.append("| " + " | ".join(_cell(c) for c in (
                r["name"], _fmt(r["value"]), _fmt(r["floor"]), r["unit"], ratio, _target(r),
                met, r.get("note", ""))) + " |")
        lines.append("")
    failed = report.get("failed") or {}
    if failed:
        lines += ["## Failed", ""] + [f"- {name}: see the JSON's `failed`" for name in failed]
        lines.append("")
    return "\n".join(lines)


def write(report: dict[str, Any], path: Path = REPORT) -> Path:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(markdown(report), encoding="utf-8")
    return path


def main(argv: list[str]) -> int:
    source = Path(argv[0]) if argv else RESULTS_DIR / "latest.json"
    target = Path(argv[1]) if len(argv) > 1 else REPORT
    print(write(json.loads(source.read_text(encoding="utf-8")), target))
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
