"""Sign-in: the token goes to the OS keyring, or stays in memory with a visible notice."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...errors import AuthError, RateLimited, SupportDeskError
from ...security.events import event_of
from ...security.sessions import PasswordVerifier
from ..errors import describe
from ..forms.ui_signin_dialog import Ui_SignInDialog
from ..messages import error_text
from ..taskman import Op, TaskManager

if TYPE_CHECKING:
    from ...api.models import LoginResult
    from ...backend import Backend
    from ...security.credentials import TokenStore

log = logging.getLogger(__name__)


class SignInDialog(QDialog):
    def __init__(self, taskman: TaskManager, tokens: TokenStore | None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.taskman = taskman
        self.tokens = tokens
        self.backend: Backend | None = None
        self.result_login: LoginResult | None = None
        self.result_verifier: PasswordVerifier | None = None  # unlocks the idle lock
        self.stored_in_keyring = False
        self.caught: list[BaseException] = []  # refused sign-in answers, reported once in
        self._busy = False
        self.ok_button = self.ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        self.ok_button.setText(self.tr("&Sign in"))
        self.ui.buttonBox.accepted.connect(self.attempt)
        self.ui.buttonBox.rejected.connect(self.reject)
        self.ui.passwordEdit.textChanged.connect(self._clear_error)
        self.ui.demoNotice.hide()
        self.ui.errorLabel.clear()
        self.ui.keyringNotice.hide()
        if tokens is not None:
            self.set_tokens(tokens)
        self._set_waiting(self.tr("Connecting to the backend…"))
        self.ui.usernameEdit.setFocus()

    # -- backend ------------------------------------------------------------------------

    def set_tokens(self, tokens: TokenStore) -> None:
        """Where the token will be kept is known once the keyring has been probed."""
        self.tokens = tokens
        if not tokens.secure:
            self.ui.keyringNotice.setText(self.tr(
                "No secure keyring on this computer: your sign-in is kept in memory only and "
                "ends when SupportDesk closes."))
            self.ui.keyringNotice.show()
        else:
            self.ui.keyringNotice.hide()

    def _set_waiting(self, message: str) -> None:
        self.ui.backendLabel.setText(self.tr("Backend: …"))
        self.ui.progressLabel.setText(message)
        self.ok_button.setEnabled(False)

    def set_backend(self, backend: Backend) -> None:
        self.backend = backend
        self.ui.backendLabel.setText(self.tr("Backend: {0}").format(backend.label))
        self.ui.demoNotice.setVisible(backend.demo)
        self.ui.progressLabel.clear()
        self.ok_button.setEnabled(True)
        if backend.demo:
            self.setWindowTitle(self.tr("Sign in — SupportDesk DEMO"))

    def set_backend_failed(self, error: BaseException) -> None:
        _title, message = describe(error)
        self.ui.progressLabel.clear()
        self.ui.errorLabel.setText(message)
        self.ok_button.setEnabled(False)

    # -- signing in ---------------------------------------------------------------------

    def _clear_error(self) -> None:
        if not self._busy:
            self.ui.errorLabel.clear()

    def attempt(self) -> None:
        if self._busy or self.backend is None or self.tokens is None:
            return
        username = self.ui.usernameEdit.text().strip()
        password = self.ui.passwordEdit.text()
        if not username:
            self.ui.errorLabel.setText(self.tr("Enter your user name."))
            self.ui.usernameEdit.setFocus()
            return
        if not password:
            self.ui.errorLabel.setText(self.tr("Enter your password."))
            self.ui.passwordEdit.setFocus()
            return
        backend, tokens = self.backend, self.tokens

        def work() -> tuple[LoginResult, bool, PasswordVerifier]:
            result = backend.client.login(username, password)
            return (result, tokens.save(backend.backend_id, result.agent.username, result.token),
                    PasswordVerifier.of(password))

        self._set_busy(True)
        Op(self.taskman, self, work).success(self._signed_in).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit, self.ok_button):
            widget.setEnabled(not busy)
        self.ui.progressLabel.setText(self.tr("Signing in…") if busy else "")

    def _signed_in(self, outcome: tuple[LoginResult, bool, PasswordVerifier]) -> None:
        self._set_busy(False)
        self.result_login, self.stored_in_keyring, self.result_verifier = outcome
        self.ui.passwordEdit.clear()
        self.accept()

    def _failed(self, error: BaseException) -> None:
        self._set_busy(False)
        if event_of(error) is not None:
            self.caught.append(error)  # reported once someone is signed in
        if isinstance(error, AuthError | RateLimited):
            self.ui.errorLabel.setText(error_text(error))
            self.ui.passwordEdit.selectAll()
            self.ui.passwordEdit.setFocus()
        elif isinstance(error, SupportDeskError):
            self.ui.errorLabel.setText(describe(error)[1])
            self.ui.passwordEdit.setFocus()  # not left on Cancel, where Enter would quit
        else:
            raise error
        self.adjustSize()
