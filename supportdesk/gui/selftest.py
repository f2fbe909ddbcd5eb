"""`supportdesk --self-test`: the installed program proves it works, end to end.

The real app, driven through its controller and its real windows, on the event loop:
the sign-in window, the embedded demo backend (seeded small), sign-in as the demo agent,
a member looked up by number (typed, Enter), the account opened, a goodwill credit saved to
the outbox and sent, and the balance checked. Exit status 0 when every step passed; otherwise
1, with the step that failed (or timed out) on stderr. `build_installer.py smoke` runs the
frozen app this way on the offscreen platform; tests/gui/test_selftest.py runs it unfrozen.

Nothing of the user's is read or written: no managed config (the demo is forced), a
temporary data folder (demo database, local store, logs), temporary XDG and QSettings
folders, and a keyring in this process's memory (the OS keyring is not touched; the
backends that were found are named in the output, which shows they are bundled). The
temporary folder is deleted at the end.
"""

from __future__ import annotations

import logging
import os
import shutil
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

    from .controller import Controller

log = logging.getLogger(__name__)

DEFAULT_TIMEOUT = 120.0  # seconds, for the whole run (seeding the small demo takes ~2 s)
DEMO_MEMBERS = 300  # the demo backend's size: enough for the steps, quick to seed
MEMBER_INDEX = 7  # which demo member is looked up (supportdesk.domain.identifiers)
CREDIT_MILES = 250  # below every agent's per-credit limit: applied at once
USERNAME, PASSWORD = "agent1", "demo"  # the demo agent (shown on the demo sign-in)
POLL_MS = 25


def isolate(folder: Path) -> None:
    """Point everything that could write into the user's profile at `folder`. Called before
    Qt or the keyring are imported."""
    os.environ["SUPPORTDESK_DATA_DIR"] = str(folder / "data")
    for name in ("XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_STATE_HOME"):
        path = folder / name.removeprefix("XDG_").removesuffix("_HOME").lower()
        path.mkdir(parents=True, exist_ok=True)
        os.environ[name] = str(path)
    os.environ.pop("SUPPORTDESK_CONFIG", None)


# keyring's OS backends on this platform, each with the module it needs at run time.
KEYRING_BACKENDS = {
    "linux": {"SecretService": "secretstorage", "libsecret": "gi", "kwallet": "dbus"},
    "win32": {"Windows": "win32ctypes"},
    "darwin": {"macOS": "keyring.backends.macOS.api"},
}


def memory_keyring() -> str:
    """Replace the OS keyring with one in this process's memory; return, for the report,
    which of keyring's OS backends this build carries (with what they need) and which of
    them work here (a backend's service must be running, e.g. D-Bus's Secret Service)."""
    import importlib.util

    import keyring
    from keyring.backend import get_all_keyring

    def present(module: str) -> bool:
        try:
            return importlib.util.find_spec(module) is not None
        except ImportError:
            return False

    wanted = next((names for prefix, names in KEYRING_BACKENDS.items()
                   if sys.platform.startswith(prefix)), {})
    carried = [name for name, needs in wanted.items()
               if present(f"keyring.backends.{name}") and present(needs)]
    usable = sorted({type(b).__module__.rsplit(".", 1)[-1] for b in get_all_keyring()}
                    & set(wanted))

    from ..security.memory import MemoryKeyring

    keyring.set_keyring(MemoryKeyring())
    if not carried:
        raise SelfTestFailed(f"none of keyring's backends for this system "
                             f"({', '.join(wanted) or sys.platform}) can load in this build")
    return f"{', '.join(carried)} (usable here: {', '.join(usable) or 'none'})"


REPORT_ENV = "SUPPORTDESK_SELFTEST_REPORT"


def report(line: str, *, error: bool = False) -> None:
    """A line of the verdict: on stdout (stderr for a failure), and appended to the file
    $SUPPORTDESK_SELFTEST_REPORT names, if any: a windowed Windows build has no console, so
    `build_installer.py smoke` and IT read the file there."""
    stream = sys.stderr if error else sys.stdout
    if stream is not None:
        print(line, file=stream, flush=True)
    target = os.environ.get(REPORT_ENV)
    if target:
        with open(target, "a", encoding="utf-8") as file:
            file.write(line + "\n")


class SelfTestFailed(Exception):
    pass


class SelfTest:
    """Runs `script()` on the event loop: each `yield` hands over a condition that is polled
    every POLL_MS until it holds; `self.step` names what is being waited for."""

    def __init__(self, app: QApplication, controller: Controller, *,
                 timeout: float = DEFAULT_TIMEOUT,
                 say: Callable[[str], None] | None = None) -> None:
        from PySide6.QtCore import QTimer

        self.app = app
        self.controller = controller
        self.timeout = timeout
        self.say = say or report
        self.step = "start"
        self.started = time.monotonic()
        self.step_started = self.started
        self.result: int | None = None
        self.failure = ""
        self._script = self.script()
        self._waiting: Callable[[], bool] | None = None
        self.timer = QTimer()
        self.timer.setInterval(POLL_MS)
        self.timer.timeout.connect(self._poll)

    def start(self) -> None:
        """Start polling; an uncaught exception anywhere on the GUI thread fails the run
        (instead of the crash dialog, which would wait for a click)."""

        def excepthook(kind, value, tb) -> None:  # noqa: ANN001
            import traceback

            traceback.print_exception(kind, value, tb, file=sys.stderr)
            if self.result is None:
                self._fail(f"uncaught {kind.__name__}: {value}")

        sys.excepthook = excepthook
        self.timer.start()

    # -- driver ---------------------------------------------------------------------------

    def _poll(self) -> None:
        try:
            while self._waiting is None or self._waiting():
                self._waiting = next(self._script)
        except StopIteration:
            self._finish(0)
            return
        except SelfTestFailed as exc:
            self._fail(str(exc))
            return
        except Exception as exc:  # noqa: BLE001 - reported as the step's failure
            log.exception("self-test step %r raised", self.step)
            self._fail(f"{type(exc).__name__}: {exc}")
            return
        if time.monotonic() - self.started > self.timeout:
            self._fail(f"timed out after {self.timeout:g} s")

    def _begin(self, step: str) -> None:
        now = time.monotonic()
        if self.step != "start":
            self.say(f"self-test: ok   {self.step} ({now - self.step_started:.2f} s)")
        self.step, self.step_started = step, now

    def _fail(self, why: str) -> None:
        self.failure = f"self-test FAILED at step '{self.step}': {why}"
        report(self.failure, error=True)
        self._finish(1)

    def _finish(self, code: int) -> None:
        self.timer.stop()
        if code == 0:
            self._begin("done")
            self.say(f"self-test: PASSED in {time.monotonic() - self.started:.2f} s")
        self.result = code
        for widget in (self.controller.window, self.controller.dialog):
            if widget is not None:
                widget.close()
        self.app.exit(code)

    # -- the steps --------------------------------------------------------------------------

    def script(self) -> Iterator[Callable[[], bool]]:
        from PySide6.QtCore import QEvent, Qt
        from PySide6.QtGui import QKeyEvent

        from ..domain.identifiers import demo_member_number

        ctl = self.controller

        def dialog_error() -> None:
            dialog = ctl.dialog
            if dialog is not None and dialog.ui.errorLabel.text():
                raise SelfTestFailed(f"the sign-in window says: {dialog.ui.errorLabel.text()}")

        self._begin("load the German catalogues (the app's and Qt's qtbase_de)")
        from PySide6.QtCore import QCoreApplication

        from . import i18n

        i18n.install(self.app, "de")
        try:
            for context, text in (("SignInDialog", "&Sign in"), ("QPlatformTheme", "Cancel")):
                if QCoreApplication.translate(context, text) == text:
                    raise SelfTestFailed(f"{text!r} ({context}) has no German translation")
        finally:
            i18n.uninstall(self.app)
        i18n.install(self.app, "en")  # the steps below read the app's English texts

        self._begin("read the airports data (FRA–JFK)")
        from ..domain.airports import great_circle_miles

        miles = great_circle_miles("FRA", "JFK")
        if not 3_800 < miles < 3_900:
            raise SelfTestFailed(f"FRA–JFK is {miles:.0f} miles")

        self._begin("show the sign-in window")
        yield lambda: ctl.dialog is not None and ctl.dialog.isVisible()

        self._begin("start the embedded demo backend")

        def backend_up() -> bool:
            dialog_error()
            dialog = ctl.dialog
            return dialog is not None and dialog.backend is not None \
                and dialog.tokens is not None and dialog.ok_button.isEnabled()

        yield backend_up
        if not ctl.dialog.backend.demo:
            raise SelfTestFailed("the backend is not the embedded demo")

        self._begin(f"sign in as the demo agent ({USERNAME})")
        dialog = ctl.dialog
        dialog.ui.usernameEdit.setText(USERNAME)
        dialog.ui.passwordEdit.setText(PASSWORD)
        dialog.ok_button.click()

        def signed_in() -> bool:
            dialog_error()
            return ctl.window is not None

        yield signed_in

        self._begin("build the main window and open the local store (outbox)")
        window = ctl.window

        def store_open() -> bool:
            state = window.sync.state
            if state.store != "ok":
                raise SelfTestFailed(f"local store {state.store}: {state.store_reason}")
            return window.isVisible() and window.sync.available

        yield store_open

        number = demo_member_number(MEMBER_INDEX)
        self._begin(f"look up member {number} (typed, Enter) and open the account")
        window.show_lookup()
        lookup = window.lookup
        lookup.ui.queryEdit.setText(number)
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            self.app.sendEvent(lookup.ui.queryEdit, QKeyEvent(
                kind, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier, "\r"))
        member = window.member

        def opened() -> bool:
            text = lookup.ui.messageLabel.text()
            if text and member.account is None:
                raise SelfTestFailed(f"the lookup says: {text}")
            return member.account is not None and member.account.member_number == number

        yield opened
        before = member.account.miles_balance

        self._begin("open the credit dialog")
        member.credit_action.trigger()
        yield lambda: member.dialog is not None and member.dialog.isVisible()

        credit = member.dialog
        self._begin(f"queue and send a goodwill credit of {CREDIT_MILES} miles")
        credit.ui.kindCombo.setCurrentIndex(0)
        credit.ui.milesEdit.setText(str(CREDIT_MILES))
        credit.ui.reasonEdit.setText("Installer self-test")
        credit.ui.referenceEdit.setText("self-test")
        if not credit.ok_button.isEnabled():
            raise SelfTestFailed(f"the credit dialog does not accept it: "
                                 f"{credit.ui.errorLabel.text() or credit.ui.approvalLabel.text()}")
        credit.ok_button.click()

        def sent() -> bool:
            if credit.ui.errorLabel.text():
                raise SelfTestFailed(f"the credit dialog says: {credit.ui.errorLabel.text()}")
            return not credit.isVisible()

        yield sent
        if not member.ui.messageLabel.text().startswith("Credited"):
            raise SelfTestFailed(f"not credited at once: {member.ui.messageLabel.text()!r}")

        self._begin("see the new balance and an empty outbox")

        def settled() -> bool:
            account = member.account
            return (account is not None and account.miles_balance == before + CREDIT_MILES
                    and window.sync.state.queued == 0 and not member.ledger.loading)

        yield settled


def run(app: QApplication, controller: Controller, timeout: float) -> int:
    """Run the steps on `app`'s event loop (already showing `controller`'s sign-in)."""
    test = SelfTest(app, controller, timeout=timeout)
    test.start()
    code = app.exec()
    return code if test.result is None else test.result


def main(timeout: float = DEFAULT_TIMEOUT) -> int:
    """`supportdesk --self-test`: everything in a temporary folder, deleted at the end."""
    folder = Path(tempfile.mkdtemp(prefix="supportdesk-selftest-"))
    try:
        isolate(folder)
        return _run_isolated(folder, timeout)
    finally:
        shutil.rmtree(folder, ignore_errors=True)


def _run_isolated(folder: Path, timeout: float) -> int:
    from .. import __version__

    started = time.monotonic()
    try:
        backends = memory_keyring()
    except SelfTestFailed as exc:
        report(f"self-test FAILED at step 'find the OS keyring backends': {exc}", error=True)
        return 1
    from PySide6.QtCore import QSettings
    from PySide6.QtWidgets import QApplication

    from ..config import Config
    from .app import apply_look
    from .controller import Controller
    from .errors import forward_qt_messages

    for form in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(form, QSettings.Scope.UserScope, str(folder / "config"))
    forward_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SupportDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SupportDesk")
    apply_look(app)
    frozen = "frozen" if getattr(sys, "frozen", False) else "from source"
    report(f"self-test: SupportDesk {__version__} ({frozen}), Qt platform "
           f"{app.platformName()}, keyring backends: {backends}")
    controller = Controller(Config(demo_members=DEMO_MEMBERS), data_folder=folder / "data")
    controller.start()
    try:
        code = run(app, controller, timeout)
    finally:
        controller.shutdown()
    report(f"self-test: exit {code} after {time.monotonic() - started:.2f} s")
    return code
