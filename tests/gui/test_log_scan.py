"""No personal data in anything the app writes (issue 15, "No personal data in logs").

The real app's start-up path (no backend handed in: the managed config and the log file are
read and set up as `supportdesk` does, at DEBUG level to be strict), a full session against
the real server behind a loopback proxy: sign in, search by name, by e-mail and by phone,
open the member, credit miles, go offline (the proxy drops every request), queue a credit,
come back (the outbox drains), sign out; and the same in demo mode, where the embedded server
runs in the app's process and logs into the app's file. Then every file the process wrote
(the data folder, the log folder, and whatever else it opened for writing, found by an audit
hook), and the console log, are read byte by byte for every personal value the session used:
names, e-mail, phone, the full member number, postcode, street, birth date, in any letter case
and URL-encoded.
"""

from __future__ import annotations

import logging
import os
import re
import sys
from pathlib import Path
from urllib.parse import quote, quote_plus

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from supportdesk.domain.identifiers import format_member_number
from supportdesk.gui import app
from supportdesk.gui.controller import Controller
from supportdesk.server import db
from supportdesk.sync.connection import State

from ..helpers.faultproxy import Fault, FaultProxy
from ..helpers.gui import WAIT, fill, sign_in
from ..helpers.gui_credits import open_credit_dialog

_written: list[str] | None = None  # paths opened for writing while a scan test records


def _audit(event: str, args: tuple) -> None:
    """Every file this process opens for writing (Python's open/os.open, sqlite3 and renames
    such as the log file's rotation), while a test records."""
    if _written is None:
        return
    if event == "open":
        path, mode, flags = args
        writes = (any(c in mode for c in "wax+") if isinstance(mode, str)
                  else bool(flags & (os.O_WRONLY | os.O_RDWR | os.O_CREAT | os.O_APPEND)))
        if writes and isinstance(path, str | bytes | os.PathLike):
            _written.append(os.fsdecode(path))
    elif event == "sqlite3.connect" and isinstance(args[0], str | bytes | os.PathLike):
        _written.append(os.fsdecode(args[0]))
    elif event in ("os.rename", "os.replace") and isinstance(args[1], str | bytes | os.PathLike):
        _written.append(os.fsdecode(args[1]))


_hooked: list[bool] = []


def record_writes() -> None:
    """Start recording; the hook is added once (hooks cannot be removed, and it does nothing
    unless a test records), when first needed, not at collection for every test."""
    global _written
    if not _hooked:
        sys.addaudithook(_audit)
        _hooked.append(True)
    _written = []


def personal_values(row) -> dict[str, str]:  # noqa: ANN001
    """The member's personal values, under what they are."""
    national = row.phone_national
    values = {
        "member number": row.member_number,
        "member number as shown": format_member_number(row.member_number),
        "first name": row.first_name, "last name": row.last_name,
        "full name": f"{row.first_name} {row.last_name}",
        "e-mail": row.email, "phone": row.phone, "national phone": national,
        "phone with trunk 0": "0" + national, "postcode": row.postcode,
        "street": row.street, "birth date": row.birth_date,
        "birth date (day first)": ".".join(reversed(row.birth_date.split("-"))),
    }
    return values


def forms(value: str) -> set[str]:
    """`value` as it might be written: as is, URL-encoded (%40 for @, + or %20 for spaces)."""
    return {value, quote(value, safe=""), quote_plus(value), quote(value)}


def leaks(data: bytes, values: dict[str, str]) -> list[str]:
    """Which values `data` holds, case-insensitively and in any encoded form (digits and
    names as whole words: a postcode inside a longer number is not the postcode)."""
    texts = {data.decode("utf-8", "replace").casefold(), data.decode("latin-1").casefold(),
             data.decode("utf-16-le", "replace").casefold()}
    found = []
    for what, value in values.items():
        for form in forms(value):
            needle = re.escape(form.casefold())
            pattern = re.compile(rf"(?<![\w]){needle}(?![\w])" if form[-1:].isalnum()
                                 and form[:1].isalnum() else needle)
            if any(pattern.search(text) for text in texts):
                found.append(f"{what} ({form!r})")
                break
    return found


def pick_member(engine, ports: set[int]):  # noqa: ANN001, ANN201
    """A member whose values cannot be mistaken for anything else in a file (names of five
    letters or more, not also a common word; a five-digit postcode that is not a port in use,
    where a four-digit one could be an answer's length in a request line)."""
    with engine.connect() as conn:
        rows = conn.execute(select(db.members).where(db.members.c.status == "active")
                            .order_by(db.members.c.id).limit(400)).all()
    common = {"martin", "thomas", "frank", "simon", "peter", "walter", "winter", "engel",
              "sommer", "otto", "horn", "stein", "lange", "brown", "smith", "jones"}
    for row in rows[30:]:
        names = (row.first_name, row.last_name)
        if all(len(n) >= 5 and n.isalpha() and n.isascii() and n.casefold() not in common
               for n in names) and row.postcode.isdigit() and len(row.postcode) == 5 \
                and int(row.postcode) not in ports:
            return row
    raise AssertionError("no suitable member in the seeded database")


def look_up(qtbot, window, text: str) -> None:  # noqa: ANN001
    """Type `text` in the lookup, send it, change one's mind mid-flight (the first answer
    comes back stale), type it again and wait for the hits."""
    lookup = window.lookup
    window.show_lookup()
    fill(qtbot, lookup.ui.queryEdit, text)
    lookup.search_now()
    fill(qtbot, lookup.ui.queryEdit, text)  # the answer in flight is for older text now
    lookup.search_now()
    qtbot.waitUntil(lambda: not lookup.searching and lookup.model.rowCount() > 0,
                    timeout=WAIT)


@pytest.fixture
def app_logging(tmp_path, monkeypatch):  # noqa: ANN001, ANN201
    """Undoes the app's logging set-up (gui/app.py) the test makes."""
    root = logging.getLogger()
    handlers, level = list(root.handlers), root.level
    third = {name: logging.getLogger(name).level for name in ("urllib3", "requests")}
    yield
    for handler in root.handlers[:]:
        if handler not in handlers:
            root.removeHandler(handler)
            handler.close()
    root.setLevel(level)
    for name, old in third.items():
        logging.getLogger(name).setLevel(old)


MODES = {
    "behind a proxy": "proxy",
    "behind a proxy, urllib3 at DEBUG too": "proxy urllib3",  # the app holds it to errors
    "embedded demo backend": "demo",  # its server logs go to the same file
}


@pytest.mark.parametrize("mode", list(MODES.values()), ids=list(MODES))
def test_no_personal_value_of_a_whole_session_is_in_any_file_the_app_wrote(
        qtbot, private_servers, memory_keyring, tmp_path, monkeypatch, capfd, app_logging,
        mode):
    global _written
    demo = mode == "demo"
    app.setup_logging("DEBUG")  # as gui/app.py main() does, strictest level; to capfd's stderr
    if "urllib3" in mode:  # every request line, with its path and query
        logging.getLogger("urllib3").setLevel(logging.DEBUG)
    data = tmp_path / "app"
    config = tmp_path / "config.toml"
    settings = "health_interval = 1\nidle_lock_minutes = 0\n"
    if demo:  # the app seeds and starts its own server, in this process
        server_files = {str(data / "demo")}
        config.write_text(settings + "demo_members = 100\n")
    else:
        server = private_servers.start()
        server_files = {str(private_servers.database())}
        proxy = FaultProxy(server.url).start()
        config.write_text(settings + f'backend_url = "{proxy.url}"\n'
                          "read_timeout = 2\nconnect_timeout = 1\n")
    monkeypatch.setenv("SUPPORTDESK_DATA_DIR", str(data))
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(config))
    record_writes()
    ctl = Controller(None, data_folder=data)  # as gui/app.py main() starts it
    ctl.start()
    try:
        qtbot.waitUntil(lambda: ctl.backend is not None, timeout=60_000 if demo else WAIT)
        if demo:
            server = ctl.backend.server
        ports = {server.port} if demo else {server.port, proxy.port}
        row = pick_member(server.settings.engine, ports)
        values = personal_values(row)
        number = row.member_number
        window = sign_in(qtbot, ctl, "agent12")
        qtbot.waitUntil(lambda: window.sync.available, timeout=WAIT)

        look_up(qtbot, window, f"{row.first_name} {row.last_name}")
        look_up(qtbot, window, "0" + row.phone_national)
        look_up(qtbot, window, row.email)
        lookup = window.lookup
        qtbot.keyClick(lookup.ui.queryEdit, Qt.Key.Key_Down)
        qtbot.keyClick(lookup.ui.resultsView, Qt.Key.Key_Return)
        member = window.member
        qtbot.waitUntil(lambda: member.account is not None
                        and member.account.member_number == number, timeout=WAIT)

        credit(qtbot, window, "120", "Goodwill for a delayed bag")
        qtbot.waitUntil(lambda: "Credited" in member.ui.messageLabel.text(), timeout=WAIT)

        if not demo:
            proxy.choose = lambda method, path: Fault.DROP_REQUEST  # the network goes away
            qtbot.waitUntil(lambda: window.sync.state.status.state is State.OFFLINE,
                            timeout=20_000)
            credit(qtbot, window, "80", "Goodwill while the line was down")
            # The credit waits (and, when the account was reloaded from the offline copy
            # after the first credit, the report of that offline read waits with it).
            qtbot.waitUntil(lambda: window.sync.state.queued >= 1, timeout=WAIT)

            proxy.choose = lambda method, path: Fault.NONE  # back
            qtbot.waitUntil(lambda: window.sync.state.queued == 0, timeout=20_000)
            assert window.sync.state.attention == 0

        window.ui.actionSignOut.trigger()
        qtbot.waitUntil(lambda: ctl.window is None and ctl.dialog is not None, timeout=WAIT)
    finally:
        if ctl.window is not None:
            ctl.window.close()
        if ctl.dialog is not None:
            ctl.dialog.close()
        ctl.taskman.shutdown(wait=True)
        if ctl.backend is not None:
            ctl.backend.close()
        if not demo:
            proxy.stop()
        private_servers.stop_all()
        for handler in logging.getLogger().handlers:
            handler.flush()
        written, _written = _written, None

    # The backend's own database (the demo's, in the data folder) holds the members: not
    # something the app wrote about them.
    files = {p for p in data.rglob("*") if p.is_file()} | {Path(p) for p in written
                                                            if Path(p).is_file()}
    files = {p for p in files if not any(str(p).startswith(s) for s in server_files)}
    # The hook saw the app's own writes (so it would have seen any other).
    assert any(p.endswith("supportdesk.log") for p in written), written
    assert any(p.endswith("local.sqlite") for p in written), written
    log_files = [p for p in files if p.parent.name == "logs"]
    assert log_files, f"no log file among {sorted(map(str, files))}"
    assert any(p.name == "local.sqlite" for p in files)
    found = {str(p): leaks(p.read_bytes(), values) for p in sorted(files)}
    found["the console (stderr)"] = leaks(capfd.readouterr().err.encode(), values)
    found = {where: what for where, what in found.items() if what}
    assert found == {}, f"personal data written: {found}"
    text = "".join(p.read_text("utf-8", "replace") for p in log_files)
    assert " DEBUG supportdesk." in text  # the scan read a real log, at the strictest level
    if "urllib3" in mode:  # requests by member number and by search text: masked, not gone
        assert f"/members/992{'•' * 9}{number[-3:]}" in text
        assert "/members?q=…" in text
    for path in log_files:
        assert path.stat().st_mode & 0o777 == 0o600, path


def credit(qtbot, window, miles: str, reason: str) -> None:  # noqa: ANN001
    dialog = open_credit_dialog(qtbot, window)
    fill(qtbot, dialog.ui.milesEdit, miles)
    fill(qtbot, dialog.ui.reasonEdit, reason)
    qtbot.waitUntil(lambda: dialog.ok_button.isEnabled(), timeout=WAIT)
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
