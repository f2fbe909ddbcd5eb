"""How the app looks for this agent: the style sheet at their font size and density, and the
system's high-contrast palette respected (preferences.py holds the choices).

The style sheet (resources/style/supportdesk.qss) is written for a 10 pt base font and the
comfortable density. A larger or smaller font scales every `pt` size in it; the compact
density halves its paddings; table rows follow the font (`fit_rows`). When the system asks for
high contrast (Qt's accessibility hints), the sheet's colours are left out so the system's
palette shows — its sizes and spacing stay.
"""

from __future__ import annotations

import re

from PySide6.QtCore import QFile, QIODevice
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QTableView, QWidget

from ..preferences import DEFAULT_FONT_POINTS, Preferences, load

STYLE = ":/supportdesk/style/supportdesk.qss"
_POINTS = re.compile(r"(\d+(?:\.\d+)?)pt\b")
_PADDING = re.compile(r"(padding(?:-\w+)?\s*:)([^;]*);")
_COLOUR = re.compile(r"(?<![-\w])(?:color|background(?:-color)?|border(?:-\w+)?-color|"
                     r"selection-[\w-]+|alternate-background-color)\s*:[^;{}]*;")


def base_sheet() -> str:
    from .forms import resources_rc  # noqa: F401 - registers :/supportdesk/…

    style = QFile(STYLE)
    if not style.open(QIODevice.OpenModeFlag.ReadOnly | QIODevice.OpenModeFlag.Text):
        return ""
    try:
        return bytes(style.readAll()).decode("utf-8")
    finally:
        style.close()


def style_sheet(base: str, prefs: Preferences, high_contrast: bool = False) -> str:
    """`base` at the preferred font size and density, without colours for high contrast."""
    if prefs.font_points == DEFAULT_FONT_POINTS and prefs.density != "compact" \
            and not high_contrast:
        return base  # as written: nothing to work out on the way to the first paint
    scale = prefs.font_points / DEFAULT_FONT_POINTS
    sheet = _POINTS.sub(lambda m: f"{float(m.group(1)) * scale:.3g}pt", base)
    if prefs.density == "compact":
        sheet = _PADDING.sub(
            lambda m: m.group(1) + re.sub(r"(\d+)px", lambda p: f"{int(p.group(1)) // 2}px",
                                          m.group(2)) + ";", sheet)
    return without_colours(sheet) if high_contrast else sheet


def without_colours(sheet: str) -> str:
    """`sheet` with its colour declarations left out (sizes, borders and spacing stay)."""
    return _COLOUR.sub("", sheet)


def high_contrast() -> bool:
    """Whether the system asks for high contrast. Its answer is an enum of the Qt namespace,
    which PySide6 builds on first touch (~20 ms): asked after the first paint
    (`follow_contrast`), never on the way to it."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None:  # Qt before 6.10
        return False
    return accessibility().contrastPreference().name == "HighContrast"


def follow_contrast(app: QApplication) -> None:
    """Once the first window is painted: the look again if the system wants high contrast,
    and whenever that changes."""
    accessibility = getattr(QGuiApplication.styleHints(), "accessibility", None)
    if accessibility is None:
        return
    if high_contrast():
        apply(app, load())
    accessibility().contrastPreferenceChanged.connect(lambda _value: apply(app, load()))


def row_height(widget: QWidget, density: str) -> int:
    """A table row that holds one line of the table's font, with room to breathe."""
    return widget.fontMetrics().height() + (4 if density == "compact" else 10)


def fit_rows(root: QWidget, density: str) -> None:
    """Every table in `root` gets rows of its font's height (the forms' fixed 26 px would
    cut a larger font, and waste room in the compact density)."""
    for view in root.findChildren(QTableView):
        view.verticalHeader().setDefaultSectionSize(row_height(view, density))
        view.verticalHeader().setMinimumSectionSize(row_height(view, "compact"))


def apply(app: QApplication, prefs: Preferences, *, contrast: bool = True) -> None:
    """The style sheet for `prefs` on the whole app, and rows fitted in every open window
    (`contrast=False`: before the first paint, without asking about high contrast)."""
    app.setStyleSheet(style_sheet(base_sheet(), prefs, contrast and high_contrast()))
    app.setProperty("supportdeskDensity", prefs.density)
    for window in app.topLevelWidgets():
        fit_rows(window, prefs.density)


def density(app: QApplication | None = None) -> str:
    app = app or QApplication.instance()
    value = app.property("supportdeskDensity") if app is not None else None
    return value if isinstance(value, str) else "comfortable"
