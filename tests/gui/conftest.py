"""GUI fixtures: real widgets on the offscreen platform, against the real server."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from supportdesk.api.client import ApiClient
from supportdesk.backend import Backend
from supportdesk.config import Config
from supportdesk.gui.controller import Controller
from supportdesk.gui.mainwindow import MainWindow
from supportdesk.security.credentials import TokenStore

from ..helpers.gui import close_sessions, sign_in


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
def controller(qtbot, backend, memory_keyring, tmp_path) -> Iterator[Controller]:
    # A data folder of its own: a store left by an earlier test is sealed with that test's
    # in-memory key, and opening it logs "sealed with another key".
    ctl = Controller(Config(backend_url=backend.client.base_url), tokens=TokenStore(),
                     backend=backend, data_folder=tmp_path / "data")
    ctl.start()
    yield ctl
    for widget in (ctl.window, ctl.dialog):
        if widget is not None:
            widget.close()
    # Wait for worker threads before the widgets go: nothing may outlive the test.
    ctl.taskman.shutdown(wait=True)


@pytest.fixture
def window(qtbot, controller) -> MainWindow:
    return sign_in(qtbot, controller)


@pytest.fixture
def sessions(qtbot, live_server, memory_keyring, tmp_path):
    """open_session(username) → a signed-in MainWindow with its own controller and client,
    so an agent and a supervisor can work side by side in one test (in a data folder of the
    test's own, as `controller`)."""
    made: list[tuple[Controller, ApiClient]] = []

    def open_session(username: str):  # noqa: ANN202
        client = ApiClient(live_server.url, read_timeout=10)
        backend = Backend(client, f"test {username}", f"test-{username}", demo=False)
        ctl = Controller(Config(backend_url=client.base_url), tokens=TokenStore(),
                         backend=backend, data_folder=tmp_path / "data")
        ctl.start()
        made.append((ctl, client))
        return sign_in(qtbot, ctl, username)

    yield open_session
    close_sessions(made)


@pytest.fixture
def api(signed_in):  # noqa: ANN001, ANN201
    """api(username) → a signed-in ApiClient of that person (tests/conftest.py: signed_in)."""
    return signed_in


@pytest.fixture
def german(qapp):
    """The app's German translators on the test's QApplication, as app.main installs them;
    removed afterwards (one QApplication serves every test)."""
    from supportdesk.gui import i18n

    assert i18n.install(qapp, "de") == "de"
    yield
    i18n.uninstall(qapp)
