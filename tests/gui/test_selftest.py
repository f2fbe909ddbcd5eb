"""`supportdesk --self-test` from source: the run `build_installer.py smoke` makes with the
frozen app (sign-in, lookup, account, a credit through the outbox), in a process of its own
with a throw-away home and temporary folder, on the offscreen platform."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.selftest import MEMBER_INDEX

ROOT = Path(__file__).resolve().parents[2]


def run_self_test(tmp_path: Path, *extra: str) -> subprocess.CompletedProcess[str]:
    home, temp = tmp_path / "home", tmp_path / "tmp"
    home.mkdir()
    temp.mkdir()
    env = {key: value for key, value in os.environ.items()
           if not key.startswith(("XDG_", "SUPPORTDESK_", "PYTHON_KEYRING"))}
    env.update(HOME=str(home), TMPDIR=str(temp), QT_QPA_PLATFORM="offscreen",
               SUPPORTDESK_SELFTEST_REPORT=str(tmp_path / "verdict.txt"))
    return subprocess.run([sys.executable, "-m", "supportdesk.gui", "--self-test", *extra],
                          cwd=ROOT, env=env, capture_output=True, text=True, timeout=180,
                          check=False)


def test_the_self_test_signs_in_looks_up_opens_and_credits_then_exits_0(tmp_path):
    done = run_self_test(tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout
    assert "(from source), Qt platform offscreen" in out
    assert "keyring backends: SecretService" in out
    for step in ("load the German catalogues", "read the airports data (FRA–JFK)",
                 "start the embedded demo backend", "sign in as the demo agent",
                 "build the main window and open the local store (outbox)",
                 f"look up member {demo_member_number(MEMBER_INDEX)} (typed, Enter) and "
                 f"open the account",
                 "queue and send a goodwill credit", "see the new balance and an empty outbox"):
        assert f"self-test: ok   {step}" in out, out
    assert "self-test: PASSED" in out
    assert "FAILED" not in done.stderr
    # The same lines in the report file (a windowed Windows build has no console).
    verdict = (tmp_path / "verdict.txt").read_text(encoding="utf-8").splitlines()
    assert verdict == [line for line in out.splitlines() if line.startswith("self-test:")]
    # Nothing of the user's: the profile is untouched and the temporary folder is gone.
    assert list((tmp_path / "home").iterdir()) == []
    assert list((tmp_path / "tmp").iterdir()) == []


def test_a_self_test_that_cannot_finish_says_which_step_and_exits_1(tmp_path):
    done = run_self_test(tmp_path, "--self-test-timeout", "0.2")
    assert done.returncode == 1
    assert "self-test FAILED at step 'start the embedded demo backend': timed out after 0.2 s" \
        in done.stderr, done.stderr
    assert "PASSED" not in done.stdout
    assert "self-test FAILED at step 'start the embedded demo backend'" in \
        (tmp_path / "verdict.txt").read_text(encoding="utf-8")
    assert list((tmp_path / "tmp").iterdir()) == []
