"""`supportdesk-server agents` end to end: IT adds, lists, disables, enables agents and resets
passwords in a real SQLite file while a real server serves it; each change is audited as made
by the command, and bad input is refused clearly, with nothing changed."""

from __future__ import annotations

import io
import json
import subprocess
import sys
import time

import pytest
import requests
from sqlalchemy import func, select

from supportdesk.server import audit, cli, db, revocations

from ..helpers.http import API, auth, login

PASSWORD = "correct horse battery"


def _agents(*args: str) -> int:
    """The command as `supportdesk-server agents ARGS` runs it: its exit code."""
    try:
        return cli.main(["agents", *args])
    except SystemExit as exit_:  # argparse's usage errors
        return int(exit_.code or 0)


def _with_stdin(monkeypatch, text: str) -> None:  # noqa: ANN001
    monkeypatch.setattr(sys, "stdin", io.StringIO(text))


def _sign_in(base: str, username: str, password: str) -> requests.Response:
    return requests.post(f"{base}{API}/auth/login",
                         json={"username": username, "password": password}, timeout=10)


def _me(base: str, token: str) -> requests.Response:
    return requests.get(f"{base}{API}/auth/me", headers=auth(token), timeout=10)


def _admin_audit(engine) -> list:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(select(db.audit).where(db.audit.c.action.like("agent_%"))
                            .order_by(db.audit.c.id)).all()


def test_an_added_agent_signs_in_and_once_disabled_is_refused_everywhere(private_servers,
                                                                          capsys):
    path = private_servers.database()
    server = private_servers.start(path)
    # As IT runs it: its own process, the password piped in, never on the command line.
    done = subprocess.run(
        [sys.executable, "-m", "supportdesk.server", "agents", "add", "Nina.Berger",
         "--name", "Nina Berger", "--role", "agent", "--per-credit-limit", "2,000",
         "--daily-limit", "8000", "--password-stdin", "--db", str(path)],
        input=PASSWORD + "\n", capture_output=True, text=True, timeout=60)
    assert done.returncode == 0, done.stderr
    assert "added agent nina.berger (Nina Berger)" in done.stdout
    assert PASSWORD not in done.stdout + done.stderr

    r = _sign_in(server.url, "nina.berger", PASSWORD)
    assert r.status_code == 200, r.text
    assert r.json()["agent"] == {"id": r.json()["agent"]["id"], "username": "nina.berger",
                                 "name": "Nina Berger", "role": "agent",
                                 "limits": {"per_credit_miles": 2000, "daily_miles": 8000}}
    token = r.json()["token"]
    assert _me(server.url, token).status_code == 200

    assert _agents("list", "--db", str(path)) == 0
    listed = capsys.readouterr().out.splitlines()
    assert listed[0].split() == ["USERNAME", "NAME", "ROLE", "PER", "CREDIT", "DAILY",
                                 "STATUS", "LOCKED"]
    assert next(line for line in listed if line.startswith("nina.berger")).split() == [
        "nina.berger", "Nina", "Berger", "agent", "2,000", "8,000", "active", "no"]
    assert any(line.split()[:3] == ["super1", "Supervisor", "1"] for line in listed)

    assert _agents("disable", "nina.berger", "--db", str(path)) == 0
    assert "1 live session signed out" in capsys.readouterr().out
    time.sleep(revocations.FRESH_SECONDS + 0.05)  # a slow machine only sleeps longer
    r = _me(server.url, token)
    assert r.status_code == 401 and r.json()["code"] == "agent-disabled"
    assert _sign_in(server.url, "nina.berger", PASSWORD).status_code == 401
    assert _agents("list", "--db", str(path)) == 0
    assert "disabled" in next(line for line in capsys.readouterr().out.splitlines()
                              if line.startswith("nina.berger"))

    assert _agents("disable", "nina.berger", "--db", str(path)) == 0  # twice: no change
    assert "already disabled" in capsys.readouterr().out
    assert _agents("enable", "nina.berger", "--db", str(path)) == 0
    assert _sign_in(server.url, "nina.berger", PASSWORD).status_code == 200
    r = _me(server.url, token)  # the session disabling ended stays ended
    assert r.status_code == 401 and r.json()["code"] == "signed-out"

    entries = _admin_audit(server.settings.engine)
    assert [e.action for e in entries] == ["agent_added", "agent_disabled", "agent_enabled"]
    for entry in entries:
        detail = json.loads(entry.detail)
        assert entry.agent_id is None  # no agent acted: IT did, with the command
        assert detail["by"] == "cli" and detail["username"] == "nina.berger"
        assert "os_user" in detail and PASSWORD not in entry.detail
    assert json.loads(entries[0].detail)["limits"] == {"per_credit_miles": 2000,
                                                       "daily_miles": 8000}
    assert json.loads(entries[1].detail)["tokens_revoked"] == 1
    assert audit.verify(server.settings.engine)[0]


def test_a_reset_password_ends_the_sessions_and_lifts_a_lock_out(private_servers, capsys,
                                                                  monkeypatch):
    path = private_servers.database()
    server = private_servers.start(path)
    token = login(server.url, "agent7")
    for _ in range(server.settings.lockout_attempts):  # someone guessed: agent7 is locked out
        assert _sign_in(server.url, "agent7", "guess").status_code == 401
    assert _sign_in(server.url, "agent7", "demo").status_code == 429
    assert _agents("list", "--db", str(path)) == 0
    assert "until " in next(line for line in capsys.readouterr().out.splitlines()
                            if line.startswith("agent7 "))

    _with_stdin(monkeypatch, "a new and long one\n")
    assert _agents("reset-password", "agent7", "--password-stdin", "--db", str(path)) == 0
    assert "new password set for agent7; 1 live session signed out" in capsys.readouterr().out
    time.sleep(revocations.FRESH_SECONDS + 0.05)
    r = _me(server.url, token)
    assert r.status_code == 401 and r.json()["code"] == "signed-out"
    assert _sign_in(server.url, "agent7", "demo").status_code == 401
    assert _sign_in(server.url, "agent7", "a new and long one").status_code == 200
    assert [e.action for e in _admin_audit(server.settings.engine)] == ["agent_password_reset"]


@pytest.mark.parametrize("args, stdin, code, complaint", [
    (["disable", "nobody"], "", 1, "There is no agent 'nobody'"),
    (["enable", "nobody"], "", 1, "There is no agent 'nobody'"),
    (["reset-password", "nobody", "--password-stdin"], PASSWORD, 1, "no agent 'nobody'"),
    (["add", "Agent1", "--name", "Another", "--role", "agent", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password-stdin"], PASSWORD, 1, "'agent1' is taken"),
    (["add", "neo", "--name", "Neo", "--role", "admin", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password-stdin"], PASSWORD, 2,
     "Role 'admin' is not known; choose agent or supervisor"),
    (["add", "neo", "--name", "Neo", "--role", "agent", "--per-credit-limit", "-5",
      "--daily-limit", "1", "--password-stdin"], PASSWORD, 2,
     "per-credit limit must be a whole number of miles from 0 to 1,000,000"),
    (["add", "neo", "--name", "Neo", "--role", "agent", "--per-credit-limit", "5000",
      "--daily-limit", "lots", "--password-stdin"], PASSWORD, 2, "daily limit must be"),
    (["add", "neo", "--name", "Neo", "--role", "agent", "--per-credit-limit", "5000",
      "--daily-limit", "1000", "--password-stdin"], PASSWORD, 2,
     "per-credit limit (5,000) is above the daily limit (1,000)"),
    (["add", "neo", "--name", "Neo", "--role", "agent", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password-stdin"], "short", 2, "too short"),
    (["add", "neo smith", "--name", "Neo", "--role", "agent", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password-stdin"], PASSWORD, 2, "is not valid"),
    (["add", "neo", "--name", "Neo\u202e", "--role", "agent", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password-stdin"], PASSWORD, 2, "control characters"),
    (["add", "neo", "--name", "Neo", "--role", "agent", "--per-credit-limit", "1",
      "--daily-limit", "1", "--password", "hunter22"], "", 2, "never given on the command"),
    (["add", "neo", "--role", "agent"], "", 2, "required"),
    (["frobnicate", "agent1"], "", 2, "invalid choice"),
])
def test_the_agents_command_refuses_bad_input_clearly_and_changes_nothing(
        private_servers, capsys, monkeypatch, args, stdin, code, complaint):
    path = private_servers.database()
    engine = db.make_engine(path)
    with engine.connect() as conn:
        before = conn.execute(select(func.count()).select_from(db.agents)).scalar_one()
    _with_stdin(monkeypatch, stdin + "\n")
    assert _agents(*args, "--db", str(path)) == code
    out = capsys.readouterr()
    assert complaint in out.err and out.out == ""
    assert "hunter22" not in out.err
    with engine.connect() as conn:
        assert conn.execute(select(func.count()).select_from(db.agents)).scalar_one() == before
    assert _admin_audit(engine) == []
    engine.dispose()
