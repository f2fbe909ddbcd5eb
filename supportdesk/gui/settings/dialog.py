"""File ▸ Settings (Ctrl+,): the agent's own preferences — language (at the next start),
font size and density (at once), a sooner idle lock and shorter offline copies — beside IT's
policy, shown read-only with the file it came from. The rules (what a preference may be under
the policy) are in preferences.py; this dialog shows and asks."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QDoubleSpinBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPlainTextEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from ... import preferences as rules
from ...config import Config
from .. import fmt
from ..writes import repolish


class SettingsDialog(QDialog):
    def __init__(self, policy: Config, prefs: rules.Preferences, running: Config,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsDialog")
        self.setWindowTitle(self.tr("Settings"))
        self.policy, self.initial = policy, prefs

        self.languageBox = QComboBox()
        self.languageBox.setObjectName("languageBox")
        # Each language named in itself, as the agent who needs it reads it.
        for value, text in ((None, self.tr("As IT set it ({0})").format(
                self._language(policy.language))),
                            ("system", self.tr("As the system")), ("de", "Deutsch"),
                            ("en", "English")):
            self.languageBox.addItem(text, value)
        self.languageBox.setCurrentIndex(self.languageBox.findData(prefs.language))
        self.fontBox = QSpinBox()
        self.fontBox.setObjectName("fontBox")
        self.fontBox.setRange(*rules.FONT_POINTS)
        self.fontBox.setSuffix(self.tr(" pt"))
        self.fontBox.setValue(prefs.font_points)
        self.densityBox = QComboBox()
        self.densityBox.setObjectName("densityBox")
        self.densityBox.addItem(self.tr("Comfortable"), "comfortable")
        self.densityBox.addItem(self.tr("Compact: more rows on the screen"), "compact")
        self.densityBox.setCurrentIndex(self.densityBox.findData(prefs.density))
        self.idleBox = QSpinBox()
        self.idleBox.setObjectName("idleBox")
        low, high = rules.idle_lock_range(policy)
        self.idleBox.setRange(int(low), int(high))
        self.idleBox.setSuffix(self.tr(" min"))
        self.idleBox.setSpecialValueText(self.tr("never"))
        self.idleBox.setValue(int(running.idle_lock_minutes))
        self.offlineBox = QDoubleSpinBox()
        self.offlineBox.setObjectName("offlineBox")
        self.offlineBox.setDecimals(0 if running.offline_cache_hours.is_integer() else 1)
        self.offlineBox.setRange(*rules.offline_hours_range(policy))
        self.offlineBox.setSuffix(self.tr(" h"))
        self.offlineBox.setValue(running.offline_cache_hours)

        mine = QGroupBox(self.tr("Yours, on this workstation"))
        form = QFormLayout(mine)
        form.addRow(self.tr("&Language:"), self.languageBox)
        form.addRow(self.tr("&Font size:"), self.fontBox)
        form.addRow(self.tr("&Density:"), self.densityBox)
        form.addRow(self.tr("&Idle lock after:"), self.idleBox)
        form.addRow(self.tr("&Offline copies for:"), self.offlineBox)
        self.note = QLabel(self.tr(
            "Font size and density apply at once, the language at the next start. The idle "
            "lock and the offline copies can be stricter than IT's policy, not looser."))
        self.note.setWordWrap(True)
        repolish(self.note, "note", True)
        self.messageLabel = QLabel()
        self.messageLabel.setObjectName("settingsMessage")
        self.messageLabel.setWordWrap(True)
        repolish(self.messageLabel, "fieldError", True)
        self.messageLabel.hide()

        its = QGroupBox(self.tr("IT's policy (read-only)"))
        box = QVBoxLayout(its)
        source = QLabel(self.tr("From {0}").format(policy.source) if policy.source else
                        self.tr("No configuration file: the demo's defaults"))
        source.setObjectName("policySource")
        source.setWordWrap(True)
        source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.policyText = QPlainTextEdit("\n".join(self.policy_lines(policy)))
        self.policyText.setObjectName("policyText")
        self.policyText.setReadOnly(True)
        self.policyText.setTabChangesFocus(True)
        box.addWidget(source)
        box.addWidget(self.policyText)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        self.okButton = buttons.button(QDialogButtonBox.StandardButton.Ok)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(mine)
        layout.addWidget(self.note)
        layout.addWidget(self.messageLabel)
        layout.addWidget(its, 1)
        layout.addWidget(buttons)
        for box_ in (self.fontBox, self.idleBox):
            box_.valueChanged.connect(self._validate)
        self.offlineBox.valueChanged.connect(self._validate)
        for combo in (self.languageBox, self.densityBox):
            combo.currentIndexChanged.connect(self._validate)
        self.languageBox.setFocus()
        self.resize(560, 560)

    def policy_lines(self, policy: Config) -> list[str]:
        """IT's settings as the agent reads them (never a secret: the config holds none)."""
        hosts = ", ".join(sorted(policy.allowed_hosts)) if policy.allowed_hosts else None
        return [
            self.tr("Backend: {0}").format(policy.backend_url or self.tr("the embedded demo")),
            self.tr("Allowed hosts: {0}").format(hosts or self.tr("the backend's own")),
            self.tr("TLS pins: {0}").format(len(policy.pins) or self.tr("none")),
            self.tr("Timeouts: connect {0} s, read {1} s").format(
                fmt.figure(policy.connect_timeout), fmt.figure(policy.read_timeout)),
            self.tr("Approvals above {0} miles ask once more").format(
                fmt.number(policy.approval_confirm_miles)),
            self.tr("Idle lock after {0} minutes").format(fmt.figure(policy.idle_lock_minutes))
            if policy.idle_lock_minutes else self.tr("Idle lock: off"),
            self.tr("Revealed data shows {0} seconds").format(fmt.figure(policy.reveal_seconds)),
            self.tr("Offline copies kept {0} hours").format(fmt.figure(policy.offline_cache_hours)),
            self.tr("Language: {0}").format(self._language(policy.language)),
        ]

    def _language(self, setting: str) -> str:
        return self.tr("as the system") if setting == "system" else fmt.language_name(setting)

    def chosen(self) -> rules.Preferences:
        """The preferences as set; a value equal to the policy's stays "the policy's"."""
        idle = float(self.idleBox.value())
        hours = round(self.offlineBox.value(), 1)
        return rules.Preferences(
            language=self.languageBox.currentData(),
            font_points=self.fontBox.value(),
            density=self.densityBox.currentData(),
            idle_lock_minutes=None if idle == self.policy.idle_lock_minutes else idle,
            offline_cache_hours=None if hours == self.policy.offline_cache_hours else hours,
        )

    def _validate(self) -> None:
        problems = rules.check(self.chosen(), self.policy)
        self.messageLabel.setText(" ".join(problems.values()))
        self.messageLabel.setVisible(bool(problems))
        self.okButton.setEnabled(not problems)

    def language_changed(self) -> bool:
        return self.chosen().language != self.initial.language
