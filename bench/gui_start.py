"""`gui_start`: cold start of the desktop app to a shown sign-in window, against a bare
QMainWindow start (both offscreen, each a fresh process, warm OS file cache).

The app reports the moment with `SUPPORTDESK_BENCH_EXIT_ON_SHOWN=1`: it prints
"SHOWN <time.monotonic_ns()>" once the sign-in window is on screen, then exits. The figure is
the time from spawning `python -m supportdesk.gui` to that line. The first start in a fresh
profile (no demo database yet) is reported on its own; the median is over later starts.
"""

from __future__ import annotations

from pathlib import Path

from .common import Row, summarize, unavailable
from .database import Context
from .gui_common import (
    APP_COMMAND,
    app_available,
    bare_window,
    compile_app,
    gui_env,
    new_profile,
    run_marked,
)

START_TIMEOUT_S = 120.0


class AppDidNotReport(RuntimeError):
    pass


TARGET_RATIO = 1.5


def measure_bare_start(count: int) -> list[float]:
    """ms from spawn to a shown bare QMainWindow, `count` starts."""
    return [run.markers_ms["SHOWN"] for run in bare_window(count)]


def _app_start(env: dict[str, str]) -> float:
    run = run_marked(APP_COMMAND, env, until="SHOWN", timeout=START_TIMEOUT_S)
    if "SHOWN" not in run.markers_ms:
        raise AppDidNotReport(f"no SHOWN line (exit code {run.exit_code}):\n{run.output_tail}")
    return run.markers_ms["SHOWN"]


def measure_cold_start(count: int) -> tuple[float, list[float], list[float]]:
    """ms from spawn to the app's shown sign-in window: (first start in a fresh profile,
    `count` later starts in that same profile, `count` bare-window starts taken in turn with
    them, so that both see the same machine). Raises AppDidNotReport if the app exits or
    hangs without printing SHOWN."""
    with new_profile() as tmp:
        env = gui_env(Path(tmp), SUPPORTDESK_BENCH_EXIT_ON_SHOWN="1")
        first = _app_start(env)
        later, bare = [], []
        for _ in range(count):
            bare += measure_bare_start(1)
            later.append(_app_start(env))
    return first, later, bare


def run(ctx: Context) -> list[Row]:
    count = ctx.scaled(20, 3)  # this machine's start times spread by ±25 %: 10 was too few
    if not app_available():
        bare = summarize(measure_bare_start(count))
        return [Row("gui_start", "floor: bare QMainWindow shown p50", bare["p50"], None, "ms",
                    detail=bare),
                unavailable("gui_start", "app sign-in shown p50", "supportdesk.gui.app is missing")]
    compile_app()
    try:
        first, later, bare_times = measure_cold_start(count)
    except AppDidNotReport as exc:
        ctx.log(f"  gui_start: {exc}")
        return [unavailable("gui_start", "app sign-in shown p50", str(exc).splitlines()[0])]
    app, bare = summarize(later), summarize(bare_times)
    return [
        Row("gui_start", "floor: bare QMainWindow shown p50", bare["p50"], None, "ms",
            note="python -c: QApplication + QMainWindow.show(), started in turn with the app",
            detail=bare),
        Row("gui_start", "app sign-in shown p50", app["p50"], bare["p50"], "ms",
            target=TARGET_RATIO, target_of="ratio", detail=app,
            note=f"n={len(later)}; fastest of each: {min(later):.0f} / {min(bare_times):.0f} ms "
                 f"({min(later) / min(bare_times):.2f}x)"),
        Row("gui_start", "app sign-in shown, first start", first, bare["p50"], "ms",
            note="fresh profile: no demo database yet"),
    ]
