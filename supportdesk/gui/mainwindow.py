"""The main window composes the feature widgets and routes actions; features live elsewhere."""

from __future__ import annotations

import logging
import time
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QWidget,
)

from .. import __version__
from ..api.models import AgentInfo
from ..backend import Backend
from ..errors import AuthError
from ..operations import Home, Kind
from ..security.events import SecurityEvent
from ..security.sessions import PasswordVerifier
from ..security.signin import SignedIn, StoreKey
from ..store.outbox import Entry
from ..sync.connection import State
from .focus import FocusKeeper
from .forms.ui_main_window import Ui_MainWindow
from .lock import IdleWatcher, LockScreen
from .look import density, fit_rows
from .lookup.page import LookupPage
from .member.view import MemberView
from .messages import error_text, security_event_text
from .sync.controller import SyncController, SyncState
from .sync.texts import (
    clock_time,
    maintenance_banner,
    maintenance_text,
    queue_text,
    set_aside_text,
)
from .taskman import TaskManager

if TYPE_CHECKING:
    from ..security.credentials import TokenStore
    from .approvals.page import ApprovalsPage
    from .audit.page import AuditTrailPage
    from .calculator.dialog import CalculatorDialog
    from .queue.page import QueuePage
    from .remediation.page import RemediationPage
    from .sync.offline_session import SignInAgainBar

log = logging.getLogger(__name__)


class MainWindow(QMainWindow):
    sign_out_requested = Signal(str)  # why ("" when the agent chose to)

    def __init__(self, taskman: TaskManager, backend: Backend, agent: AgentInfo,
                 *, token_in_keyring: bool, store_path: Path | None = None,
                 unlock: PasswordVerifier | None = None,
                 store_key: StoreKey | None = None, tokens: TokenStore | None = None,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MainWindow()
        self.ui.setupUi(self)
        self.taskman = taskman
        self.backend = backend
        self.agent = agent
        self._session_ended = False
        title = self.tr("SupportDesk — {0}").format(agent.name)
        if backend.demo:
            title += " — " + self.tr("DEMO")
        self.setWindowTitle(title)

        # Offline work: the outbox, the offline cache, the connection state (gui/sync).
        # No keyring: the store's key came from the password at sign-in (security/signin.py).
        loader = {} if store_key is None else {"key_loader": lambda: store_key.key}
        self.sync = SyncController(taskman, backend, agent, store_path=store_path, parent=self,
                                   **loader)
        self.sync.changed.connect(self._sync_changed)
        self.sync.settled.connect(self._operation_settled)
        self.sync.security_alert.connect(self._security_alert)
        self.lookup = LookupPage(taskman, backend.client, self, sync=self.sync)
        self.member = MemberView(taskman, backend.client, agent, self, sync=self.sync,
                                 reveal_seconds=backend.reveal_seconds)
        self.ui.pages.addWidget(self.lookup)
        self.ui.pages.addWidget(self.member)
        self.lookup.member_chosen.connect(self.open_member)
        self.member.back_requested.connect(self.show_lookup)
        self.lookup.connection_result.connect(self._connection_result)
        self.member.connection_result.connect(self._connection_result)
        self._build_approvals()
        self._build_audit()
        self._build_remediation()
        self._build_queue()
        self._build_calculator()

        self.ui.actionFindMember.triggered.connect(self.show_lookup)
        self.ui.actionBack.triggered.connect(self.show_lookup)
        self.ui.actionSignOut.triggered.connect(lambda: self.sign_out_requested.emit(""))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.ui.actionAbout.triggered.connect(self.show_about)
        self.actionPalette = QAction(self.tr("&Command palette…"), self)
        self.actionPalette.setShortcut(QKeySequence(self.tr("Ctrl+Shift+P")))
        self.actionPalette.setToolTip(self.tr("Find any command by name and run it "
                                              "(Ctrl+Shift+P)"))
        self.actionPalette.triggered.connect(self.show_palette)
        self.ui.menuHelp.insertAction(self.ui.actionShortcuts, self.actionPalette)
        self.addAction(self.actionPalette)
        self.actionSettings = QAction(self.tr("&Settings…"), self)
        self.actionSettings.setShortcut(QKeySequence(self.tr("Ctrl+,")))
        self.actionSettings.setToolTip(self.tr("Language, font size, density, idle lock; IT's "
                                               "policy (Ctrl+,)"))
        self.actionSettings.triggered.connect(self.show_settings)
        self.ui.menuFile.insertAction(self.ui.actionSignOut, self.actionSettings)
        self.addAction(self.actionSettings)

        self._build_attention()
        self._build_status_bar(token_in_keyring)
        self._build_security_alert()
        self._build_sign_in_again(store_key, tokens)
        if self.approvals is not None:
            self.approvals.refresh()  # the status bar's count, right after sign-in
        self._sync_changed(self.sync.state)
        self.age_timer = QTimer(self)  # "oldest queued 12 min ago" must keep ageing
        self.age_timer.setInterval(30_000)
        self.age_timer.timeout.connect(lambda: self._sync_changed(self.sync.state))
        self.age_timer.start()
        self._build_lock(unlock)
        self.focus_keeper = FocusKeeper(self)  # focus back after a dialog, with no WM too
        fit_rows(self, density())  # every table's rows at the agent's font and density
        self.show_lookup()

    # -- the idle lock ------------------------------------------------------------------

    def _build_lock(self, verifier: PasswordVerifier | None) -> None:
        """Without the sign-in's password check (a test's window) the lock is off."""
        self.verifier = verifier
        self.lock_screen: LockScreen | None = None
        self._hidden: list[tuple[QWidget, bool]] = []
        self._pages: QWidget | None = None
        self.actionLock = QAction(self.tr("&Lock screen"), self)
        self.actionLock.setShortcut(QKeySequence(self.tr("Ctrl+Shift+L")))
        self.actionLock.setToolTip(self.tr("Hide member data until you type your password "
                                           "(Ctrl+Shift+L)"))
        self.actionLock.triggered.connect(self.lock)
        self.actionLock.setEnabled(verifier is not None)
        self.ui.menuFile.insertAction(self.ui.actionSignOut, self.actionLock)
        self.addAction(self.actionLock)
        minutes = self.backend.idle_lock_minutes if verifier is not None else 0
        self.idle = IdleWatcher(minutes, self)
        self.idle.idle.connect(self.lock)

    @property
    def locked(self) -> bool:
        return self.lock_screen is not None

    def lock(self) -> None:
        """Hide every member's data: the pages, and every open dialog (kept as they are)."""
        if self.locked or self.verifier is None:
            return
        self.member.mask_revealed()  # revealed data is masked, not merely hidden
        self.idle.paused = True
        app = QApplication.instance()
        self._hidden = [(w, w.isModal() if isinstance(w, QDialog) else False)
                        for w in app.topLevelWidgets()
                        if w is not self and w.isVisible() and not isinstance(w, QMenu)]
        for widget, _modal in self._hidden:
            widget.hide()
        self._actions = [(a, a.isEnabled()) for a in self.findChildren(QAction)
                         if a is not self.actionLock]
        for action, _enabled in self._actions:
            action.setEnabled(False)
        self.actionLock.setEnabled(False)
        self.ui.menubar.setEnabled(False)
        self._pages = self.takeCentralWidget()
        self.lock_screen = LockScreen(self.taskman, self.agent.name, self.agent.username,
                                      self.verifier)
        self.lock_screen.unlocked.connect(self.unlock)
        self.lock_screen.sign_out.connect(self._sign_out_from_lock)
        self.setCentralWidget(self.lock_screen)
        self.lock_screen.setFocus()
        log.info("locked after %s", "idle minutes" if self.sender() is self.idle else "a press")

    def unlock(self) -> None:
        if not self.locked:
            return
        screen, self.lock_screen = self.takeCentralWidget(), None
        screen.deleteLater()
        self.setCentralWidget(self._pages)
        self._pages = None
        self.ui.menubar.setEnabled(True)
        for action, enabled in self._actions:
            action.setEnabled(enabled)
        self.actionLock.setEnabled(True)
        for widget, modal in self._hidden:
            if modal and isinstance(widget, QDialog):
                widget.open()  # shown again as it was (window-modal)
            else:
                widget.show()
        focus = next((w for w, _m in reversed(self._hidden)), None)
        self._hidden = []
        (focus or self).activateWindow()
        self.idle.last = time.monotonic()
        self.idle.paused = False

    def _sign_out_from_lock(self, why: str) -> None:
        # The hidden dialogs belong to this session: they go with it, unseen.
        for widget, _modal in self._hidden:
            widget.close()
        self._hidden = []
        self.sign_out_requested.emit(why)

    def _build_approvals(self) -> None:
        """Supervisors get the approvals inbox; for agents the action exists but is hidden."""
        self.actionApprovals = QAction(self.tr("&Approvals"), self)
        self.actionApprovals.setShortcut(QKeySequence(self.tr("Ctrl+Shift+A")))
        tip = self.tr("Credits waiting for a supervisor's approval ({0})").format(
            self.actionApprovals.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.actionApprovals.setToolTip(tip)
        self.actionApprovals.setStatusTip(tip)
        self.ui.menuGo.addAction(self.actionApprovals)
        self.approvals: ApprovalsPage | None = None
        supervisor = self.agent.is_supervisor
        self.actionApprovals.setVisible(supervisor)
        self.actionApprovals.setEnabled(supervisor)
        if not supervisor:
            return
        from .approvals.page import ApprovalsPage

        self.approvals = ApprovalsPage(self.taskman, self.backend.client, self.agent, self,
                                       sync=self.sync,
                                       confirm_miles=self.backend.approval_confirm_miles)
        self.ui.pages.addWidget(self.approvals)
        self.approvals.back_requested.connect(self.show_lookup)
        self.approvals.connection_result.connect(self._connection_result)
        self.approvals.pending_count_changed.connect(self._pending_count)
        self.actionApprovals.triggered.connect(self.show_approvals)

    def _build_audit(self) -> None:
        """Supervisors get the audit trail; for agents the action exists but is hidden."""
        self.actionAudit = QAction(self.tr("Audit &trail"), self)
        self.actionAudit.setShortcut(QKeySequence(self.tr("Ctrl+Shift+T")))
        tip = self.tr("Who read or changed what, when and from where ({0})").format(
            self.actionAudit.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.actionAudit.setToolTip(tip)
        self.actionAudit.setStatusTip(tip)
        self.ui.menuGo.addAction(self.actionAudit)
        self.audit: AuditTrailPage | None = None
        supervisor = self.agent.is_supervisor
        self.actionAudit.setVisible(supervisor)
        self.actionAudit.setEnabled(supervisor)
        if not supervisor:
            return
        from .audit.page import AuditTrailPage

        self.audit = AuditTrailPage(self.taskman, self.backend.client, self)
        self.ui.pages.addWidget(self.audit)
        self.audit.back_requested.connect(self.show_lookup)
        self.actionAudit.triggered.connect(self.show_audit)

    def _build_remediation(self) -> None:
        """Supervisors get incident remediation; for agents the action exists but is hidden."""
        self.actionRemediation = QAction(self.tr("Incident re&mediation"), self)
        self.actionRemediation.setShortcut(QKeySequence(self.tr("Ctrl+Shift+M")))
        tip = self.tr("Reverse an incident window's entries in one approved batch ({0})").format(
            self.actionRemediation.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.actionRemediation.setToolTip(tip)
        self.actionRemediation.setStatusTip(tip)
        self.ui.menuGo.addAction(self.actionRemediation)
        self.remediation: RemediationPage | None = None
        supervisor = self.agent.is_supervisor
        self.actionRemediation.setVisible(supervisor)
        self.actionRemediation.setEnabled(supervisor)
        if not supervisor:
            return
        from .remediation.page import RemediationPage

        self.remediation = RemediationPage(self.taskman, self.backend.client, self,
                                           sync=self.sync)
        self.ui.pages.addWidget(self.remediation)
        self.remediation.back_requested.connect(self.show_lookup)
        self.actionRemediation.triggered.connect(self.show_remediation)

    def show_remediation(self) -> None:
        if self.remediation is None:
            return
        self.ui.pages.setCurrentWidget(self.remediation)
        self.ui.actionBack.setEnabled(True)
        self.remediation.refresh()
        self.remediation.focus_filter()

    def _build_queue(self) -> None:
        """The refund and rebooking queue, for everyone; it polls only while shown."""
        self.actionQueue = QAction(self.tr("Request &queue"), self)
        self.actionQueue.setShortcut(QKeySequence(self.tr("F6")))
        tip = self.tr("Refund and rebooking requests, most urgent first ({0})").format(
            self.actionQueue.shortcut().toString(QKeySequence.SequenceFormat.NativeText))
        self.actionQueue.setToolTip(tip)
        self.actionQueue.setStatusTip(tip)
        self.ui.menuGo.addAction(self.actionQueue)
        self._queue: QueuePage | None = None
        self.actionQueue.triggered.connect(self.show_queue)

    @property
    def queue(self) -> QueuePage:
        """Built when first shown: an agent who never opens the queue does not carry it."""
        if self._queue is None:
            from .queue.page import QueuePage

            self._queue = QueuePage(self.taskman, self.backend.client, self.agent, self,
                                    sync=self.sync)
            self._queue.set_unavailable(self._unavailable())
            self.ui.pages.addWidget(self._queue)
            self._queue.back_requested.connect(self.show_lookup)
            self._queue.connection_result.connect(self._connection_result)
            self._queue.member_requested.connect(self.open_member)
        return self._queue

    def _build_attention(self) -> None:
        """Queued writes the server refused or that met a conflict: the agent decides."""
        self.actionNeedsAttention = QAction(self.tr("&Needs attention…"), self)
        self.actionNeedsAttention.setShortcut(QKeySequence(self.tr("Ctrl+Shift+N")))
        tip = self.tr("Queued work the backend refused or that met a conflict ({0})").format(
            self.actionNeedsAttention.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText))
        self.actionNeedsAttention.setToolTip(tip)
        self.actionNeedsAttention.setStatusTip(tip)
        self.actionNeedsAttention.setEnabled(False)
        self.ui.menuGo.addAction(self.actionNeedsAttention)
        self.actionNeedsAttention.triggered.connect(self.show_needs_attention)

    def _pending_count(self, count: int) -> None:
        self.approvals_label.setText(self.tr("Approvals waiting: {0}").format(count))

    # -- status -------------------------------------------------------------------------

    def _build_status_bar(self, token_in_keyring: bool) -> None:
        bar = self.ui.statusbar
        self.backend_label = QLabel(self.tr("Backend: {0}").format(self.backend.label))
        role = self.tr("supervisor") if self.agent.is_supervisor else self.tr("agent")
        self.agent_label = QLabel(f"{self.agent.name} ({self.agent.username}) · {role}")
        self.agent_label.setToolTip(self.tr(
            "Own limit: {0} miles per credit, {1} per day").format(
                self.agent.per_credit_limit, self.agent.daily_limit))
        self.connection_label = QLabel()
        self.connection_label.setObjectName("connectionLabel")
        self.approvals_label = QLabel()
        self.approvals_label.setObjectName("approvalsLabel")
        self.approvals_label.setToolTip(self.actionApprovals.toolTip())
        self.approvals_label.setVisible(self.approvals is not None)
        for widget in (self.approvals_label, self.backend_label, self.agent_label,
                       self.connection_label):
            bar.addPermanentWidget(widget)
        if not token_in_keyring:
            self.keyring_label = QLabel(self.tr("Sign-in kept in memory only (no keyring)"))
            self.keyring_label.setObjectName("keyringLabel")
            bar.addWidget(self.keyring_label)

    @property
    def online(self) -> bool:
        return self.sync.state.status.state is not State.OFFLINE

    def _sync_changed(self, state: SyncState) -> None:
        status = state.status
        label = {State.ONLINE: self.tr("Online"), State.DEGRADED: self.tr("Degraded"),
                 State.MAINTENANCE: self.tr("Maintenance"),
                 State.OFFLINE: self.tr("Offline")}[status.state]
        if state.queued:
            label += " · " + self.tr("{0} queued").format(state.queued)
        if state.attention:
            label += " · " + self.tr("needs attention: {0}").format(state.attention)
        self.connection_label.setText("● " + label)
        self.connection_label.setToolTip(status.reason or self.tr("The backend answers."))
        self.actionNeedsAttention.setEnabled(bool(state.attention))
        unavailable = self._unavailable()
        for page in (self.member, self._queue, self.approvals):
            if page is not None:
                page.set_unavailable(unavailable)
        self._set_banner(state)

    def _unavailable(self) -> dict[str, str]:
        """Capabilities in maintenance -> the sentence saying so and until when."""
        return {name: maintenance_text(cap, name)
                for name, cap in self.sync.state.status.maintenance.items()}

    def _set_banner(self, state: SyncState) -> None:
        banner, status = self.ui.banner, state.status
        queue = queue_text(state)
        if status.state is State.OFFLINE:
            text = self.tr("Offline since {0} — {1}").format(
                clock_time(status.since), status.reason)
            text += " " + (queue or self.tr(
                "Recently opened members and the request queue can still be read."))
            text += " " + self.tr("Checking every {0} s.").format(
                f"{self.backend.health_interval:g}")
            if state.store != "ok":
                text += " " + self.tr("Writes cannot be queued on this computer: {0}").format(
                    state.store_reason)
            kind = "offline"
        elif status.state is State.MAINTENANCE:
            text = maintenance_banner(status.maintenance)
            text += " " + self.tr("Those actions are greyed out; everything else works.")
            text += (" " + queue) if queue else ""
            kind = "maintenance"
        elif status.state is State.DEGRADED:
            text = self.tr("The backend is having trouble — {0}").format(status.reason)
            text += " " + (queue or self.tr("Nothing is lost: writes are kept and retried."))
            kind = "degraded"
        elif state.queued or state.attention or set_aside_text(state):
            text = queue
            kind = "degraded"
        elif self.backend.demo:
            text = self.tr("DEMO backend on this computer — all members and data are fictional.")
            kind = "demo"
        else:
            banner.hide()
            return
        if set_aside_text(state):
            text = (text + " " if text else "") + set_aside_text(state)
        if state.attention:
            text += " " + self.tr("Needs attention: {0} (see {1}).").format(
                state.attention, self.actionNeedsAttention.shortcut().toString(
                    QKeySequence.SequenceFormat.NativeText))
        banner.setText(text)
        banner.setProperty("state", kind)
        banner.style().unpolish(banner)
        banner.style().polish(banner)
        banner.show()

    def _build_security_alert(self) -> None:
        """A red line under the banner: an answer was refused. It stays until dismissed."""
        banner = self.ui.banner
        self.security_alert = QFrame(self)
        self.security_alert.setObjectName("securityAlert")
        row = QHBoxLayout(self.security_alert)
        row.setContentsMargins(12, 4, 8, 4)
        self.security_text = QLabel()
        self.security_text.setWordWrap(True)
        dismiss = QPushButton(self.tr("Dismiss"))
        dismiss.clicked.connect(self.security_alert.hide)
        row.addWidget(self.security_text, 1)
        row.addWidget(dismiss)
        self.security_alert.hide()
        layout = banner.parentWidget().layout()
        layout.insertWidget(layout.indexOf(banner) + 1, self.security_alert)
        self._security_events = 0

    def _build_sign_in_again(self, store_key: StoreKey | None,
                             tokens: TokenStore | None) -> None:
        """Signed in offline: a line under the banner to sign in to the backend again."""
        self.sign_in_again: SignInAgainBar | None = None
        if not self.backend.client.signed_in_offline or store_key is None or tokens is None:
            return
        from .sync.offline_session import SignInAgainBar

        self.sign_in_again = SignInAgainBar(self.taskman, self.backend, tokens, self.agent,
                                            store_key, self)
        banner = self.ui.banner
        layout = banner.parentWidget().layout()
        layout.insertWidget(layout.indexOf(banner) + 1, self.sign_in_again)
        self.sync.backend_back.connect(self.sign_in_again.backend_back)
        self.sign_in_again.signed_in.connect(self._signed_in_again)
        self.sign_in_again.caught.connect(self.sync.caught)

    def _signed_in_again(self, signed: SignedIn) -> None:
        bar, self.sign_in_again = self.sign_in_again, None
        if bar is not None:
            bar.hide()
            bar.deleteLater()
        self.verifier = signed.verifier  # the lock takes the password the backend took
        self.sync.signed_in_again()

    def _security_alert(self, event: SecurityEvent) -> None:
        self._security_events += 1
        text = self.tr(
            "Security alert ({0}): {1} Nothing of that answer was shown. It has been reported "
            "to the backend's audit trail; tell your supervisor.").format(
                clock_time(time.time()), security_event_text(event.caught.value))
        if self._security_events > 1:
            text += " " + self.tr("{0} alerts in this session.").format(self._security_events)
        self.security_text.setText(text)
        self.security_alert.show()

    def _connection_result(self, error: BaseException | None) -> None:
        self.sync.note(error)
        if isinstance(error, AuthError) and not self._session_ended:
            # Expired, revoked or disabled: back to the sign-in, saying why.
            self._session_ended = True
            self.sign_out_requested.emit(error_text(error))

    def _operation_settled(self, entry: Entry) -> None:
        """A queued write went through: the member on screen shows it."""
        if entry.operation.kind in (Kind.SECURITY_EVENT, Kind.OFFLINE_READ):
            return  # a report changes nothing to show, and a reload would ask again
        account = self.member.account
        if account is not None and account.member_number == entry.operation.member_number:
            self.member.refresh()

    def show_needs_attention(self) -> None:
        from .sync.attention import NeedsAttentionDialog

        dialog = NeedsAttentionDialog(self.sync, self)
        dialog.edit_requested.connect(self._edit_refused)
        dialog.open()

    def editors(self) -> dict[Kind, Callable[[Entry], None]]:
        """One editor per kind whose specification says it can be edited after a refusal,
        on the page of its home (the member, or the request): it opens the write's dialog
        there, filled in as it was sent."""
        return {Kind.CREDIT: self.member.edit_credit,
                Kind.AWARD_BOOKING: self.member.book_again,
                Kind.REQUEST_DECISION: self.queue.edit_decision}

    def _edit_refused(self, entry: Entry) -> None:
        """Go to the refused write's home and open it in its editor (see `editors`)."""
        edit = self.editors()[entry.kind]
        if entry.operation.spec.home is Home.MEMBER:
            self.open_member(entry.operation.member_number, then=lambda: edit(entry))
        else:
            self.show_queue()
            edit(entry)

    # -- navigation ---------------------------------------------------------------------

    def show_lookup(self) -> None:
        self.ui.pages.setCurrentWidget(self.lookup)
        self.ui.actionBack.setEnabled(False)
        self.lookup.focus_query()

    def show_approvals(self) -> None:
        if self.approvals is None:
            return
        self.ui.pages.setCurrentWidget(self.approvals)
        self.ui.actionBack.setEnabled(True)
        self.approvals.refresh()
        self.approvals.focus_list()

    def show_audit(self) -> None:
        if self.audit is None:
            return
        self.ui.pages.setCurrentWidget(self.audit)
        self.ui.actionBack.setEnabled(True)
        self.audit.refresh()
        self.audit.focus_filter()

    def show_queue(self) -> None:
        self.ui.pages.setCurrentWidget(self.queue)
        self.ui.actionBack.setEnabled(True)
        self.queue.refresh()
        self.queue.focus_list()

    def open_member(self, number: str, then: Callable[[], None] | None = None) -> None:
        self.ui.pages.setCurrentWidget(self.member)
        self.ui.actionBack.setEnabled(True)
        self.member.open_member(number, then)
        self.member.ui.ledgerView.setFocus()

    def _build_calculator(self) -> None:
        """The mileage calculator: local, so it works without a member and offline."""
        self.calculator: CalculatorDialog | None = None
        self.actionCalculator = QAction(self.tr("Mileage &calculator…"), self)
        self.actionCalculator.setShortcut(QKeySequence(self.tr("Ctrl+K")))
        tip = self.tr("Miles a flight earns by route, booking class and tier; offline ({0})")\
            .format(self.actionCalculator.shortcut().toString(
                QKeySequence.SequenceFormat.NativeText))
        self.actionCalculator.setToolTip(tip)
        self.actionCalculator.setStatusTip(tip)
        self.ui.menuGo.addAction(self.actionCalculator)
        self.actionCalculator.triggered.connect(self.show_calculator)

    def show_calculator(self) -> None:
        """Open (or raise) the calculator, with the tier of the member on screen if any."""
        account = self.member.account if self.ui.pages.currentWidget() is self.member else None
        if self.calculator is None:
            from .calculator.dialog import CalculatorDialog

            self.calculator = CalculatorDialog(self, taskman=self.taskman)
        self.calculator.set_member(account.tier if account else None,
                                   account.display_name if account else None)
        if self.calculator.isVisible() and not self.calculator.isActiveWindow():
            self.calculator.raise_()  # behind the main window: bring it back
        self.calculator.show()
        self.calculator.activateWindow()

    def show_shortcuts(self) -> None:
        """F1: every shortcut, from the actions and page keys themselves (commands.py)."""
        from .palette import ShortcutsDialog

        ShortcutsDialog(self).open()

    def show_palette(self) -> None:
        from .palette import CommandPalette

        CommandPalette(self).open()

    def show_settings(self) -> None:
        from .. import preferences
        from ..config import Config
        from .settings.dialog import SettingsDialog

        policy = self.backend.policy or Config()
        running = Config(idle_lock_minutes=self.idle.limit / 60.0,
                         offline_cache_hours=self.backend.offline_cache_hours)
        dialog = SettingsDialog(policy, preferences.load(), running, self)
        dialog.accepted.connect(lambda: self._apply_settings(dialog, policy))
        dialog.open()

    def _apply_settings(self, dialog, policy) -> None:  # noqa: ANN001
        """Save the agent's preferences and apply what applies at once."""
        from .. import preferences
        from . import look

        chosen = dialog.chosen()
        try:
            preferences.save(chosen)
        except OSError as exc:
            self.ui.statusbar.showMessage(self.tr(
                "The settings could not be saved ({0}); they apply until you quit.").format(
                type(exc).__name__), 15_000)
        look.apply(QApplication.instance(), chosen)
        running = preferences.effective(policy, chosen)
        self.backend.offline_cache_hours = running.offline_cache_hours
        if self.verifier is not None:
            self.idle.set_minutes(running.idle_lock_minutes)
        if dialog.language_changed():
            self.ui.statusbar.showMessage(self.tr("The language changes at the next start."),
                                          15_000)

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SupportDesk"), self.tr(
            "SupportDesk {0}\nThe service-centre tool of the frequent-flyer programme.\n"
            "Backend: {1}").format(__version__, self.backend.label))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.member.mask_revealed()  # sign-out and quit: nothing revealed outlives the window
        self.idle.stop()
        self.focus_keeper.stop()
        self.sync.stop()
        self.age_timer.stop()
        if self.approvals is not None:
            self.approvals.timer.stop()
        if self._queue is not None:
            self._queue.timer.stop()
            self._queue.tick_timer.stop()
        super().closeEvent(event)
