"""After an offline sign-in (no keyring: the password opened the local store), a line under
the banner asks for the password again to sign in to the backend; until then nothing is
sent, and once it is, what waited goes (security/signin.py: `sign_in_again`)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QFrame, QHBoxLayout, QLabel, QLineEdit, QPushButton, QWidget

from ...errors import AuthError, RateLimited, SupportDeskError
from ...security.events import event_of
from ...security.signin import SignedIn, StoreKey, sign_in_again
from ..errors import describe
from ..messages import error_text
from ..taskman import Op, TaskManager

if TYPE_CHECKING:
    from ...api.models import AgentInfo
    from ...backend import Backend
    from ...security.credentials import TokenStore


class SignInAgainBar(QFrame):
    signed_in = Signal(object)  # SignedIn: online now, as the same agent
    caught = Signal(object)  # a refused sign-in answer: a security event to report

    def __init__(self, taskman: TaskManager, backend: Backend, tokens: TokenStore,
                 agent: AgentInfo, store: StoreKey, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("signInAgainBar")
        self.taskman, self.backend, self.tokens = taskman, backend, tokens
        self.agent, self.store = agent, store
        self.text = QLabel(self.tr(
            "Signed in offline: your work is kept on this computer and sent once you sign in "
            "to the backend."))
        self.text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("signInAgainPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Password"))
        self.password.setAccessibleName(self.tr("Password for the backend"))
        self.password.returnPressed.connect(self.attempt)
        self.button = QPushButton(self.tr("Sign in and &send"))
        self.button.setToolTip(self.tr("Sign in to the backend with your password and send "
                                       "the work kept on this computer (Alt+S)"))
        self.button.clicked.connect(self.attempt)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        self.message.hide()
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 4, 8, 4)
        row.addWidget(self.text, 1)
        row.addWidget(self.message, 1)
        row.addWidget(self.password)
        row.addWidget(self.button)

    def backend_back(self) -> None:
        """The backend answers again: say so (once the agent signs in, the queue goes)."""
        self.text.setText(self.tr(
            "The backend answers again: type your password to sign in and send the work "
            "kept on this computer."))

    def attempt(self) -> None:
        typed = self.password.text()
        if not self.password.isEnabled():
            return
        if not typed:  # Alt+S with nothing typed: to the password field
            self.password.setFocus()
            return
        self._busy(True)
        backend, tokens, agent, store = self.backend, self.tokens, self.agent, self.store
        (Op(self.taskman, self, lambda: sign_in_again(
            backend.client, tokens, backend.backend_id, agent, store, typed))
         .success(self._done).failure(self._failed).run())

    def _busy(self, busy: bool) -> None:
        self.password.setEnabled(not busy)
        self.button.setEnabled(not busy)

    def _done(self, signed: SignedIn) -> None:
        self._busy(False)
        self.password.clear()
        self.signed_in.emit(signed)

    def _failed(self, error: BaseException) -> None:
        self._busy(False)
        if not isinstance(error, SupportDeskError):
            raise error
        if event_of(error) is not None:
            self.caught.emit(error)
        text = error_text(error) if isinstance(error, AuthError | RateLimited) \
            else describe(error)[1]
        self.message.setText(text)
        self.message.show()
        self.password.selectAll()
        self.password.setFocus()
