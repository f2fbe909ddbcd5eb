"""The mileage calculator: the miles a flight earns from route, booking class and tier, with
the breakdown to read out. Local only, so it answers while the backend is away; the server
prices retro claims with the same calculator."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QWidget

from ...domain.fares import FARE_RULES
from ...domain.identifiers import InvalidIdentifier
from ...domain.mileage import Tier, parse_tier
from ..awards import form as award_form
from ..awards.route import RouteFields, preload_airports, upper_as_typed
from ..credits.form import check_booking_class, mileage_preview
from ..forms.ui_calculator_dialog import Ui_CalculatorDialog
from ..member.ledger_model import format_miles
from ..messages import input_text
from ..taskman import TaskManager
from ..writes import FieldMessages, FormChecks, apply_form_style, fit_height, repolish

TIER_LABELS = {
    Tier.BASE: QT_TRANSLATE_NOOP("Tier", "Base"),
    Tier.FREQUENT_TRAVELLER: QT_TRANSLATE_NOOP("Tier", "Frequent Traveller"),
    Tier.SENATOR: QT_TRANSLATE_NOOP("Tier", "Senator"),
    Tier.HON_CIRCLE: QT_TRANSLATE_NOOP("Tier", "HON Circle"),
}
CALCULATOR_STYLE = """
QLabel#totalLabel { font-size: 18pt; font-weight: 600; color: #1c2330; }
"""


class CalculatorDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, tier: str | None = None,
                 member_name: str | None = None, taskman: TaskManager | None = None) -> None:
        """`tier` and `member_name`: of the member on screen, when there is one."""
        super().__init__(parent)
        if taskman is not None:
            preload_airports(taskman, self)
        self.ui = ui = Ui_CalculatorDialog()
        ui.setupUi(self)
        apply_form_style(self, CALCULATOR_STYLE)
        self.checks = FormChecks(FieldMessages(None))
        self.miles: int | None = None
        self.route = RouteFields(self.checks, ui, self.calculate)
        self.checks.messages.add("booking_class", ui.bookingClassEdit, ui.bookingClassError)
        upper_as_typed(ui.bookingClassEdit)
        ui.bookingClassEdit.textChanged.connect(lambda _t: self._edited("booking_class"))
        for value, label in TIER_LABELS.items():
            ui.tierCombo.addItem(QCoreApplication.translate("Tier", label), value.value)
        ui.tierCombo.currentIndexChanged.connect(lambda _i: self.calculate())
        self.member: tuple[Tier, str] | None = None  # tier and name of the member on screen
        ui.buttonBox.rejected.connect(self.reject)
        ui.buttonBox.button(QDialogButtonBox.StandardButton.Close).setAutoDefault(False)
        ui.previewLabel.setContentsMargins(8, 5, 8, 5)
        repolish(ui.contextLabel, "note", True)
        self.set_member(tier, member_name)
        fit_height(self, shrink=True)
        ui.originEdit.setFocus()

    def set_member(self, tier: str | None, member_name: str | None) -> None:
        """Prefill the tier of the member on screen (or leave the agent's choice)."""
        ui = self.ui
        try:
            known = parse_tier(tier) if tier else None
        except InvalidIdentifier:
            known = None
        self.member = (known, member_name) if known is not None and member_name else None
        if known is not None:
            ui.tierCombo.setCurrentIndex(ui.tierCombo.findData(known.value))
        self.setWindowTitle(self.tr("Mileage calculator — {0}").format(member_name)
                            if member_name else self.tr("Mileage calculator"))
        self.calculate()

    def _edited(self, name: str) -> None:
        self.checks.touch(name)
        self.calculate()

    def _context(self) -> str:
        if self.member is None:
            return self.tr("Works offline with the calculator the server uses for retro claims.")
        tier, name = self.member
        label = QCoreApplication.translate("Tier", TIER_LABELS[tier])
        if self.ui.tierCombo.currentData() == tier.value:
            return self.tr("Tier of {0} ({1}); works offline with the calculator the server "
                           "uses.").format(name, label)
        return self.tr("Another tier than {0}'s ({1}): a what-if.").format(name, label)

    def calculate(self) -> int | None:
        ui, checks = self.ui, self.checks
        ui.contextLabel.setText(self._context())
        checks.begin()
        origin, destination = self.route.check()
        letter = checks.check("booking_class", check_booking_class, ui.bookingClassEdit.text())
        if letter:
            rules = FARE_RULES[letter]
            ui.familyName.setText(self.tr("{0} · {1}").format(
                rules.family, award_form.cabin_label(rules.cabin.value)))
        else:
            ui.familyName.clear()
        self.miles, lines = None, []
        if origin and destination and letter:
            try:
                self.miles, lines = mileage_preview(origin, destination, letter,
                                                    ui.tierCombo.currentData())
            except InvalidIdentifier as exc:
                lines = [input_text(exc)]
        ui.totalLabel.setText(self.tr("{0} miles").format(format_miles(self.miles))
                              if self.miles is not None else "—")
        ui.previewLabel.setText("\n".join(lines) if lines else self.tr(
            "The miles appear here once both airports and the booking class are valid."))
        return self.miles
