"""Alt+letter keys of a window: which control each leads to, clashes, and tooltips that name
keys leading elsewhere (tests/gui/test_keyboard.py says why it matters)."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QGroupBox, QLabel, QMenuBar, QTabWidget, QWidget


def mnemonic(text: str) -> str | None:
    """The letter after a single '&' ("&&" is a literal ampersand), lower-cased."""
    found = re.search(r"&([^&\s])", text.replace("&&", ""))
    return found.group(1).casefold() if found else None


def claims(window: QWidget) -> dict[str, list[tuple[str, QWidget]]]:
    """letter → (text, the control the key goes to) for each visible control of `window`
    that underlines it (a label's key goes to its buddy)."""
    seen: dict[str, list[tuple[str, QWidget]]] = defaultdict(list)
    for child in window.findChildren(QWidget):
        if child.window() is not window or not child.isVisibleTo(window):
            continue
        texts: list[tuple[str, QWidget]] = []
        if isinstance(child, QAbstractButton):
            texts.append((child.text(), child))
        elif isinstance(child, QLabel) and child.buddy() is not None \
                and child.buddy().isVisibleTo(window):
            texts.append((child.text(), child.buddy()))
        elif isinstance(child, QGroupBox) and child.isCheckable():
            texts.append((child.title(), child))
        elif isinstance(child, QTabWidget):
            texts += [(child.tabText(i), child) for i in range(child.count())
                      if child.isTabVisible(i)]
        elif isinstance(child, QMenuBar):
            texts += [(action.text(), child) for action in child.actions() if action.isVisible()]
        for text, target in texts:
            if (letter := mnemonic(text)) is not None:
                seen[letter].append((text, target))
    return seen


def clashes(window: QWidget) -> dict[str, list[str]]:
    return {letter: [text for text, _ in found] for letter, found in claims(window).items()
            if len(found) > 1}


def wrong_hints(window: QWidget) -> list[str]:
    """Tooltips whose Alt+letter keys do not lead, in `window`, where they say: "(Alt+P)" to
    the control carrying the tooltip, an Alt+A in a sentence to exactly one control."""
    keys = claims(window)
    wrong = []
    for child in window.findChildren(QWidget):
        if child.window() is not window or not child.isVisibleTo(window):
            continue
        tip = child.toolTip()
        for own, letter in re.findall(r"(\(?)\bAlt\+([A-Z0-9])\b", tip):
            targets = [target for _, target in keys.get(letter.casefold(), [])]
            leads_right = targets == [child] if own else len(targets) == 1
            if not leads_right:
                wrong.append(f"{child.objectName() or type(child).__name__}: Alt+{letter} "
                             f"leads to {[t.objectName() for t in targets] or 'nothing'}")
    return wrong


def check(window: QWidget) -> None:
    assert clashes(window) == {}
    assert wrong_hints(window) == []
