"""The sentences the banner and the status bar use about offline work."""

from __future__ import annotations

import time

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ...api.models import Capability
from .. import fmt
from ..member.ledger_model import format_miles

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")


def clock_time(epoch: float) -> str:
    return fmt.time(epoch)


def day_time(epoch: float) -> str:
    """When an offline copy was made: "23.11. 14:32" / "23 Nov 14:32"."""
    return fmt.short_date_time(epoch)


def age(seconds: float) -> str:
    minutes = int(seconds // 60)
    if minutes < 1:
        return translate("SyncTexts", "under a minute")
    if minutes < 120:
        return translate("SyncTexts", "{0} min").format(minutes)
    hours = minutes // 60
    if hours < 48:
        return translate("SyncTexts", "{0} h").format(hours)
    return translate("SyncTexts", "{0} days").format(hours // 24)


def set_aside_text(state) -> str:  # noqa: ANN001 - a SyncState
    """What the agent must know when the local store had to be replaced, or ""."""
    aside = state.set_aside
    if aside is None or not aside.waiting:
        return ""
    # Two sentences, not translate(…, n): lupdate makes a plural entry only of a tr(…, n)
    # inside a class (as the queue line below does for the same reason).
    if aside.waiting == 1:
        return translate("SyncTexts", "1 operation saved on this computer earlier cannot be "
                         "read: the key of the local store was replaced (was the keyring "
                         "reset?). It was not sent; the old file is kept for IT as {0}.").format(
                             aside.path)
    return translate("SyncTexts", "{0} operations saved on this computer earlier cannot be "
                     "read: the key of the local store was replaced (was the keyring reset?). "
                     "They were not sent; the old file is kept for IT as {1}.").format(
                         aside.waiting, aside.path)


def queue_text(state, now: float | None = None) -> str:  # noqa: ANN001 - a SyncState
    """"3 operations queued, the oldest for 12 min; …" or "" when nothing waits."""
    if not state.queued:
        return ""
    now = time.time() if now is None else now
    waited = now - (state.oldest or now)
    if state.queued == 1:
        text = translate("SyncTexts", "1 operation queued for {0};").format(age(waited))
    else:
        text = translate("SyncTexts", "{0} operations queued, the oldest for {1};").format(
            format_miles(state.queued), age(waited))
    return text + " " + translate("SyncTexts", "they are sent by themselves, once each.")


CAPABILITY_LABELS = {
    "members": QT_TRANSLATE_NOOP("SyncTexts", "member lookup"),
    "requests": QT_TRANSLATE_NOOP("SyncTexts", "the request queue"),
    "credits": QT_TRANSLATE_NOOP("SyncTexts", "miles credits"),
    "awards": QT_TRANSLATE_NOOP("SyncTexts", "award bookings"),
    "upgrades": QT_TRANSLATE_NOOP("SyncTexts", "upgrades"),
    "profile": QT_TRANSLATE_NOOP("SyncTexts", "profile changes"),
    "calculator": QT_TRANSLATE_NOOP("SyncTexts", "the mileage calculator"),
    "reversals": QT_TRANSLATE_NOOP("SyncTexts", "reversals"),
}


def until_text(until: str | None) -> str:
    """"until Tue 24.11. 18:00" in this computer's time, or "" when no end was given."""
    if not until:
        return ""
    try:
        when = fmt.weekday_date_time(until)
    except ValueError:
        when = until
    return translate("SyncTexts", "until {0}").format(when)


def maintenance_text(capability: Capability, name: str) -> str:
    """One capability's maintenance, for its greyed-out buttons' tooltips."""
    return _down(_label(name), capability)


def maintenance_banner(maintenance: dict[str, Capability]) -> str:
    """Every window, one sentence per end time and note: "Award bookings, profile changes: in
    maintenance until Tue 24.11. 18:00. Moving to the new booking system." """
    groups: dict[tuple[str | None, str | None], list[str]] = {}
    for name, capability in maintenance.items():
        groups.setdefault((capability.until, capability.note), []).append(_label(name))
    return " ".join(_down(", ".join(labels), Capability("maintenance", until, None, note))
                    for (until, note), labels in groups.items())


def _down(what: str, capability: Capability) -> str:
    when = until_text(capability.until)
    what = what[:1].upper() + what[1:]
    text = (translate("SyncTexts", "{0}: in maintenance {1}.").format(what, when) if when
            else translate("SyncTexts", "{0}: in maintenance.").format(what))
    return f"{text} {capability.note}" if capability.note else text


def _label(name: str) -> str:
    return translate("SyncTexts", CAPABILITY_LABELS[name]) if name in CAPABILITY_LABELS else name
