"""The audit trail's rows, fetched page by page as the supervisor scrolls (like the ledger:
canFetchMore/fetchMore), newest first."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt

from ...api.audit import AuditEntry
from ...domain.identifiers import format_member_number
from .. import fmt
from ..tablemodel import Index, PagedRowsModel

translate = QCoreApplication.translate


def local_time(at: str) -> str:
    """An entry's UTC time as the supervisor's local date and time, to the second."""
    return fmt.moment(at, seconds=True)


# The supervisor's words for the audit's action codes (the server's; a code not listed here,
# from a newer server, is shown as it is).
ACTION_LABELS = {
    "login": QT_TRANSLATE_NOOP("AuditActions", "Signed in"),
    "login_failed": QT_TRANSLATE_NOOP("AuditActions", "Sign-in failed"),
    "logout": QT_TRANSLATE_NOOP("AuditActions", "Signed out"),
    "member_search": QT_TRANSLATE_NOOP("AuditActions", "Searched members"),
    "member_read": QT_TRANSLATE_NOOP("AuditActions", "Opened the member"),
    "ledger_read": QT_TRANSLATE_NOOP("AuditActions", "Read the miles ledger"),
    "offline_read": QT_TRANSLATE_NOOP("AuditActions", "Opened from the offline copy"),
    "reveal": QT_TRANSLATE_NOOP("AuditActions", "Revealed contact data"),
    "caller_verification": QT_TRANSLATE_NOOP("AuditActions", "Verified the caller"),
    "profile_change": QT_TRANSLATE_NOOP("AuditActions", "Changed the profile"),
    "credit_applied": QT_TRANSLATE_NOOP("AuditActions", "Credited miles"),
    "credit_pending": QT_TRANSLATE_NOOP("AuditActions", "Proposed a credit"),
    "credit_approved": QT_TRANSLATE_NOOP("AuditActions", "Approved a credit"),
    "credit_rejected": QT_TRANSLATE_NOOP("AuditActions", "Rejected a credit"),
    "credits_listed": QT_TRANSLATE_NOOP("AuditActions", "Listed the pending credits"),
    "reversal": QT_TRANSLATE_NOOP("AuditActions", "Reversed an entry"),
    "award_booked": QT_TRANSLATE_NOOP("AuditActions", "Booked an award"),
    "award_cancelled": QT_TRANSLATE_NOOP("AuditActions", "Cancelled an award"),
    "upgrade_quoted": QT_TRANSLATE_NOOP("AuditActions", "Priced an upgrade"),
    "upgrade_booked": QT_TRANSLATE_NOOP("AuditActions", "Booked an upgrade"),
    "requests_listed": QT_TRANSLATE_NOOP("AuditActions", "Listed requests"),
    "request_read": QT_TRANSLATE_NOOP("AuditActions", "Opened a request"),
    "request_claim": QT_TRANSLATE_NOOP("AuditActions", "Claimed a request"),
    "request_approve": QT_TRANSLATE_NOOP("AuditActions", "Approved a request"),
    "request_reject": QT_TRANSLATE_NOOP("AuditActions", "Rejected a request"),
    "request_needs_info": QT_TRANSLATE_NOOP("AuditActions", "Asked for information"),
    "request_escalate": QT_TRANSLATE_NOOP("AuditActions", "Escalated a request"),
    "operation_discarded": QT_TRANSLATE_NOOP("AuditActions", "Discarded a refused write"),
    "operation_called_back": QT_TRANSLATE_NOOP("AuditActions", "Called the member back"),
    "security-event": QT_TRANSLATE_NOOP("AuditActions", "Security event"),
    "audit_read": QT_TRANSLATE_NOOP("AuditActions", "Read the audit trail"),
    "remediation_preview": QT_TRANSLATE_NOOP("AuditActions", "Previewed a remediation"),
    "remediation_proposed": QT_TRANSLATE_NOOP("AuditActions", "Proposed a remediation batch"),
    "remediation_approved": QT_TRANSLATE_NOOP("AuditActions", "Approved a remediation batch"),
    "remediation_execute": QT_TRANSLATE_NOOP("AuditActions", "Executed a remediation batch"),
    "remediation_executed": QT_TRANSLATE_NOOP("AuditActions", "Remediation batch finished"),
    "remediation_batch_read": QT_TRANSLATE_NOOP("AuditActions", "Read a remediation batch"),
    "remediation_export": QT_TRANSLATE_NOOP("AuditActions", "Exported a remediation batch"),
    "remediation_entry_skipped": QT_TRANSLATE_NOOP("AuditActions", "Remediation: entry skipped"),
    "remediation_entry_failed": QT_TRANSLATE_NOOP("AuditActions", "Remediation: entry failed"),
}


def action_text(code: str) -> str:
    """The action in the supervisor's words; the code itself for one this app does not know."""
    return translate("AuditActions", ACTION_LABELS[code]) if code in ACTION_LABELS else code


def agent_text(entry: AuditEntry) -> str:
    if entry.agent_username is None:
        return "—"
    return f"{entry.agent_name} ({entry.agent_username})"


class AuditModel(PagedRowsModel):
    COLUMNS = (
        QT_TRANSLATE_NOOP("AuditModel", "Time"),
        QT_TRANSLATE_NOOP("AuditModel", "Agent"),
        QT_TRANSLATE_NOOP("AuditModel", "Action"),
        QT_TRANSLATE_NOOP("AuditModel", "Member"),
        QT_TRANSLATE_NOOP("AuditModel", "Workstation"),
    )  # the request id: in the detail pane and the export
    _rows: list[AuditEntry]

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        entry: AuditEntry | None = self.row_at(index)
        if entry is None:
            return None
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            if column == 0:
                return local_time(entry.at)
            if column == 1:
                return agent_text(entry)
            if column == 2:
                return action_text(entry.action)
            if column == 3:
                return format_member_number(entry.member_number) if entry.member_number else ""
            return entry.workstation or ""
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole workstation, which may not fit
            if column == 2:
                return entry.action  # the code, as the filter and the export name it
            return entry.workstation if column == 4 else f"{entry.at} · #{entry.id}"
        return None
