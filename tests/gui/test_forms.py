"""The generated forms: what the .ui files say is what the widgets get, and the sign-in window
is painted without PySide6 building its `Qt` namespace (build_installer.qt_namespace_untouched)."""

from __future__ import annotations

import functools
import importlib
import operator
import subprocess
import sys
from pathlib import Path
from xml.etree import ElementTree

import pytest
from PySide6 import QtWidgets
from PySide6.QtCore import Qt

import build_installer

ROOT = Path(__file__).resolve().parents[2]
UI_FILES = sorted((ROOT / "ui").glob("*.ui"))


def qt_enum_properties(ui_file: Path) -> list[tuple[str, str, object]]:
    """(object name, property, expected value) for each `Qt::` enum or flag property that a
    widget or layout of `ui_file` sets (spacers are left out: uic passes theirs to the
    QSpacerItem constructor)."""
    found = []
    root = ElementTree.parse(ui_file).getroot()
    for element in root.iter():
        if element.tag not in ("widget", "layout"):
            continue
        for prop in element.findall("property"):
            text = prop.findtext("enum") or prop.findtext("set") or ""
            if not text.startswith("Qt::"):
                continue
            values = [getattr(getattr(Qt, enum), key)
                      for _qt, enum, key in (part.split("::") for part in text.split("|"))]
            found.append((element.get("name"), prop.get("name"),
                          functools.reduce(operator.or_, values)))
    return found


@pytest.mark.parametrize("ui_file", UI_FILES, ids=lambda path: path.stem)
def test_every_qt_enum_property_of_a_ui_file_reaches_its_widget(qtbot, ui_file: Path):
    top = ElementTree.parse(ui_file).getroot().find("widget")
    module = importlib.import_module(f"supportdesk.gui.forms.ui_{ui_file.stem}")
    base = getattr(QtWidgets, top.get("class"))()
    qtbot.addWidget(base)
    ui = getattr(module, f"Ui_{top.get('name')}")()
    ui.setupUi(base)
    expected = qt_enum_properties(ui_file)
    assert expected, f"{ui_file.name} sets no Qt:: property: nothing was checked"
    for name, prop, value in expected:
        target = base if name == top.get("name") else getattr(ui, name)
        assert target.property(prop) == value, (ui_file.name, name, prop)


def test_enum_setters_that_are_not_qt_properties_are_left_as_uic_wrote_them():
    source = "\n".join([
        "        self.box = QVBoxLayout()",
        "        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)",  # QLayout: no such property
        "        self.label = QLabel(parent=Form)",
        "        self.label.setTextFormat(Qt.TextFormat.NoSuchFormat)",  # unknown key
        "        self.label.setTextFormat(Qt.TextFormat.PlainText)",
        "        self.label.setAlignment(Qt.AlignmentFlag.AlignLeft|Qt.AlignmentFlag.AlignTop)",
        "        self.buttons = QDialogButtonBox(self.page)",
        "        self.layout2 = QHBoxLayout(self.page)",
    ])
    out = build_installer.qt_namespace_untouched(source.encode()).decode().split("\n")
    assert out == [
        "        self.box = QVBoxLayout()",
        "        self.box.setAlignment(Qt.AlignmentFlag.AlignTop)",
        "        self.label = QLabel(parent=Form)",
        "        self.label.setTextFormat(Qt.TextFormat.NoSuchFormat)",
        '        self.label.setProperty("textFormat", "PlainText")',
        '        self.label.setProperty("alignment", "AlignLeft|AlignTop")',
        "        self.buttons = QDialogButtonBox(parent=self.page)",
        "        self.layout2 = QHBoxLayout(self.page)",
    ]


SIGN_IN_FIRST_PAINT = """
from PySide6 import QtCore
from PySide6.QtWidgets import QApplication
app = QApplication([])
from supportdesk.gui.app import apply_look
from supportdesk.gui.controller import Controller
apply_look(app)
controller = Controller(None)
controller.show_sign_in()
def painted():
    print("Qt namespace built:", "Qt" in vars(QtCore), flush=True)
    app.quit()
controller.after_first_paint(painted)
app.exec()
"""


def test_the_sign_in_window_is_painted_before_the_qt_namespace_is_built():
    """PySide6 builds all 93 enums of `Qt` (~20 ms, a tenth of the cold start) the first time
    anything touches it. Nothing on the way to the sign-in's first paint may: a fresh
    interpreter shows the sign-in the way the app does and looks once it has been painted."""
    done = subprocess.run([sys.executable, "-c", SIGN_IN_FIRST_PAINT], capture_output=True,
                          text=True, cwd=ROOT, timeout=60)
    assert "Qt namespace built: False" in done.stdout, done.stdout + done.stderr


WINDOW_ICON = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from supportdesk.gui.app import set_icon
set_icon(app)
sizes = sorted(size.width() for size in app.windowIcon().availableSizes())
svg = "libQt6Svg" in open("/proc/self/maps").read() or "PySide6.QtSvg" in sys.modules
print("sizes", sizes, "svg", svg)
"""


def test_the_window_icon_comes_in_every_size_without_qt_svg():
    """The app ships the icon as PNGs (build_installer.py icons): an SVG window icon would
    load Qt's SVG module into every agent's process for a few pixels."""
    sizes = build_installer.ICON_SIZES
    done = subprocess.run([sys.executable, "-c", WINDOW_ICON], capture_output=True, text=True,
                          cwd=ROOT, timeout=60)
    assert f"sizes {sorted(sizes)} svg False" in done.stdout, done.stdout + done.stderr
