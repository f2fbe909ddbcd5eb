"""The main window composes the feature widgets and routes actions; features live elsewhere."""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QKeySequence
from PySide6.QtWidgets import QLabel, QMainWindow, QMessageBox, QWidget

from .. import __version__
from ..api.models import AgentInfo, Health
from ..backend import Backend
from ..errors import AuthError, OfflineError
from .forms.ui_main_window import Ui_MainWindow
from .lookup.page import LookupPage
from .member.view import MemberView
from .taskman import Op, TaskManager

if TYPE_CHECKING:
    from .approvals.page import ApprovalsPage
    from .calculator.dialog import CalculatorDialog
    from .queue.page import QueuePage

log = logging.getLogger(__name__)
HEALTH_POLL_MS = 20_000


class MainWindow(QMainWindow):
    sign_out_requested = Signal(str)  # why ("" when the agent chose to)

    def __init__(self, taskman: TaskManager, backend: Backend, agent: AgentInfo,
                 *, token_in_keyring: bool, parent: QWidget | None = None) -> None:
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

        self.lookup = LookupPage(taskman, backend.client, self)
        self.member = MemberView(taskman, backend.client, agent, self)
        self.ui.pages.addWidget(self.lookup)
        self.ui.pages.addWidget(self.member)
        self.lookup.member_chosen.connect(self.open_member)
        self.member.back_requested.connect(self.show_lookup)
        self.lookup.connection_result.connect(self._connection_result)
        self.member.connection_result.connect(self._connection_result)
        self._build_approvals()
        self._build_queue()
        self._build_calculator()

        self.ui.actionFindMember.triggered.connect(self.show_lookup)
        self.ui.actionBack.triggered.connect(self.show_lookup)
        self.ui.actionSignOut.triggered.connect(lambda: self.sign_out_requested.emit(""))
        self.ui.actionQuit.triggered.connect(self.close)
        self.ui.actionShortcuts.triggered.connect(self.show_shortcuts)
        self.ui.actionAbout.triggered.connect(self.show_about)

        self._build_status_bar(token_in_keyring)
        if self.approvals is not None:
            self.approvals.refresh()  # the status bar's count, right after sign-in
        self._set_banner()
        self.health_timer = QTimer(self)
        self.health_timer.setInterval(HEALTH_POLL_MS)
        self.health_timer.timeout.connect(self.check_health)
        self.health_timer.start()
        self.show_lookup()

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

        self.approvals = ApprovalsPage(self.taskman, self.backend.client, self.agent, self)
        self.ui.pages.addWidget(self.approvals)
        self.approvals.back_requested.connect(self.show_lookup)
        self.approvals.connection_result.connect(self._connection_result)
        self.approvals.pending_count_changed.connect(self._pending_count)
        self.actionApprovals.triggered.connect(self.show_approvals)

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

            self._queue = QueuePage(self.taskman, self.backend.client, self.agent, self)
            self.ui.pages.addWidget(self._queue)
            self._queue.back_requested.connect(self.show_lookup)
            self._queue.connection_result.connect(self._connection_result)
            self._queue.member_requested.connect(self.open_member)
        return self._queue

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
        self.set_connection(True)

    def set_connection(self, online: bool, reason: str = "") -> None:
        self.online = online
        if online:
            self.connection_label.setText("● " + self.tr("Online"))
            self.connection_label.setToolTip(self.tr("The backend answers."))
        else:
            self.connection_label.setText("● " + self.tr("Offline"))
            self.connection_label.setToolTip(reason)
        self.connection_label.setProperty("online", online)
        self._set_banner(reason if not online else "")

    def _set_banner(self, offline_reason: str = "") -> None:
        banner = self.ui.banner
        if offline_reason:
            banner.setText(self.tr("Offline — {0} Checking again every {1} s.").format(
                offline_reason, HEALTH_POLL_MS // 1000))
            state = "offline"
        elif self.backend.demo:
            banner.setText(self.tr(
                "DEMO backend on this computer — all members and data are fictional."))
            state = "demo"
        else:
            banner.hide()
            return
        banner.setProperty("state", state)
        banner.style().unpolish(banner)
        banner.style().polish(banner)
        banner.show()

    def _connection_result(self, error: BaseException | None) -> None:
        if error is None:
            if not self.online:
                self.set_connection(True)
        elif isinstance(error, OfflineError):
            self.set_connection(False, error.message)
        elif isinstance(error, AuthError) and not self._session_ended:
            # Expired, revoked or disabled: back to the sign-in, saying why.
            self._session_ended = True
            self.sign_out_requested.emit(error.message)

    def check_health(self) -> None:
        client = self.backend.client
        (Op(self.taskman, self, client.health)
         .success(self._healthy)
         .failure(self._connection_result)
         .run())

    def _healthy(self, health: Health) -> None:
        self._connection_result(None)
        if health.status != "ok":
            self.connection_label.setText("● " + self.tr("Degraded"))

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

    def show_queue(self) -> None:
        self.ui.pages.setCurrentWidget(self.queue)
        self.ui.actionBack.setEnabled(True)
        self.queue.refresh()
        self.queue.focus_list()

    def open_member(self, number: str) -> None:
        self.ui.pages.setCurrentWidget(self.member)
        self.ui.actionBack.setEnabled(True)
        self.member.open_member(number)
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
        rows = [
            (self.ui.actionFindMember.shortcut(), self.tr("Find a member (lookup box)")),
            (QKeySequence(self.tr("Down")), self.tr("From the lookup box into the results")),
            (QKeySequence(self.tr("Return")), self.tr("Open the selected member")),
            (QKeySequence(QKeySequence.StandardKey.Cancel), self.tr("Back to the results")),
            (self.ui.actionBack.shortcut(), self.tr("Back to the results")),
            (self.member.credit_action.shortcut(), self.tr("Credit miles to the member")),
            (self.actionQueue.shortcut(), self.tr("Refund and rebooking queue")),
        ]
        rows += [
            (self.member.award_action.shortcut(), self.tr("Book a flight award")),
            (self.member.upgrade_action.shortcut(), self.tr("Upgrade a ticket with miles")),
            (self.member.cancel_award_action.shortcut(), self.tr("Cancel a flight award")),
            (self.member.profile_action.shortcut(),
             self.tr("Change the profile (after verifying the caller)")),
            (self.actionCalculator.shortcut(), self.tr("Mileage calculator")),
        ]
        if self.agent.is_supervisor:
            rows += [
                (self.member.reverse_action.shortcut(),
                 self.tr("Reverse the selected ledger entry")),
                (self.actionApprovals.shortcut(), self.tr("Approvals inbox")),
                (QKeySequence(QKeySequence.StandardKey.Refresh),
                 self.tr("Refresh the approvals")),
            ]
        rows += [
            (self.ui.actionSignOut.shortcut(), self.tr("Sign out")),
            (self.ui.actionQuit.shortcut(), self.tr("Quit")),
        ]
        text = "\n".join(
            f"{seq.toString(QKeySequence.SequenceFormat.NativeText):<16}{what}"
            for seq, what in rows)
        box = QMessageBox(QMessageBox.Icon.NoIcon, self.tr("Keyboard shortcuts"), text,
                          QMessageBox.StandardButton.Close, self)
        box.setObjectName("shortcutsBox")
        box.setStyleSheet("QLabel { font-family: monospace; }")
        box.open()

    def show_about(self) -> None:
        QMessageBox.about(self, self.tr("About SupportDesk"), self.tr(
            "SupportDesk {0}\nThe service-centre tool of the frequent-flyer programme.\n"
            "Backend: {1}").format(__version__, self.backend.label))

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self.health_timer.stop()
        if self.approvals is not None:
            self.approvals.timer.stop()
        if self._queue is not None:
            self._queue.timer.stop()
            self._queue.tick_timer.stop()
        super().closeEvent(event)
