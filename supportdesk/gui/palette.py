"""The command palette (Ctrl+Shift+P) and the shortcut list (F1): dialogs over the window's
actions and page keys as commands.py finds them; loaded when first opened, not with the
window."""

from __future__ import annotations

import re

from PySide6.QtCore import QEvent, QObject, QSortFilterProxyModel, Qt, QTimer
from PySide6.QtGui import QAction, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from .commands import keys_text, plain, shortcut_rows, window_actions
from .writes import repolish


class ShortcutsDialog(QDialog):
    """F1: every shortcut of the window, filtered as you type."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("shortcutsDialog")
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = shortcut_rows(window)
        self.filterEdit = QLineEdit()
        self.filterEdit.setObjectName("shortcutsFilter")
        self.filterEdit.setPlaceholderText(self.tr("Type to filter, e.g. credit or F5"))
        self.filterEdit.setClearButtonEnabled(True)
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setObjectName("shortcutsTable")
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("What it does")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setAlternatingRowColors(True)
        for i, row in enumerate(self.rows):
            self.table.setItem(i, 0, QTableWidgetItem(row.keys))
            self.table.setItem(i, 1, QTableWidgetItem(row.what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.setWordWrap(True)  # a long description wraps rather than being cut
        self.table.verticalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.ResizeToContents)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filterEdit)
        layout.addWidget(self.table, 1)
        layout.addWidget(buttons)
        self.filterEdit.textChanged.connect(self._filter)
        self.filterEdit.setFocus()
        self.resize(620, 560)

    def _filter(self, text: str) -> None:
        words = text.casefold().split()
        for i, row in enumerate(self.rows):
            haystack = f"{row.keys} {row.what}".casefold()
            self.table.setRowHidden(i, not all(w in haystack for w in words))


class _Keys(QObject):
    """Up/Down (and Page Up/Down: ten rows) typed in the palette's text box move its list."""

    STEPS = {Qt.Key.Key_Up: -1, Qt.Key.Key_Down: 1, Qt.Key.Key_PageUp: -10,
             Qt.Key.Key_PageDown: 10}

    def __init__(self, palette: CommandPalette) -> None:
        super().__init__(palette)
        self.palette = palette

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() != QEvent.Type.KeyPress or event.key() not in self.STEPS:
            return False
        view, rows = self.palette.listView, self.palette.proxy.rowCount()
        if rows:
            row = min(max(view.currentIndex().row() + self.STEPS[event.key()], 0), rows - 1)
            view.setCurrentIndex(self.palette.proxy.index(row, 0))
        return True


ACTION_ROLE = Qt.ItemDataRole.UserRole + 1


class CommandPalette(QDialog):
    """Ctrl+Shift+P: find any action of the window by (part of) its name or its help text
    and run it with Enter. Actions not possible right now are listed greyed, with why."""

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.setObjectName("commandPalette")
        self.setWindowTitle(self.tr("Run a command"))
        self.chosen: QAction | None = None
        self.filterEdit = QLineEdit()
        self.filterEdit.setObjectName("paletteFilter")
        self.filterEdit.setPlaceholderText(self.tr("Type what you want to do, e.g. credit"))
        self.model = QStandardItemModel(self)
        own = getattr(window, "actionPalette", None)
        for action in window_actions(window):
            if action is own:
                continue
            keys = ", ".join(keys_text(s) for s in action.shortcuts())
            item = QStandardItem(plain(action.text()))
            item.setEditable(False)
            shortcut = QStandardItem(keys)
            shortcut.setEditable(False)
            shortcut.setData(int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
                             Qt.ItemDataRole.TextAlignmentRole)
            item.setData(action, ACTION_ROLE)
            help_text = action.toolTip() if action.toolTip() != action.text() else ""
            item.setData(help_text or action.statusTip(), Qt.ItemDataRole.ToolTipRole)
            item.setData(" ".join((plain(action.text()), keys, help_text,
                                   action.statusTip())).casefold(),
                         Qt.ItemDataRole.UserRole)
            if not action.isEnabled():
                item.setEnabled(False)
                shortcut.setEnabled(False)
                item.setText(self.tr("{0} (not possible here)").format(item.text()))
            self.model.appendRow([item, shortcut])
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setFilterRole(Qt.ItemDataRole.UserRole)
        self.listView = QTreeView()  # a flat list: the name, its keys on the right
        self.listView.setObjectName("paletteList")
        self.listView.setModel(self.proxy)
        self.listView.setRootIsDecorated(False)
        self.listView.setHeaderHidden(True)
        self.listView.setAlternatingRowColors(True)
        self.listView.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.listView.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.listView.header().setStretchLastSection(False)
        self.listView.header().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.listView.header().setSectionResizeMode(
            1, QHeaderView.ResizeMode.ResizeToContents)
        self.listView.activated.connect(self._run)
        self.emptyLabel = QLabel(self.tr("No command has that name."))
        repolish(self.emptyLabel, "note", True)
        self.emptyLabel.hide()
        layout = QVBoxLayout(self)
        layout.addWidget(self.filterEdit)
        layout.addWidget(self.listView, 1)
        layout.addWidget(self.emptyLabel)
        self.filterEdit.textChanged.connect(self._filter)
        self.filterEdit.returnPressed.connect(lambda: self._run(self.listView.currentIndex()))
        self.filterEdit.installEventFilter(_Keys(self))
        self.resize(520, 360)
        self._filter("")
        self.filterEdit.setFocus()

    def _filter(self, text: str) -> None:
        words = [w for w in text.casefold().split() if w]
        # every word somewhere in the name, keys or help: "cred mil" finds "Credit miles"
        pattern = "".join(f"(?=.*{re.escape(w)})" for w in words)
        self.proxy.setFilterRegularExpression(pattern)
        first = next((self.proxy.index(r, 0) for r in range(self.proxy.rowCount())
                      if self.proxy.index(r, 0).flags() & Qt.ItemFlag.ItemIsEnabled),
                     self.proxy.index(0, 0))
        self.listView.setCurrentIndex(first)
        self.emptyLabel.setVisible(self.proxy.rowCount() == 0)

    def _run(self, index) -> None:  # noqa: ANN001 - a proxy index
        if not index.isValid() or not index.flags() & Qt.ItemFlag.ItemIsEnabled:
            return
        self.chosen = index.data(ACTION_ROLE)
        self.accept()

    def done(self, result: int) -> None:
        super().done(result)
        action = self.chosen
        if result == QDialog.DialogCode.Accepted and action is not None:
            # After the palette has closed, so focus and dialogs the action opens behave as
            # if the agent had pressed its key.
            QTimer.singleShot(0, lambda: action.isEnabled() and action.trigger())
