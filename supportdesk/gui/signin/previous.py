"""Asked once after a password change, on a computer without a keyring: the work kept here
was locked with the previous password (store/keywrap.py). Typing it keeps that work (the key
is wrapped again under the new password); "Start afresh" sets the old store aside for IT."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)


class PreviousPasswordDialog(QDialog):
    keep = Signal(str)  # the previous password typed
    afresh = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("previousPasswordDialog")
        self.setWindowTitle(self.tr("Your password has changed"))
        self.setMinimumWidth(520)
        text = QLabel(self.tr(
            "Your work kept on this computer (queued changes, offline copies) was locked with "
            "your previous password. Type it once to keep that work; from now on your new "
            "password opens it."))
        text.setWordWrap(True)
        self.password = QLineEdit()
        self.password.setObjectName("previousPassword")
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.textChanged.connect(lambda: self.message.clear())
        self.password.returnPressed.connect(self._keep)  # Enter keeps, whatever has focus
        self.message = QLabel()
        self.message.setObjectName("errorLabel")
        self.message.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("&Previous password:"), self.password)
        buttons = QDialogButtonBox()
        self.keep_button = QPushButton(self.tr("&Keep my work"))
        self.keep_button.setDefault(True)
        self.afresh_button = QPushButton(self.tr("Start &afresh"))
        self.afresh_button.setAutoDefault(False)  # Enter never sets the work aside
        self.afresh_button.setToolTip(self.tr(
            "The work locked with the previous password is set aside, unread, for IT; "
            "nothing in it is sent."))
        buttons.addButton(self.keep_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.afresh_button, QDialogButtonBox.ButtonRole.DestructiveRole)
        self.keep_button.clicked.connect(self._keep)
        self.afresh_button.clicked.connect(self.afresh.emit)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addLayout(form)
        layout.addWidget(self.message)
        layout.addWidget(buttons)
        self.password.setFocus()

    def _keep(self) -> None:
        if self.password.text() and self.password.isEnabled():
            self.set_busy(True)
            self.keep.emit(self.password.text())

    def set_busy(self, busy: bool) -> None:
        for widget in (self.password, self.keep_button, self.afresh_button):
            widget.setEnabled(not busy)

    def refused(self, message: str) -> None:
        self.set_busy(False)
        self.password.clear()
        self.message.setText(message)
        self.password.setFocus()
