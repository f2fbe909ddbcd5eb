"""Screenshots of the incident-response screens against the embedded demo: the member page
with a value revealed (and the reveal dialog), the supervisor's audit trail, and the
remediation workbench previewing the demo's incident window.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_incident.py
"""

from __future__ import annotations

import sys

import keyring
from PySide6.QtWidgets import QApplication
from screenshots import DOCS, settle, wait_until  # sets the data folder up

from tests.helpers.memkeyring import MemoryKeyring


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from supportdesk.config import Config
    from supportdesk.domain.identifiers import demo_member_number
    from supportdesk.gui.app import apply_look, set_icon
    from supportdesk.gui.controller import Controller

    app = QApplication(sys.argv[:1])
    apply_look(app)
    set_icon(app)
    controller = Controller(Config())
    controller.start()
    wait_until(lambda: controller.backend is not None, 180)
    dialog = controller.dialog
    dialog.ui.usernameEdit.setText("super1")
    dialog.ui.passwordEdit.setText("demo")
    dialog.attempt()
    wait_until(lambda: controller.window is not None)
    window = controller.window
    window.resize(1280, 760)
    window.show()

    # Reveal: the dialog, then the value shown with its countdown.
    number = demo_member_number(42)
    window.open_member(number)
    wait_until(lambda: window.member.account is not None)
    member = window.member
    member.open_reveal_dialog()
    wait_until(lambda: member.dialog is not None and member.dialog.isVisible())
    reveal = member.dialog
    reveal.field_boxes["email"].setChecked(True)
    reveal.field_boxes["phone"].setChecked(True)
    reveal.reason_box.setCurrentIndex(max(0, reveal.reason_box.findData("caller_verified")))
    reveal.text_edit.setText("Caller verified by date of birth and postcode")
    settle()
    reveal.grab().save(str(DOCS / "reveal-dialog.png"))
    reveal.submit()
    wait_until(lambda: not reveal.isVisible(), 30)
    settle(600)
    window.grab().save(str(DOCS / "revealed.png"))

    # The audit trail, filtered by that member: the read, the reveal with its reason.
    window.show_audit()
    page = window.audit
    page.edits["member"].setText(number)
    page.refresh()
    wait_until(lambda: page.model.rowCount() > 0, 30)
    page.view.selectRow(0)
    settle(600)
    window.grab().save(str(DOCS / "audit-trail.png"))

    # The remediation workbench: the demo's incident window, web donations and redemptions.
    window.show_remediation()
    rem = window.remediation
    rem.fromEdit.setText("2026-10-27 15:00:00")
    rem.toEdit.setText("2026-10-27 15:40:00")
    for name, box in rem.typeBoxes.items():
        box.setChecked(name in ("donation", "award_redemption"))
    for name, box in rem.channelBoxes.items():
        box.setChecked(name == "web")
    rem.preview()
    wait_until(lambda: rem.entriesView.model() is not None
               and rem.entriesView.model().rowCount() > 0, 60)
    settle(600)
    window.grab().save(str(DOCS / "remediation.png"))

    window.close()
    controller.shutdown()
    print("saved reveal-dialog.png revealed.png audit-trail.png remediation.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
