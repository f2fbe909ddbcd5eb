"""What the two GUI benchmarks share: the offscreen, isolated environment for a GUI process,
the bare-QMainWindow floor, and running a GUI process until it reports a marker line.

Time is CLOCK_MONOTONIC, which is the same clock in every process on Linux: the child prints
`time.monotonic_ns()` at the moment it reports, the parent took it just before spawning.
"""

from __future__ import annotations

import importlib.util
import os
import subprocess
import tempfile
import threading
import time
from dataclasses import dataclass, field
from pathlib import Path

from .common import PROJECT_DIR, PYTHON, proc_status_kb, stop_process

APP_MODULE = "supportdesk.gui.app"
APP_COMMAND = [PYTHON, "-m", "supportdesk.gui"]

# The floor: the smallest PySide6 program that shows a main window, reporting like the app does:
# once the window has been painted for the first time. Qt gives a window's backing store its
# size in the first paint, so the floor polls for that with zero-time timers (an event filter
# would add PySide6's QEvent type to the floor: 1.5 MB and ~3 ms); the app reports from the
# first-paint event filter it has anyway (Controller.after_first_paint).
BARE_WINDOW_SCRIPT = """
import re, sys, time
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
app = QApplication(sys.argv[:1])
window = QMainWindow()
window.setWindowTitle("bare")
window.resize(1024, 700)
def shown():
    print(f"SHOWN {time.monotonic_ns()}", flush=True)
    app.quit()
def painted_yet():
    store = window.backingStore()
    QTimer.singleShot(0, shown if store is not None and store.size().isValid() else painted_yet)
window.show()
QTimer.singleShot(0, painted_yet)
app.exec()
hwm = re.search(r"VmHWM:\\s+(\\d+)", open("/proc/self/status").read()).group(1)
print(f"HWM {hwm}", flush=True)
"""
BARE_COMMAND = [PYTHON, "-c", BARE_WINDOW_SCRIPT]

# For reference, not a floor: the same window in a process that has also imported the base
# libraries any build of this app needs (requests, keyring, cryptography's AES-GCM, sqlite3,
# platformdirs), as the app imports them (importcache keeps PySide6's import hook from
# filling linecache; requests without charset_normalizer). What is left above it is the
# app's own: its code, windows, ledger.
LIBRARIES_WINDOW_SCRIPT = BARE_WINDOW_SCRIPT.replace(
    'window.show()\n',
    'window.show()\n'
    'from supportdesk.gui import importcache\n'
    'from supportdesk.gui.app import without_charset_detection\n'
    'without_charset_detection()\n'
    'importcache.start()\n'
    'import requests, keyring, sqlite3, platformdirs\n'
    'from cryptography.hazmat.primitives.ciphers.aead import AESGCM\n'
    'importcache.stop()\n')
LIBRARIES_COMMAND = [PYTHON, "-c", LIBRARIES_WINDOW_SCRIPT]


def compile_app() -> None:
    """Byte-compile the app's package, as installing it does: the floor's PySide6 was compiled
    by pip, and with PYTHONDONTWRITEBYTECODE set (as here) an editable checkout would otherwise
    compile its start-up modules from source on every start."""
    import compileall

    spec = importlib.util.find_spec("supportdesk")
    for folder in (spec.submodule_search_locations or []) if spec else []:
        compileall.compile_dir(folder, quiet=1)


def app_available() -> bool:
    try:
        return importlib.util.find_spec(APP_MODULE) is not None
    except ImportError:
        return False


def gui_env(profile: Path, **extra: str) -> dict[str, str]:
    """Offscreen Qt, and a throw-away home, config and data folder: the benchmark never reads
    or writes the user's SupportDesk data nor the OS keyring."""
    env = dict(os.environ)
    for name in ("SUPPORTDESK_CONFIG", "SUPPORTDESK_DATA_DIR"):
        env.pop(name, None)
    env.update(
        QT_QPA_PLATFORM="offscreen",
        HOME=str(profile),
        XDG_CONFIG_HOME=str(profile / "config"),
        XDG_DATA_HOME=str(profile / "data"),
        XDG_CACHE_HOME=str(profile / "cache"),
        XDG_RUNTIME_DIR=str(profile / "runtime"),
        SUPPORTDESK_DATA_DIR=str(profile / "supportdesk"),
        PYTHON_KEYRING_BACKEND="keyring.backends.fail.Keyring",
        **extra,
    )
    (profile / "runtime").mkdir(mode=0o700, parents=True, exist_ok=True)
    return env


def new_profile() -> tempfile.TemporaryDirectory:
    return tempfile.TemporaryDirectory(prefix="supportdesk-bench-gui-")


@dataclass
class Marked:
    """What a GUI process reported: ms from spawn to each marker, and its peak RSS."""

    markers_ms: dict[str, float] = field(default_factory=dict)
    marker_args: dict[str, list[str]] = field(default_factory=dict)
    hwm_kb: int | None = None
    exit_code: int | None = None
    exit_ms: float | None = None
    output_tail: str = ""


def run_marked(command: list[str], env: dict[str, str], *, until: str, timeout: float,
               keep_alive: bool = False) -> Marked:
    """Start `command`, collect "MARKER <monotonic_ns> [args…]" lines until `until` arrives,
    then read the process's VmHWM. With `keep_alive` the process is stopped by us (it stays
    up after the marker); otherwise it is expected to exit by itself."""
    spawned = time.monotonic_ns()
    proc = subprocess.Popen(command, cwd=PROJECT_DIR, env=env, stdout=subprocess.PIPE,
                            stderr=subprocess.STDOUT, text=True, start_new_session=True)
    result = Marked()
    lines: list[str] = []
    arrived = threading.Event()

    def reader() -> None:
        assert proc.stdout is not None
        for line in proc.stdout:
            lines.append(line.rstrip())
            word, _, rest = line.strip().partition(" ")
            parts = rest.split()
            if word == "HWM" and parts:
                result.hwm_kb = int(parts[0])
            elif word.isupper() and parts and parts[0].isdigit():
                result.markers_ms[word] = (int(parts[0]) - spawned) / 1e6
                result.marker_args[word] = parts[1:]
            if word == until:
                if keep_alive:
                    result.hwm_kb = proc_status_kb(proc.pid, "VmHWM")
                arrived.set()
        arrived.set()

    thread = threading.Thread(target=reader, daemon=True)
    thread.start()
    try:
        arrived.wait(timeout)
        if keep_alive or until not in result.markers_ms:
            stop_process(proc)
        else:
            proc.wait(timeout)
            thread.join(5)
    finally:
        stop_process(proc)
    result.exit_ms = (time.monotonic_ns() - spawned) / 1e6
    result.exit_code = proc.returncode
    result.output_tail = "\n".join(lines[-15:])
    return result


def bare_window(count: int, command: list[str] = BARE_COMMAND) -> list[Marked]:
    """The floor: the bare QMainWindow script, `count` times (after one unmeasured start)."""
    with new_profile() as tmp:
        env = gui_env(Path(tmp))
        run_marked(command, env, until="SHOWN", timeout=60)
        return [run_marked(command, env, until="SHOWN", timeout=60) for _ in range(count)]
