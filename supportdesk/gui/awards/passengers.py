"""The passengers of a flight award, named as on the ticket: a given name and a surname per
seat, one row per passenger, checked as the agent types by the core's ticket-name rule
(domain.limits.TICKET_NAME, the same the server enforces). The first row starts as the member:
most award callers fly themselves; the agent overwrites it when they do not.

The rows are made once, up to the most passengers an award takes, and shown for the number of
passengers asked for, so what was typed survives a change of that number.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from typing import Any

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QGridLayout, QGroupBox, QLabel, QLineEdit, QWidget

from ...domain import limits
from ...domain.awards import MAX_PASSENGERS, PassengerName
from ..writes import FormChecks, repolish, set_quietly

translate = QCoreApplication.translate  # lupdate reads translate("Context", "text")
PARTS = ("given_name", "surname")


def field(row: int, part: str) -> str:
    """The server's name of a passenger's name part ("passenger_names.0.surname")."""
    return f"passenger_names.{row}.{part}"


def check_part(text: str, part: str) -> str:
    """One part of a name as on the ticket, or ValueError (a TextProblem: its code is worded
    by gui/messages) saying what is wrong."""
    if not text.strip():
        raise ValueError(translate("PassengerFields", "Enter the given name as on the ticket.")
                         if part == "given_name" else
                         translate("PassengerFields", "Enter the surname as on the ticket."))
    return limits.TICKET_NAME.clean(text)


class PassengerFields:
    """The "Passengers, as on the ticket" box: built into `parent`'s layout at `index`."""

    def __init__(self, checks: FormChecks, parent: QWidget, layout: Any, index: int,
                 changed: Callable[[], Any], member: PassengerName | None) -> None:
        self.checks = checks
        self.count = 1
        self.box = box = QGroupBox(translate("PassengerFields", "Passengers, as on the ticket"),
                                   parent)
        box.setObjectName("passengersBox")
        grid = QGridLayout(box)
        grid.setHorizontalSpacing(8)
        grid.setVerticalSpacing(2)
        for column, text in ((1, translate("PassengerFields", "Given name(s)")),
                             (2, translate("PassengerFields", "Surname"))):
            heading = QLabel(text, box)
            repolish(heading, "note", True)
            grid.addWidget(heading, 0, column)
        self.note = QLabel(box)  # what the server says about the list as a whole
        self.note.setWordWrap(True)
        grid.addWidget(self.note, 1, 0, 1, 3)
        checks.messages.add("passenger_names", box, self.note)
        self.rows: list[tuple[QLabel, QLineEdit, QLineEdit, QLabel, QLabel]] = []
        for row in range(MAX_PASSENGERS):
            number = QLabel(f"{row + 1}.", box)
            edits = []
            errors = []
            for part in PARTS:
                edit = QLineEdit(box)
                edit.setObjectName(f"{part}Edit{row + 1}")
                edit.setMaxLength(limits.TICKET_NAME.longest + 10)  # over the rule: it says so
                edit.setToolTip(translate(
                    "PassengerFields", "Passenger {0}: letters, spaces, hyphens and "
                    "apostrophes, as printed on the ticket").format(row + 1))
                error = QLabel(box)
                error.setWordWrap(True)
                name = field(row, part)
                checks.messages.add(name, edit, error)
                edit.textChanged.connect(
                    lambda _text, name=name: (checks.touch(name), changed()))
                edits.append(edit)
                errors.append(error)
            grid.addWidget(number, 2 + 2 * row, 0)
            grid.addWidget(edits[0], 2 + 2 * row, 1)
            grid.addWidget(edits[1], 2 + 2 * row, 2)
            grid.addWidget(errors[0], 3 + 2 * row, 1)
            grid.addWidget(errors[1], 3 + 2 * row, 2)
            self.rows.append((number, edits[0], edits[1], errors[0], errors[1]))
        grid.setColumnStretch(1, 1)
        grid.setColumnStretch(2, 1)
        layout.insertWidget(index, box)
        if member is not None:  # filled in, not typed: no change signal while being built
            set_quietly(self.rows[0][1], member.given_name)
            set_quietly(self.rows[0][2], member.surname)
        self.set_count(1)

    def edits(self) -> list[QLineEdit]:
        """Every row's name fields, in tab order (the hidden ones are skipped by Tab)."""
        return [edit for _n, given, surname, _e1, _e2 in self.rows for edit in (given, surname)]

    def set_count(self, count: int) -> None:
        """Show a row for each of `count` passengers (1–9); the others keep what was typed."""
        self.count = max(1, min(count, MAX_PASSENGERS))
        for row, widgets in enumerate(self.rows):
            shown = row < self.count
            for widget in widgets[:3]:
                widget.setVisible(shown)
            if not shown:
                for widget in widgets[3:]:
                    widget.setVisible(False)

    def check(self) -> tuple[PassengerName, ...] | None:
        """The names of the passengers shown, or None after reporting each problem against
        its field. Rows not shown are not checked (they are not sent)."""
        names: list[PassengerName] = []
        complete = True
        for row, (_n, given, surname, _e1, _e2) in enumerate(self.rows):
            if row >= self.count:
                for part in PARTS:
                    self.checks.messages.set_local(field(row, part), None)
                continue
            parts = [self.checks.check(field(row, part), check_part, edit.text(), part)
                     for part, edit in zip(PARTS, (given, surname), strict=True)]
            if None in parts:
                complete = False
            else:
                names.append(PassengerName(*parts))
        return tuple(names) if complete else None

    def fill(self, names: Sequence[dict[str, str]]) -> None:
        """The names a saved booking carried (editing a refused provisional booking)."""
        for row, item in enumerate(names[:MAX_PASSENGERS]):
            self.rows[row][1].setText(str(item.get("given_name", "")))
            self.rows[row][2].setText(str(item.get("surname", "")))

    def set_enabled(self, enabled: bool) -> None:
        for _n, given, surname, _e1, _e2 in self.rows:
            given.setEnabled(enabled)
            surname.setEnabled(enabled)
