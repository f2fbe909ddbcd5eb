"""The main screens in English and in German, at 1280×800 and 1024×700, from the real app
against the embedded demo, into docs/en/ and docs/de/ (the README shows them).

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_languages.py de
    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_languages.py en

Uses a throw-away data folder and an in-memory keyring; never touches the user's.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))  # for tests.helpers.memkeyring
sys.path.insert(0, str(ROOT / "scripts"))
LANGUAGE = sys.argv[1] if len(sys.argv) > 1 else "en"
DOCS = ROOT / "docs" / LANGUAGE
_data = tempfile.mkdtemp(prefix="sd-shots-")
os.environ["SUPPORTDESK_DATA_DIR"] = _data
os.environ["SUPPORTDESK_PREFERENCES"] = str(Path(_data) / "preferences.json")
_config = Path(_data) / "config.toml"
_config.write_text(f'language = "{LANGUAGE}"\ndemo_members = 3000\n', encoding="utf-8")
os.environ["SUPPORTDESK_CONFIG"] = str(_config)

import keyring  # noqa: E402
from PySide6.QtWidgets import QApplication, QLineEdit  # noqa: E402
from screenshots import settle, wait_until  # noqa: E402

from tests.helpers.memkeyring import MemoryKeyring  # noqa: E402


def shot(widget, name: str) -> None:  # noqa: ANN001
    settle(350)
    widget.grab().save(str(DOCS / f"{name}.png"))


PENDING = {  # credits above the agents' limits, as agents would write them in each language
    "en": [("agent2", 40_000, "goodwill", "Missed connection in FRA, 9 h delay", "case 4711"),
           ("agent7", 12_500, "correction", "Partner accrual posted twice", None),
           ("agent3", 8_000, "goodwill", "Bag lost for 3 days on a honeymoon trip", None)],
    "de": [("agent2", 40_000, "goodwill", "Anschluss in FRA verpasst, 9 h Verspätung",
            "Vorgang 4711"),
           ("agent7", 12_500, "correction", "Partnergutschrift doppelt gebucht", None),
           ("agent3", 8_000, "goodwill", "Gepäck 3 Tage verloren, Hochzeitsreise", None)],
}


def propose_pending(url: str) -> None:
    from supportdesk.api.client import ApiClient, new_operation_id
    from supportdesk.domain.identifiers import demo_member_number

    for i, (who, miles, kind, reason, reference) in enumerate(PENDING[LANGUAGE]):
        client = ApiClient(url)
        client.login(who, "demo")
        client.propose_credit(demo_member_number(40 + i * 7), kind=kind, miles=miles,
                              reason=reason, reference=reference,
                              operation_id=new_operation_id())
        client.close()


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from supportdesk.config import load_config
    from supportdesk.gui.app import apply_look, set_icon, set_language
    from supportdesk.gui.controller import Controller
    from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

    app = QApplication(sys.argv[:1])
    apply_look(app)
    set_language(app)
    set_icon(app)
    DOCS.mkdir(parents=True, exist_ok=True)
    controller = Controller(load_config())
    controller.start()
    dialog = controller.dialog
    wait_until(lambda: controller.backend is not None, 300)
    propose_pending(controller.backend.server.url)
    dialog.ui.usernameEdit.setText("super1")
    shot(dialog, "signin")
    dialog.ui.passwordEdit.setText("demo")
    dialog.attempt()
    wait_until(lambda: controller.window is not None)
    window = controller.window
    for width, height, suffix in ((1280, 800, ""), (1024, 700, "-1024")):
        window.resize(width, height)
        window.show_lookup()
        window.lookup.ui.queryEdit.setText("schmi")
        wait_until(lambda: window.lookup.model.rowCount() > 0)
        shot(window, f"lookup{suffix}")
        number = window.lookup.model.hit(0).member_number
        # A name as heard on the phone: no name starts with it, the names that sound alike do.
        window.lookup.ui.queryEdit.setText("Majer")
        wait_until(lambda: window.lookup.model.rowCount() > 0
                   and window.lookup.model.hit(0).matched_by == "sound")
        shot(window, f"lookup-heard{suffix}")
        window.open_member(number)
        wait_until(lambda: window.member.account is not None
                   and window.member.account.member_number == number)
        wait_until(lambda: window.member.ledger.rowCount() > 0)
        shot(window, f"member{suffix}")
        window.actionQueue.trigger()
        queue = window.queue
        wait_until(lambda: not queue.loading and queue.model.rowCount() > 0)
        queue.ui.queueView.selectRow(0)
        wait_until(lambda: queue.detail is not None)
        shot(window, f"queue{suffix}")
        window.actionApprovals.trigger()
        wait_until(lambda: not window.approvals.loading and window.approvals.model.rowCount())
        shot(window, f"approvals{suffix}")
        window.actionAudit.trigger()
        audit = window.audit
        audit.findChild(QLineEdit, "memberEdit").setText(number)
        audit.refresh()
        wait_until(lambda: audit.model.rowCount() > 0)
        shot(window, f"audit{suffix}")
        window.actionRemediation.trigger()
        remediation = window.remediation
        remediation.fromEdit.setText(INCIDENT_FROM.strftime("%Y-%m-%d %H:%M:%S"))
        remediation.toEdit.setText(INCIDENT_TO.strftime("%Y-%m-%d %H:%M:%S"))
        remediation.preview()
        wait_until(lambda: remediation.entries.rowCount() > 0)
        shot(window, f"remediation{suffix}")
    window.resize(1280, 800)
    window.open_member(number)
    wait_until(lambda: window.member.account is not None)
    window.member.credit_action.trigger()
    wait_until(lambda: window.member.dialog is not None and window.member.dialog.isVisible())
    credit = window.member.dialog
    credit.ui.milesEdit.setText("1500")
    credit.ui.reasonEdit.setText("Goodwill")
    shot(credit, "credit-dialog")
    credit.reject()
    window.show_palette()
    wait_until(lambda: QApplication.activeModalWidget() is not None)
    palette = QApplication.activeModalWidget()
    palette.filterEdit.setText("mil" if LANGUAGE == "en" else "meil")
    shot(palette, "palette")
    palette.reject()
    window.show_shortcuts()
    wait_until(lambda: QApplication.activeModalWidget() is not None)
    shortcuts = QApplication.activeModalWidget()
    shot(shortcuts, "shortcuts")
    shortcuts.reject()
    window.show_settings()
    wait_until(lambda: QApplication.activeModalWidget() is not None)
    settings = QApplication.activeModalWidget()
    shot(settings, "settings")
    settings.reject()
    window.close()
    controller.shutdown()
    print("saved", *sorted(p.name for p in DOCS.glob("*.png")))
    return 0


if __name__ == "__main__":
    sys.exit(main())
