"""Render maintenance (actions greyed out with the reason), a decision and a provisional award
taken while the backend is away, and the Needs attention dialog (a refused credit and a
call-back) with real data; saved to docs/ (maintenance.png, queue-maintenance.png,
queue-offline.png, decision-queued.png, provisional-award.png, needs-attention.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_offline.py
"""

from __future__ import annotations

import datetime as dt
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


def fund(url: str, number: str, miles: int = 400_000) -> None:
    """Miles for the award, through the real workflow: an agent proposes, a supervisor approves."""
    from supportdesk.api.client import ApiClient, new_operation_id

    agent, boss = ApiClient(url), ApiClient(url)
    agent.login("agent7", "demo")
    boss.login("super2", "demo")
    credit = agent.propose_credit(number, kind="correction", miles=miles,
                                  reason="Funds for the screenshot", operation_id=new_operation_id())
    boss.approve_credit(credit.id, None, new_operation_id(),
                        member_number=credit.member_number, miles=credit.miles)
    agent.close()
    boss.close()


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from PySide6.QtCore import QDate
    from sqlalchemy import select, update

    from supportdesk.api.client import ApiClient, new_operation_id
    from supportdesk.backend import Backend
    from supportdesk.config import Config
    from supportdesk.gui.app import apply_look
    from supportdesk.gui.controller import Controller
    from supportdesk.gui.sync.attention import NeedsAttentionDialog
    from supportdesk.operations import build
    from supportdesk.security.credentials import TokenStore
    from supportdesk.server import db, maintenance
    from supportdesk.server.app import Settings
    from supportdesk.server.db import make_engine
    from supportdesk.server.embedded import EmbeddedServer
    from supportdesk.server.seed import seed_demo
    from supportdesk.sync.connection import State

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

    # The request queue in maintenance: Claim and Decide greyed, with the reason.
    page = window.queue
    window.show_queue()
    wait(lambda: not page.loading and page.model.rowCount() > 0)
    page.set_filters(status="new", assigned="unassigned")
    wait(lambda: not page.loading and page.model.rowCount() > 0)
    request = page.model.request(0)
    page.select(request.id)
    wait(lambda: page.detail is not None and page.detail.id == request.id)
    maintenance.start(engine, ["requests"], "2026-11-24T18:00+01:00", "Moving to the new CRM.")
    wait(lambda: not page.ui.claimButton.isEnabled())
    page.ui.queueView.setFocus()
    settle()
    window.grab().save(str(DOCS / "queue-maintenance.png"))
    maintenance.end(engine)
    wait(lambda: page.ui.claimButton.isEnabled())
    page.claim()
    wait(lambda: page.detail.assignee_id == window.agent.id and page.claiming is None)
    page.set_filters(assigned="me")  # kept for offline reading, like every list seen
    wait(lambda: not page.loading and page.model.row_of(request.id) is not None)

    # A queued credit the backend refuses when it is sent lands in Needs attention.
    outcome = []
    window.sync.submit(build.credit(closed, kind="goodwill", miles=500,
                                    reason="Lost baggage on LH401, agreed on the phone",
                                    summary="Goodwill: 500 miles — Lost baggage on LH401"),
                       new_operation_id(), outcome.append, outcome.append, interactive=False)
    wait(lambda: outcome and window.sync.state.attention == 1)

    # The backend goes away: a decision and a provisional award are saved, not lost.
    fund(server.url, active)
    window.open_member(active)
    wait(lambda: window.member.account is not None
         and window.member.account.miles_balance >= 400_000)
    day = dt.datetime.now(dt.UTC).date() + dt.timedelta(days=9)
    port = server.port
    server.stop()
    wait(lambda: window.sync.state.status.state is State.OFFLINE)
    window.show_queue()  # the list and the request opened: the offline copies, saying when
    wait(lambda: page.list_as_of is not None)
    others = [page.model.request(row).id for row in range(page.model.rowCount())
              if page.model.request(row).id != request.id]
    if others:  # away and back: the request opened comes from the offline copy
        page.select(others[0])
        wait(lambda: page.loading_id is None and page.panel.shown is None)
        page.select(request.id)
        wait(lambda: page.detail_as_of is not None)
    page.ui.queueView.setFocus()
    settle()
    window.grab().save(str(DOCS / "queue-offline.png"))
    page.open_decision()
    wait(lambda: page.dialog is not None and page.dialog.isVisible())
    page.dialog.choose("escalate")
    page.dialog.ui.noteEdit.setPlainText("Fare rules unclear; supervisor to decide")
    page.dialog.submit()
    wait(lambda: not page.dialog.isVisible())
    page.ui.queueView.setFocus()
    settle()
    window.grab().save(str(DOCS / "decision-queued.png"))

    window.open_member(active)
    wait(lambda: window.member.account is not None)
    member = window.member
    member.award_action.trigger()
    wait(lambda: member.dialog is not None and member.dialog.isVisible())
    award = member.dialog
    award.ui.originEdit.setText("VIE")
    award.ui.destinationEdit.setText("JFK")
    award.ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    wait(lambda: award.ok_button.isEnabled())
    award.submit()
    wait(lambda: award.ui.resultBox.isVisible())
    settle()
    award.grab().save(str(DOCS / "provisional-award.png"))
    award.reject()

    # Back, but the day sold out meanwhile: the decision goes through, the award is a call-back.
    with engine.begin() as conn:
        inv = db.award_inventory
        conn.execute(update(inv).where(
            inv.c.origin == "VIE", inv.c.destination == "JFK",
            inv.c.departure_date == day.isoformat()).values(seats=0))
    server = EmbeddedServer(Settings(engine=engine, demo=True), port=port).start()
    wait(lambda: window.sync.state.queued == 0 and window.sync.state.attention == 2)
    dialog = NeedsAttentionDialog(window.sync, window)
    dialog.show()
    wait(lambda: dialog.table.rowCount() == 2)
    dialog.table.selectRow(1)
    dialog.table.setFocus()
    settle()
    dialog.grab().save(str(DOCS / "needs-attention.png"))
    dialog.close()
    window.close()
    ctl.taskman.shutdown(wait=True)
    client.close()
    server.stop()
    print("saved maintenance.png queue-maintenance.png queue-offline.png decision-queued.png "
          "provisional-award.png needs-attention.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
