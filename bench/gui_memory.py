"""`gui_memory`: peak RSS of the desktop app after opening a member with 10,000 ledger
entries, against the peak RSS of a bare QMainWindow process (both offscreen).

The app side needs a hook in the app, in the spirit of SUPPORTDESK_BENCH_EXIT_ON_SHOWN:
with SUPPORTDESK_BENCH_OPEN_MEMBER=<member number> (and SUPPORTDESK_BENCH_USER /
SUPPORTDESK_BENCH_PASSWORD) the app signs in to its configured backend, opens that member,
and once the account and its ledger are on screen prints
"LOADED <time.monotonic_ns()> <ledger entries shown>" and stays up; the benchmark reads its
VmHWM at that moment and stops it. Until the app has that hook the row says so.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import importlib.util
import random
import shutil
import sqlite3
from pathlib import Path

from tests.helpers import memkeyring

from .common import DEMO_PASSWORD, DEMO_USER, PYTHON, Row, ServerProcess, summarize, unavailable
from .database import DB_CACHE_DIR, Context, checkpoint, missing_tables, seeded_db, sqlite_files
from .gui_common import (
    APP_COMMAND,
    BARE_COMMAND,
    LIBRARIES_COMMAND,
    LIBRARIES_WINDOW_SCRIPT,
    app_available,
    bare_window,
    compile_app,
    gui_env,
    new_profile,
    run_marked,
)

LEDGER_ENTRIES = 10_000
SMALL_DB_MEMBERS = 2_000
BIG_LEDGER_MEMBER_INDEX = 1  # demo member 1: 992000000000018
LOAD_TIMEOUT_S = 90.0
OPEN_MEMBER_HOOK = "SUPPORTDESK_BENCH_OPEN_MEMBER"


def prepare_ledger_db(entries: int = LEDGER_ENTRIES, log=print) -> tuple[Path, str]:  # noqa: ANN001
    """A small demo database whose member 1 has `entries` more ledger entries (cached)."""
    from supportdesk.domain.identifiers import demo_member_number

    number = demo_member_number(BIG_LEDGER_MEMBER_INDEX)
    path = DB_CACHE_DIR / f"gui-ledger-{entries}.sqlite"
    if path.exists() and not missing_tables(path):
        return path, number
    small = seeded_db(SMALL_DB_MEMBERS, 1, log=log)
    partial = path.with_name(path.stem + "-partial.sqlite")
    checkpoint(small.path)
    for leftover in sqlite_files(path)[1:] + sqlite_files(partial):
        leftover.unlink(missing_ok=True)
    shutil.copyfile(small.path, partial)
    rnd = random.Random(entries)
    first = dt.datetime(2010, 1, 1, 9, 0)
    rows = [
        (BIG_LEDGER_MEMBER_INDEX,
         (first + dt.timedelta(hours=14 * i)).strftime("%Y-%m-%dT%H:%M:%S.000000Z"),
         "accrual" if i % 3 else "partner_accrual", rnd.randint(100, 9000),
         f"Flight LH{rnd.randint(100, 2000)} FRA–JFK" if i % 3 else "Hotel partner stay",
         None)
        for i in range(entries)
    ]
    with contextlib.closing(sqlite3.connect(partial)) as conn, conn:
        conn.executemany(
            "INSERT INTO ledger (member_id, posted_at, kind, miles, description, reference)"
            " VALUES (?, ?, ?, ?, ?, ?)", rows)
    checkpoint(partial)
    partial.replace(path)
    return path, number


def app_has_open_member_hook() -> bool:
    """Does any module of the app mention the hook? (Saves waiting for a LOADED line that an
    app without it never prints.)"""
    spec = importlib.util.find_spec("supportdesk.gui")
    folders = list(spec.submodule_search_locations or []) if spec else []
    return any(OPEN_MEMBER_HOOK in path.read_text(encoding="utf-8", errors="replace")
               for folder in folders for path in Path(folder).rglob("*.py"))


def measure_bare_memory(count: int, command: list[str] = BARE_COMMAND) -> list[float]:
    """MB: VmHWM of the bare QMainWindow script once shown, `count` runs (`command`: the
    same window with the base libraries imported, for reference)."""
    return [run.hwm_kb / 1024 for run in bare_window(count, command) if run.hwm_kb]


def measure_member_memory(base_url: str, number: str, *, keyring: bool
                          ) -> tuple[float | None, str]:
    """MB: the app's VmHWM once member `number` is open with its ledger, or (None, why).
    With `keyring` the app finds a secure keyring (in memory) and so opens its encrypted
    local store, as on a workstation; without, it runs with no store."""
    with new_profile() as tmp:
        profile = Path(tmp)
        config = profile / "supportdesk.toml"
        config.write_text(f'backend_url = "{base_url}"\n')
        env = gui_env(profile, SUPPORTDESK_CONFIG=str(config),
                      **{OPEN_MEMBER_HOOK: number},
                      SUPPORTDESK_BENCH_USER=DEMO_USER,
                      SUPPORTDESK_BENCH_PASSWORD=DEMO_PASSWORD)
        if keyring:
            env["PYTHON_KEYRING_BACKEND"] = memkeyring.BACKEND
        run = run_marked(APP_COMMAND, env, until="LOADED", timeout=LOAD_TIMEOUT_S,
                         keep_alive=True)
        store_opened = (profile / "supportdesk" / "store" / "local.sqlite").exists()
    if "LOADED" not in run.markers_ms or run.hwm_kb is None:
        return None, "the app printed no LOADED line (SUPPORTDESK_BENCH_OPEN_MEMBER hook)"
    if store_opened != keyring:
        return None, f"the local store was {'not ' if keyring else ''}opened"
    shown = run.marker_args["LOADED"][:1]
    return run.hwm_kb / 1024, f"{shown[0] if shown else '?'} entries shown"


TARGET_RATIO = 2.0

# For reference, not a floor: the least program that shows what the benchmark's app shows, on
# the same libraries: the base-libraries script's window made 1280x800 with a search box, four
# labels and a 10,000-row table whose model holds the rows as tuples; no style sheet, no
# network, no store.
LEAST_PROGRAM_WINDOW = """
from PySide6.QtCore import QAbstractTableModel, QModelIndex, Qt
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget
ROWS = [(f"2020-01-{i % 28 + 1:02d}", "Flight", f"Flight LH{i % 2000} FRA–JFK", "",
         f"+{i % 9000:,}") for i in range(10_000)]
class Ledger(QAbstractTableModel):
    def rowCount(self, parent=QModelIndex()):
        return 0 if parent.isValid() else len(ROWS)
    def columnCount(self, parent=QModelIndex()):
        return 5
    def data(self, index, role=Qt.ItemDataRole.DisplayRole):
        return ROWS[index.row()][index.column()] if role == Qt.ItemDataRole.DisplayRole else None
central = QWidget()
layout = QVBoxLayout(central)
layout.addWidget(QLineEdit("muller"))
for text in ("Anna Müller", "Gold", "123 456 miles", "a***@example.com"):
    layout.addWidget(QLabel(text))
view = QTableView()
view.setModel(Ledger())
layout.addWidget(view)
window.setCentralWidget(central)
window.resize(1280, 800)
"""
LEAST_PROGRAM_SCRIPT = LIBRARIES_WINDOW_SCRIPT.replace("window.resize(1024, 700)\n",
                                                       LEAST_PROGRAM_WINDOW)
LEAST_PROGRAM_COMMAND = [PYTHON, "-c", LEAST_PROGRAM_SCRIPT]


def run(ctx: Context) -> list[Row]:
    bare = summarize(measure_bare_memory(ctx.scaled(3, 1)))
    libraries = summarize(measure_bare_memory(ctx.scaled(3, 1), LIBRARIES_COMMAND))
    rows = [Row("gui_memory", "floor: bare QMainWindow VmHWM", bare["p50"], None, "MB",
                detail=bare),
            Row("gui_memory", "reference: the same + base libraries imported",
                libraries["p50"], bare["p50"], "MB", detail=libraries,
                note="requests, keyring, cryptography AES-GCM, sqlite3, platformdirs")]
    least = summarize(measure_bare_memory(ctx.scaled(3, 1), LEAST_PROGRAM_COMMAND))
    rows.append(Row("gui_memory", "reference: least program showing the same, same libraries",
                    least["p50"], bare["p50"], "MB", detail=least,
                    note="base libraries + search box, 4 labels, 10,000-row table; no app code"))
    name = f"app member with {LEDGER_ENTRIES:,} entries VmHWM, local store open"
    if not app_available():
        return rows + [unavailable("gui_memory", name, "supportdesk.gui.app is missing")]
    if not app_has_open_member_hook():
        return rows + [unavailable("gui_memory", name,
                                   f"the app does not read {OPEN_MEMBER_HOOK} yet")]
    compile_app()
    db_path, number = prepare_ledger_db(log=ctx.log)
    with ServerProcess(db_path) as server:
        peak, note = measure_member_memory(server.base_url, number, keyring=True)
        bare_peak, bare_note = measure_member_memory(server.base_url, number, keyring=False)
    if peak is None:
        rows.append(unavailable("gui_memory", name, note))
    else:
        rows.append(Row("gui_memory", name, peak, bare["p50"], "MB", note=note,
                        target=TARGET_RATIO, target_of="ratio"))
    name = "the same, no secure keyring (no local store)"
    if bare_peak is None:
        return rows + [unavailable("gui_memory", name, bare_note)]
    return rows + [Row("gui_memory", name, bare_peak, bare["p50"], "MB", note=bare_note)]
