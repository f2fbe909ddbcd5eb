"""File ▸ Settings in the real window: the agent's font size and density apply at once, the
idle lock and offline copies only as strict as IT's policy allows or stricter, the language at
the next start; IT's policy shown read-only with its file."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from supportdesk import preferences
from supportdesk.config import Config
from supportdesk.gui import look
from supportdesk.gui.settings.dialog import SettingsDialog

from ..helpers.gui import WAIT


@pytest.fixture
def clean_look():
    """Whatever a test chooses, the next test starts with the defaults."""
    path = Path(os.environ["SUPPORTDESK_PREFERENCES"])
    path.unlink(missing_ok=True)
    yield path
    path.unlink(missing_ok=True)
    look.apply(QApplication.instance(), preferences.Preferences())


def _open(qtbot, window) -> SettingsDialog:  # noqa: ANN001
    qtbot.keyClick(window.lookup.ui.queryEdit, Qt.Key.Key_Comma,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: isinstance(QApplication.activeModalWidget(), SettingsDialog),
                    timeout=WAIT)
    return QApplication.activeModalWidget()


def test_font_density_and_a_sooner_lock_apply_at_once_and_are_kept(qtbot, sessions,
                                                                   clean_look, tmp_path):
    window = sessions("agent3")
    policy_file = tmp_path / "config.toml"
    window.backend.policy = Config(idle_lock_minutes=10, offline_cache_hours=12,
                                   source=policy_file)
    rows_before = window.lookup.ui.resultsView.verticalHeader().defaultSectionSize()
    dialog = _open(qtbot, window)
    assert str(policy_file) in dialog.findChild(type(dialog.note), "policySource").text()
    assert "Idle lock after 10 minutes" in dialog.policyText.toPlainText()
    assert dialog.policyText.isReadOnly()
    # Not looser than the policy: the lock cannot be set later than 10 minutes, nor off.
    assert (dialog.idleBox.minimum(), dialog.idleBox.maximum()) == (1, 10)
    assert dialog.offlineBox.maximum() == 12
    dialog.fontBox.setFocus()
    dialog.fontBox.selectAll()
    qtbot.keyClicks(dialog.fontBox, "14")
    dialog.densityBox.setCurrentIndex(dialog.densityBox.findData("compact"))
    dialog.idleBox.selectAll()
    qtbot.keyClicks(dialog.idleBox, "5")
    assert dialog.okButton.isEnabled()
    qtbot.keyClick(dialog.fontBox, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)

    saved = preferences.load(clean_look)
    assert (saved.font_points, saved.density, saved.idle_lock_minutes) == (14, "compact", 5)
    assert saved.language is None and saved.offline_cache_hours is None  # the policy's
    sheet = QApplication.instance().styleSheet()
    assert "font-size: 14pt" in sheet  # the 10 pt base, scaled
    assert window.idle.limit == 300
    rows_after = window.lookup.ui.resultsView.verticalHeader().defaultSectionSize()
    assert rows_after == look.row_height(window.lookup.ui.resultsView, "compact")
    assert rows_after != rows_before


def test_the_language_changes_at_the_next_start(qtbot, sessions, clean_look):
    window = sessions("agent3")
    dialog = _open(qtbot, window)
    assert "No configuration file" in dialog.findChild(type(dialog.note),
                                                       "policySource").text()
    dialog.languageBox.setCurrentIndex(dialog.languageBox.findData("de"))
    dialog.accept()
    qtbot.waitUntil(lambda: "next start" in window.ui.statusbar.currentMessage(),
                    timeout=WAIT)
    assert preferences.load(clean_look).language == "de"
    assert window.lookup.ui.queryEdit.placeholderText()  # still English until restarted


def test_high_contrast_leaves_the_colours_to_the_system():
    base = "QLabel#t {\n    font-size: 18pt;\n    color: #1f4e8c;\n    padding: 6px 8px;\n}\n"
    plain = look.style_sheet(base, preferences.Preferences(), high_contrast=True)
    assert "color" not in plain and "18pt" in plain and "6px 8px" in plain
    compact = look.style_sheet(base, preferences.Preferences(font_points=12,
                                                             density="compact"))
    assert "21.6pt" in compact and "padding: 3px 4px;" in compact and "#1f4e8c" in compact
