"""`supportdesk`: the desktop app. Shows the sign-in at once; the backend comes up behind it."""

from __future__ import annotations

import logging
import os
import sys
import types
import warnings
from typing import TYPE_CHECKING

from .. import __version__

if TYPE_CHECKING:
    import argparse

log = logging.getLogger(__name__)


def parse_args(argv: list[str]) -> argparse.Namespace | types.SimpleNamespace:
    log_level = os.environ.get("SUPPORTDESK_LOG_LEVEL", "INFO")
    if not argv:  # the usual start: argparse costs ~6 ms (gettext look-ups) and 0.4 MB
        return types.SimpleNamespace(log_level=log_level, check_config=False)
    import argparse

    parser = argparse.ArgumentParser(prog="supportdesk", description=(
        "SupportDesk call-centre client. Without a configured backend it starts an embedded "
        "demo backend."))
    parser.add_argument("--version", action="version", version=f"SupportDesk {__version__}")
    parser.add_argument("--log-level", default=log_level)
    parser.add_argument("--check-config", action="store_true", help=(
        "check the managed config, DNS, TLS, the allow-list, the pins and the backend's "
        "health; print what is wrong and exit non-zero if anything is"))
    parser.add_argument("--self-test", action="store_true", help=(
        "start the embedded demo in a temporary folder, sign in, look up a member, open the "
        "account, queue and send a credit, then exit 0 (non-zero, saying which step failed, "
        "otherwise); for installers and IT. Nothing of the user's is read or written"))
    parser.add_argument("--self-test-timeout", type=float, default=120.0, metavar="SECONDS",
                        help="give up the self-test after this long (default: 120)")
    return parser.parse_args(argv)


def without_charset_detection() -> None:
    """Keep requests from loading charset_normalizer into the desktop process (about 4 MB
    resident of frequency tables and compiled code, a tenth of what the app adds to Qt).
    requests uses it only to guess the encoding of a text body that declares none, and falls
    back to UTF-8 when no detector is installed (`Response.apparent_encoding`); the backend
    speaks JSON, which is UTF-8 (RFC 8259). A process-wide choice, so the app's to make, before
    anything imports requests."""
    if "requests" in sys.modules:
        return
    for detector in ("charset_normalizer", "chardet"):
        sys.modules.setdefault(detector, None)  # type: ignore[arg-type] - import → ImportError
    warnings.filterwarnings("ignore", module="requests",
                            message="Unable to find acceptable character detection")


def setup_logging(level: str) -> None:
    from ..logsafe import PersonalDataFilter, quiet_third_party_loggers

    root = logging.getLogger()
    root.setLevel(level.upper())
    stderr = logging.StreamHandler()
    stderr.setFormatter(logging.Formatter(LOG_FORMAT))
    stderr.addFilter(PersonalDataFilter())
    root.addHandler(stderr)
    quiet_third_party_loggers()


LOG_FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


def add_log_file() -> None:
    """The rotating log file in the data folder, private to the user and free of personal
    data (called off the GUI thread at start-up)."""
    from ..config import data_dir
    from ..logsafe import private_log_file

    try:
        handler = private_log_file(data_dir() / "logs" / "supportdesk.log",
                                   maxBytes=2_000_000, backupCount=5, encoding="utf-8")
    except OSError as exc:
        log.warning("no log file: %s", exc)
        return
    handler.setFormatter(logging.Formatter(LOG_FORMAT))
    logging.getLogger().addHandler(handler)


def main(argv: list[str] | None = None) -> int:
    args = parse_args(sys.argv[1:] if argv is None else argv)
    without_charset_detection()
    setup_logging(args.log_level)
    if args.check_config:  # for IT, on a console: no Qt is loaded
        from ..checkconfig import main as check_config

        return check_config()
    if getattr(args, "self_test", False):  # the installed program proves it works
        from .selftest import main as self_test

        return self_test(args.self_test_timeout)
    from . import importcache

    importcache.start()
    from PySide6.QtWidgets import QApplication

    from .controller import Controller
    from .errors import forward_qt_messages, install_crash_handler
    from .look import follow_contrast

    forward_qt_messages()
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SupportDesk")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("SupportDesk")
    install_crash_handler()
    apply_look(app)
    set_language(app)

    # The config is read behind the sign-in window; a bad one is explained there.
    controller = Controller(None)
    controller.start()
    # The icon (QIcon's enums, decoding the PNGs): set once the sign-in is on screen.
    controller.after_first_paint(lambda: set_icon(app))
    controller.after_first_paint(lambda: follow_contrast(app))
    if any(name.startswith("SUPPORTDESK_BENCH_") for name in os.environ):
        from . import benchhooks

        benchhooks.install(app, controller)
    code = app.exec()
    controller.shutdown()
    return code


def set_language(app) -> None:  # noqa: ANN001
    """German or English, before any window is built (gui/i18n.py says how it is chosen)."""
    from ..config import language_setting
    from ..preferences import load
    from . import i18n

    i18n.install(app, load().language or language_setting())


ICON_FOLDER = ":/supportdesk/icons"


def set_icon(app) -> None:  # noqa: ANN001
    """The window icon from its PNG sizes (build_installer.py icons: an SVG icon would load
    Qt's SVG module into the process for it)."""
    from PySide6.QtCore import QDir
    from PySide6.QtGui import QIcon  # here: PySide6 builds QIcon's enums on first look-up

    from .forms import resources_rc  # noqa: F401 - registers :/supportdesk/…

    icon = QIcon()
    for name in QDir(ICON_FOLDER).entryList(["*.png"]):
        icon.addFile(f"{ICON_FOLDER}/{name}")
    app.setWindowIcon(icon)


def apply_look(app) -> None:  # noqa: ANN001
    """The style sheet at the agent's font size and density (gui/look.py)."""
    from ..preferences import load
    from . import look

    look.apply(app, load(), contrast=False)  # high contrast: after the first paint


if __name__ == "__main__":
    sys.exit(main())
