"""Sign-in: the token goes to the OS keyring, or stays in memory with a visible notice; with
no keyring the password also opens the agent's local store, offline too (security/signin.py)."""

from __future__ import annotations

import logging
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.identifiers import demo_member_number, demo_pin_of, format_member_number
from ...errors import AuthError, RateLimited, SupportDeskError
from ...security.events import event_of
from ...security.sessions import PasswordVerifier
from ...security.signin import SignedIn, begin_afresh, keep_with_previous, sign_in
from ..errors import describe
from ..forms.ui_signin_dialog import Ui_SignInDialog
from ..messages import error_text
from ..taskman import Op, TaskManager

if TYPE_CHECKING:
    from ...api.models import LoginResult
    from ...backend import Backend
    from ...security.credentials import TokenStore

log = logging.getLogger(__name__)
translate = QCoreApplication.translate


def demo_notice() -> str:
    """The demo sign-in's hint: who to sign in as, and how to verify a demo caller (the demo
    PIN rule, domain.identifiers.demo_pin_of). Shown with the demo backend only."""
    example = demo_member_number(1)
    return translate("SignInDialog",
                     "Demo backend — fictional data. Sign in as agent1 … agent20 or super1 … "
                     "super3, password demo.\nDemo callers: the PIN is the last four digits of "
                     "the member number (member {0}: PIN {1}); the date of birth and postcode "
                     "can be revealed on the account.").format(format_member_number(example),
                                                               demo_pin_of(example))


class SignInDialog(QDialog):
    def __init__(self, taskman: TaskManager, tokens: TokenStore | None,
                 parent: QWidget | None = None, *, store_folder: Path | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_SignInDialog()
        self.ui.setupUi(self)
        self.taskman = taskman
        self.tokens = tokens
        self.backend: Backend | None = None
        self.result_login: LoginResult | None = None
        self.result_verifier: PasswordVerifier | None = None  # unlocks the idle lock
        self.stored_in_keyring = False
        self.result: SignedIn | None = None  # the whole outcome (offline, the store's key)
        self.store_folder = store_folder  # where a password-wrapped store lives (no keyring)
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
                "ends when SupportDesk closes; your password locks the work kept here, and "
                "opens it when the backend cannot be reached."))
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
            self.ui.demoNotice.setText(demo_notice())
            self.adjustSize()  # the notice's lines, whole

    def show_seeding(self, share: float) -> None:
        """First run of the demo: how far seeding its data has got (0.0 … 1.0)."""
        if self.backend is None:
            self.ui.progressLabel.setText(
                self.tr("Preparing the demo data… {0} %").format(round(share * 100)))

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
        backend, tokens, folder = self.backend, self.tokens, self.store_folder

        def work() -> SignedIn:
            return sign_in(backend.client, tokens, backend.backend_id, username, password,
                           folder)

        self._set_busy(True)
        Op(self.taskman, self, work).success(self._signed_in).failure(self._failed).run()

    def _set_busy(self, busy: bool) -> None:
        self._busy = busy
        for widget in (self.ui.usernameEdit, self.ui.passwordEdit, self.ok_button):
            widget.setEnabled(not busy)
        self.ui.progressLabel.setText(self.tr("Signing in…") if busy else "")

    def _signed_in(self, outcome: SignedIn) -> None:
        if outcome.password_changed is not None:
            self._ask_previous(outcome)
            return
        self._set_busy(False)
        self.result = outcome
        self.result_login, self.stored_in_keyring = outcome.login, outcome.in_keyring
        self.result_verifier = outcome.verifier
        self.ui.passwordEdit.clear()
        self.accept()

    def _ask_previous(self, signed: SignedIn) -> None:
        """Signed in with a new password; the work kept here was locked with the previous
        one: ask for it once (or start afresh). Esc goes on without the local store."""
        from .previous import PreviousPasswordDialog

        password = self.ui.passwordEdit.text()
        ask = PreviousPasswordDialog(self)
        self.previous_dialog = ask

        def done(outcome: SignedIn) -> None:
            ask.done(QDialog.DialogCode.Accepted)
            self._signed_in(outcome)

        def refused(error: BaseException) -> None:
            if not isinstance(error, AuthError):
                raise error
            ask.refused(error_text(error))

        def keep(previous: str) -> None:
            (Op(self.taskman, self, lambda: keep_with_previous(signed, previous, password))
             .success(done).failure(refused).run())

        def afresh() -> None:
            ask.set_busy(True)
            Op(self.taskman, self, lambda: begin_afresh(signed, password)).success(done).run()

        def without_store(result: int) -> None:
            if result != QDialog.DialogCode.Accepted:
                self._signed_in(SignedIn(signed.agent, signed.verifier, False, signed.login))

        ask.keep.connect(keep)
        ask.afresh.connect(afresh)
        ask.finished.connect(without_store)
        ask.open()

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
