"""The log check itself (tests/helpers/logfail.py): an unexpected warning of the app fails the
test that logged it; a declared one, one inside caplog.at_level and another library's do not.
Run in a pytest of its own, as the suite runs it (the plugin loaded, the marker registered)."""

from __future__ import annotations

import subprocess
import sys
import textwrap
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SAMPLE = '''
import logging

import pytest

log = logging.getLogger("supportdesk.store.local")


def test_unexpected():
    log.error("local store sealed with another key")


def test_unexpected_in_a_fixtures_teardown(noisy):
    pass


@pytest.fixture
def noisy():
    yield
    logging.getLogger("qt").warning("QFont::setPointSize: Point size <= 0")


@pytest.mark.expect_log("supportdesk.store", "sealed with another key")
def test_declared():
    log.error("local store sealed with another key; starting afresh")


@pytest.mark.expect_log("supportdesk.store", "sealed with another key")
def test_declared_text_does_not_cover_another_message():
    log.warning("disk full")


@pytest.mark.expect_log("supportdesk.api")
def test_declared_logger_does_not_cover_another_logger():
    log.warning("disk full")


def test_inside_caplog_at_level(caplog):
    with caplog.at_level(logging.WARNING, logger="supportdesk.store.local"):
        log.warning("disk full")
    assert "disk full" in caplog.text


def test_merely_requesting_caplog_expects_nothing(caplog):
    log.warning("disk full")


def test_info_and_other_libraries_pass():
    log.info("opened")
    logging.getLogger("uvicorn.error").warning("not ours")
    logging.getLogger("supportdeskish").warning("not ours either")
'''


def test_an_unexpected_warning_fails_the_test_and_a_declared_one_does_not(tmp_path):
    (tmp_path / "test_sample.py").write_text(textwrap.dedent(SAMPLE), encoding="utf-8")
    result = subprocess.run(
        [sys.executable, "-m", "pytest", "-p", "tests.helpers.logfail", "-p", "no:cacheprovider",
         "-c", str(ROOT / "pyproject.toml"), "--rootdir", str(tmp_path), "-rA", "-q",
         str(tmp_path / "test_sample.py")],
        cwd=ROOT, capture_output=True, text=True, timeout=120, check=False)
    failed = set()
    for line in result.stdout.splitlines():
        word, _, rest = line.partition(" ")
        if word in ("FAILED", "ERROR") and "::" in rest:
            failed.add(rest.split("::")[1].split(" ")[0])
    # The check fails a test in its teardown: "passed" for the call, "error" for the check.
    assert "8 passed, 5 errors" in result.stdout, result.stdout + result.stderr
    assert failed == {
        "test_unexpected",
        "test_unexpected_in_a_fixtures_teardown",
        "test_declared_text_does_not_cover_another_message",
        "test_declared_logger_does_not_cover_another_logger",
        "test_merely_requesting_caplog_expects_nothing",
    }, result.stdout
    assert "ERROR supportdesk.store.local: local store sealed with another key" in result.stdout
    assert "WARNING qt: QFont::setPointSize" in result.stdout
