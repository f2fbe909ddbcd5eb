"""Table columns that fit the table: each at its preferred width while there is room; when
the window is narrow, the less important columns give way, the least important most — never
below their header's text, their cells eliding — so no column goes off the right edge; when
it is wide, one column takes the room that is left. The agent may still drag a column; the
next resize of the table lays them out again."""

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
        # Short of room: the columns that give way share it by their slack, the first ones
        # more (weights n, n-1, …), so one column is not cut to its header alone.
        giving = [c for c in self.give_way if c in sizes]
        while over > 0 and giving:
            slack = {c: sizes[c] - self.least(c) for c in giving}
            giving = [c for c in giving if slack[c] > 0]
            weights = {c: slack[c] * (len(giving) - i) for i, c in enumerate(giving)}
            total = sum(weights.values())
            if not total:
                break
            taken = 0
            for column in giving:
                take = min(slack[column], -(-over * weights[column] // total))
                sizes[column] -= take
                taken += take
            over -= taken
        for column, size in sizes.items():
            if header.sectionSize(column) != size:
                header.resizeSection(column, size)


def fit_columns(view: QTableView, widths: Sequence[int], *, stretch: int | None = None,
                give_way: Sequence[int] = ()) -> ColumnFitter:
    return ColumnFitter(view, widths, stretch=stretch, give_way=give_way)
