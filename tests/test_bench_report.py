"""docs/benchmarks.md is written from a run's figures: each with its floor, ratio, target and
whether it was met, and the machine and date."""

from __future__ import annotations

from bench.common import Row
from bench.report import markdown


def test_the_report_shows_every_figure_against_its_floor_and_target():
    rows = [Row("search", "member number p99", 0.8, 0.2, "ms", target=5.0),
            Row("outbox", "write | per second", 300.0, 500.0, "ops/s", target=0.7,
                target_of="ratio_at_least", note="one commit each"),
            Row("setup", "seed 1,000,000 members", 163.0, None, "s", target=120.0)]
    text = markdown({"when": "2026-12-07T06:00:00+0000", "members": 1_000_000, "quick": False,
                     "machine": {"cpus": 2, "platform": "Linux", "python": "3.11.7",
                                 "loadavg_start": [1.5]},
                     "rows": [r.as_json() for r in rows], "failed": {"gui_start": "boom"}})
    assert "2026-12-07T06:00:00+0000, 1,000,000 demo members" in text
    assert "2 CPUs" in text and "1.50" in text
    assert "| member number p99 | 0.800 | 0.200 | ms | 4.0× | < 5.00 | yes |" in text
    assert "| write \\| per second | 300 | 500 | ops/s | 0.6× | ≥ 0.700× floor | **no** |" in text
    assert "| seed 1,000,000 members | 163 | - | s |  | < 120 | **no** |" in text
    assert "## Failed" in text and "gui_start" in text
