"""One place decides how an error is shown; a crash handler with copyable details."""

from __future__ import annotations

import logging
import sys
import threading
import traceback
from types import TracebackType

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from .. import __version__
from ..errors import (
    AuthError,
    ConfigError,
    Forbidden,
    InvalidInput,
    OfflineError,
    RefusedOffline,
    SecurityError,
    SupportDeskError,
)
from ..operations import Kind
from .messages import error_text, offline_reason

log = logging.getLogger(__name__)


translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def describe(error: BaseException) -> tuple[str, str]:
    """(title, message) for an error, in words for the agent."""
    if isinstance(error, RefusedOffline) and isinstance(error.kind, Kind):
        return translate("errors", "Backend not reachable"), translate(
            "errors", "Offline: {0} Nothing was saved or sent.").format(
                offline_reason(error.kind))
    if not isinstance(error, SupportDeskError):
        return translate("errors", "Unexpected error"), f"{type(error).__name__}: {error}"
    for kind, title in _TITLES:
        if isinstance(error, kind):
            return translate("errors", title), error_text(error)
    return translate("errors", "Cannot do that"), error_text(error)


_TITLES = (  # the first that applies
    (SecurityError, QT_TRANSLATE_NOOP("errors", "Security stop")),
    (AuthError, QT_TRANSLATE_NOOP("errors", "Sign in again")),
    (Forbidden, QT_TRANSLATE_NOOP("errors", "Not allowed")),
    (OfflineError, QT_TRANSLATE_NOOP("errors", "Backend not reachable")),
    (ConfigError, QT_TRANSLATE_NOOP("errors", "Configuration problem")),
    (InvalidInput, QT_TRANSLATE_NOOP("errors", "Check the input")),
)


def _window_of(owner: QObject | None) -> QWidget | None:
    """The widget a message about `owner` belongs to: itself or its nearest widget parent (a
    background task may be owned by a plain QObject, such as the sync controller)."""
    while owner is not None and not isinstance(owner, QWidget):
        owner = owner.parent()
    return owner


def show_error(parent: QObject | None, error: BaseException) -> None:
    parent = _window_of(parent)
    if not isinstance(error, SupportDeskError):
        # A bug (a ValueError too, unless the core typed it as the agent's): full details,
        # copyable, and its traceback in the log for IT.
        show_crash(type(error), error, error.__traceback__, parent)
        return
    title, message = describe(error)
    log.warning("%s: %s", title, message)
    box = QMessageBox(QMessageBox.Icon.Warning, title, message, QMessageBox.StandardButton.Ok,
                      parent)
    request_id = getattr(error, "request_id", None)
    if request_id:
        box.setDetailedText(translate("errors", "Request ID: {0}").format(request_id))
    box.open()


class CrashDialog(QDialog):
    def __init__(self, details: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("crashDialog")
        self.setWindowTitle(translate("errors", "SupportDesk — unexpected error"))
        layout = QVBoxLayout(self)
        intro = QLabel(translate(
            "errors", "Something went wrong inside SupportDesk. Your work on the server is not "
            "affected by this message. Copy the details and send them to IT support."))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.details = QPlainTextEdit(details)
        self.details.setReadOnly(True)
        self.details.setMinimumSize(560, 240)
        layout.addWidget(self.details)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.copy_button = QPushButton(translate("errors", "&Copy details"))
        buttons.addButton(self.copy_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.copy_button.clicked.connect(self.copy_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details.toPlainText())


def crash_details(kind: type[BaseException], value: BaseException,
                  tb: TracebackType | None) -> str:
    import platform  # ~5 ms: off the cold-start path

    return (
        f"SupportDesk {__version__}\nPython {platform.python_version()} on "
        f"{platform.platform()}\nThread: {threading.current_thread().name}\n\n"
        + "".join(traceback.format_exception(kind, value, tb))
    )


_open_dialogs: list[CrashDialog] = []


def show_crash(kind: type[BaseException], value: BaseException, tb: TracebackType | None,
               parent: QWidget | None = None) -> None:
    details = crash_details(kind, value, tb)
    log.error("unexpected error\n%s", details)
    if QCoreApplication.instance() is None:
        return
    dialog = CrashDialog(details, parent)
    _open_dialogs.append(dialog)
    dialog.finished.connect(lambda _r: _open_dialogs.remove(dialog))
    dialog.open()


def install_crash_handler() -> None:
    """Uncaught exceptions (GUI thread and workers) become a dialog, not a silent exit."""

    def excepthook(kind, value, tb) -> None:  # noqa: ANN001
        if issubclass(kind, KeyboardInterrupt):
            sys.__excepthook__(kind, value, tb)
            return
        show_crash(kind, value, tb)

    def thread_hook(args: threading.ExceptHookArgs) -> None:
        log.error("uncaught error in thread %s", args.thread.name if args.thread else "?",
                  exc_info=(args.exc_type, args.exc_value, args.exc_traceback))

    sys.excepthook = excepthook
    threading.excepthook = thread_hook


_QT_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}
qt_log = logging.getLogger("qt")


def forward_qt_messages() -> None:
    """Qt's own messages go to logging (and so fail tests that do not expect them)."""

    def handler(mode: QtMsgType, context, message: str) -> None:  # noqa: ANN001
        qt_log.log(_QT_LEVELS.get(mode, logging.WARNING), "%s (%s:%s)", message,
                   context.file, context.line)

    qInstallMessageHandler(handler)
