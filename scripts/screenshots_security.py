"""Screenshots of the security states: the idle lock and the security alert.

    xvfb-run -a -s "-screen 0 1600x1000x24" .venv/bin/python scripts/screenshots_security.py

The alert is raised by a real refused answer: a look-up behind a cache that answers every
search with the first one's body (tests/helpers/intermediaries.py) in front of the demo.
"""

from __future__ import annotations

import sys

import keyring
from PySide6.QtWidgets import QApplication
from screenshots import DOCS, settle, wait_until  # noqa: F401 - sets the data folder up

from tests.helpers.intermediaries import caching_proxy
from tests.helpers.memkeyring import MemoryKeyring


def main() -> int:
    keyring.set_keyring(MemoryKeyring())
    from supportdesk.api.client import ApiClient
    from supportdesk.backend import Backend, start_demo
    from supportdesk.config import Config
    from supportdesk.domain.identifiers import demo_member_number
    from supportdesk.gui.app import apply_look, set_icon
    from supportdesk.gui.controller import Controller

    app = QApplication(sys.argv[:1])
    apply_look(app)
    set_icon(app)
    demo = start_demo(Config())
    with caching_proxy(demo.client.base_url, echo=True) as (url, _served):
        client = ApiClient(url)
        backend = Backend(client, "supportdesk.example.com", "shots", demo=False)
        controller = Controller(Config(backend_url=url), backend=backend)
        controller.start()
        dialog = controller.dialog
        dialog.ui.usernameEdit.setText("agent1")
        dialog.ui.passwordEdit.setText("demo")
        dialog.attempt()
        wait_until(lambda: controller.window is not None)
        window = controller.window
        window.resize(1280, 760)
        window.show()
        lookup = window.lookup
        lookup.ui.queryEdit.setText(demo_member_number(12))
        wait_until(lambda: lookup.model.rowCount() == 1)
        window.open_member(demo_member_number(12))
        wait_until(lambda: window.member.account is not None)
        window.show_lookup()
        lookup.ui.queryEdit.setText(demo_member_number(13))  # the cache answers member 12
        wait_until(lambda: window.security_alert.isVisible())
        settle(800)
        window.grab().save(str(DOCS / "security-alert.png"))
        window.open_member(demo_member_number(12))
        settle(500)
        window.member.credit_action.trigger()
        wait_until(lambda: window.member.dialog is not None and window.member.dialog.isVisible())
        window.member.dialog.ui.reasonEdit.setText("Lounge closed; typed before the lock")
        window.lock()
        settle(500)
        window.grab().save(str(DOCS / "locked.png"))
        window.lock_screen.password.setText("demo")
        window.lock_screen.attempt()
        wait_until(lambda: not window.locked)
        window.close()
        controller.shutdown()
    demo.close()
    QApplication.processEvents()
    print("saved security-alert.png locked.png")
    return 0


if __name__ == "__main__":
    sys.exit(main())
