"""No personal data in the app's logs, and log files only their user can read."""

from __future__ import annotations

import logging
import stat

import pytest

from supportdesk.logsafe import PersonalDataFilter, private_log_file, redact

PERSONAL = ["992000000000018", "zsofia.quist@example.org", "+49 151 2345 6789",
            "0151 23456789", "schmidt", "15123456789", "2201234567890"]


@pytest.mark.parametrize("line", [
    "GET /api/v1/members?q=zsofia.quist%40example.org&limit=25",
    "GET /api/v1/members?q=schmidt&limit=25",
    "WRONG MEMBER in response: asked 992000000000018, answered '992000000000026'",
    "caller said +49 151 2345 6789, then 0151 23456789",
    "mail zsofia.quist@example.org",
    "typed 15123456789 (no prefix) and ticket 2201234567890",
])
def test_personal_values_are_masked_or_removed(line):
    clean = redact(line)
    for value in PERSONAL + ["992000000000026", "zsofia.quist%40example.org"]:
        assert value not in clean
    if "992000000000018" in line:
        assert "992•••••••••018" in clean  # still tells IT which record, masked


def test_what_is_not_personal_stays_readable():
    line = "outbox row 42 set aside; 2026-12-07 02:09:33 took 0.43 ms, HTTP 503 after 3 tries"
    assert redact(line) == line


def test_the_log_file_is_private_and_filtered(tmp_path):
    folder = tmp_path / "logs"
    folder.mkdir(mode=0o755)
    path = folder / "supportdesk.log"
    path.write_text("from an older version\n")
    path.chmod(0o644)
    handler = private_log_file(path, maxBytes=2_000, backupCount=2, encoding="utf-8")
    logger = logging.getLogger("logsafe-test")  # not the app's: the warning check ignores it
    logger.propagate = False
    logger.addHandler(handler)
    try:
        logger.error("asked %s by %s", "992000000000018", "zsofia.quist@example.org")
        for i in range(400):  # past maxBytes: the rotated files are private too
            logger.error("row %d", i)
    finally:
        logger.removeHandler(handler)
        handler.close()
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700
    files = list(folder.iterdir())
    assert len(files) >= 2
    for file in files:
        assert stat.S_IMODE(file.stat().st_mode) == 0o600, file
        text = file.read_text(encoding="utf-8")
        assert "992000000000018" not in text and "zsofia" not in text
    assert any("992•••••••••018" in f.read_text(encoding="utf-8") for f in files)


def test_the_filter_redacts_the_arguments_not_only_the_template():
    record = logging.LogRecord("x", logging.ERROR, __file__, 1, "search %s", ("schmidt?q=a",),
                               None)
    PersonalDataFilter().filter(record)
    assert record.getMessage() == "search schmidt?q=…"


def test_the_servers_access_log_keeps_no_search_text(capsys):
    import logging.config

    from supportdesk.logsafe import uvicorn_log_config

    logging.config.dictConfig(uvicorn_log_config())
    access = logging.getLogger("uvicorn.access")
    try:
        access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5123", "GET",
                    "/api/v1/members?q=zsofia.quist%40example.org&limit=25", "1.1", 200)
        access.info('%s - "%s %s HTTP/%s" %d', "127.0.0.1:5123", "GET",
                    "/api/v1/members/992000000000018", "1.1", 200)
    finally:
        for name in ("uvicorn", "uvicorn.access", "uvicorn.error"):
            for handler in logging.getLogger(name).handlers[:]:
                logging.getLogger(name).removeHandler(handler)
    written = capsys.readouterr().out
    assert "GET /api/v1/members?q=…&limit=… HTTP/1.1" in written
    assert "/api/v1/members/992•••••••••018" in written
    assert "zsofia" not in written and "992000000000018" not in written
