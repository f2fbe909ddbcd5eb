"""Render the credit dialog, approvals page and reversal dialog with real data; the README's
shots are copied to docs/ (credit-dialog.png, approvals.png, reversal.png).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_credits.py
"""
import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

import keyring
from PySide6.QtCore import QDate
from PySide6.QtWidgets import QApplication

OUT = Path(sys.argv[1] if len(sys.argv) > 1 else tempfile.mkdtemp(prefix="sd-credit-shots-"))
DOCS = Path(__file__).resolve().parent.parent / "docs"
sys.path.insert(0, str(DOCS.parent))  # for tests.helpers.memkeyring
from tests.helpers.memkeyring import MemoryKeyring  # noqa: E402
# A data folder of its own: never the user's.
os.environ.setdefault("SUPPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="sd-shots-data-"))


def settle(ms=300):
    end = time.monotonic() + ms / 1000
    while time.monotonic() < end:
        QApplication.processEvents()
        time.sleep(0.01)


def wait(pred, timeout=20):
    end = time.monotonic() + timeout
    while not pred():
        if time.monotonic() > end:
            raise TimeoutError
        QApplication.processEvents()
        time.sleep(0.01)


def main():
    keyring.set_keyring(MemoryKeyring())
    from sqlalchemy import select

    from supportdesk.api.client import ApiClient, new_operation_id
    from supportdesk.backend import Backend
    from supportdesk.config import Config
    from supportdesk.domain.identifiers import demo_member_number
    from supportdesk.gui.app import apply_look
    from supportdesk.gui.controller import Controller
    from supportdesk.security.credentials import TokenStore
    from supportdesk.server import db
    from supportdesk.server.app import Settings
    from supportdesk.server.db import make_engine
    from supportdesk.server.embedded import EmbeddedServer
    from supportdesk.server.seed import seed_demo

    path = Path(tempfile.mkdtemp(prefix="sd-shots-")) / "demo.sqlite"
    engine = make_engine(path)
    seed_demo(engine, members=3000, seed=1)
    server = EmbeddedServer(Settings(engine=engine, demo=True)).start()
    app = QApplication(sys.argv[:1])
    apply_look(app)

    def session(username):
        client = ApiClient(server.url)
        ctl = Controller(Config(backend_url=server.url), tokens=TokenStore(),
                         backend=Backend(client, f"Demo {server.host}:{server.port}",
                                         f"shots-{username}", demo=True))
        ctl.start()
        d = ctl.dialog
        d.ui.usernameEdit.setText(username)
        d.ui.passwordEdit.setText("demo")
        d.attempt()
        wait(lambda: ctl.window is not None)
        w = ctl.window
        w.resize(1280, 760)
        w.show()
        return ctl, w

    # Some pending credits from several agents, and one of the supervisor's own.
    for i, (who, miles, kind, reason, ref) in enumerate([
        ("agent2", 40_000, "goodwill", "Missed connection in FRA, 9 h delay, rebooked next day", "case 4711"),
        ("agent7", 12_500, "correction", "Partner accrual posted twice negative", None),
        ("agent3", 8_000, "goodwill", "Lost baggage for 3 days on honeymoon trip", "PIR FRALH 12345"),
        ("super1", 25_000, "goodwill", "Escalated complaint, CEO letter", "ticket 98765"),
        ("agent11", 6_200, "correction", "Upgrade redeemed but not used, refund miles", None),
    ]):
        c = ApiClient(server.url)
        c.login(who, "demo")
        c.propose_credit(demo_member_number(40 + i * 7), kind=kind, miles=miles, reason=reason,
                         reference=ref, operation_id=new_operation_id())
        c.close()

    ctl, w = session("agent1")
    w.open_member(demo_member_number(17))
    wait(lambda: w.member.account is not None)
    settle()
    w.member.credit_action.trigger()
    wait(lambda: w.member.dialog is not None and w.member.dialog.isVisible())
    d = w.member.dialog
    wait(lambda: d.used_today is not None)
    d.ui.milesEdit.setText("40,000")
    d.ui.reasonEdit.setText("Missed connection in FRA, 9 h delay")
    d.ui.referenceEdit.setText("case 4711")
    settle()
    d.adjustSize(); settle()
    d.grab().save(str(OUT / "credit-goodwill.png"))
    d.ui.milesEdit.setText("1.5")
    settle(); d.grab().save(str(OUT / "credit-bad.png"))
    d.ui.milesEdit.setText("40,000")
    d.ui.kindCombo.setCurrentIndex(2)
    d.ui.reasonEdit.setText("Card not presented at check-in")
    d.ui.ticketEdit.setText("220 1234567890")
    d.ui.flightNumberEdit.setText("LH400")
    day = d.today - dt.timedelta(days=12)
    d.ui.flightDateEdit.setDate(QDate(day.year, day.month, day.day))
    d.ui.bookingClassEdit.setText("M")
    d.ui.originEdit.setText("FRA")
    d.ui.destinationEdit.setText("JFK")
    settle(); d.adjustSize(); settle()
    d.grab().save(str(OUT / "credit-retro.png"))
    d.ui.originEdit.setText("XXX")
    d.ui.ticketEdit.setText("220 123456789")
    settle(); d.adjustSize(); settle()
    d.grab().save(str(OUT / "credit-retro-bad.png"))
    d.ui.originEdit.setText("FRA")
    d.ui.ticketEdit.setText("220 1234567890")
    d.submit()
    wait(lambda: not d.isVisible())
    settle(500)
    w.grab().save(str(OUT / "member-after-credit.png"))

    ctl2, boss = session("super1")
    boss.show_approvals()
    page = boss.approvals
    wait(lambda: not page.loading and page.model.rowCount() > 0)
    page._select(1)
    settle()
    boss.grab().save(str(OUT / "approvals.png"))
    own = next(r for r in range(page.model.rowCount()) if page.model.is_own(page.model.credit(r)))
    page._select(own); settle()
    boss.grab().save(str(OUT / "approvals-own.png"))

    with engine.connect() as conn:
        entry = conn.execute(select(db.ledger.c.id, db.members.c.member_number)
                             .join(db.members, db.members.c.id == db.ledger.c.member_id)
                             .where(db.ledger.c.kind == "donation", db.members.c.id > 100)
                             .limit(1)).one()
    boss.open_member(entry.member_number)
    wait(lambda: boss.member.account is not None)
    m = boss.member
    row = next(r for r in range(m.ledger.rowCount()) if m.ledger.entry(r).id == entry.id)
    m.ui.ledgerView.selectRow(row)
    m.reverse_action.trigger()
    wait(lambda: m.dialog is not None and m.dialog.isVisible())
    rd = m.dialog
    rd.ui.reasonEdit.setText("Donated from a session that was not the member's (incident 42)")
    settle(); rd.adjustSize(); settle()
    rd.grab().save(str(OUT / "reversal.png"))
    boss.grab().save(str(OUT / "member-supervisor.png"))
    for c in (ctl, ctl2):
        c.window.close()
        c.taskman.shutdown(wait=True)
    server.stop()
    import shutil

    for name, target in (("credit-retro.png", "credit-dialog.png"),
                         ("approvals.png", "approvals.png"), ("reversal.png", "reversal.png")):
        shutil.copy(OUT / name, DOCS / target)
    print("saved", OUT, "and docs/credit-dialog.png, approvals.png, reversal.png")


main()
