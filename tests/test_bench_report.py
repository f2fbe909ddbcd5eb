"""docs/benchmarks.md is written from a run's figures: each with its floor, ratio, target and
whether it was met, and the machine and date. (Run as the command, `python -m bench.report`:
the tests never import bench/.)"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def _row(bench, name, value, floor, unit, target=None, target_of="value", note="",  # noqa: ANN001
         ok=None):
    ratio = value / floor if value is not None and floor else None
    return {"bench": bench, "name": name, "value": value, "floor": floor, "unit": unit,
            "target": target, "target_of": target_of, "note": note, "detail": {},
            "failed": False, "ratio": ratio, "over_floor": None, "ok": ok}


def test_the_report_shows_every_figure_against_its_floor_and_target(tmp_path):
    run = {"when": "2026-12-07T06:00:00+0000", "members": 1_000_000, "quick": False,
           "machine": {"cpus": 2, "platform": "Linux", "python": "3.11.7",
                       "loadavg_start": [1.5]},
           "rows": [_row("search", "member number p99", 0.8, 0.2, "ms", 5.0, ok=True),
                    _row("outbox", "write | per second", 300.0, 500.0, "ops/s", 0.7,
                         "ratio_at_least", "one commit each", ok=False),
                    _row("setup", "seed 1,000,000 members", 163.0, None, "s", 120.0,
                         ok=False)],
           "failed": {"gui_start": "boom"}}
    source, target = tmp_path / "run.json", tmp_path / "benchmarks.md"
    source.write_text(json.dumps(run), encoding="utf-8")
    subprocess.run([sys.executable, "-m", "bench.report", str(source), str(target)],
                   cwd=ROOT, check=True, capture_output=True, timeout=60)
    text = target.read_text(encoding="utf-8")
    assert "2026-12-07T06:00:00+0000, 1,000,000 demo members" in text
    assert "2 CPUs" in text and "1.50" in text
    assert "| member number p99 | 0.800 | 0.200 | ms | 4.0× | < 5.00 | yes |" in text
    assert "| write \\| per second | 300 | 500 | ops/s | 0.6× | ≥ 0.700× floor | **no** |" in text
    assert "| seed 1,000,000 members | 163 | - | s |  | < 120 | **no** |" in text
    assert "## Failed" in text and "gui_start" in text
