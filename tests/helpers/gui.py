"""Driving the real app's widgets: signing in through the sign-in dialog, typing into a
field, closing sessions, and the README's screenshots of states only a real flow reaches."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import Qt

from supportdesk.api.client import ApiClient
from supportdesk.gui.controller import Controller
from supportdesk.gui.mainwindow import MainWindow

WAIT = 10_000  # ms: how long a test waits for the server's answer to reach a widget


def screenshot(widget, name: str) -> None:  # noqa: ANN001
    """Save `widget` as `name` in $SUPPORTDESK_SCREENSHOTS (the README's pictures of states
    only a real flow reaches: `SUPPORTDESK_SCREENSHOTS=docs pytest …`); else nothing."""
    folder = os.environ.get("SUPPORTDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def sign_in(qtbot, ctl: Controller, username: str = "agent1",
            password: str = "demo") -> MainWindow:
    dialog = ctl.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.window is not None, timeout=10_000)
    window = ctl.window
    qtbot.addWidget(window)
    return window


def close_sessions(made: list[tuple[Controller, ApiClient]]) -> None:
    """Close the windows, join the workers (a live QThread at exit aborts the run)."""
    for ctl, client in made:
        for widget in (ctl.window, ctl.dialog):
            if widget is not None:
                widget.close()
        ctl.taskman.shutdown(wait=True)
        client.close()


def fill(qtbot, edit, text: str) -> None:  # noqa: ANN001
    edit.clear()
    qtbot.keyClicks(edit, text)
