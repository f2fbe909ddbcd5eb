"""Hooks for bench/: make the app report when it reaches a state, so a benchmark can
measure the real program (not a copy of it). Inactive unless their variables are set."""

from __future__ import annotations

import os
import time

from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication


def install(app: QApplication, controller) -> None:  # noqa: ANN001
    if os.environ.get("SUPPORTDESK_BENCH_EXIT_ON_SHOWN"):
        # Cold start: report once the sign-in window has been painted, and leave (bench/'s
        # floor reports its bare window at the same moment).
        def shown() -> None:
            print(f"SHOWN {time.monotonic_ns()}", flush=True)
            app.quit()

        controller.after_first_paint(shown)
    number = os.environ.get("SUPPORTDESK_BENCH_OPEN_MEMBER")
    if number:
        _OpenMember(controller, number).start()


class _OpenMember:
    """Sign in, open a member, scroll the whole ledger in, print LOADED, stay up."""

    def __init__(self, controller, number: str) -> None:  # noqa: ANN001
        self.controller = controller
        self.number = number
        self.step = self._sign_in
        self.timer = QTimer()
        self.timer.setInterval(20)
        self.timer.timeout.connect(lambda: self.step())

    def start(self) -> None:
        self.timer.start()

    def _sign_in(self) -> None:
        dialog = self.controller.dialog
        if dialog is None or dialog.backend is None or dialog.tokens is None:
            return
        dialog.ui.usernameEdit.setText(os.environ.get("SUPPORTDESK_BENCH_USER", "agent1"))
        dialog.ui.passwordEdit.setText(os.environ.get("SUPPORTDESK_BENCH_PASSWORD", "demo"))
        dialog.attempt()
        self.step = self._open

    def _open(self) -> None:
        window = self.controller.window
        if window is None:
            return
        window.open_member(self.number)
        self.step = self._scroll

    def _scroll(self) -> None:
        member = self.controller.window.member
        model = member.ledger
        if member.account is None or model.loading:
            return
        root = model.index(-1, -1)
        if model.canFetchMore(root):
            model.fetchMore(root)
            return
        self.timer.stop()
        print(f"LOADED {time.monotonic_ns()} {model.rowCount()}", flush=True)
