"""A warning the app logs during a test fails that test, unless the test expects it
(qutebrowser's tests/helpers/logfail.py discipline, for logging as pytest-qt's
qt_log_level_fail is for Qt's own messages).

The autouse fixture `fail_on_unexpected_log` (wired in tests/conftest.py) puts a handler on
the root logger for the test's setup, call and teardown; a record at WARNING or above from the
app's loggers ("supportdesk…", and "qt…", where the app forwards Qt's messages) that nothing
expected fails the test at teardown, with the records listed. Other libraries' loggers
(uvicorn, urllib3, …) are not checked.

A test expects a warning in one of two ways:

- the marker `@pytest.mark.expect_log(logger, text)`: records of `logger` or a logger under it
  whose message contains `text` (every record of that logger when `text` is left out) are
  allowed. The marker may be repeated, and set on a module (`pytestmark`) or a class. It
  allows, it does not demand: a test that needs the warning asserts on it through caplog.
- `caplog.at_level(level)` / `caplog.set_level(level)`: while caplog's handler is set to a
  level, records at that level or above are the test's own to check (as in qutebrowser; the
  level is caplog's handler's, so it covers every logger for as long as it is in effect).
  Merely requesting `caplog` expects nothing.
"""

from __future__ import annotations

import logging
from collections.abc import Iterator

import pytest

CHECKED = ("supportdesk", "qt")  # logger names (and the loggers under them) that are checked
MARKER = "expect_log"


def _under(name: str, prefix: str) -> bool:
    return name == prefix or name.startswith(prefix + ".")


class LogFailHandler(logging.Handler):
    """Keeps the checked records at WARNING or above that caplog.at_level did not expect."""

    def __init__(self, caplog: pytest.LogCaptureFixture) -> None:
        super().__init__(logging.WARNING)
        self.caplog = caplog
        self.records: list[logging.LogRecord] = []

    def emit(self, record: logging.LogRecord) -> None:
        if not any(_under(record.name, prefix) for prefix in CHECKED):
            return
        caplog_level = self.caplog.handler.level
        if logging.NOTSET < caplog_level <= record.levelno:
            return  # inside caplog.at_level: the test checks it
        self.records.append(record)


def expected(item: pytest.Item) -> list[tuple[str, str]]:
    """The (logger, text) pairs the item's expect_log markers allow."""
    return [_declared(*mark.args, **mark.kwargs) for mark in item.iter_markers(MARKER)]


def _declared(logger: str, text: str = "") -> tuple[str, str]:
    return logger, text


def unexpected(records: list[logging.LogRecord],
               allowed: list[tuple[str, str]]) -> list[logging.LogRecord]:
    return [r for r in records
            if not any(_under(r.name, logger) and text in r.getMessage()
                       for logger, text in allowed)]


def describe(record: logging.LogRecord) -> str:
    return f"{record.levelname} {record.name}: {record.getMessage()}"


@pytest.fixture(autouse=True)
def fail_on_unexpected_log(request: pytest.FixtureRequest,
                           caplog: pytest.LogCaptureFixture) -> Iterator[None]:
    handler = LogFailHandler(caplog)
    root = logging.getLogger()
    root.addHandler(handler)
    try:
        yield
    finally:
        root.removeHandler(handler)
    bad = unexpected(handler.records, expected(request.node))
    if bad:
        lines = "\n".join(f"  {describe(r)}" for r in bad)
        pytest.fail(f"{len(bad)} unexpected log record(s) at WARNING or above "
                    f"(declare an expected one with @pytest.mark.{MARKER}(logger, text)):\n"
                    f"{lines}", pytrace=False)
