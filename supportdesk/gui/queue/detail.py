"""The detail panel of the queue page: the request, and the check that reasons about it.

The summary from the list shows at once; the check (flight, EU 261, fare, duplicates) and the
notes follow when the full request arrives. Nothing of a previous request stays on screen.
"""

from __future__ import annotations

import datetime as dt
import html

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QLabel

from ...api.queue_models import FlightCheck, RequestDetail, RequestSummary
from ...domain.identifiers import format_member_number
from .. import fmt
from ..forms.ui_queue_page import Ui_QueuePage
from ..writes import set_state
from .model import (
    channel_label,
    duration,
    flight_status_text,
    local_time,
    sla_text,
    status_label,
    type_label,
)

translate = QCoreApplication.translate

# The badge next to the title: calm colours; only a decision gets green.
_BADGE = {"new": "incomplete", "in_review": "incomplete", "needs_info": "pending",
          "escalated": "pending", "approved": "applied", "rejected": "incomplete"}
DUPLICATE_LINK = "request:"
_EU261_STYLE = "font-size: 14pt; font-weight: 600; color: {0};"
OWED, NEUTRAL = "#1d4d2a", "#3d4756"
SECTION_STYLE = "color: #3d4756; font-weight: 600;"


def _t(text: str) -> str:  # for strings lupdate already saw (QT_TRANSLATE_NOOP below)
    return translate("QueueDetail", text)


def _late(minutes: int) -> str:
    if minutes == 0:
        return translate("QueueDetail", "on time")
    if minutes < 0:
        return translate("QueueDetail", "{0} early").format(duration(minutes))
    return translate("QueueDetail", "{0} late").format(duration(minutes))


def flight_line(flight: FlightCheck) -> str:
    """What happened to the flight, in the words the agent reads out."""
    if flight.status == "cancelled":
        days = flight.notice_days or 0
        if days == 0:
            text = translate("QueueDetail", "Cancelled on the day of departure")
        elif days == 1:
            text = translate("QueueDetail", "Cancelled 1 day before departure")
        else:
            text = translate("QueueDetail", "Cancelled {0} days before departure").format(days)
        if flight.rerouting_arrival_minutes is not None:
            text += translate(
                "QueueDetail", "; re-routing offered: departs {0}, arrives {1}").format(
                    _late(flight.rerouting_departure_minutes or 0),
                    _late(flight.rerouting_arrival_minutes))
        else:
            text += translate("QueueDetail", "; no re-routing offered")
    elif flight.status == "delayed":
        text = translate("QueueDetail", "Delayed {0} at arrival").format(
            duration(flight.arrival_delay_minutes))
    elif flight.status == "operated":
        text = translate("QueueDetail", "Operated as scheduled")
    else:
        text = flight.status
    text += translate("QueueDetail", " · {0} km great-circle").format(
        fmt.number(flight.distance_km))
    if flight.extraordinary:
        text += "\n" + translate("QueueDetail", "Extraordinary circumstance: {0}").format(
            flight.extraordinary)
    return text


def eu261_headline(detail: RequestDetail) -> str:
    eu = detail.check.eu261
    if eu.amount_eur <= 0:
        text = translate("QueueDetail", "EU 261: no compensation")
    elif eu.reduced:
        text = translate("QueueDetail", "EU 261: €{0} (halved)").format(eu.amount_eur)
    else:
        text = translate("QueueDetail", "EU 261: €{0}").format(eu.amount_eur)
    # Art. 8 is owed whatever Art. 7 says: the headline names it too (the reasons explain).
    if eu.refund_right == "refund_or_rerouting":
        text += translate("QueueDetail", " · refund or re-routing (Art. 8)")
    elif eu.refund_right == "refund":
        text += translate("QueueDetail", " · refund (Art. 8)")
    return text


_CHANNEL_PHRASES = {
    "email": QT_TRANSLATE_NOOP("QueueDetail", "by e-mail"),
    "phone": QT_TRANSLATE_NOOP("QueueDetail", "by phone"),
    "web": QT_TRANSLATE_NOOP("QueueDetail", "through the web form"),
}


def duplicates_html(detail: RequestDetail) -> str:
    """One line per other request about the same ticket, each a link to jump to it."""
    duplicates = detail.check.duplicates
    if not duplicates:
        return html.escape(translate("QueueDetail", "No other request about this ticket."))
    template = html.escape(translate("QueueDetail", "Also asked {0} on {1} ({2}, {3})"))
    lines = []
    for dup in duplicates:
        link = f'<a href="{DUPLICATE_LINK}{dup.id}">#{dup.id}</a>'
        channel = _t(_CHANNEL_PHRASES[dup.channel]) if dup.channel in _CHANNEL_PHRASES \
            else dup.channel
        lines.append(template.format(html.escape(channel),
                                     html.escape(local_time(dup.created_at)), link,
                                     html.escape(status_label(dup.status).lower())))
    return "<br>".join(lines)


def notes_text(detail: RequestDetail) -> str:
    if not detail.notes:
        return translate("QueueDetail", "No notes yet.")
    line = translate("QueueDetail", "{0} · {1}: {2}")
    return "\n".join(line.format(local_time(n.at), n.agent, n.text) for n in detail.notes)


class DetailPanel:
    """Fills the page's detail widgets; knows nothing about loading."""

    def __init__(self, ui: Ui_QueuePage, own_agent_id: int) -> None:
        self.ui = ui
        self.own_agent_id = own_agent_id
        self.shown: RequestSummary | None = None
        ui.requestTitle.setStyleSheet("font-size: 13pt; font-weight: 600;")
        ui.eu261Label.setStyleSheet(_EU261_STYLE.format(NEUTRAL))
        ui.statusBadge.setContentsMargins(8, 2, 8, 2)
        for label in (ui.messageCaption, ui.replyCaption, ui.notesCaption, ui.checkCaption,
                      ui.fareCaption, ui.duplicatesCaption):
            label.setStyleSheet(SECTION_STYLE)
            label.setContentsMargins(0, 6, 0, 0)
        for label in (ui.customerMessage, ui.customerReply):
            label.setFrameShape(QLabel.Shape.StyledPanel)
            label.setContentsMargins(6, 4, 6, 4)
        ui.duplicatesValue.setTextFormat(Qt.TextFormat.RichText)
        ui.duplicatesValue.setTextInteractionFlags(
            Qt.TextInteractionFlag.LinksAccessibleByMouse
            | Qt.TextInteractionFlag.LinksAccessibleByKeyboard)
        self.clear()

    def _columns_visible(self, visible: bool) -> None:
        ui = self.ui
        for widget in (ui.requestTitle, ui.statusBadge, ui.openMemberButton, ui.claimButton,
                       ui.decideButton):
            widget.setVisible(visible)
        for layout in (ui.leftColumn, ui.rightColumn, ui.factsForm):
            for i in range(layout.count()):
                widget = layout.itemAt(i).widget()
                if widget is not None:
                    widget.setVisible(visible)
        ui.placeholderLabel.setVisible(not visible)

    def clear(self, placeholder: str | None = None) -> None:
        self.shown = None
        self._columns_visible(False)
        self.ui.placeholderLabel.setText(placeholder or translate(
            "QueueDetail", "Choose a request in the list (↓). Its check — flight, EU 261, "
                           "fare rules and duplicates — shows here."))

    def show_summary(self, item: RequestSummary, now: dt.datetime) -> None:
        """What the list already knows, at once; the check is blanked until it arrives."""
        self.shown = item
        self._columns_visible(True)
        ui = self.ui
        ui.requestTitle.setText(translate("QueueDetail", "Request #{0} · {1}").format(
            item.id, type_label(item.type)))
        ui.statusBadge.setText(status_label(item.status))
        set_state(ui.statusBadge, _BADGE.get(item.status, "incomplete"))
        ui.memberValue.setText(
            f"{item.member_name} · {format_member_number(item.member_number)}")
        ui.bookingValue.setText(translate(
            "QueueDetail", "{0} · e-ticket {1} · class {2}").format(
                item.booking_code, item.ticket_number, item.booking_class))
        ui.flightValue.setText(translate("QueueDetail", "{0} {1} → {2} · {3} · {4}").format(
            item.flight.flight_number, item.flight.origin, item.flight.destination,
            fmt.date(item.flight.date), flight_status_text(item.flight)))
        ui.receivedValue.setText(translate("QueueDetail", "{0} · {1}").format(
            local_time(item.created_at), channel_label(item.channel)))
        if item.assignee_id is None:
            ui.assigneeValue.setText(translate("QueueDetail", "nobody yet"))
        elif item.assignee_id == self.own_agent_id:
            ui.assigneeValue.setText(translate("QueueDetail", "{0} (you)").format(
                item.assignee_name))
        else:
            ui.assigneeValue.setText(item.assignee_name or "")
        self.set_now(now)
        for label in (ui.customerMessage, ui.flightStatusValue, ui.eu261Reasons, ui.fareValue,
                      ui.duplicatesValue, ui.notesValue, ui.customerReply):
            label.clear()
        ui.customerMessage.setText(translate("QueueDetail", "Loading…"))
        ui.eu261Label.setText(translate("QueueDetail", "Checking…"))
        ui.eu261Label.setStyleSheet(_EU261_STYLE.format(NEUTRAL))
        ui.replyCaption.hide()
        ui.customerReply.hide()

    def show_detail(self, detail: RequestDetail, now: dt.datetime) -> None:
        self.show_summary(detail, now)
        ui = self.ui
        ui.customerMessage.setText(detail.customer_message)
        ui.flightStatusValue.setText(flight_line(detail.check.flight))
        ui.eu261Label.setText(eu261_headline(detail))
        owed = detail.check.eu261.amount_eur > 0
        ui.eu261Label.setStyleSheet(_EU261_STYLE.format(OWED if owed else NEUTRAL))
        eu, fare = detail.check.eu261, detail.check.fare
        ui.eu261Reasons.setText("\n".join(
            f"• {r}" for r in fmt.worded(eu.wording, eu.reasons, "EU261")))
        ui.fareValue.setText("\n".join(fmt.worded(fare.wording, fare.lines, "Fares")))
        ui.duplicatesValue.setText(duplicates_html(detail))
        ui.notesValue.setText(notes_text(detail))
        has_reply = bool(detail.customer_reply)
        ui.replyCaption.setVisible(has_reply)
        ui.customerReply.setVisible(has_reply)
        ui.customerReply.setText(detail.customer_reply or "")

    def set_now(self, now: dt.datetime) -> None:
        """The SLA line follows the clock like the list does."""
        item = self.shown
        if item is None:
            return
        ui = self.ui
        if item.is_open:
            ui.slaValue.setText(translate("QueueDetail", "due {0} · {1}").format(
                local_time(item.sla_due), sla_text(item.sla_due, now)))
        else:
            ui.slaValue.setText(translate("QueueDetail", "{0}; no longer due").format(
                status_label(item.status)))
        overdue = item.overdue_at(now)
        ui.slaValue.setStyleSheet("color: #a3191b; font-weight: 600;" if overdue else "")
