"""The mileage calculator: from the menu without a member, prefilled from the member on
screen, updating as the agent types; no server needed for the answer."""

from __future__ import annotations

import pytest

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.domain.mileage import calculate
from supportdesk.gui.calculator.dialog import CalculatorDialog
from supportdesk.gui.member.ledger_model import format_miles

from ..helpers.gui import fill
from ..helpers.gui_calculator import open_calculator
from ..helpers.gui_members import open_member


def set_tier(dialog: CalculatorDialog, tier: str) -> None:
    dialog.ui.tierCombo.setCurrentIndex(dialog.ui.tierCombo.findData(tier))


def test_fra_jfk_class_m_and_the_tier_bonus_update_as_typed(qtbot, sessions):
    window = sessions("agent18")
    assert window.ui.pages.currentWidget() is window.lookup
    dialog = open_calculator(qtbot, window)
    assert window.actionCalculator in window.ui.menuGo.actions()
    ui = dialog.ui
    assert ui.totalLabel.text() == "—"
    set_tier(dialog, "Base")
    fill(qtbot, ui.originEdit, "fra")
    fill(qtbot, ui.destinationEdit, "JFK")
    assert "Frankfurt" in ui.originName.text() and "New York" in ui.destinationName.text()
    assert ui.totalLabel.text() == "—"  # no booking class yet
    fill(qtbot, ui.bookingClassEdit, "m")
    assert ui.bookingClassEdit.text() == "M" and "Economy Classic" in ui.familyName.text()
    assert ui.totalLabel.text() == "2,884 miles"
    assert "FRA–JFK: 3,845 miles great-circle" in ui.previewLabel.text()
    assert "Base tier: no bonus" in ui.previewLabel.text()
    set_tier(dialog, "Senator")
    senator = calculate("FRA", "JFK", "M", "Senator").total_miles
    assert ui.totalLabel.text() == f"{format_miles(senator)} miles"
    assert "Senator bonus: +50 %" in ui.previewLabel.text()
    fill(qtbot, ui.bookingClassEdit, "J")
    assert dialog.miles == calculate("FRA", "JFK", "J", "Senator").total_miles
    fill(qtbot, ui.destinationEdit, "XXX")
    assert dialog.miles is None and ui.totalLabel.text() == "—"
    assert "no airport with the code XXX" in ui.destinationError.text()
    fill(qtbot, ui.bookingClassEdit, "Ö")
    assert "single letter" in ui.bookingClassError.text()
    dialog.close()


# Bringing the open calculator to the front: the offscreen platform cannot stack windows.
@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_opened_on_a_member_it_takes_the_members_tier(qtbot, sessions):
    window = sessions("agent20")
    member = open_member(qtbot, window, demo_member_number(900))
    tier = member.account.tier
    dialog = open_calculator(qtbot, window)
    assert dialog.ui.tierCombo.currentData() == tier
    assert member.account.display_name in dialog.ui.contextLabel.text()
    assert member.account.display_name in dialog.windowTitle()
    fill(qtbot, dialog.ui.originEdit, "MUC")
    fill(qtbot, dialog.ui.destinationEdit, "SIN")
    fill(qtbot, dialog.ui.bookingClassEdit, "C")
    assert dialog.miles == calculate("MUC", "SIN", "C", tier).total_miles
    # Ctrl+K again brings the same window back.
    assert open_calculator(qtbot, window) is dialog
    dialog.close()


def test_the_calculator_needs_no_backend(qtbot):
    dialog = CalculatorDialog(tier="HON Circle")
    qtbot.addWidget(dialog)
    dialog.show()
    for edit, text in ((dialog.ui.originEdit, "ZRH"), (dialog.ui.destinationEdit, "LHR"),
                       (dialog.ui.bookingClassEdit, "Q")):
        edit.setText(text)
    expected = calculate("ZRH", "LHR", "Q", "HON Circle")
    assert dialog.miles == expected.total_miles
    assert f"Minimum for class Q: {format_miles(expected.minimum_miles)} miles" in \
        dialog.ui.previewLabel.text()
    assert "Tier" not in dialog.ui.contextLabel.text()
