"""GUI fixtures: real widgets on the offscreen platform, against the real server."""

from __future__ import annotations

import os
from collections.abc import Iterator
from pathlib import Path

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.gui.controller import Controller
from supportdesk.gui.mainwindow import MainWindow
from supportdesk.security.credentials import TokenStore


def screenshot(widget, name: str) -> None:  # noqa: ANN001
    """Save `widget` as `name` in $SUPPORTDESK_SCREENSHOTS (the README's pictures of states
    only a real flow reaches: `SUPPORTDESK_SCREENSHOTS=docs pytest …`); else nothing."""
    folder = os.environ.get("SUPPORTDESK_SCREENSHOTS")
    if folder:
        widget.grab().save(str(Path(folder) / name))


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    for item in items:
        if "/tests/gui/" in str(item.fspath).replace("\\", "/"):
            item.add_marker(pytest.mark.gui)


@pytest.fixture
def backend(live_server) -> Iterator[Backend]:
    client = ApiClient(live_server.url, read_timeout=10)
    yield Backend(client, f"test {live_server.host}:{live_server.port}", "test-backend",
                  demo=False)
    client.close()


@pytest.fixture
def controller(qtbot, backend, memory_keyring) -> Iterator[Controller]:
    ctl = Controller(Config(backend_url=backend.client.base_url), tokens=TokenStore(),
                     backend=backend)
    ctl.start()
    yield ctl
    for widget in (ctl.window, ctl.dialog):
        if widget is not None:
            widget.close()
    # Wait for worker threads before the widgets go: nothing may outlive the test.
    ctl.taskman.shutdown(wait=True)


def sign_in(qtbot, ctl: Controller, username: str = "agent1",
            password: str = "demo") -> MainWindow:
    dialog = ctl.dialog
    assert dialog is not None
    qtbot.keyClicks(dialog.ui.usernameEdit, username)
    qtbot.keyClicks(dialog.ui.passwordEdit, password)
    from PySide6.QtCore import Qt

    qtbot.keyClick(dialog.ui.passwordEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: ctl.window is not None, timeout=10_000)
    window = ctl.window
    qtbot.addWidget(window)
    return window


@pytest.fixture
def window(qtbot, controller) -> MainWindow:
    return sign_in(qtbot, controller)


@pytest.fixture
def sessions(qtbot, live_server, memory_keyring):
    """open_session(username) → a signed-in MainWindow with its own controller and client,
    so an agent and a supervisor can work side by side in one test."""
    made: list[tuple[Controller, ApiClient]] = []

    def open_session(username: str):  # noqa: ANN202
        client = ApiClient(live_server.url, read_timeout=10)
        backend = Backend(client, f"test {username}", f"test-{username}", demo=False)
        ctl = Controller(Config(backend_url=client.base_url), tokens=TokenStore(),
                         backend=backend)
        ctl.start()
        made.append((ctl, client))
        return sign_in(qtbot, ctl, username)

    yield open_session
    close_sessions(made)


def close_sessions(made: list[tuple[Controller, ApiClient]]) -> None:
    """Close the windows, join the workers (a live QThread at exit aborts the run)."""
    for ctl, client in made:
        for widget in (ctl.window, ctl.dialog):
            if widget is not None:
                widget.close()
        ctl.taskman.shutdown(wait=True)
        client.close()


@pytest.fixture
def api(signed_in):  # noqa: ANN001, ANN201
    """api(username) → a signed-in ApiClient of that person (tests/conftest.py: signed_in)."""
    return signed_in
