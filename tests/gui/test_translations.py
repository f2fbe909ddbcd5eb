"""German and English: the German catalogue is complete and keeps what the code relies on
(placeholders, Alt markers), the app starts in the language chosen, and in German every
window still underlines each Alt letter once (tests/helpers/keys.py)."""

from __future__ import annotations

import ast
import re
import xml.etree.ElementTree as ET
from importlib import import_module
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QLocale, Qt
from PySide6.QtWidgets import QDialog, QMainWindow, QMessageBox, QWidget

import build_installer
from supportdesk.api.client import new_operation_id
from supportdesk.config import Config, ConfigError, language_setting, load_config
from supportdesk.domain import ledger_text
from supportdesk.domain.identifiers import demo_member_number
from supportdesk.gui import fmt, i18n

from ..helpers.gui import WAIT
from ..helpers.gui_awards import open_dialog
from ..helpers.gui_calculator import open_calculator
from ..helpers.gui_credits import open_credit_dialog, pending_page
from ..helpers.gui_members import open_member
from ..helpers.gui_queue import open_queue, show_request
from ..helpers.keys import check, mnemonic
from ..helpers.queue import add_request

TS = build_installer.TS_FILE
MEMBER = demo_member_number(811)

# {0}, {0:,}, {host}; %n (plural count), %1…; %v/%m (a progress bar's format).
PLACEHOLDER = re.compile(r"\{[^{}]*\}|%L?n|%\d+|%[vmp]")
ALT_HINT = re.compile(r"\bAlt\+([A-Z0-9])\b")


def messages() -> list[tuple[str, ET.Element]]:
    root = ET.parse(TS).getroot()
    return [(context.findtext("name"), message) for context in root.iter("context")
            for message in context.iter("message")]


def forms_of(message: ET.Element) -> list[str]:
    translation = message.find("translation")
    numerus = translation.findall("numerusform")
    return [form.text or "" for form in numerus] if numerus else [translation.text or ""]


def where(context: str, message: ET.Element) -> str:
    return f"{context}: {message.findtext('source')!r}"


# -- the catalogue ------------------------------------------------------------------------


def test_every_string_has_a_finished_german_translation():
    wrong = []
    for context, message in messages():
        translation = message.find("translation")
        state = translation.get("type")
        forms = forms_of(message)
        if state in ("unfinished", "vanished", "obsolete"):
            wrong.append(f"{state}: {where(context, message)}")
        elif not all(form.strip() for form in forms):
            wrong.append(f"empty: {where(context, message)}")
        elif message.get("numerus") == "yes" and len(forms) != 2:
            wrong.append(f"German has two plural forms: {where(context, message)}")
    assert wrong == []


def test_translations_keep_the_placeholders_and_the_alt_markers():
    wrong = []
    for context, message in messages():
        source = message.findtext("source")
        for form in forms_of(message):
            if sorted(PLACEHOLDER.findall(form)) != sorted(PLACEHOLDER.findall(source)):
                wrong.append(f"placeholders {form!r} ≠ {where(context, message)}")
            if (mnemonic(source) is None) != (mnemonic(form) is None):
                wrong.append(f"Alt marker {form!r} ≠ {where(context, message)}")
            if len(ALT_HINT.findall(form)) != len(ALT_HINT.findall(source)):
                wrong.append(f"Alt+ hints {form!r} ≠ {where(context, message)}")
    assert wrong == []


def test_the_placeholder_check_sees_what_it_should():
    assert sorted(PLACEHOLDER.findall("{0:,} of %n, {host} %v/%m")) == [
        "%m", "%n", "%v", "{0:,}", "{host}"]
    assert mnemonic("Fish && &Chips") == "c" and mnemonic("Fish && Chips") is None


def test_the_catalogue_holds_every_string_the_sources_translate(tmp_path):
    """lupdate over today's sources finds nothing the committed catalogue lacks: a string
    added since `build_installer.py translations` last ran would show in English."""
    fresh = build_installer.update_translations(tmp_path / "fresh.ts")
    known = {(context, message.findtext("source")) for context, message in messages()}
    found = {(context.findtext("name"), message.findtext("source"))
             for context in ET.parse(fresh).getroot().iter("context")
             for message in context.iter("message")}
    assert sorted(found - known) == []


def _hidden_strings(path: Path) -> list[str]:
    """String literals given to a function of `path` that passes its own parameter on to
    tr()/translate(): lupdate reads only the literal in the tr()/translate() call itself, so
    such strings never reach the catalogue (a wrapper fed with NOOP-marked names is fine)."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    wrappers = set()
    for function in ast.walk(tree):
        if not isinstance(function, ast.FunctionDef | ast.AsyncFunctionDef):
            continue
        parameters = {arg.arg for arg in function.args.args + function.args.kwonlyargs}
        for call in ast.walk(function):
            name = _called(call)
            text_at = {"tr": 0, "translate": 1}.get(name)
            if text_at is not None and len(call.args) > text_at \
                    and isinstance(call.args[text_at], ast.Name) \
                    and call.args[text_at].id in parameters:
                wrappers.add(function.name)
    return [f"{path.name}:{call.lineno} {_called(call)}({call.args[0].value!r})"
            for call in ast.walk(tree)
            if _called(call) in wrappers and call.args
            and isinstance(call.args[0], ast.Constant) and isinstance(call.args[0].value, str)]


def _called(node: ast.AST) -> str | None:
    if not isinstance(node, ast.Call):
        return None
    return getattr(node.func, "attr", None) or getattr(node.func, "id", None)


def test_no_wrapper_hides_strings_from_lupdate():
    sources = [p for p in build_installer.translation_sources() if p.suffix == ".py"]
    assert [hit for path in sources for hit in _hidden_strings(path)] == []


def _unread_markers(path: Path) -> list[str]:
    """QT_TRANSLATE_NOOP calls whose context or text is not a literal: lupdate skips them
    without a word, so their sentences never reach the catalogue and stay English."""
    return [f"{path.name}:{call.lineno}"
            for call in ast.walk(ast.parse(path.read_text(encoding="utf-8")))
            if _called(call) == "QT_TRANSLATE_NOOP"
            and not all(isinstance(arg, ast.Constant) for arg in call.args[:2])]


def test_every_noop_marker_names_its_context_as_lupdate_reads_it():
    sources = [p for p in build_installer.translation_sources() if p.suffix == ".py"]
    assert [hit for path in sources for hit in _unread_markers(path)] == []


def test_a_changed_catalogue_makes_the_compiled_one_stale():
    outputs = build_installer._generate(forms=False, resources=False, translations=True)
    assert set(outputs) == {build_installer.QM_FILE, build_installer.TRANSLATIONS_OUTPUT}
    assert build_installer.QM_FILE not in build_installer._stale(outputs)
    outputs[build_installer.QM_FILE] += b"\0"  # as if the .ts had changed since
    assert build_installer.QM_FILE in build_installer._stale(outputs)


def test_a_compiled_catalogue_is_compared_byte_for_byte(tmp_path):
    """Only text has its line endings normalised: a .qm holding the bytes 0D 0A (the one of
    2026-12-07 did) is not 'stale' because a CRLF was read as LF."""
    binary, text = tmp_path / "x.qm", tmp_path / "x.py"
    binary.write_bytes(b"\x3c\xb8\r\n\x00")
    text.write_bytes(b"a = 1\r\n")
    assert build_installer._read_generated(binary) == b"\x3c\xb8\r\n\x00"
    assert build_installer._read_generated(text) == b"a = 1\n"


# -- choosing the language ---------------------------------------------------------------


@pytest.mark.parametrize(("setting", "env", "language"), [
    ("system", {"LANG": "de_DE.UTF-8"}, "de"),
    ("system", {"LANG": "de_AT.UTF-8"}, "de"),
    ("system", {"LC_ALL": "en_GB.UTF-8", "LANG": "de_DE.UTF-8"}, "en"),
    ("system", {"LANGUAGE": "de_CH:en", "LC_ALL": "en_US.UTF-8"}, "de"),
    ("system", {"LANG": "fr_FR.UTF-8"}, "en"),
    ("system", {"LANG": "C"}, "en"),
    ("en", {"LANG": "de_DE.UTF-8"}, "en"),
    ("de", {"LANG": "en_US.UTF-8"}, "de"),
])
def test_the_language_follows_the_setting_then_the_locale(setting, env, language):
    assert i18n.choose(setting, env) == language


def test_the_language_setting_is_read_before_the_config(tmp_path, monkeypatch):
    config = tmp_path / "config.toml"
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(config))
    config.write_text('language = "de"\n', encoding="utf-8")
    assert language_setting() == "de"
    assert load_config().language == "de"
    assert Config().language == "system"
    config.write_text('language = "fr"\n', encoding="utf-8")
    assert language_setting() == "system"  # the sign-in window says what is wrong
    with pytest.raises(ConfigError, match="language must be one of system, de, en"):
        load_config()
    config.write_text("language = \n", encoding="utf-8")
    assert language_setting() == "system"


# -- the app in German ---------------------------------------------------------------------


def test_german_is_installed_with_qt_own_texts_and_the_locale(german):
    assert QCoreApplication.translate("MainWindow", "&File") == "&Datei"
    assert QLocale().language() == QLocale.Language.German
    box = QMessageBox(QMessageBox.Icon.Question, "?", "?",
                      QMessageBox.StandardButton.Ok | QMessageBox.StandardButton.Cancel)
    assert box.button(QMessageBox.StandardButton.Cancel).text().replace("&", "") == "Abbrechen"
    box.deleteLater()


def test_the_app_starts_in_german_from_the_environment(qapp, tmp_path, monkeypatch):
    """app.main's step: no language set (the default "system") and a German environment."""
    from supportdesk.gui.app import set_language

    (tmp_path / "config.toml").write_text("", encoding="utf-8")
    monkeypatch.setenv("SUPPORTDESK_CONFIG", str(tmp_path / "config.toml"))
    monkeypatch.setenv("LANGUAGE", "de_DE")
    set_language(qapp)
    try:
        assert QCoreApplication.translate("LookupPage", "Find member") == "Mitglied suchen"
        assert QLocale().toString(1234.5, "f", 1) == "1.234,5"
    finally:
        i18n.uninstall(qapp)
    assert QCoreApplication.translate("LookupPage", "Find member") == "Find member"


def test_english_needs_no_catalogue(qapp):
    assert i18n.install(qapp, "en") == "en"
    try:
        assert QCoreApplication.translate("MainWindow", "&File") == "&File"
        assert QLocale().language() == QLocale.Language.English
    finally:
        i18n.uninstall(qapp)


def test_the_main_window_speaks_german(qtbot, german, sessions):
    window = sessions("super2")
    assert [menu.title() for menu in (window.ui.menuFile, window.ui.menuGo,
                                      window.ui.menuHelp)] == ["&Datei", "&Gehe zu", "&Hilfe"]
    assert window.ui.actionQuit.text() == "&Beenden"
    for menu in (window.ui.menuFile, window.ui.menuGo, window.ui.menuHelp):  # in each menu,
        letters = [mnemonic(action.text()) for action in menu.actions()  # a letter once
                   if not action.isSeparator()]
        assert None not in letters and len(set(letters)) == len(letters), (menu.title(), [
            action.text() for action in menu.actions()])
    member = open_member(qtbot, window, MEMBER)
    assert member.ui.creditButton.text() == "Meilen gut&schreiben…"


@pytest.mark.parametrize("ui_file", sorted((build_installer.UI_DIR).glob("*.ui")),
                         ids=lambda path: path.stem)
def test_each_german_form_underlines_each_letter_once(qtbot, german, ui_file: Path):
    top = ET.parse(ui_file).getroot().find("widget")
    host = {"QMainWindow": QMainWindow, "QDialog": QDialog}.get(top.get("class"), QWidget)()
    qtbot.addWidget(host)
    module = import_module(f"supportdesk.gui.forms.ui_{ui_file.stem}")
    getattr(module, f"Ui_{top.get('name')}")().setupUi(host)
    check(host)


def test_german_main_window_pages_with_their_menus(qtbot, german, sessions):
    window = sessions("super2")
    check(window)  # the lookup page
    open_member(qtbot, window, MEMBER)
    check(window)
    open_queue(qtbot, window)
    check(window)
    pending_page(qtbot, window)
    check(window)


def test_a_german_desk_reads_the_ledger_in_german(qtbot, german, sessions):
    """The reference server's ledger sentences are stored in English; the app words them."""
    member = open_member(qtbot, sessions("agent17"), MEMBER)
    qtbot.waitUntil(lambda: member.ledger.rowCount() > 0, timeout=WAIT)
    model = member.ledger
    shown = [(model.entry(row).description, model.index(row, 2).data())
             for row in range(model.rowCount())]
    ours = [(stored, text) for stored, text in shown if ledger_text.parse(stored)]
    assert ours, "the demo member's ledger has the server's sentences"
    for stored, text in ours:
        assert text != stored and not re.search(r"\b(Flight|class|Donation|Upgrade award)\b",
                                                 text), text
    flight = ledger_text.FLIGHT.format(flight="LH400", origin="FRA", destination="JFK",
                                       booking_class="M")
    assert fmt.ledger_description(flight) == "Flug LH400 FRA–JFK, Buchungsklasse M"
    award = ledger_text.text(ledger_text.FLIGHT_AWARD, flight="LH1423", origin="NRT",
                             destination="ZRH", departure_date="2026-12-03", cabin="Business",
                             passenger_count=2, names="Anna Schmidt, Jonas Schmidt")
    assert fmt.ledger_description(award) == (
        "Prämienflug LH1423 NRT–ZRH am 03.12.2026, Business, 2 Pers.: Anna Schmidt, Jonas Schmidt")
    cancelled = ledger_text.text(ledger_text.AWARD_CANCELLED, code="H2K7KY", fee_count=1500,
                                 reason="Pläne geändert")
    assert fmt.ledger_description(cancelled) == (
        "Prämie H2K7KY storniert (1.500 Meilen Gebühr): Pläne geändert")
    assert fmt.ledger_description("Bonus vom Partnerportal") == "Bonus vom Partnerportal"


def test_the_german_sign_in_dialog(german, controller):
    assert controller.dialog is not None
    check(controller.dialog)


@pytest.mark.parametrize("opener", ["credit", "award", "upgrade", "profile", "calculator"])
def test_german_dialogs_opened_on_a_member(qtbot, german, sessions, opener: str):
    window = sessions("agent17")
    member = open_member(qtbot, window, MEMBER)
    dialog = {
        "credit": lambda: open_credit_dialog(qtbot, window),
        "award": lambda: open_dialog(qtbot, member, Qt.Key.Key_B),
        "upgrade": lambda: open_dialog(qtbot, member, Qt.Key.Key_U),
        "profile": lambda: open_dialog(qtbot, member, Qt.Key.Key_P),  # the tooltip: Strg+P
        "calculator": lambda: open_calculator(qtbot, window),
    }[opener]()
    check(dialog)
    if opener == "profile":  # verifying by PIN shows other fields
        dialog.ui.pinRadio.click()
        check(dialog)
    dialog.reject()


def test_the_german_decision_dialog(qtbot, german, sessions, api, live_server):
    server = api("agent15")
    target = server.get_request(add_request(live_server))
    server.claim_request(target.id, new_operation_id(), member_number=target.member_number)
    page = open_queue(qtbot, sessions("agent15"), assigned="me")
    show_request(qtbot, page, target.id)
    assert page.ui.decideButton.text() == "&Entscheiden…"
    qtbot.keyClick(page.ui.queueView, Qt.Key.Key_E, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow(),
                    timeout=WAIT)
    check(page.dialog)
    page.dialog.reject()
