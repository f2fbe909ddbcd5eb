"""What a screen cuts off: labels, buttons, check boxes, combo boxes and column headers whose
text does not fit the room they have, and a window that grew past the size it was given.

A word-wrapped label counts as cut when the height it needs for its width is more than it
has; an elided table cell is not checked (the columns elide by priority, on purpose), its
header is. Widgets that are not visible, or scrolled inside a scroll area, are skipped only
where they are hidden — a scroll area's contents must fit its width."""

from __future__ import annotations

import re

from PySide6.QtGui import Qt  # QtGui's Qt also has mightBeRichText
from PySide6.QtWidgets import (
    QAbstractButton,
    QComboBox,
    QHeaderView,
    QLabel,
    QWidget,
)

_TAGS = re.compile(r"<[^>]+>")
SLACK = 2  # pixels of rounding


def _plain(text: str) -> str:
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&")


def _label(label: QLabel) -> str | None:
    text = label.text()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    rich = label.textFormat() == Qt.TextFormat.RichText or (
        label.textFormat() == Qt.TextFormat.AutoText and Qt.mightBeRichText(text))
    if rich:
        return None  # links and markup: Qt lays them out itself, measured by height below
    shown = _plain(text) if label.buddy() is not None or "&" in text else text
    room = label.contentsRect()
    margin = 2 * label.margin() + max(label.indent(), 0)
    metrics = label.fontMetrics()
    if label.wordWrap():
        needed = label.heightForWidth(label.width())  # the whole label, margins and frame
        if needed > label.height() + SLACK:
            return f"wraps to {needed}px in {label.height()}px"
        return None
    widest = max(metrics.horizontalAdvance(line) for line in shown.splitlines() or [""])
    if widest > room.width() - margin + SLACK:
        return f"needs {widest}px, has {room.width() - margin}px"
    return None


def _button(button: QAbstractButton) -> str | None:
    if not button.text():
        return None
    needed = button.sizeHint().width()
    if needed > button.width() + SLACK:
        return f"needs {needed}px, has {button.width()}px"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text:
        return None
    needed = combo.fontMetrics().horizontalAdvance(text) + 28  # arrow and frame
    if needed > combo.width() + SLACK:
        return f"'{text}' needs {needed}px, has {combo.width()}px"
    return None


def _headers(header: QHeaderView) -> list[str]:
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return []
    cut = []
    metrics = header.fontMetrics()
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal)
        if not text:
            continue
        needed = max(metrics.horizontalAdvance(line) for line in str(text).splitlines()) + 12
        if needed > header.sectionSize(section) + SLACK:
            cut.append(f"header '{text}' needs {needed}px, has {header.sectionSize(section)}px")
        right = header.sectionViewportPosition(section) + header.sectionSize(section)
        if right > header.viewport().width() + SLACK:
            cut.append(f"column '{text}' ends at {right}px, off the table's "
                       f"{header.viewport().width()}px")
    return cut


def _shown(widget: QWidget, root: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.isVisibleTo(root)


def clipped(root: QWidget) -> list[str]:
    """Every text of `root` that does not fit, as 'objectName (class "text"): why'."""
    found = []
    for widget in [root, *root.findChildren(QWidget)]:
        if not _shown(widget, root):
            continue
        if isinstance(widget, QLabel):
            problem = _label(widget)
        elif isinstance(widget, QAbstractButton):
            problem = _button(widget)
        elif isinstance(widget, QComboBox):
            problem = _combo(widget)
        elif isinstance(widget, QHeaderView):
            for cut in _headers(widget):
                found.append(f"{widget.parent().objectName()}: {cut}")
            continue
        else:
            continue
        if problem:
            text = getattr(widget, "text", lambda: "")() or ""
            found.append(f"{widget.objectName() or type(widget).__name__} "
                         f"({text[:40]!r}): {problem}")
    return found


def grown(window: QWidget, width: int, height: int) -> str | None:
    """The window made itself bigger than it was given (its minimum size hint)."""
    if window.width() > width or window.height() > height:
        return f"asked {width}×{height}, is {window.width()}×{window.height()}"
    return None
