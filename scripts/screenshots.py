"""Drive the real app against the embedded demo backend and save screenshots to docs/.

    xvfb-run -a -s "-screen 0 1400x900x24" .venv/bin/python scripts/screenshots.py

Uses a throw-away data folder and an in-memory keyring; never touches the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))  # for tests.helpers.memkeyring
os.environ.setdefault("SUPPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="sd-shots-"))

import keyring  # noqa: E402
from PySide6.QtCore import QEventLoop, QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from tests.helpers.memkeyring import MemoryKeyring  # noqa: E402


def wait_until(predicate, timeout: float = 30.0) -> None:  # noqa: ANN001
    loop_deadline = timeout * 1000
    waited = 0
    while not predicate():
        if waited > loop_deadline:
            raise TimeoutError("screenshot step timed out")
        QApplication.processEvents(QEventLoop.ProcessEventsFlag.AllEvents, 50)
        QTimer.singleShot(20, lambda: None)
        waited += 20
        import time

        time.sleep(0.02)


def settle(ms: int = 400) -> None:
    import time

    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from supportdesk.config import Config
    from supportdesk.gui.app import apply_look, set_icon
    from supportdesk.gui.controller import Controller

    app = QApplication(sys.argv[:1])
    apply_look(app)
    set_icon(app)
    DOCS.mkdir(exist_ok=True)
    controller = Controller(Config())
    controller.start()
    dialog = controller.dialog
    wait_until(lambda: controller.backend is not None, 120)
    dialog.ui.usernameEdit.setText("agent1")
    settle()
    dialog.grab().save(str(DOCS / "signin.png"))
    dialog.ui.passwordEdit.setText("demo")
    dialog.attempt()
    wait_until(lambda: controller.window is not None)
    window = controller.window
    window.resize(1280, 760)
    window.show()
    window.lookup.ui.queryEdit.setText("muller")
    wait_until(lambda: window.lookup.model.rowCount() > 0)
    settle()
    window.grab().save(str(DOCS / "lookup.png"))
    window.lookup.ui.queryEdit.setText("992 0000 0000 0019")
    settle()
    window.grab().save(str(DOCS / "lookup-check-digit.png"))
    window.lookup.ui.queryEdit.setText("muller")
    wait_until(lambda: window.lookup.model.rowCount() > 0)
    settle(300)
    window.lookup.ui.resultsView.selectRow(2)
    window.open_member(window.lookup.model.hit(2).member_number)
    wait_until(lambda: window.member.account is not None)
    settle()
    window.grab().save(str(DOCS / "member.png"))
    # The backend goes away: the banner and the status bar must say so.
    controller.backend.server.stop()
    controller.backend.server = None
    window.show_lookup()
    window.lookup.ui.queryEdit.setText("schmidt")
    wait_until(lambda: not window.online, 60)
    settle()
    window.grab().save(str(DOCS / "offline.png"))
    # Offline, the member opened before is read from the offline copy; a credit is queued.
    window.open_member(window.member.account.member_number if window.member.account
                       else window.lookup.model.hit(2).member_number)
    wait_until(lambda: window.member.offline_copy, 30)
    window.member.credit_action.trigger()
    wait_until(lambda: window.member.dialog is not None and window.member.dialog.isVisible())
    credit = window.member.dialog
    credit.ui.milesEdit.setText("250")
    credit.ui.reasonEdit.setText("Delayed bag on LH400, goodwill")
    settle()
    credit.submit()
    wait_until(lambda: window.sync.state.queued == 1, 30)
    settle(600)
    window.grab().save(str(DOCS / "offline-queued.png"))
    window.close()
    controller.shutdown()
    print("saved", *sorted(p.name for p in DOCS.glob("*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
