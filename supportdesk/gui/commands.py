"""The window's commands, found from the actions themselves, for the command palette
(Ctrl+Shift+P: type part of a name, Enter runs it) and the keyboard shortcut list (F1),
whose dialogs are in palette.py.

Nothing here keeps its own list of what the app can do. The palette offers every visible
QAction of the window that has a name (menus, pages, the member view); the shortcut list shows
every QAction with a shortcut and every page shortcut (`page_shortcut`, which carries its own
description), so a new action appears in both by itself and a test compares them.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence, QShortcut
from PySide6.QtWidgets import QWidget


def plain(text: str) -> str:
    """An action's text as read: no mnemonic marker, no trailing ellipsis."""
    return text.replace("&&", "\0").replace("&", "").replace("\0", "&").rstrip("…").strip()


def keys_text(sequence: QKeySequence) -> str:
    return sequence.toString(QKeySequence.SequenceFormat.NativeText)


def page_shortcut(parent: QWidget, keys: QKeySequence, what: str,
                  slot: Callable[[], object], *,
                  context: Qt.ShortcutContext = Qt.ShortcutContext.WidgetWithChildrenShortcut,
                  ) -> QShortcut:
    """A key that works while the focus is on `parent` or inside it (or, with `context`,
    while `parent` is shown), described for F1."""
    shortcut = QShortcut(keys, parent)
    shortcut.setContext(context)
    shortcut.setWhatsThis(what)
    shortcut.activated.connect(slot)
    return shortcut


def _shown(action: QAction) -> bool:
    return (action.isVisible() and not action.isSeparator() and action.menu() is None
            and bool(plain(action.text())))


def window_actions(window: QWidget) -> list[QAction]:
    """Every named, visible action the window holds, once each, in creation order."""
    seen: set[int] = set()
    found = []
    for action in window.findChildren(QAction):
        if _shown(action) and id(action) not in seen:
            seen.add(id(action))
            found.append(action)
    return found


@dataclass(frozen=True)
class ShortcutRow:
    keys: str
    what: str


def shortcut_rows(window: QWidget) -> list[ShortcutRow]:
    """Every shortcut of the window: its actions' (with their names) and its pages' keys
    (with their descriptions)."""
    rows: list[ShortcutRow] = []
    for action in window_actions(window):
        for sequence in action.shortcuts():
            rows.append(ShortcutRow(keys_text(sequence), plain(action.text())))
    for shortcut in window.findChildren(QShortcut):
        if shortcut.isEnabled() and not shortcut.key().isEmpty():
            rows.append(ShortcutRow(keys_text(shortcut.key()), shortcut.whatsThis()))
    unique = list(dict.fromkeys(rows))
    return sorted(unique, key=lambda r: (r.what.casefold(), r.keys))


