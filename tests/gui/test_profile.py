"""Profile changes after caller verification, through the real widgets and server."""

from __future__ import annotations

import json

import pytest
from PySide6.QtCore import Qt
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui.profile.dialog import ProfileDialog
from supportdesk.server import db
from supportdesk.server.passwords import demo_pin

from ..helpers.gui import WAIT, fill
from ..helpers.gui_members import open_member, open_profile_dialog
from ..helpers.keys import check


def verify_by_pin(qtbot, dialog: ProfileDialog, pin: str) -> None:
    dialog.ui.pinRadio.click()
    assert dialog.ui.pinEdit.isVisible() and not dialog.ui.birthDateEdit.isVisible()
    fill(qtbot, dialog.ui.pinEdit, pin)
    assert dialog.ok_button.text() == "&Verify caller" and dialog.ok_button.isEnabled()
    qtbot.keyClick(dialog.ui.pinEdit, Qt.Key.Key_Return)


def audit_detail(live_server, number: str) -> dict:
    with live_server.settings.engine.connect() as conn:
        detail = conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "profile_change", db.audit.c.member_number == number)
            .order_by(db.audit.c.id.desc()).limit(1)).scalar_one()
    return json.loads(detail)


def test_verify_with_the_pin_then_change_the_email(qtbot, sessions, live_server):
    number = demo_member_number(960)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    old_masked = member.ui.emailValue.text()
    dialog = open_profile_dialog(qtbot, member)
    ui = dialog.ui
    assert ui.pages.currentWidget() is ui.verifyPage
    verify_by_pin(qtbot, dialog, demo_pin(960))
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.editPage, timeout=WAIT)
    assert "verified by PIN" in ui.verifiedLabel.text()
    # Only masked values, as placeholders; every field starts empty.
    assert ui.emailEdit.text() == "" and ui.emailEdit.placeholderText() == old_masked
    assert ui.phoneEdit.placeholderText() == member.account.phone_masked
    assert not dialog.ok_button.isEnabled()  # nothing changed yet
    assert dialog.ok_button.text() == "Sa&ve changes"
    check(dialog)  # the fields to change are on screen now
    fill(qtbot, ui.emailEdit, "Wanda.New@example.org")
    assert "Will change: e-mail." in ui.changesLabel.text()
    qtbot.keyClick(ui.emailEdit, Qt.Key.Key_Return)
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert member.ui.messageLabel.text() == "Profile changed: e-mail."
    qtbot.waitUntil(lambda: member.ui.emailValue.text() == "Wa•••@example.org", timeout=WAIT)
    assert list(audit_detail(live_server, number)["after"]) == ["email"]


def test_a_wrong_pin_shows_the_attempts_left_then_the_lock(qtbot, sessions, monkeypatch):
    number = demo_member_number(962)
    wrong = "0000" if demo_pin(962) != "0000" else "1111"
    window = sessions("agent20")
    member = open_member(qtbot, window, number)
    dialog = open_profile_dialog(qtbot, member)
    ui = dialog.ui
    keys: list[str] = []
    original = window.backend.client.verify_caller

    def spy(*args, **kwargs):  # noqa: ANN002, ANN003, ANN202
        keys.append(kwargs["operation_id"])
        return original(*args, **kwargs)

    monkeypatch.setattr(window.backend.client, "verify_caller", spy)
    for left in (4, 3, 2, 1, 0):
        verify_by_pin(qtbot, dialog, wrong)
        qtbot.waitUntil(lambda left=left: len(keys) == 5 - left and not dialog.busy,
                        timeout=WAIT)
        text = ui.verifyResultLabel.text()
        assert "do not match" in text and ui.verifyResultLabel.isVisible()
        assert (f"{left} attempts left" in text) if left else ("locked" in text)
        assert ui.pages.currentWidget() is ui.verifyPage and ui.pinEdit.text() == ""
    assert len(set(keys)) == 5  # every attempt is its own operation
    assert dialog.locked and not dialog.ok_button.isEnabled() and not ui.pinEdit.isEnabled()
    dialog.reject()
    # Opened again, the server's lock (429) is what the agent sees.
    member.profile_action.trigger()
    qtbot.waitUntil(lambda: member.dialog is not dialog and member.dialog.isVisible(),
                    timeout=WAIT)
    dialog = member.dialog
    verify_by_pin(qtbot, dialog, demo_pin(962))
    qtbot.waitUntil(lambda: "Too many failed" in dialog.ui.verifyResultLabel.text(),
                    timeout=WAIT)
    assert dialog.locked and not dialog.ok_button.isEnabled()
    assert dialog.ui.pages.currentWidget() is dialog.ui.verifyPage
    dialog.reject()


def test_verify_by_birth_date_and_postcode(qtbot, sessions, live_server):
    with live_server.settings.engine.connect() as conn:
        row = conn.execute(select(db.members).where(db.members.c.id == 961)).one()
    window = sessions("super3")
    member = open_member(qtbot, window, row.member_number)
    dialog = open_profile_dialog(qtbot, member)
    ui = dialog.ui
    year, month, day = row.birth_date.split("-")
    fill(qtbot, ui.birthDateEdit, f"{day}.{month}.{year}")
    fill(qtbot, ui.postcodeEdit, row.postcode.lower())
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.editPage, timeout=WAIT)
    assert "date of birth and postcode" in ui.verifiedLabel.text()
    fill(qtbot, ui.phoneEdit, "+41 44 555 09 61")
    ui.languageCombo.setCurrentIndex(ui.languageCombo.findData("en"))
    ui.cityEdit.setText("Zürich")  # QTest types ASCII only
    fill(qtbot, ui.countryEdit, "ch")
    assert ui.countryEdit.text() == "CH"
    assert "Will change: city, country, phone, language." in ui.changesLabel.text()
    dialog.ok_button.click()
    qtbot.waitUntil(lambda: not dialog.isVisible(), timeout=WAIT)
    assert audit_detail(live_server, row.member_number)["after"] == {
        "city": "Zürich", "country": "CH", "phone": "+41445550961", "language": "en"}
    qtbot.waitUntil(lambda: "Zürich" in member.ui.addressValue.text(), timeout=WAIT)
    assert member.ui.languageValue.text() == "English"


@pytest.mark.parametrize(
    ("field", "typed", "message"),
    [
        ("emailEdit", "not-an-email", "not an e-mail address"),
        ("emailEdit", "a@b", "not an e-mail address"),
        ("phoneEdit", "0151 2345678", "international form"),
        ("phoneEdit", "+99 151 2345678", "Unknown country calling code"),
        ("phoneEdit", "+49 12", "6 to 15 digits"),
        ("countryEdit", "D1", "two-letter code"),
        ("streetEdit", "x", "at least 2"),
    ],
)
def test_bad_profile_values_keep_save_disabled_and_say_why(qtbot, sessions, field, typed,
                                                           message):
    number = demo_member_number(963)
    window = sessions("agent18")
    member = open_member(qtbot, window, number)
    dialog = open_profile_dialog(qtbot, member)
    ui = dialog.ui
    verify_by_pin(qtbot, dialog, demo_pin(963))
    qtbot.waitUntil(lambda: ui.pages.currentWidget() is ui.editPage, timeout=WAIT)
    fill(qtbot, ui.cityEdit, "Bonn")
    assert dialog.ok_button.isEnabled()
    fill(qtbot, getattr(ui, field), typed)
    assert not dialog.ok_button.isEnabled()
    error = getattr(ui, field.replace("Edit", "Error"))
    assert message in error.text() and error.isVisible()
    assert "Correct the marked fields" in ui.changesLabel.text()
    dialog.reject()


@pytest.mark.parametrize(("pin", "message"), [("12", "4 to 6 digits"),
                                              ("12a4", "4 to 6 digits")])
def test_bad_verification_input_keeps_verify_disabled(qtbot, sessions, pin, message):
    window = sessions("agent20")
    member = open_member(qtbot, window, demo_member_number(964))
    dialog = open_profile_dialog(qtbot, member)
    dialog.ui.pinRadio.click()
    fill(qtbot, dialog.ui.pinEdit, pin)
    assert not dialog.ok_button.isEnabled()
    assert message in dialog.ui.pinError.text()
    dialog.ui.dobRadio.click()
    fill(qtbot, dialog.ui.birthDateEdit, "31.02.1980")
    assert "1980-03-14 or 14.03.1980" in dialog.ui.birthDateError.text()
    fill(qtbot, dialog.ui.birthDateEdit, "2999-01-01")
    assert "not a plausible" in dialog.ui.birthDateError.text()
    assert not dialog.ok_button.isEnabled()
    dialog.reject()
