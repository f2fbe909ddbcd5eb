"""Keep PySide6's import hook from filling `linecache` while the app starts.

PySide6 replaces `__import__` and reads the source of every module imported after it
(shibokensupport/feature.py looks for `from __feature__ import`); `inspect` leaves that source
in `linecache`. At start-up that is requests, keyring and the app itself: about 11 MB of source
lines, a tenth of the app's peak memory with a 10,000-entry ledger on screen (bench/
gui_memory). While start-up runs, an audit hook empties the cache before each import; after
it, the cache is emptied once and left alone. Tracebacks re-read the lines they need.
"""

from __future__ import annotations

import linecache
import sys

_state = {"installed": False, "active": False}


def _on_audit(event: str, _args: tuple) -> None:
    if event == "import" and _state["active"]:
        linecache.clearcache()


def start() -> None:
    """From now until `stop()`, nothing stays in `linecache` past the next import."""
    if not _state["installed"]:
        sys.addaudithook(_on_audit)  # audit hooks cannot be removed: hence the flag
        _state["installed"] = True
    _state["active"] = True


def stop() -> None:
    _state["active"] = False
    linecache.clearcache()
