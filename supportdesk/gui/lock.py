"""The idle lock: after the configured minutes without a key or the mouse, the window hides
every member's data (its pages and every open dialog) behind a lock screen; the password the
agent signed in with unlocks it, offline too, and everything open comes back as it was."""

from __future__ import annotations

import time

from PySide6.QtCore import QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import (
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..security.sessions import MAX_UNLOCK_ATTEMPTS, PasswordVerifier
from .taskman import Op, TaskManager

_ACTIVITY = {QEvent.Type.KeyPress, QEvent.Type.MouseButtonPress, QEvent.Type.MouseMove,
             QEvent.Type.Wheel, QEvent.Type.TouchBegin}


class IdleWatcher(QObject):
    """`idle` once no key, click, wheel or mouse move reached the application's windows for
    `minutes` (0: never). Activity is noted, not acted on: a timer looks a few times per limit.

    The filter sits on each native window the agent focuses (input reaches a window before
    its widgets), not on the application: a Python filter there sees every event of every
    object and keeps a Python wrapper for each of them (2.7 MB more peak memory with a member
    open, bench gui_memory)."""

    idle = Signal()

    def __init__(self, minutes: float, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.limit = 0.0
        self.last = time.monotonic()
        self.paused = False
        self.timer = QTimer(self)
        self.timer.timeout.connect(self._check)
        self.set_minutes(minutes)

    def set_minutes(self, minutes: float) -> None:
        """Lock after `minutes` from now on (0: never); counted from the last activity."""
        self.stop()
        self.limit = minutes * 60.0
        self.timer.setInterval(int(max(0.25, min(15.0, self.limit / 4)) * 1000))
        if self.limit > 0:
            app = QGuiApplication.instance()
            app.focusWindowChanged.connect(self._watch)
            self._watch(app.focusWindow())
            self.timer.start()

    def _watch(self, window: QWindow | None) -> None:
        """A window the agent turned to: activity, and watched from now on (installing a
        filter twice keeps one)."""
        if window is not None:
            window.installEventFilter(self)
            self.last = time.monotonic()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() in _ACTIVITY:
            self.last = time.monotonic()
        return False

    def _check(self) -> None:
        if not self.paused and time.monotonic() - self.last >= self.limit:
            self.idle.emit()

    def stop(self) -> None:
        self.timer.stop()
        app = QGuiApplication.instance()
        if app is not None and self.limit > 0:
            app.focusWindowChanged.disconnect(self._watch)


class LockScreen(QWidget):
    """What the locked window shows: who is signed in, and a password box."""

    unlocked = Signal()
    sign_out = Signal(str)  # why

    def __init__(self, taskman: TaskManager, agent_name: str, username: str,
                 verifier: PasswordVerifier, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("lockScreen")
        self.taskman, self.verifier = taskman, verifier
        self.attempts = 0
        title = QLabel(self.tr("SupportDesk is locked"))
        title.setObjectName("lockTitle")
        who = QLabel(self.tr("Signed in: {0} ({1})").format(agent_name, username))
        kept = QLabel(self.tr("Member data is hidden; your open work is kept."))
        self.password = QLineEdit()
        self.password.setObjectName("unlockPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.returnPressed.connect(self.attempt)
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.unlock_button = QPushButton(self.tr("&Unlock"))
        self.unlock_button.setDefault(True)
        self.unlock_button.clicked.connect(self.attempt)
        self.sign_out_button = QPushButton(self.tr("Sign &out"))
        self.sign_out_button.clicked.connect(lambda: self.sign_out.emit(""))
        form = QFormLayout()
        form.addRow(self.tr("&Password:"), self.password)
        buttons = QHBoxLayout()
        buttons.addStretch(1)
        buttons.addWidget(self.sign_out_button)
        buttons.addWidget(self.unlock_button)
        box = QFrame()
        box.setObjectName("lockBox")
        box.setMinimumWidth(480)
        inner = QVBoxLayout(box)
        for widget in (title, who, kept):
            inner.addWidget(widget)
        inner.addLayout(form)
        inner.addWidget(self.message)
        inner.addLayout(buttons)
        outer = QVBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 0, Qt.AlignmentFlag.AlignHCenter)
        outer.addStretch(2)
        self.setFocusProxy(self.password)

    def attempt(self) -> None:
        typed = self.password.text()
        if not typed or not self.password.isEnabled():
            return
        self.password.setEnabled(False)
        verifier = self.verifier
        (Op(self.taskman, self, lambda: verifier.matches(typed))
         .success(self._checked).run())

    def _checked(self, matches: bool) -> None:
        self.password.setEnabled(True)
        self.password.clear()
        if matches:
            self.attempts = 0
            self.message.clear()
            self.unlocked.emit()
            return
        self.attempts += 1
        left = MAX_UNLOCK_ATTEMPTS - self.attempts
        if left <= 0:
            self.sign_out.emit(self.tr(
                "The locked session was signed out after {0} wrong passwords.").format(
                    MAX_UNLOCK_ATTEMPTS))
            return
        self.message.setText(self.tr("Wrong password; %n attempt(s) left before the session "
                                     "is signed out.", "", left))
        self.password.setFocus()
