"""The session flow: backend → sign-in → main window → sign-out → sign-in again."""

from __future__ import annotations

import logging

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QDialog

from ..backend import Backend, connect_configured, start_demo
from ..config import Config
from ..security.credentials import TokenStore
from .mainwindow import MainWindow
from .signin.dialog import SignInDialog
from .taskman import Op, TaskManager

log = logging.getLogger(__name__)


class Controller(QObject):
    def __init__(self, config: Config, *, data_folder=None, tokens: TokenStore | None = None,  # noqa: ANN001
                 backend: Backend | None = None) -> None:
        super().__init__()
        self.config = config
        self.data_folder = data_folder
        self.taskman = TaskManager(self)
        self.tokens = tokens or TokenStore()
        self.backend = backend
        self.dialog: SignInDialog | None = None
        self.window: MainWindow | None = None

    def start(self) -> None:
        self.show_sign_in()
        if self.backend is not None:
            self.dialog.set_backend(self.backend)
            return
        config, folder = self.config, self.data_folder
        if config.demo:
            work = lambda: start_demo(config, folder)  # noqa: E731
        else:
            work = lambda: connect_configured(config)  # noqa: E731
        (Op(self.taskman, self, work)
         .success(self._backend_ready)
         .failure(lambda error: self.dialog and self.dialog.set_backend_failed(error))
         .run())

    def _backend_ready(self, backend: Backend) -> None:
        self.backend = backend
        if self.dialog is not None:
            self.dialog.set_backend(backend)

    def show_sign_in(self) -> None:
        self.dialog = SignInDialog(self.taskman, self.tokens)
        if self.backend is not None:
            self.dialog.set_backend(self.backend)
        self.dialog.finished.connect(self._sign_in_finished)
        self.dialog.show()

    def _sign_in_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        if result != QDialog.DialogCode.Accepted or dialog.result_login is None:
            return  # the app quits when its last window closes
        assert self.backend is not None
        self.window = MainWindow(self.taskman, self.backend, dialog.result_login.agent,
                                 token_in_keyring=dialog.stored_in_keyring)
        self.window.sign_out_requested.connect(self.sign_out)
        self.window.show()

    def sign_out(self, reason: str = "") -> None:
        window, self.window = self.window, None
        if window is None or self.backend is None:
            return
        backend, tokens, username = self.backend, self.tokens, window.agent.username

        def work() -> None:
            try:
                backend.client.logout()
            finally:
                tokens.delete(backend.backend_id, username)

        # Show the sign-in first so the app never has zero windows (it would quit).
        self.show_sign_in()
        if reason:
            self.dialog.ui.errorLabel.setText(reason)
            self.dialog.ui.usernameEdit.setText(username)
            self.dialog.ui.passwordEdit.setFocus()
        window.close()
        window.deleteLater()
        Op(self.taskman, self, work).failure(
            lambda error: log.warning("sign-out on the server failed: %s", error)).run()

    def shutdown(self) -> None:
        self.taskman.shutdown(wait=True)
        if self.backend is not None:
            self.backend.close()
            self.backend = None
