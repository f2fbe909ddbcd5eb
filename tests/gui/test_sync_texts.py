"""The banner's sentences about maintenance and the queue."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from supportdesk.api.models import Capability
from supportdesk.gui.sync.controller import SyncState
from supportdesk.gui.sync.texts import (
    maintenance_banner,
    maintenance_text,
    queue_text,
    set_aside_text,
)
from supportdesk.store.local import SetAside
from supportdesk.sync.connection import State, Status

UNTIL = "2031-01-02T18:00+01:00"
_AT = dt.datetime.fromisoformat(UNTIL).astimezone()
LOCAL = f"{_AT.strftime('%a')} {_AT.day} {_AT.strftime('%b %H:%M')}"  # English: Thu 2 Jan 17:00


def test_windows_with_one_end_and_note_make_one_sentence_in_local_time(qapp):
    down = Capability("maintenance", UNTIL, "Award bookings: …", "Moving systems.")
    banner = maintenance_banner({"awards": down, "profile": down,
                                 "credits": Capability("maintenance")})
    assert banner == (f"Award bookings, profile changes: in maintenance until {LOCAL}. "
                      f"Moving systems. Miles credits: in maintenance.")
    assert maintenance_text(down, "awards") == (
        f"Award bookings: in maintenance until {LOCAL}. Moving systems.")


def test_the_queue_sentence_counts_and_ages(qapp):
    state = SyncState(Status(State.OFFLINE), queued=3, oldest=1000.0)
    assert queue_text(state, now=1000.0 + 12 * 60).startswith(
        "3 operations queued, the oldest for 12 min;")
    assert queue_text(SyncState(Status(State.OFFLINE))) == ""


def test_a_store_set_aside_is_said_with_what_it_held_and_where_it_is():
    aside = SetAside(Path("/data/store/local-unreadable-20261123-0900.sqlite"), 3)
    text = set_aside_text(SyncState(Status(State.ONLINE), set_aside=aside))
    assert text.startswith("3 operations saved on this computer earlier cannot be read")
    assert "local-unreadable-20261123-0900.sqlite" in text and "not sent" in text
    one = SetAside(aside.path, 1)
    assert set_aside_text(SyncState(Status(State.ONLINE), set_aside=one)).startswith(
        "1 operation saved on this computer earlier cannot be read")
    # Nothing was waiting in it: nothing to tell the agent.
    empty = SetAside(aside.path, 0)
    assert set_aside_text(SyncState(Status(State.ONLINE), set_aside=empty)) == ""
    assert set_aside_text(SyncState(Status(State.ONLINE))) == ""
