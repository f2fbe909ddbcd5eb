"""Logs without personal data (DESIGN.md §6): one filter on every handler the app installs.

Member numbers keep their prefix and last three digits ("992•••••••••018"); e-mail
addresses, phone numbers, other numbers of nine digits or more (e-tickets, a phone typed
without its prefix) and the query strings of URLs (where searches carry names, e-mails
and phones) are replaced. Third-party loggers that write request URLs (urllib3's retry
warnings) are held to errors, and what they still write passes the same filter. Log files
are private to the user: 0600 in a 0700 folder, rotated.
"""

from __future__ import annotations

import logging
import os
import re
from pathlib import Path

_MEMBER = re.compile(r"\b992(\d{9})(\d{3})\b")
_EMAIL = re.compile(r"[\w.+-]+@[\w-]+(\.[\w-]+)+")
_PHONE = re.compile(r"(?<![\w])(\+|00|0)\d[\d ()/-]{5,}\d")
_QUERY = re.compile(r"(\?|&)([^=\s&]+)=[^\s&'\"]*")
# Any other long number: a phone typed without its prefix, an e-ticket number.
_LONG_NUMBER = re.compile(r"(?<![\w•])\d{9,}(?!\w)")


def redact(text: str) -> str:
    """`text` with member numbers masked and e-mails, phones and URL query values removed."""
    text = _QUERY.sub(lambda m: f"{m.group(1)}{m.group(2)}=…", text)
    text = _EMAIL.sub("<e-mail>", text)
    text = _MEMBER.sub(lambda m: f"992{'•' * 9}{m.group(2)}", text)
    text = _PHONE.sub("<phone>", text)
    return _LONG_NUMBER.sub("<number>", text)


class PersonalDataFilter(logging.Filter):
    """Redacts each record's final message (arguments included) before any handler writes."""

    def filter(self, record: logging.LogRecord) -> bool:
        if isinstance(record.args, tuple):
            # Kept a tuple: formatters such as uvicorn's access log unpack the arguments.
            record.args = tuple(redact(a) if isinstance(a, str) else a for a in record.args)
            if isinstance(record.msg, str):
                record.msg = redact(record.msg)
            return True
        message = record.getMessage()
        clean = redact(message)
        if clean != message:
            record.msg, record.args = clean, None
        return True


def private_log_file(path: Path, **kwargs) -> logging.Handler:  # noqa: ANN003
    """A rotating log file at `path` that only its user can read (0600 in a 0700 folder,
    whoever made the last one), filtered by `PersonalDataFilter`. `kwargs`: those of
    RotatingFileHandler."""
    # Imported here: logging.handlers costs ~15 ms of imports (socket, pickle) at start-up.
    import logging.handlers

    class PrivateLogFile(logging.handlers.RotatingFileHandler):
        def _open(self):  # noqa: ANN202 - the stream RotatingFileHandler writes to
            fd = os.open(self.baseFilename, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
            os.chmod(self.baseFilename, 0o600)  # a file made before, with looser rights
            return open(fd, self.mode, encoding=self.encoding, errors=self.errors)  # noqa: SIM115

    path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    os.chmod(path.parent, 0o700)
    handler = PrivateLogFile(path, **kwargs)
    handler.addFilter(PersonalDataFilter())
    return handler


def quiet_third_party_loggers() -> None:
    """urllib3 logs request URLs (and so search texts) with its retry warnings."""
    for name in ("urllib3", "requests"):
        logging.getLogger(name).setLevel(logging.ERROR)


def uvicorn_log_config() -> dict:
    """uvicorn's own logging set-up with `PersonalDataFilter` on every handler: its access
    log writes each request's path and query string (where searches carry personal data)."""
    import copy

    from uvicorn.config import LOGGING_CONFIG

    config = copy.deepcopy(LOGGING_CONFIG)
    config.setdefault("filters", {})["personal"] = {"()": PersonalDataFilter}
    for handler in config["handlers"].values():
        handler["filters"] = [*handler.get("filters", []), "personal"]
    return config
