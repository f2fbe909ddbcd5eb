"""The crash dialog, and a guard against a known PySide6 reference-count abort."""

from __future__ import annotations

import subprocess
import sys
import textwrap

from PySide6.QtGui import QGuiApplication

from supportdesk.gui.errors import CrashDialog, crash_details

from ..helpers.keys import check


def test_crash_dialog_shows_copyable_details(qtbot):
    try:
        raise RuntimeError("boom for the test")
    except RuntimeError as exc:
        details = crash_details(type(exc), exc, exc.__traceback__)
    dialog = CrashDialog(details)
    qtbot.addWidget(dialog)
    assert "boom for the test" in dialog.details.toPlainText()
    assert "SupportDesk" in dialog.details.toPlainText()
    check(dialog)
    dialog.copy_button.click()
    assert "boom for the test" in QGuiApplication.clipboard().text()


def test_standard_item_model_survives_thousands_of_append_row_calls():
    # PySide6-Essentials 6.12.0 on Python 3.11 aborted here ("none_dealloc"); we pin <6.12.
    # A child process, because the failure kills the interpreter.
    code = textwrap.dedent("""
        import os
        os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        from PySide6.QtWidgets import QApplication
        from PySide6.QtGui import QStandardItemModel, QStandardItem
        app = QApplication([])
        model = QStandardItemModel()
        for i in range(20000):
            model.appendRow([QStandardItem(str(i)), QStandardItem("x")])
        print(model.rowCount())
    """)
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          timeout=120)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.strip() == "20000"
