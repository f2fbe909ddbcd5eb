"""Render the award, calculator and profile dialogs with real data and save them to docs/.

    QT_QPA_PLATFORM=offscreen .venv/bin/python scripts/screenshots_awards.py

Runs its own reference server on a throw-away database; never touches the user's data.
"""

from __future__ import annotations

import datetime as dt
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DOCS = ROOT / "docs"
sys.path.insert(0, str(ROOT))

from PySide6.QtCore import QDate  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402
from sqlalchemy import update  # noqa: E402

from supportdesk.api.client import ApiClient, new_operation_id  # noqa: E402
from supportdesk.domain.identifiers import demo_member_number  # noqa: E402
from supportdesk.server import db  # noqa: E402
from supportdesk.server.app import Settings  # noqa: E402
from supportdesk.server.db import make_engine  # noqa: E402
from supportdesk.server.embedded import EmbeddedServer  # noqa: E402
from supportdesk.server.passwords import demo_pin  # noqa: E402
from supportdesk.server.seed import seed_demo  # noqa: E402
# A data folder of its own: never the user's.
os.environ.setdefault("SUPPORTDESK_DATA_DIR", tempfile.mkdtemp(prefix="sd-shots-data-"))

MEMBER = 174


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


def main() -> int:
    app = QApplication(sys.argv[:1])
    from supportdesk.gui.app import apply_look
    from supportdesk.gui.awards.dialog import AwardDialog
    from supportdesk.gui.calculator.dialog import CalculatorDialog
    from supportdesk.gui.profile.dialog import ProfileDialog
    from supportdesk.gui.taskman import TaskManager

    apply_look(app)
    engine = make_engine(Path(tempfile.mkdtemp(prefix="sd-shots-")) / "demo.sqlite")
    seed_demo(engine, members=1000, seed=1)
    server = EmbeddedServer(Settings(engine=engine, demo=True)).start()
    agent, boss = ApiClient(server.url), ApiClient(server.url)
    agent.login("agent1", "demo")
    boss.login("super1", "demo")
    number = demo_member_number(MEMBER)
    credit = agent.propose_credit(number, kind="correction", miles=150_000,
                                  reason="Screenshot funds", operation_id=new_operation_id())
    boss.approve_credit(credit.id, None, new_operation_id(), member_number=credit.member_number,
                        miles=credit.miles)
    account = agent.get_member(number)
    taskman = TaskManager()
    DOCS.mkdir(exist_ok=True)

    day = dt.date.today() + dt.timedelta(days=7)
    with engine.begin() as conn:  # two flights on the day, one with seats
        conn.execute(update(db.award_inventory).where(
            db.award_inventory.c.departure_date == day.isoformat(),
            db.award_inventory.c.cabin == "Business").values(seats=3))
    award = AwardDialog(taskman, agent, account)
    award.show()
    ui = award.ui
    ui.originEdit.setText("FRA")
    ui.destinationEdit.setText("JFK")
    ui.dateEdit.setDate(QDate(day.year, day.month, day.day))
    award.run_search()
    settle(lambda: award.model.rowCount() > 0)
    ui.flightsView.selectRow(0)
    award.submit()
    settle(lambda: ui.resultBox.isVisible() and not award.searching)
    award.grab().save(str(DOCS / "award-dialog.png"))

    calculator = CalculatorDialog(tier=account.tier, member_name=account.display_name)
    calculator.show()
    for edit, text in ((calculator.ui.originEdit, "FRA"),
                       (calculator.ui.destinationEdit, "JFK"),
                       (calculator.ui.bookingClassEdit, "M")):
        edit.setText(text)
    calculator.ui.tierCombo.setCurrentIndex(calculator.ui.tierCombo.findData("Senator"))
    settle()
    calculator.grab().save(str(DOCS / "calculator.png"))

    profile = ProfileDialog(taskman, agent, agent.get_member(number))
    profile.show()
    profile.ui.pinRadio.click()
    profile.ui.pinEdit.setText(demo_pin(MEMBER))
    profile.submit()
    settle(lambda: profile.verified)
    profile.ui.emailEdit.setText("m.esposito@example.net")
    profile.ui.phoneEdit.setText("0151 2345678")
    settle()
    profile.grab().save(str(DOCS / "profile-dialog.png"))

    for widget in (award, calculator, profile):
        widget.close()
    taskman.shutdown()
    agent.close()
    boss.close()
    server.stop()
    print("saved award-dialog.png, calculator.png, profile-dialog.png in", DOCS)
    return 0


if __name__ == "__main__":
    sys.exit(main())
