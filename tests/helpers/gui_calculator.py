"""The mileage calculator in the real window."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supportdesk.gui.calculator.dialog import CalculatorDialog

from .gui import WAIT


def open_calculator(qtbot, window) -> CalculatorDialog:  # noqa: ANN001
    qtbot.keyClick(window.ui.pages.currentWidget(), Qt.Key.Key_K,
                   Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.calculator is not None and window.calculator.isVisible(),
                    timeout=WAIT)
    return window.calculator
