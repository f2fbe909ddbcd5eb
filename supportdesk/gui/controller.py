"""The session flow: backend → sign-in → main window → sign-out → sign-in again."""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtWidgets import QDialog, QWidget

from ..errors import AuthError
from ..security.sessions import QUIT_TIMEOUT, end_session, revoke_deferred
from . import importcache
from .signin.dialog import SignInDialog
from .taskman import Op, TaskManager

if TYPE_CHECKING:
    from ..backend import Backend
    from ..config import Config  # read behind the sign-in window (_prepare)
    from ..security.credentials import TokenStore
    from .mainwindow import MainWindow

log = logging.getLogger(__name__)


def _prepare(config: Config | None, folder, tokens: TokenStore | None,  # noqa: ANN001
             seeding: Callable[[float], None] | None = None) -> tuple[TokenStore, Backend]:
    """Worker-side start-up: config, log file, keyring, backend (HTTP, embedded server);
    `seeding` hears how far a first run's demo data has got."""
    from ..backend import connect_configured, start_demo
    from ..config import load_config
    from ..preferences import effective, load
    from ..security.credentials import TokenStore
    from .app import add_log_file

    if config is None:
        add_log_file()
        config = load_config()
    store = tokens or TokenStore()
    run_with = effective(config, load())  # the agent's own, where IT's policy allows
    backend = start_demo(run_with, folder, seeding) if config.demo \
        else connect_configured(run_with)
    backend.policy = config
    return store, backend


class _Seeding(QObject):
    """Carries the worker's demo seeding progress to the GUI thread (a queued signal)."""

    progressed = Signal(float)


class _AfterFirstPaint(QObject):
    """Calls `then` once, as soon as `widget` has been painted for the first time (or after
    `limit_ms`, should no paint come)."""

    def __init__(self, widget: QWidget, then: Callable[[], None], limit_ms: int = 300) -> None:
        super().__init__(widget)
        self.then: Callable[[], None] | None = then
        widget.installEventFilter(self)
        QTimer.singleShot(limit_ms, self, self._fire)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Paint:
            QTimer.singleShot(0, self, self._fire)
        return False

    def _fire(self) -> None:
        then, self.then = self.then, None
        if then is not None:
            self.parent().removeEventFilter(self)
            then()


class Controller(QObject):
    def __init__(self, config: Config | None, *, data_folder=None, tokens: TokenStore | None = None,  # noqa: ANN001
                 backend: Backend | None = None) -> None:
        super().__init__()
        self.config = config
        self.data_folder = data_folder
        self.taskman = TaskManager(self)
        self.tokens = tokens  # created off the GUI thread when not given (keyring is slow)
        self.backend = backend
        self.dialog: SignInDialog | None = None
        self.window: MainWindow | None = None
        self.deferred_timer = QTimer(self)  # sign-outs the backend has not taken yet
        self.deferred_timer.setInterval(30_000)
        self.deferred_timer.timeout.connect(self.send_deferred_sign_outs)
        self.seeding = _Seeding(self)  # emitted from the worker, received on the GUI thread
        self.seeding.progressed.connect(self._seeding_progressed)  # a method: queued

    def start(self) -> None:
        """Show the sign-in at once; the keyring and the backend come up behind it."""
        self.show_sign_in()
        if self.backend is not None:
            if self.tokens is None:
                from ..security.credentials import TokenStore

                self.tokens = TokenStore()
                self.dialog.set_tokens(self.tokens)
            self.dialog.set_backend(self.backend)
            self.send_deferred_sign_outs()
            return
        # After the first paint: the worker's imports (requests, keyring, the embedded server)
        # hold the GIL, and the window must not wait for them nor for seeding.
        self.after_first_paint(self._prepare)

    def after_first_paint(self, then: Callable[[], None]) -> None:
        """Call `then` once the sign-in window has been painted (work it need not wait for)."""
        _AfterFirstPaint(self.dialog, then)

    def _prepare(self) -> None:
        config, folder, tokens = self.config, self.data_folder, self.tokens
        seeding = self.seeding.progressed.emit
        (Op(self.taskman, self, lambda: _prepare(config, folder, tokens, seeding))
         .success(self._backend_ready)
         .failure(lambda error: self.dialog and self.dialog.set_backend_failed(error))
         .run())

    def _seeding_progressed(self, share: float) -> None:
        if self.dialog is not None:
            self.dialog.show_seeding(share)

    def _backend_ready(self, prepared: tuple[TokenStore, Backend]) -> None:
        self.tokens, self.backend = prepared
        if self.dialog is not None:
            self.dialog.set_tokens(self.tokens)
            self.dialog.set_backend(self.backend)
        self.send_deferred_sign_outs()  # from an earlier run's sign-out or quit

    def _store_folder(self):  # noqa: ANN202 - a Path
        from ..config import data_dir

        return (self.data_folder or data_dir()) / "store"

    def show_sign_in(self) -> None:
        self.dialog = SignInDialog(self.taskman, self.tokens, store_folder=self._store_folder())
        if self.backend is not None and self.tokens is not None:
            self.dialog.set_backend(self.backend)
        self.dialog.finished.connect(self._sign_in_finished)
        self.dialog.show()

    def _sign_in_finished(self, result: int) -> None:
        dialog, self.dialog = self.dialog, None
        if dialog is None:
            return
        dialog.deleteLater()
        signed = dialog.result
        if result != QDialog.DialogCode.Accepted or signed is None:
            return  # the app quits when its last window closes
        assert self.backend is not None
        from .mainwindow import MainWindow

        # With a keyring, one store per workstation user; without, one per agent, its key
        # wrapped by their password (security/signin.py).
        store_path = signed.store.store_path if signed.store is not None \
            else self._store_folder() / "local.sqlite"
        self.window = MainWindow(self.taskman, self.backend, signed.agent,
                                 token_in_keyring=signed.in_keyring,
                                 store_path=store_path, unlock=signed.verifier,
                                 store_key=signed.store, tokens=self.tokens)
        self.window.sign_out_requested.connect(self.sign_out)
        for error in dialog.caught:  # refused sign-in answers: reported now, under this agent
            self.window.sync.caught(error)
        self.window.show()
        importcache.stop()  # start-up's imports are done
        self.send_deferred_sign_outs()  # the backend answers: earlier sign-outs can go

    def sign_out(self, reason: str = "") -> None:
        window, self.window = self.window, None
        if window is None or self.backend is None:
            return
        backend, tokens, username = self.backend, self.tokens, window.agent.username
        token, backend.client.token = backend.client.token, None  # here, before a new sign-in

        def work() -> bool:
            return end_session(backend.client, tokens, backend.backend_id, username, token)

        # Show the sign-in first so the app never has zero windows (it would quit).
        self.show_sign_in()
        if reason:
            self.dialog.ui.errorLabel.setText(reason)
            self.dialog.ui.usernameEdit.setText(username)
            self.dialog.ui.passwordEdit.setFocus()
        window.sync.sign_out()  # cached personal data goes; the outbox stays
        window.close()
        window.deleteLater()
        Op(self.taskman, self, work).success(self._revoked).failure(_revocation_failed).run()

    def _revoked(self, now: bool) -> None:
        if not now:  # kept in the keyring: sent when the backend is back
            self.deferred_timer.start()

    def send_deferred_sign_outs(self) -> None:
        """Revoke the tokens of sign-outs made while the backend was away (kept in the
        keyring, so a restart sends them too); retried every half minute until done."""
        backend, tokens = self.backend, self.tokens
        if backend is None or tokens is None:
            return

        def sent(waiting: int) -> None:
            if waiting:
                self.deferred_timer.start()
            else:
                self.deferred_timer.stop()

        (Op(self.taskman, self,
            lambda: revoke_deferred(backend.client, tokens, backend.backend_id))
         .success(sent).failure(_revocation_failed).run())

    def shutdown(self) -> None:
        """Quitting ends the session: its token is revoked (waiting a few seconds at most; if
        the backend is away it is kept and sent at the next start)."""
        self.deferred_timer.stop()
        window, self.window = self.window, None
        if window is not None and self.backend is not None and self.tokens is not None:
            backend, tokens, username = self.backend, self.tokens, window.agent.username
            token, backend.client.token = backend.client.token, None

            def revoke() -> None:
                try:
                    end_session(backend.client, tokens, backend.backend_id, username, token,
                                timeout=QUIT_TIMEOUT)
                except Exception as error:  # noqa: BLE001 - the app is ending: logged
                    _revocation_failed(error)

            # Its own thread: the pools may be busy, and the window is gone already.
            ending = threading.Thread(target=revoke, name="sign-out-at-quit")
            ending.start()
            ending.join(timeout=sum(QUIT_TIMEOUT) + 1)
        self.taskman.shutdown(wait=True)
        if self.backend is not None:
            self.backend.close()
            self.backend = None


def _revocation_failed(error: BaseException) -> None:
    if isinstance(error, AuthError):  # expired or revoked already: nothing left to revoke
        log.info("sign-out: the server no longer accepts the token (%s)", error.code)
    else:
        log.warning("sign-out on the server failed: %s", error)
