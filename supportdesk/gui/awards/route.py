"""Origin and destination fields checked as the agent types, each with the airport's name
beside it, so "MUC" reads back as Munich before anything is searched. Used by the award,
upgrade and calculator dialogs (their forms name the widgets originEdit/originName/originError
and the same for destination)."""

from __future__ import annotations

import logging
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QLabel, QLineEdit

from ...domain import airports
from ..credits.form import check_route
from ..taskman import Op, TaskManager
from ..writes import FormChecks
from .form import airport_caption

log = logging.getLogger(__name__)
FIELDS = ("origin", "destination")


def preload_airports(taskman: TaskManager, parent: QObject) -> None:
    """The airport table loads on first use (~90 ms): on a worker, before the first key."""
    (Op(taskman, parent, lambda: airports.airport("FRA"))
     .failure(lambda error: log.warning("airport table: %s", error)).run())


def upper_as_typed(edit: QLineEdit) -> None:
    """Show codes in capitals while typing, without moving the cursor."""

    def fix(text: str) -> None:
        if text != text.upper():
            cursor = edit.cursorPosition()
            edit.setText(text.upper())
            edit.setCursorPosition(cursor)

    edit.textEdited.connect(fix)


class RouteFields:
    def __init__(self, checks: FormChecks, ui: Any, changed: Callable[[], Any]) -> None:
        self.checks = checks
        self.edits: dict[str, QLineEdit] = {}
        self.names: dict[str, QLabel] = {}
        for name in FIELDS:
            edit = getattr(ui, f"{name}Edit")
            self.edits[name], self.names[name] = edit, getattr(ui, f"{name}Name")
            checks.messages.add(name, edit, getattr(ui, f"{name}Error"))
            upper_as_typed(edit)
            edit.textChanged.connect(lambda _text, name=name: (checks.touch(name), changed()))

    def text(self, name: str) -> str:
        return self.edits[name].text()

    @property
    def empty(self) -> bool:
        return not any(edit.text().strip() for edit in self.edits.values())

    def check(self, *, report: bool = True) -> tuple[str | None, str | None]:
        """(origin, destination) as canonical codes, None where a field is not valid; with
        `report`, each problem is reported against its own field."""
        route = check_route(self.text("origin"), self.text("destination"))
        for name, problem in (("origin", route.origin_error),
                              ("destination", route.destination_error)):
            self.checks.report(name, problem if report else None)
            self.names[name].setText(airport_caption(self.text(name)))
        return route.origin, route.destination
