"""`frozen`: the frozen app (`build_installer.py freeze`: PyInstaller, one folder) against the
app run from the virtualenv, in the same run: start to a shown sign-in window, and the size
of what is installed.

Start: the frozen `build/dist/supportdesk/supportdesk` and `python -m supportdesk.gui`, each
with `SUPPORTDESK_BENCH_EXIT_ON_SHOWN=1` (the app prints "SHOWN" once the sign-in window has
been painted, as in `gui_start`), offscreen, in one throw-away profile, started in turn so
that both see the same machine; after one unmeasured start of each (it seeds the demo
database). Value: the frozen app's median; floor: the venv app's median.

Size: the frozen folder (bytes of its files), with its largest parts in the note and, where
`build_installer.py package` has run, the .deb and .tar.gz. No floor: the venv holds the
test and build tools too, so it is no like-for-like reference.
"""

from __future__ import annotations

import sys
from pathlib import Path

from .common import PROJECT_DIR, Row, summarize, unavailable
from .database import Context
from .gui_common import APP_COMMAND, compile_app, gui_env, new_profile, run_marked

FROZEN_DIR = PROJECT_DIR / "build" / "dist" / "supportdesk"
PACKAGES_DIR = PROJECT_DIR / "build" / "packages"
FROZEN_APP = FROZEN_DIR / ("supportdesk.exe" if sys.platform == "win32" else "supportdesk")
START_TIMEOUT_S = 120.0
TARGET_RATIO = 1.2  # the frozen start may not be much slower than the venv's


def _start(command: list[str], env: dict[str, str]) -> float:
    run = run_marked(command, env, until="SHOWN", timeout=START_TIMEOUT_S)
    if "SHOWN" not in run.markers_ms:
        raise RuntimeError(f"{command[0]}: no SHOWN line (exit code {run.exit_code}):\n"
                           f"{run.output_tail}")
    return run.markers_ms["SHOWN"]


def measure_starts(count: int) -> tuple[list[float], list[float]]:
    """ms to the shown sign-in: (frozen starts, venv starts), `count` each, taken in turn."""
    with new_profile() as tmp:
        env = gui_env(Path(tmp), SUPPORTDESK_BENCH_EXIT_ON_SHOWN="1")
        _start([str(FROZEN_APP)], env)  # seeds the demo database; not measured
        _start(APP_COMMAND, env)
        frozen, venv = [], []
        for _ in range(count):
            venv.append(_start(APP_COMMAND, env))
            frozen.append(_start([str(FROZEN_APP)], env))
    return frozen, venv


def _size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def largest_parts(folder: Path, count: int = 6) -> list[tuple[str, int]]:
    """The biggest files and top-level folders inside the frozen folder's _internal/."""
    inside = folder / "_internal"
    parts = ([(p.name, _size(p)) for p in inside.iterdir() if not p.is_symlink()]
             if inside.is_dir() else [])
    qt = inside / "PySide6" / "Qt" / "lib"
    if qt.is_dir():  # Qt's libraries, by name: the biggest single part
        parts = [(n, s) for n, s in parts if n != "PySide6"]
        parts += [(f"PySide6 (Qt lib {p.name})", _size(p)) for p in qt.iterdir()]
        parts.append(("PySide6 (the rest)", _size(inside / "PySide6") - _size(qt)))
    return sorted(parts, key=lambda part: -part[1])[:count]


def run(ctx: Context) -> list[Row]:
    if not FROZEN_APP.is_file():
        return [unavailable("frozen", "frozen app sign-in shown p50",
                            "run `python build_installer.py freeze` first")]
    count = ctx.scaled(10, 3)
    compile_app()  # the venv app byte-compiled, as installing it does (gui_start)
    frozen, venv = measure_starts(count)
    frozen_s, venv_s = summarize(frozen), summarize(venv)
    size = _size(FROZEN_DIR)
    parts = largest_parts(FROZEN_DIR)
    rows = [
        Row("frozen", "floor: venv app sign-in shown p50", venv_s["p50"], None, "ms",
            note="python -m supportdesk.gui, started in turn with the frozen app",
            detail=venv_s),
        Row("frozen", "frozen app sign-in shown p50", frozen_s["p50"], venv_s["p50"], "ms",
            target=TARGET_RATIO, target_of="ratio", detail=frozen_s,
            note=f"n={count}; fastest of each: {min(frozen):.0f} / {min(venv):.0f} ms"),
        Row("frozen", "frozen folder size", round(size / 1e6, 1), None, "MB",
            note="largest: " + ", ".join(f"{name} {s / 1e6:.1f}" for name, s in parts),
            detail={"bytes": size, "largest": dict(parts)}),
    ]
    for package in sorted(PACKAGES_DIR.glob("supportdesk*")) if PACKAGES_DIR.is_dir() else []:
        if package.suffix in (".deb", ".gz", ".exe"):
            rows.append(Row("frozen", f"package {package.name}",
                            round(package.stat().st_size / 1e6, 1), None, "MB"))
    return rows
