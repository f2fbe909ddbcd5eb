"""One member's account: profile (masked), tier, balance, and the ledger page by page.

A slow answer for member A must never paint over member B: every load carries a ticket from
`Latest`, and answers for an older ticket are dropped.
"""

from __future__ import annotations

import datetime as dt
import logging

from PySide6.QtCore import Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import QHeaderView, QWidget

from ...api.client import ApiClient
from ...api.models import LedgerPage, MemberAccount
from ...domain.identifiers import format_member_number
from ...errors import SupportDeskError, WrongMemberError
from ..errors import describe, show_error
from ..forms.ui_member_view import Ui_MemberView
from ..taskman import Latest, Op, TaskManager
from .ledger_model import LedgerModel, format_miles

log = logging.getLogger(__name__)
LEDGER_PAGE = 100


class MemberView(QWidget):
    back_requested = Signal()
    connection_result = Signal(object)

    def __init__(self, taskman: TaskManager, client: ApiClient,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ui = Ui_MemberView()
        self.ui.setupUi(self)
        self.taskman = taskman
        self.client = client
        self.latest = Latest()
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
        back = QShortcut(QKeySequence(QKeySequence.StandardKey.Cancel), self)
        back.activated.connect(self.back_requested)
        self.clear()

    # -- loading ------------------------------------------------------------------------

    def clear(self) -> None:
        """Blank every field: nothing of a previous member may stay on screen."""
        self.account = None
        ui = self.ui
        for label in (ui.nameLabel, ui.tierLabel, ui.balanceLabel, ui.numberLabel,
                      ui.statusLabel, ui.asOfLabel, ui.memberSinceValue, ui.birthDateValue,
                      ui.emailValue, ui.phoneValue, ui.addressValue, ui.languageValue,
                      ui.ledgerStatusLabel):
            label.clear()
        ui.tierLabel.hide()
        self.ledger.reset()

    def open_member(self, number: str) -> None:
        ticket = self.latest.next()
        self.member_number = number
        self.clear()
        self.ui.numberLabel.setText(format_member_number(number))
        self.ui.nameLabel.setText(self.tr("Loading…"))
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
        self.account = account
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
        ui.asOfLabel.setText(self.tr("as of {0}").format(
            dt.datetime.now().strftime("%H:%M:%S")))
        ui.memberSinceValue.setText(account.member_since)
        ui.birthDateValue.setText(account.birth_date_masked)
        ui.emailValue.setText(account.email_masked)
        ui.phoneValue.setText(account.phone_masked)
        ui.addressValue.setText(account.address_masked)
        ui.languageValue.setText(account.language)
        self.ledger.reset(page)
        self._update_ledger_status()

    def _failed(self, ticket: int, error: BaseException) -> None:
        if not self.latest.is_current(ticket):
            return
        if not isinstance(error, SupportDeskError):
            raise error
        self.connection_result.emit(error)
        self.clear()
        if self.member_number:
            self.ui.numberLabel.setText(format_member_number(self.member_number))
        self.ui.nameLabel.setText(self.tr("Not shown"))
        self.ui.statusLabel.setText(describe(error)[1])
        if isinstance(error, WrongMemberError):
            show_error(self, error)

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
        self.ledger.page_failed()
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
