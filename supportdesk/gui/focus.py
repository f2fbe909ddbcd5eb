"""Keyboard focus comes back after a dialog closes, with or without a window manager.

A window manager gives the focus back to the window under a closed dialog. Without one (a
kiosk session, `xvfb-run`, some remote desktops) X leaves it nowhere, and Qt does not even
say so: the agent's next keys go to no window until they click. `FocusKeeper` watches each
window of the app that gets the focus; when it is hidden while it still had the focus (a
dialog closing), the window it belonged to (its transient parent, else the main window) is
activated, and that window's focus widget has the keys again. Focus is never taken from
another program: only a window of ours closing, with nothing focused after it, triggers it.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QGuiApplication, QWindow
from PySide6.QtWidgets import QApplication, QWidget


class FocusKeeper(QObject):
    def __init__(self, home: QWidget) -> None:
        """`home`: the main window (the parent), where focus goes when nothing else is left;
        known as the parent only, so no Python reference keeps a closed window alive."""
        super().__init__(home)
        QGuiApplication.instance().focusWindowChanged.connect(self._watch)

    def _watch(self, window: QWindow | None) -> None:
        if window is not None:
            window.installEventFilter(self)  # once per window, however often it comes

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Hide and isinstance(watched, QWindow):
            parent = watched.transientParent()
            QTimer.singleShot(0, self, lambda: self._give_back(watched, parent))
        return False

    def _give_back(self, closed: QWindow, parent: QWindow | None) -> None:
        focused = QGuiApplication.focusWindow()
        if focused is not None and focused is not closed and focused.isVisible():
            return  # a window manager, or the next dialog, has it already
        modal = QApplication.activeModalWidget()
        if modal is not None and modal.isVisible():
            modal.activateWindow()  # a dialog still waiting for an answer comes first
        elif parent is not None and parent.isVisible():
            parent.requestActivate()
        elif (home := self.parent()) is not None and home.isVisible() \
                and not home.isMinimized():
            home.activateWindow()

    def stop(self) -> None:
        QGuiApplication.instance().focusWindowChanged.disconnect(self._watch)
