"""The sentences the banner and the status bar use about offline work."""

from __future__ import annotations

import datetime as dt
import time

from PySide6.QtCore import QCoreApplication

from ...api.models import Capability
from ..member.ledger_model import format_miles


def _tr(text: str) -> str:
    return QCoreApplication.translate("SyncTexts", text)


def clock_time(epoch: float) -> str:
    return dt.datetime.fromtimestamp(epoch).strftime("%H:%M")


def age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return _tr("under a minute")
    if minutes < 120:
        return _tr("{0} min").format(minutes)
    hours = minutes // 60
    if hours < 48:
        return _tr("{0} h").format(hours)
    return _tr("{0} days").format(hours // 24)


def queue_text(state, now: float | None = None) -> str:  # noqa: ANN001 - a SyncState
    """"3 operations queued, the oldest for 12 min; …" or "" when nothing waits."""
    if not state.queued:
        return ""
    now = time.time() if now is None else now
    waited = now - (state.oldest or now)
    if state.queued == 1:
        text = _tr("1 operation queued for {0};").format(age(waited))
    else:
        text = _tr("{0} operations queued, the oldest for {1};").format(
            format_miles(state.queued), age(waited))
    return text + " " + _tr("they are sent by themselves, once each.")


def maintenance_text(capability: Capability) -> str:
    """The server's own sentence ("Award bookings is in maintenance until …") if it gave one."""
    if capability.message:
        return capability.message
    if capability.until:
        return _tr("In maintenance until {0}.").format(capability.until)
    return _tr("In maintenance.")
