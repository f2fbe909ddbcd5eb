"""The demo's first run (issue 17, item 6): the sign-in shows how far seeding has got while
the worker fills the demo database, and the demo notice says how to verify a demo caller."""

from __future__ import annotations

import logging
import logging.handlers
import re

import pytest
from PySide6.QtCore import QTimer

from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.domain.identifiers import demo_member_number, demo_pin_of, format_member_number
from supportdesk.gui.signin.dialog import demo_notice

PREPARING = re.compile(r"^Preparing the demo data… (\d+) %$")


def _drop_log_files() -> None:
    """The app's own log file handler (gui/app.py add_log_file), added by the start-up."""
    root = logging.getLogger()
    for handler in [h for h in root.handlers
                    if isinstance(h, logging.handlers.RotatingFileHandler)]:
        root.removeHandler(handler)
        handler.close()


@pytest.mark.slow
def test_first_run_shows_seeding_progress_then_the_demo_notice(qtbot, tmp_path, monkeypatch,
                                                               memory_keyring):
    from supportdesk.gui.controller import Controller

    config = tmp_path / "config.toml"
    config.write_text("demo_members = 600\nhealth_interval = 1\n", encoding="utf-8")
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(config))
    monkeypatch.setenv("SUPPORTDESK_DATA_DIR", str(tmp_path / "data"))
    ctl = Controller(None)
    shown: list[tuple[str, int]] = []  # the progress line as the dialog showed it, and ticks
    ticks = [0]
    timer = QTimer()
    timer.timeout.connect(lambda: ticks.__setitem__(0, ticks[0] + 1))
    timer.start(5)
    # Connected after the controller's own slot: runs once the dialog has shown the share.
    ctl.seeding.progressed.connect(
        lambda _share: shown.append((ctl.dialog.ui.progressLabel.text(), ticks[0])))
    ctl.start()
    try:
        qtbot.waitUntil(lambda: ctl.backend is not None, timeout=120_000)
        timer.stop()
        percents = [int(PREPARING.match(text).group(1)) for text, _ in shown]
        assert len(percents) >= 10 and percents == sorted(percents)
        assert percents[0] == 0 and percents[-1] == 100
        assert any(0 < p < 100 for p in percents)
        # The GUI thread kept running its event loop while the worker seeded.
        assert shown[-1][1] > shown[0][1]

        dialog = ctl.dialog
        assert dialog.ui.progressLabel.text() == ""  # ready: the progress line is gone
        assert dialog.ok_button.isEnabled() and dialog.ui.demoNotice.isVisible()
        notice = dialog.ui.demoNotice.text()
        assert notice == demo_notice()
        number = demo_member_number(1)
        assert f"member {format_member_number(number)}: PIN {demo_pin_of(number)}" in notice
        assert "last four digits of the member number" in notice
        assert "date of birth and postcode" in notice

        # What the notice tells a trainer works against the demo backend.
        api = ApiClient(ctl.backend.client.base_url)
        try:
            api.login("agent1", "demo")
            for index in (1, 42, 600):
                member = demo_member_number(index)
                told = member[-4:]  # "the last four digits of the member number"
                assert api.verify_caller(member, pin=told,
                                         operation_id=new_operation_id()).verified
        finally:
            api.close()
    finally:
        timer.stop()
        if ctl.dialog is not None:
            ctl.dialog.close()
        ctl.taskman.shutdown(wait=True)
        if ctl.backend is not None:
            ctl.backend.close()
        _drop_log_files()


def test_the_progress_line_is_shown_only_while_no_backend_is_there(qtbot, memory_keyring):
    from supportdesk.gui.signin.dialog import SignInDialog
    from supportdesk.gui.taskman import TaskManager
    from supportdesk.security.credentials import TokenStore

    taskman = TaskManager()
    dialog = SignInDialog(taskman, TokenStore())
    qtbot.addWidget(dialog)
    try:
        assert not dialog.ui.demoNotice.isVisible()
        dialog.show_seeding(0.4)
        assert dialog.ui.progressLabel.text() == "Preparing the demo data… 40 %"
        assert not dialog.ok_button.isEnabled()
        dialog.show_seeding(0.996)
        assert dialog.ui.progressLabel.text() == "Preparing the demo data… 100 %"
    finally:
        taskman.shutdown(wait=True)
