"""One member's account: profile (masked), tier, balance, and the ledger page by page; from
here an agent credits miles, books, upgrades and cancels awards, changes the profile after
verifying the caller, and a supervisor reverses a ledger entry.

A slow answer for member A must never paint over member B: every load carries a ticket from
`Latest`, and answers for an older ticket are dropped.
"""

from __future__ import annotations

import datetime as dt
import logging
from collections.abc import Callable
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QDialog, QHeaderView, QPushButton, QWidget

from ...api.client import ApiClient
from ...api.models import (
    AgentInfo,
    Credit,
    LedgerEntry,
    LedgerPage,
    MemberAccount,
    Reversal,
)
from ...domain.identifiers import format_member_number
from ...errors import OfflineError, SecurityError, SupportDeskError, WrongMemberError
from ...operations import SPECS, Kind
from .. import fmt
from ..commands import page_shortcut
from ..errors import describe, show_error
from ..forms.ui_member_view import Ui_MemberView
from ..messages import offline_reason
from ..sync.texts import day_time
from ..taskman import Latest, Op, TaskManager
from ..writes import apply_form_style, set_state
from .ledger_model import LedgerModel, format_miles

if TYPE_CHECKING:  # the dialogs are imported when first opened
    from ...api.award_models import AwardBooking
    from ...api.reveal import Revealed
    from ...store.outbox import Entry
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)
LEDGER_PAGE = 100


class MemberView(QWidget):
    back_requested = Signal()
    connection_result = Signal(object)

    def __init__(self, taskman: TaskManager, client: ApiClient, agent: AgentInfo,
                 parent: QWidget | None = None, *, sync: SyncController | None = None,
                 reveal_seconds: float = 60.0) -> None:
        super().__init__(parent)
        # Revealed values stay on screen this long, counted down, then are masked again.
        self.reveal_seconds = reveal_seconds
        self.revealed: Revealed | None = None
        self.reveal_left = 0
        self.reveal_timer = QTimer(self)
        self.reveal_timer.setInterval(1000)
        self.reveal_timer.timeout.connect(self._reveal_tick)
        self.sync = sync
        self.offline_copy = False  # the account on screen is the offline cache's copy
        self.unavailable: dict[str, str] = {}  # capability -> why (maintenance)
        self.ui = Ui_MemberView()
        self.ui.setupUi(self)
        # The profile's own minimum width (the form's): a revealed value may widen it for a
        # while (its explicit minimum would otherwise win over the values' widths).
        self._profile_width = self.ui.profileBox.minimumWidth()
        apply_form_style(self)
        self.taskman = taskman
        self.client = client
        self.agent = agent
        self.latest = Latest()
        self.dialog: QDialog | None = None
        self._then: tuple[str, Callable[[], None]] | None = None  # see `open_member`
        self.member_number: str | None = None
        self.account: MemberAccount | None = None
        self.ledger = LedgerModel(self._request_page, self)
        view = self.ui.ledgerView
        view.setModel(self.ledger)
        header = view.horizontalHeader()
        for column, width in enumerate((96, 110, 330, 130)):
            header.resizeSection(column, width)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        header.setStretchLastSection(False)
        header.setSectionResizeMode(4, QHeaderView.ResizeMode.ResizeToContents)
        page_shortcut(self, QKeySequence(QKeySequence.StandardKey.Cancel),
                      self.tr("Member: back to the search results"), self.back_requested.emit,
                      context=Qt.ShortcutContext.WindowShortcut)
        self._build_actions()
        self.show_message("")
        self.clear()

    def _build_actions(self) -> None:
        ui = self.ui
        self.credit_action = self._action(
            self.tr("&Credit miles…"), self.tr("Ctrl+M"),
            self.tr("Credit miles to this member: goodwill, correction or retro claim ({0})"),
            ui.creditButton, self.open_credit_dialog)
        self.reverse_action = self._action(
            self.tr("&Reverse entry…"), self.tr("Ctrl+Shift+R"),
            self.tr("Reverse the selected ledger entry; supervisors only ({0})"),
            ui.reverseButton, self.open_reversal_dialog)
        self.award_action = self._action(
            self.tr("&Book award…"), self.tr("Ctrl+B"),
            self.tr("Book a flight award with this member's miles ({0})"),
            ui.bookAwardButton, self.open_award_dialog)
        self.upgrade_action = self._action(
            self.tr("&Upgrade…"), self.tr("Ctrl+U"),
            self.tr("Upgrade one of this member's tickets to a higher cabin with miles ({0})"),
            ui.upgradeButton, self.open_upgrade_dialog)
        self.cancel_award_action = self._action(
            self.tr("Cancel a&ward…"), self.tr("Ctrl+Shift+B"),
            self.tr("Cancel a flight award by its booking code (the reference of the selected "
                    "award): miles back less the fee ({0})"),
            ui.cancelAwardButton, self.open_cancel_award_dialog)
        self.profile_action = self._action(
            self.tr("Change &profile…"), self.tr("Ctrl+P"),
            self.tr("Change address, phone, e-mail or language after verifying the caller "
                    "({0})"),
            ui.changeProfileButton, self.open_profile_dialog)
        self.reveal_action = self._action(
            self.tr("Re&veal…"), self.tr("Ctrl+Shift+V"),
            self.tr("Show the masked e-mail, phone, address or date of birth for a short time, "
                    "with a reason; recorded in the audit trail ({0})"),
            ui.revealButton, self.open_reveal_dialog)
        # The ledger's context menu offers the actions on the row under the mouse.
        ui.ledgerView.addAction(self.cancel_award_action)
        ui.ledgerView.addAction(self.reverse_action)
        ui.ledgerView.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.reverse_action.setVisible(self.agent.is_supervisor)
        ui.reverseButton.setVisible(self.agent.is_supervisor)
        ui.ledgerView.selectionModel().selectionChanged.connect(self._update_actions)

    def _action(self, text: str, keys: str, tip: str, button: QPushButton,
                slot: Callable[[], None]) -> QAction:
        action = QAction(text, self)
        action.setShortcut(QKeySequence(keys))
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        native = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tip.format(native))
        action.triggered.connect(slot)
        self.addAction(action)
        # The button mirrors the action: one place decides what is possible.
        button.setText(text)
        button.setToolTip(action.toolTip())
        button.clicked.connect(action.trigger)
        action.enabledChanged.connect(button.setEnabled)
        return action

    # -- loading ------------------------------------------------------------------------

    def clear(self) -> None:
        """Blank every field: nothing of a previous member may stay on screen."""
        self.mask_revealed()
        self.account = None
        ui = self.ui
        for label in (ui.nameLabel, ui.tierLabel, ui.balanceLabel, ui.numberLabel,
                      ui.statusLabel, ui.asOfLabel, ui.memberSinceValue, ui.birthDateValue,
                      ui.emailValue, ui.phoneValue, ui.addressValue, ui.languageValue,
                      ui.ledgerStatusLabel):
            label.clear()
        ui.tierLabel.hide()
        self.ledger.reset()
        self._update_actions()

    def open_member(self, number: str, then: Callable[[], None] | None = None) -> None:
        """Show member `number`; `then()` once their account is on screen (from the backend
        or the offline copy), not if it cannot be shown."""
        self._then = (number, then) if then is not None else None
        self.member_number = number
        self.clear()
        self.show_message("")
        self.ui.numberLabel.setText(format_member_number(number))
        self.ui.nameLabel.setText(self.tr("Loading…"))
        self._load(number)

    def refresh(self) -> None:
        """Reload the account and the ledger's first page, keeping the screen until it comes."""
        if self.member_number is not None:
            self.ui.asOfLabel.setText(self.tr("refreshing…"))
            self._load(self.member_number)

    def _load(self, number: str) -> None:
        ticket = self.latest.next()
        client = self.client

        def load() -> tuple[MemberAccount, LedgerPage]:
            # Account and first ledger page from the same worker: one consistent snapshot.
            return client.get_member(number), client.get_transactions(number, limit=LEDGER_PAGE)

        (Op(self.taskman, self, load)
         .success(lambda result: self._loaded(ticket, number, *result))
         .failure(lambda error: self._failed(ticket, error))
         .run())

    def _loaded(self, ticket: int, number: str, account: MemberAccount,
                page: LedgerPage) -> None:
        if not self.latest.is_current(ticket):
            log.debug("dropped a stale account answer for %s", number)
            return
        # The client already refuses a mismatch; this is the last line before the screen.
        if account.member_number != self.member_number or page.member_number != number:
            self._failed(ticket, WrongMemberError(number, account.member_number))
            return
        self.connection_result.emit(None)
        if self.sync is not None:
            self.sync.remember_member(account, page)
        self._show(account, page, self.tr("as of {0}").format(
            dt.datetime.now().strftime("%H:%M:%S")), offline=False)

    def _show(self, account: MemberAccount, page: LedgerPage, as_of: str, *,
              offline: bool) -> None:
        self.mask_revealed()  # a reload shows the account as the backend masks it
        self.account = account
        self.offline_copy = offline
        ui = self.ui
        ui.nameLabel.setText(account.display_name)
        ui.tierLabel.setText(account.tier)
        ui.tierLabel.setProperty("tier", account.tier)
        ui.tierLabel.style().unpolish(ui.tierLabel)
        ui.tierLabel.style().polish(ui.tierLabel)
        ui.tierLabel.show()
        ui.balanceLabel.setText(format_miles(account.miles_balance))
        ui.statusLabel.setText(
            self.tr("Active") if account.status == "active"
            else self.tr("Account {0}").format(account.status))
        ui.asOfLabel.setText(as_of)
        ui.memberSinceValue.setText(fmt.date(account.member_since))
        ui.birthDateValue.setText(account.birth_date_masked)
        ui.emailValue.setText(account.email_masked)
        ui.phoneValue.setText(account.phone_masked)
        ui.addressValue.setText(account.address_masked)
        ui.languageValue.setText(fmt.language_name(account.language))
        self._fit_profile()
        self.ledger.reset(page)
        self._update_ledger_status()
        self._update_actions()
        then, self._then = self._then, None
        if then is not None and then[0] == account.member_number:
            then[1]()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        number = self.member_number
        if isinstance(error, OfflineError) and self.sync is not None and number:
            self.sync.cached_member(number, lambda found: self._cached(ticket, number, found,
                                                                        error))
            return
        self._not_shown(error)

    def _not_shown(self, error: SupportDeskError) -> None:
        self._then = None
        self.clear()
        if self.member_number:
            self.ui.numberLabel.setText(format_member_number(self.member_number))
        self.ui.nameLabel.setText(self.tr("Not shown"))
        self.ui.statusLabel.setText(describe(error)[1])
        if isinstance(error, WrongMemberError):
            show_error(self, error)

    def _cached(self, ticket: int, number: str, found: Any, error: SupportDeskError) -> None:
        """Offline: the copy from when this agent last opened the member, if recent enough."""
        if not self.latest.is_current(ticket) or number != self.member_number:
            return
        if found is None:
            self._not_shown(error)
            self.ui.statusLabel.setText(self.tr(
                "{0} Not opened recently on this computer, so there is no offline copy."
            ).format(describe(error)[1]))
            return
        account, page, as_of = found
        if account.member_number != number or page.member_number != number:
            self._not_shown(WrongMemberError(number, account.member_number))
            return
        self._show(account, page, self.tr("offline copy from {0}").format(day_time(as_of)),
                   offline=True)
        if self.sync is not None:  # read without the backend: it learns of it once back
            self.sync.opened_offline(number)
        self.show_message(self.tr(
            "Offline: this is the copy from {0}. Credits are queued and sent when the backend "
            "is back.").format(dt.datetime.fromtimestamp(as_of).strftime("%H:%M")), "pending")

    # -- ledger paging ------------------------------------------------------------------

    def _request_page(self, before: int) -> None:
        number = self.member_number
        if number is None:
            self.ledger.page_failed()
            return
        ticket = self.latest.current  # the page belongs to the member on screen now
        client = self.client
        self.ui.ledgerStatusLabel.setText(self.tr("Loading more…"))
        (Op(self.taskman, self,
            lambda: client.get_transactions(number, before=before, limit=LEDGER_PAGE))
         .success(lambda page: self._more(ticket, page))
         .failure(lambda error: self._more_failed(ticket, error))
         .run())

    def _more(self, ticket: int, page: LedgerPage) -> None:
        if not self.latest.is_current(ticket) or page.member_number != self.member_number:
            return
        self.ledger.add_page(page)
        self._update_ledger_status()

    def _more_failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        if isinstance(error, SupportDeskError):  # a refused page: alerted and reported too
            self.connection_result.emit(error)
        self.ledger.page_failed(retry=not isinstance(error, SecurityError))
        self.ui.ledgerStatusLabel.setText(describe(error)[1])

    def _update_ledger_status(self) -> None:
        shown, total = self.ledger.rowCount(), self.ledger.total
        if total == 0:
            text = self.tr("No ledger entries.")
        elif shown < total:
            text = self.tr("{0} of {1} entries — scroll for more").format(shown, total)
        else:
            text = self.tr("{0} entries").format(total)
        self.ui.ledgerStatusLabel.setText(text)

    # -- credits and reversals ----------------------------------------------------------

    def selected_entry(self) -> LedgerEntry | None:
        rows = self.ui.ledgerView.selectionModel().selectedRows()
        return self.ledger.entry(rows[0].row()) if rows else None

    def set_unavailable(self, unavailable: dict[str, str]) -> None:
        """Capabilities in maintenance (name -> the sentence that says until when)."""
        if unavailable != self.unavailable:
            self.unavailable = dict(unavailable)
            self._update_actions()

    def _update_actions(self) -> None:
        account = self.account
        active = account is not None and account.status == "active"
        inactive = (self.tr("The account is {0}.").format(account.status)
                    if account is not None and not active else None)

        def offline(kind: Kind) -> str | None:
            """On the offline copy, why a write that needs the backend is not offered."""
            return self.tr("Offline copy: {0}").format(offline_reason(kind)) \
                if self.offline_copy else None

        is_supervisor = self.agent.is_supervisor
        can_queue = self.sync is not None and self.sync.available  # writes may wait offline
        rules = (  # action, button, the kind of write it makes, possible, why not
            (self.credit_action, self.ui.creditButton, Kind.CREDIT, active, inactive),
            (self.award_action, self.ui.bookAwardButton, Kind.AWARD_BOOKING, active,
             inactive or (None if can_queue else offline(Kind.AWARD_BOOKING))),  # provisional
            (self.upgrade_action, self.ui.upgradeButton, Kind.UPGRADE, active,
             inactive or offline(Kind.UPGRADE)),
            (self.cancel_award_action, self.ui.cancelAwardButton, Kind.AWARD_CANCELLATION,
             account is not None, offline(Kind.AWARD_CANCELLATION)),
            (self.profile_action, self.ui.changeProfileButton, Kind.PROFILE_CHANGE,
             account is not None, offline(Kind.PROFILE_CHANGE)),
            (self.reveal_action, self.ui.revealButton, None, account is not None,
             self.tr("Offline copy: revealing needs the backend (it is checked and recorded "
                     "there).") if self.offline_copy else None),
            (self.reverse_action, self.ui.reverseButton, Kind.REVERSAL,
             is_supervisor and account is not None and self.selected_entry() is not None,
             offline(Kind.REVERSAL)),
        )
        for action, button, kind, possible, why_not in rules:
            capability = SPECS[kind].capability if kind is not None else "members"
            why_not = self.unavailable.get(capability) or why_not
            action.setEnabled(possible and why_not is None)
            button.setToolTip(why_not if why_not and account is not None else action.toolTip())

    def show_message(self, text: str, state: str = "applied") -> None:
        label = self.ui.messageLabel
        label.setText(text)
        label.setVisible(bool(text))
        set_state(label, state)

    def _open(self, dialog: QDialog) -> None:
        if self.dialog is not None:
            self.dialog.deleteLater()
        self.dialog = dialog
        dialog.connection_result.connect(self.connection_result)
        dialog.open()

    def open_credit_dialog(self) -> None:
        self._credit_dialog(None)

    def edit_credit(self, refused: Entry) -> None:
        """The credit dialog filled in with a credit the backend refused, to send again."""
        self._credit_dialog(refused)

    def _may_open(self, action: QAction, button: QPushButton, replaces: Entry | None,
                  refused_text: str) -> bool:
        """May the action's dialog open? Asked for from Needs attention (`replaces`), a
        greyed action says why not: `refused_text` with the button's reason."""
        if self.account is None:
            return False
        if not action.isEnabled():
            if replaces is not None:
                self.show_message(refused_text.format(button.toolTip()), "blocked")
            return False
        return True

    def _credit_dialog(self, replaces: Entry | None) -> None:
        if not self._may_open(self.credit_action, self.ui.creditButton, replaces,
                              self.tr("The refused credit cannot be edited now: {0}")):
            return
        from ..credits.dialog import CreditDialog

        dialog = CreditDialog(self.taskman, self.client, self.agent, self.account, self,
                              sync=self.sync, replaces=replaces)
        dialog.credited.connect(self._credited)
        dialog.queued.connect(lambda summary, what: self.show_message(
            self.tr("{0}. {1}").format(summary, what), "pending"))
        self._open(dialog)

    def open_reversal_dialog(self) -> None:
        entry = self.selected_entry()
        if self.account is None or entry is None or not self.reverse_action.isEnabled():
            return
        reversed_by = next((self.ledger.entry(r).id for r in range(self.ledger.rowCount())
                            if self.ledger.entry(r).reverses_id == entry.id), None)
        from ..credits.reversal import ReversalDialog

        dialog = ReversalDialog(self.taskman, self.client, self.account, entry, self,
                                reversed_by=reversed_by, sync=self.sync)
        dialog.reversed.connect(self._reversed)
        self._open(dialog)

    def _is_current(self, member_number: str, what: str) -> bool:
        """A dialog's answer is shown only while its member is still the one on screen."""
        if member_number != self.member_number:
            log.warning("%s answered after member %s was left", what, member_number)
            return False
        return True

    def _credited(self, credit: Credit) -> None:
        if not self._is_current(credit.member_number, f"credit {credit.id}"):
            return
        if credit.status == "applied":
            self.show_message(self.tr("Credited {0} miles.").format(format_miles(credit.miles)))
        else:
            text = self.tr("{0} miles pending approval by a supervisor.").format(
                format_miles(credit.miles))
            if credit.pending_reason:
                text += " " + self.tr("({0})").format(credit.pending_reason)
            self.show_message(text, "pending")
        self.refresh()

    def _reversed(self, reversal: Reversal) -> None:
        if not self._is_current(reversal.member_number, f"reversal {reversal.id}"):
            return
        self.show_message(self.tr("Reversed: {0} miles; balance now {1}.").format(
            format_miles(reversal.miles, signed=True), format_miles(reversal.balance)))
        self.refresh()

    # -- awards and profile -------------------------------------------------------------

    def open_award_dialog(self) -> None:
        self._award_dialog(None)

    def book_again(self, refused: Entry) -> None:
        """The award dialog filled in with a provisional booking the backend refused."""
        self._award_dialog(refused)

    def _award_dialog(self, replaces: Entry | None) -> None:
        if not self._may_open(self.award_action, self.ui.bookAwardButton, replaces,
                              self.tr("The refused booking cannot be booked again now: {0}")):
            return
        from ..awards.dialog import AwardDialog

        dialog = AwardDialog(self.taskman, self.client, self.account, self, sync=self.sync,
                             replaces=replaces)
        dialog.booked.connect(self._award_booked)
        dialog.provisional.connect(lambda summary, what: self.show_message(
            self.tr("{0}. {1}").format(summary, what), "pending"))
        self._open(dialog)

    def open_upgrade_dialog(self) -> None:
        if self.account is None or not self.upgrade_action.isEnabled():
            return
        from ..awards.upgrade import UpgradeDialog

        dialog = UpgradeDialog(self.taskman, self.client, self.account, self, sync=self.sync,
                               as_of=self.ui.asOfLabel.text())
        dialog.booked.connect(self._award_booked)
        self._open(dialog)

    def open_cancel_award_dialog(self) -> None:
        if self.account is None or not self.cancel_award_action.isEnabled():
            return
        entry = self.selected_entry()
        code = entry.reference if entry is not None and entry.kind == "award_redemption" \
            and entry.reference else ""
        entries = [self.ledger.entry(row) for row in range(self.ledger.rowCount())]
        from ..awards.cancel import CancelAwardDialog

        dialog = CancelAwardDialog(self.taskman, self.client, self.account, entries, self,
                                   code=code, sync=self.sync)
        dialog.cancelled.connect(self._award_cancelled)
        self._open(dialog)

    def open_profile_dialog(self) -> None:
        if self.account is None or not self.profile_action.isEnabled():
            return
        from ..profile.dialog import ProfileDialog

        dialog = ProfileDialog(self.taskman, self.client, self.account, self, sync=self.sync)
        dialog.changed.connect(self._profile_changed)
        self._open(dialog)

    def _award_booked(self, booking: AwardBooking) -> None:
        if not self._is_current(booking.member_number, f"award {booking.code}"):
            return
        text = (self.tr("Award {0} booked: {1} miles; balance now {2}.")
                if booking.kind == "flight" else
                self.tr("Upgrade {0} booked: {1} miles; balance now {2}."))
        self.show_message(text.format(booking.code, format_miles(-booking.miles, signed=True),
                                      format_miles(booking.balance)))
        self.refresh()

    def _award_cancelled(self, booking: AwardBooking) -> None:
        if not self._is_current(booking.member_number, f"cancellation of {booking.code}"):
            return
        self.show_message(self.tr(
            "Award {0} cancelled: {1} miles back ({2} miles fee kept); balance now {3}.")
            .format(booking.code, format_miles(booking.miles_recredited or 0, signed=True),
                    format_miles(booking.fee_miles or 0), format_miles(booking.balance)))
        self.refresh()

    def _profile_changed(self, account: MemberAccount, changed: tuple[str, ...]) -> None:
        if not self._is_current(account.member_number, "profile change"):
            return
        from ..profile.form import FIELD_NAMES

        names = ", ".join(QCoreApplication.translate("ProfileForm", FIELD_NAMES[name])
                          for name in changed)
        self.show_message(self.tr("Profile changed: {0}.").format(names))
        self.refresh()

    # -- revealing masked data ----------------------------------------------------------

    def open_reveal_dialog(self) -> None:
        if self.account is None or not self.reveal_action.isEnabled():
            return
        from .reveal import RevealDialog

        dialog = RevealDialog(self.taskman, self.client, self.account, self)
        dialog.revealed.connect(self.show_revealed)
        self._open(dialog)

    def show_revealed(self, revealed: Revealed) -> None:
        """Show the values in place of the masks for `reveal_seconds`, counting down."""
        if self.account is None or not self._is_current(revealed.member_number, "reveal"):
            return
        if not self.isVisible():  # answered after the lock took the page away: not shown
            return
        if self.revealed is not None:
            revealed = type(revealed)(revealed.member_number,
                                      {**self.revealed.values, **revealed.values},
                                      revealed.reason, revealed.revealed_at)
        self.revealed = revealed
        labels = self._reveal_labels()
        for name, value in revealed.values.items():
            label = labels[name]
            label.setText(value)
            label.setProperty("revealed", True)
            if not label.wordWrap():  # a long e-mail widens the profile, never cut off
                label.setMinimumWidth(label.sizeHint().width())
        self._fit_profile()
        self.reveal_left = max(1, round(self.reveal_seconds))
        self._show_countdown()
        self.reveal_timer.start()

    def _fit_profile(self) -> None:
        """The profile as wide as its values (a long e-mail is never cut off)."""
        box = self.ui.profileBox
        self.ui.profileForm.invalidate()  # the widths of the values just set
        box.layout().invalidate()
        box.setMinimumWidth(max(self._profile_width, box.minimumSizeHint().width()))

    def mask_revealed(self) -> None:
        """Mask every revealed value again (time up, another member, lock, sign-out)."""
        self.reveal_timer.stop()
        self.reveal_left = 0
        if self.revealed is None:
            return
        self.revealed = None
        account, labels = self.account, self._reveal_labels()
        masked = {"email": "email_masked", "phone": "phone_masked",
                  "address": "address_masked", "birth_date": "birth_date_masked"}
        for name, label in labels.items():
            label.setProperty("revealed", False)
            label.setMinimumWidth(0)
            label.setText(getattr(account, masked[name]) if account is not None else "")
        self.ui.profileBox.setMinimumWidth(self._profile_width)
        self.ui.maskNote.setText(self.tr("Contact data is masked."))
        set_state(self.ui.maskNote, "")

    def _reveal_labels(self) -> dict[str, Any]:
        ui = self.ui
        return {"email": ui.emailValue, "phone": ui.phoneValue, "address": ui.addressValue,
                "birth_date": ui.birthDateValue}

    def _reveal_tick(self) -> None:
        self.reveal_left -= 1
        if self.reveal_left <= 0:
            self.mask_revealed()
        else:
            self._show_countdown()

    def _show_countdown(self) -> None:
        self.ui.maskNote.setText(self.tr(
            "Revealed (recorded in the audit trail); masked again in {0} s.").format(
                self.reveal_left))
        set_state(self.ui.maskNote, "pending")
