"""Change the profile of the member on screen, in two steps: first verify the caller (date of
birth and postcode, or the telephone PIN), then — only then — edit what the caller asks.

The client only ever has masked data: the fields start empty with the masked value as the
placeholder, and only the fields the agent fills in are sent.
"""

from __future__ import annotations

import datetime as dt
import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QDialogButtonBox, QWidget

from ...api.client import ApiClient
from ...api.models import MemberAccount
from ...api.profile import ProfileChanges, Verification
from ...domain import limits
from ...domain.identifiers import format_member_number
from ...errors import Forbidden, RateLimited, SupportDeskError
from ...operations import build
from ..awards.route import upper_as_typed
from ..forms.ui_profile_dialog import Ui_ProfileDialog
from ..messages import error_text
from ..taskman import TaskManager
from ..writes import WriteDialog, fit_height, set_state
from . import form

if TYPE_CHECKING:
    from ..sync.controller import SyncController

log = logging.getLogger(__name__)


class ProfileDialog(WriteDialog):
    changed = Signal(object, object)  # the masked MemberAccount after, the fields changed

    def __init__(self, taskman: TaskManager, client: ApiClient, account: MemberAccount,
                 parent: QWidget | None = None, *, today: dt.date | None = None,
                 sync: SyncController | None = None) -> None:
        super().__init__(taskman, client, parent, sync=sync)
        self.ui = ui = Ui_ProfileDialog()
        ui.setupUi(self)
        self.init_form(ui.errorLabel, ui.progressLabel)
        self.account = account
        self.today = today or dt.date.today()
        self.verification: Verification | None = None
        self.locked = False
        self.changes = ProfileChanges()
        self.ok_button = ui.buttonBox.button(QDialogButtonBox.StandardButton.Ok)
        ui.buttonBox.accepted.connect(self.submit)
        ui.buttonBox.rejected.connect(self.reject)
        self.setWindowTitle(self.tr("Change profile — {0}").format(account.display_name))
        ui.memberLabel.setText(self.tr("{0} · {1}").format(
            account.display_name, format_member_number(account.member_number)))
        ui.verifyIntro.setText(self.tr(
            "First verify the caller: ask for the date of birth and the postcode, or the "
            "telephone PIN. Never read data out to the caller."))

        self._verify_edits = {"birth_date": ui.birthDateEdit, "postcode": ui.postcodeEdit,
                              "pin": ui.pinEdit}
        self._edits = {"street": ui.streetEdit, "postcode": ui.newPostcodeEdit,
                       "city": ui.cityEdit, "country": ui.countryEdit, "phone": ui.phoneEdit,
                       "email": ui.emailEdit}
        errors = {"street": ui.streetError, "postcode": ui.newPostcodeError,
                  "city": ui.cityError, "country": ui.countryError, "phone": ui.phoneError,
                  "email": ui.emailError, "language": ui.languageError}
        verify_errors = {"birth_date": ui.birthDateError, "postcode": ui.postcodeError,
                         "pin": ui.pinError}
        for name, edit in self._verify_edits.items():
            self.messages.add(name, edit, verify_errors[name])
            edit.textChanged.connect(lambda _t, name=name: self._edited(name))
        for name, edit in self._edits.items():
            self.messages.add(f"changes.{name}", edit, errors[name])
            edit.textChanged.connect(lambda _t, name=name: self._edited(f"changes.{name}"))
        self.messages.add("changes.language", ui.languageCombo, errors["language"])
        ui.languageCombo.currentIndexChanged.connect(lambda _i: self._validate())
        ui.pinRadio.toggled.connect(self._method_changed)
        upper_as_typed(ui.countryEdit)
        self._placeholders()
        set_state(ui.verifiedLabel, "applied")
        self._method_changed()
        ui.birthDateEdit.setFocus()

    def _placeholders(self) -> None:
        """The masked values as they are now; an empty field stays as it is."""
        ui, account = self.ui, self.account
        parts = account.address_masked.split(", ")
        hidden = parts[0] if parts else "•••"
        city = parts[1] if len(parts) > 1 else ""
        country = parts[2] if len(parts) > 2 else ""
        for edit, masked in ((ui.streetEdit, hidden), (ui.newPostcodeEdit, hidden),
                             (ui.cityEdit, city), (ui.countryEdit, country),
                             (ui.phoneEdit, account.phone_masked),
                             (ui.emailEdit, account.email_masked)):
            edit.setPlaceholderText(masked)
            edit.setToolTip(edit.toolTip() + " " + self.tr("Leave empty to keep it."))
        ui.languageCombo.addItem(self.tr("unchanged ({0})").format(
            form.language_label(account.language)), None)
        for code, _label in form.LANGUAGES:
            if code != account.language:
                ui.languageCombo.addItem(form.language_label(code), code)

    @property
    def verified(self) -> bool:
        return self.verification is not None

    def _edited(self, name: str) -> None:
        self.checks.touch(name)
        self._validate()

    def _method_changed(self) -> None:
        ui = self.ui
        pin = ui.pinRadio.isChecked()
        for widget in (ui.birthDateLabel, ui.birthDateEdit, ui.postcodeLabel, ui.postcodeEdit):
            widget.setVisible(not pin)
        for widget in (ui.pinLabel, ui.pinEdit):
            widget.setVisible(pin)
        for name in ("birth_date", "postcode", "pin"):
            self.messages.set_local(name, None)
        self._validate()
        (ui.pinEdit if pin else ui.birthDateEdit).setFocus()
        fit_height(self, shrink=True)

    # -- checking as typed ------------------------------------------------------------------

    def _validate(self) -> None:
        if self.verified:
            ready = self._validate_changes()
            self.ok_button.setText(self.tr("Sa&ve changes"))
        else:
            ready = self._validate_caller() is not None and not self.locked
            self.ok_button.setText(self.tr("&Verify caller"))
        self.ok_button.setEnabled(ready and not self.busy)
        fit_height(self)

    def _validate_caller(self) -> dict[str, object] | None:
        ui, checks = self.ui, self.checks
        checks.begin()
        if ui.pinRadio.isChecked():
            pin = checks.check("pin", form.parse_pin, ui.pinEdit.text())
            return {"pin": pin} if checks.complete else None
        birth = checks.check("birth_date", form.parse_birth_date, ui.birthDateEdit.text(),
                             self.today)
        postcode = checks.check("postcode", form.check_postcode, ui.postcodeEdit.text(),
                                required=True)
        return {"birth_date": birth, "postcode": postcode} if checks.complete else None

    def _validate_changes(self) -> bool:
        ui, checks = self.ui, self.checks
        checks.begin()
        check = checks.check
        self.changes = ProfileChanges(
            street=check("changes.street", form.check_text, ui.streetEdit.text(),
                         limits.STREET),
            postcode=check("changes.postcode", form.check_postcode, ui.newPostcodeEdit.text(),
                           required=False),
            city=check("changes.city", form.check_text, ui.cityEdit.text(), limits.CITY),
            country=check("changes.country", form.check_country, ui.countryEdit.text()),
            phone=check("changes.phone", form.check_phone, ui.phoneEdit.text()),
            email=check("changes.email", form.check_email, ui.emailEdit.text()),
            language=ui.languageCombo.currentData(),
        )
        names = [form.translate("ProfileForm", form.FIELD_NAMES[n])
                 for n in self.changes.changed]
        label = self.ui.changesLabel
        if not checks.complete:
            label.setText(self.tr("Correct the marked fields first."))
            state = "blocked"
        elif names:
            label.setText(self.tr("Will change: {0}. Everything else stays as it is.")
                          .format(", ".join(names)))
            state = "pending"
        else:
            label.setText(self.tr("Type only what changes; empty fields stay as they are."))
            state = "incomplete"
        set_state(label, state)
        return checks.complete and bool(names)

    # -- sending ------------------------------------------------------------------------------

    def submit(self) -> None:
        self._validate()
        if not self.ok_button.isEnabled():
            return
        if self.verified:
            self._save()
        else:
            self._verify()

    def _verify(self) -> None:
        caller = self._validate_caller()
        if caller is None:
            return
        number, client = self.account.member_number, self.client
        self.messages.clear_server()
        self.send({"member": number, **caller},
                  lambda key: client.verify_caller(number, operation_id=key, **caller),
                  self._verified, failed=self._verify_failed, progress=self.tr("Verifying…"))

    def _verified(self, answer: Verification) -> None:
        ui = self.ui
        if not answer.verified:
            left = answer.attempts_left
            text = self.tr("The details do not match: do not change anything.")
            if left is not None:
                text += " " + (self.tr("{0} attempts left before verification locks for "
                                       "15 minutes.").format(left) if left else
                               self.tr("No attempts left: verification is now locked."))
            self._show_caller_result(text)
            ui.pinEdit.clear()
            if left == 0:
                self._lock()
            return
        self.verification = answer
        until = (answer.expires_at or "")[11:16]
        method = self.tr("PIN") if ui.pinRadio.isChecked() else self.tr(
            "date of birth and postcode")
        ui.verifiedLabel.setText(self.tr("✓ Caller verified by {0}. Changes possible until "
                                         "{1} (UTC).").format(method, until))
        ui.pages.setCurrentWidget(ui.editPage)
        self.checks.touched.clear()
        self._validate()
        ui.streetEdit.setFocus()
        fit_height(self)

    def _show_caller_result(self, text: str) -> None:
        label = self.ui.verifyResultLabel
        label.setText(text)
        label.setVisible(bool(text))
        set_state(label, "blocked" if text else "")
        fit_height(self)

    def _verify_failed(self, error: SupportDeskError) -> bool:
        if isinstance(error, RateLimited):
            self._show_caller_result(error_text(error))
            self._lock()
            return True
        return False

    def _lock(self) -> None:
        """Verification is locked for this member: nothing more can be tried here."""
        self.locked = True
        ui = self.ui
        for widget in (*self._verify_edits.values(), ui.dobRadio, ui.pinRadio):
            widget.setEnabled(False)
        self._validate()

    def _save(self) -> None:
        changes, verification = self.changes, self.verification
        if not changes.changed or verification is None:
            return
        number = self.account.member_number
        # The summary names the fields, not the new values: it is shown in lists.
        operation = build.profile_change(
            number, verification.verification_id, changes,
            summary=self.tr("Profile change: {0}").format(", ".join(changes.changed)))
        self.messages.clear_server()
        self.send_queued({"member": number, "verification": verification.verification_id,
                          **changes.to_json()}, operation,
                         lambda account: self._saved(account, changes.changed),
                         failed=self._save_failed, progress=self.tr("Saving…"))

    def _saved(self, account: MemberAccount, changed: tuple[str, ...]) -> None:
        self.changed.emit(account, changed)
        self.accept()

    def _save_failed(self, error: SupportDeskError) -> bool:
        if isinstance(error, Forbidden) and error.code in ("verification-expired",
                                                          "not-verified"):
            # Back to step 1; what was typed for the change stays.
            self.verification = None
            self.ui.pages.setCurrentWidget(self.ui.verifyPage)
            self._show_caller_result(error_text(error))
            self._validate()
            return True
        return False

    def busy_changed(self, busy: bool) -> None:
        ui = self.ui
        for widget in (*self._verify_edits.values(), *self._edits.values()):
            widget.setReadOnly(busy)
        for widget in (ui.dobRadio, ui.pinRadio):
            widget.setEnabled(not busy and not self.locked)
        ui.languageCombo.setEnabled(not busy)
        self._validate()
