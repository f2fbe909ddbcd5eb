"""Table columns that fit the table: each at its preferred width while there is room; when
the window is narrow, the least important columns give way first — down to their header's
text, their cells eliding — so no column goes off the right edge; when it is wide, one
column takes the room that is left. The agent may still drag a column; the next resize of
the table lays them out again."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QEvent, QObject
from PySide6.QtWidgets import QHeaderView, QTableView

PADDING = 16  # a header's text margins and sort indicator room
SMALLEST = 36


class ColumnFitter(QObject):
    def __init__(self, view: QTableView, widths: Sequence[int], *, stretch: int | None,
                 give_way: Sequence[int]) -> None:
        """`widths`: preferred, per column; `stretch`: the column that takes spare room;
        `give_way`: the columns that shrink when room is short, first the first."""
        super().__init__(view)
        self.widths = list(widths)
        self.stretch, self.give_way = stretch, list(give_way)
        header = view.horizontalHeader()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setMinimumSectionSize(SMALLEST)
        view.viewport().installEventFilter(self)
        model = view.model()
        if model is not None:  # a language or column change: the headers' widths change
            model.headerDataChanged.connect(self._headers_changed)
            model.modelReset.connect(self.fit)
        self.fit()

    @property
    def view(self) -> QTableView:
        return self.parent()  # not kept in Python: nothing keeps a closed table's wrapper

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt API
        if event.type() == QEvent.Type.Resize:
            self.fit()
        return False

    def _headers_changed(self, *_: object) -> None:
        self.fit()

    def least(self, column: int) -> int:
        """The narrowest a column may be: its header text, whole."""
        model = self.view.model()
        text = model.headerData(column, self.view.horizontalHeader().orientation()) \
            if model is not None else ""
        return max(SMALLEST, self.view.horizontalHeader().fontMetrics()
                   .horizontalAdvance(str(text or "")) + PADDING)

    def fit(self) -> None:
        header = self.view.horizontalHeader()
        shown = [c for c in range(min(header.count(), len(self.widths)))
                 if not header.isSectionHidden(c)]
        if not shown:
            return
        room = self.view.viewport().width()
        sizes = {c: max(self.widths[c], self.least(c)) for c in shown}
        over = sum(sizes.values()) - room
        if over < 0 and self.stretch in sizes:
            sizes[self.stretch] -= over  # the spare room
        for column in self.give_way:
            if over <= 0:
                break
            if column in sizes:
                take = min(over, sizes[column] - self.least(column))
                sizes[column] -= take
                over -= take
        for column, size in sizes.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)


def fit_columns(view: QTableView, widths: Sequence[int], *, stretch: int | None = None,
                give_way: Sequence[int] = ()) -> ColumnFitter:
    return ColumnFitter(view, widths, stretch=stretch, give_way=give_way)
