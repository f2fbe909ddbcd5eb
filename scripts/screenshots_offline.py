"""Render maintenance (actions greyed out with the reason) and the Needs attention dialog with
real data; saved to docs/ (maintenance.png, needs-attention.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_offline.py
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("SUPPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="sd-shots-"))

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from screenshots import MemoryKeyring, settle  # noqa: E402 - the helpers of scripts/screenshots.py
from screenshots import wait_until as wait  # noqa: E402

DOCS = Path(__file__).resolve().parent.parent / "docs"


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from sqlalchemy import select

    from supportdesk.api.client import ApiClient, credit_body, new_operation_id
    from supportdesk.backend import Backend
    from supportdesk.config import Config
    from supportdesk.gui.app import apply_look
    from supportdesk.gui.controller import Controller
    from supportdesk.gui.sync.attention import NeedsAttentionDialog
    from supportdesk.security.credentials import TokenStore
    from supportdesk.server import db, maintenance
    from supportdesk.server.app import Settings
    from supportdesk.server.db import make_engine
    from supportdesk.server.embedded import EmbeddedServer
    from supportdesk.server.seed import seed_demo
    from supportdesk.store.outbox import Operation

    engine = make_engine(Path(tempfile.mkdtemp(prefix="sd-shots-")) / "demo.sqlite")
    seed_demo(engine, members=3000, seed=1)
    server = EmbeddedServer(Settings(engine=engine, demo=True)).start()
    app = QApplication(sys.argv[:1])
    apply_look(app)
    client = ApiClient(server.url)
    ctl = Controller(Config(backend_url=server.url), tokens=TokenStore(),
                     backend=Backend(client, f"{server.host}:{server.port}", "shots",
                                     demo=False, health_interval=1.0))
    ctl.start()
    ctl.dialog.ui.usernameEdit.setText("agent3")
    ctl.dialog.ui.passwordEdit.setText("demo")
    ctl.dialog.attempt()
    wait(lambda: ctl.window is not None)
    window = ctl.window
    window.resize(1280, 760)
    window.show()
    wait(lambda: window.sync.available)

    # Maintenance of awards and profile changes: the member view greys them out.
    maintenance.start(engine, ["awards", "profile"], "2026-11-24T18:00+01:00",
                      "Moving to the new booking system.")
    with engine.connect() as conn:
        active = conn.execute(select(db.members.c.member_number).where(
            db.members.c.status == "active").limit(1)).scalar_one()
        closed = conn.execute(select(db.members.c.member_number).where(
            db.members.c.status == "closed").limit(1)).scalar_one()
    window.open_member(active)
    wait(lambda: window.member.account is not None)
    wait(lambda: "in maintenance" in window.ui.banner.text())
    window.member.ui.bookAwardButton.setFocus()
    settle()
    window.grab().save(str(DOCS / "maintenance.png"))
    maintenance.end(engine)

    # A queued credit the backend refuses when it is sent lands in Needs attention.
    body = credit_body(closed, kind="goodwill", miles=500,
                       reason="Lost baggage on LH401, agreed on the phone")
    outcome = []
    window.sync.submit(Operation("credit", "/credits", body, closed,
                                 "Goodwill: 500 miles — Lost baggage on LH401"),
                       new_operation_id(), outcome.append, outcome.append, interactive=False)
    wait(lambda: outcome and window.sync.state.attention == 1)
    dialog = NeedsAttentionDialog(window.sync, window)
    dialog.show()
    wait(lambda: dialog.table.rowCount() == 1)
    dialog.table.setFocus()
    settle()
    dialog.grab().save(str(DOCS / "needs-attention.png"))
    dialog.close()
    window.close()
    ctl.taskman.shutdown(wait=True)
    client.close()
    server.stop()
    print("saved maintenance.png needs-attention.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
