"""Render the request queue (a cancelled flight with its EU 261 reasons) and the decision dialog
with real data, and save them to docs/queue.png and docs/decision-dialog.png.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_queue.py

Runs its own reference server on a throw-away database; never touches the user's data.
"""

from __future__ import annotations

import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))

from PySide6.QtWidgets import QApplication  # noqa: E402

from supportdesk.api.client import ApiClient  # noqa: E402
from supportdesk.backend import Backend  # noqa: E402
from supportdesk.server.app import Settings  # noqa: E402
from supportdesk.server.db import make_engine  # noqa: E402
from supportdesk.server.embedded import EmbeddedServer  # noqa: E402
from supportdesk.server.seed import seed_demo  # noqa: E402
# A data folder of its own: never the user's.
os.environ.setdefault("SUPPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="sd-shots-data-"))


def settle(until=lambda: True, timeout: float = 20.0) -> None:  # noqa: ANN001
    end = time.monotonic() + timeout
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.02)
        if until():
            break
    for _ in range(20):
        QApplication.processEvents()
        time.sleep(0.01)


def pick(client: ApiClient) -> int:
    """An unassigned request for a cancelled flight that owes compensation, preferring one
    asked about twice (so the duplicates line shows), a refund, and overdue (so that look
    shows too)."""
    best: tuple[int, int] | None = None
    for item in client.list_requests(status=["new"], assigned="unassigned", limit=500).requests:
        if item.flight.status != "cancelled":
            continue
        detail = client.get_request(item.id)
        score = (4 * (detail.check.eu261.amount_eur > 0) + 2 * bool(detail.check.duplicates)
                 + (item.type == "refund") + item.overdue)
        if best is None or score > best[0]:
            best = (score, item.id)
    assert best is not None, "the demo data has cancelled flights"
    return best[1]


def main() -> int:
    app = QApplication(sys.argv[:1])
    from supportdesk.gui.app import apply_look
    from supportdesk.gui.mainwindow import MainWindow
    from supportdesk.gui.taskman import TaskManager

    apply_look(app)
    engine = make_engine(Path(tempfile.mkdtemp(prefix="sd-shots-")) / "demo.sqlite")
    seed_demo(engine, members=3000, seed=1)
    server = EmbeddedServer(Settings(engine=engine, demo=True)).start()
    client, scout = ApiClient(server.url), ApiClient(server.url)
    login = client.login("agent7", "demo")
    scout.login("agent8", "demo")
    target = pick(scout)
    taskman = TaskManager()
    window = MainWindow(taskman, Backend(client, f"demo {server.host}:{server.port}", "demo",
                                         demo=True), login.agent, token_in_keyring=True)
    try:
        window.resize(1280, 800)
        window.show()
        window.show_queue()
        page = window.queue
        settle(lambda: not page.loading and page.detail is not None)
        page.select(target)
        settle(lambda: page.detail is not None and page.detail.id == target)
        page.claim()
        settle(lambda: page.claiming is None and page.detail.assignee_id == login.agent.id
               and not page.loading)
        window.grab().save(str(DOCS / "queue.png"))

        page.open_decision()
        dialog = page.dialog
        settle(lambda: dialog.isVisible())
        dialog.choose("approve")
        dialog.ui.noteEdit.setPlainText(
            "Cancelled at short notice; the re-routing arrived too late. EU 261 applies.")
        settle()
        dialog.grab().save(str(DOCS / "decision-dialog.png"))
        dialog.reject()
    finally:
        window.close()
        taskman.shutdown(wait=True)
        client.close()
        scout.close()
        server.stop()
    print("saved docs/queue.png, docs/decision-dialog.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
