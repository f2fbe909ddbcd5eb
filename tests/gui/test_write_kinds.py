"""The window routes refused writes by their kind's specification, never by a string."""

from __future__ import annotations

from supportdesk.operations import SPECS, Editing, Home


def test_every_editable_kind_has_one_editor_on_its_home_page(window):
    editors = window.editors()
    assert set(editors) == {k for k, s in SPECS.items() if s.editing is not Editing.NEVER}
    for kind, edit in editors.items():
        home = window.member if SPECS[kind].home is Home.MEMBER else window.queue
        assert edit.__self__ is home, kind


def test_every_kinds_words_are_in_the_translation_catalogue():
    """The specs' texts are message ids the GUI translates: lupdate must find each of them
    (a QT_TRANSLATE_NOOP it can read) under the context the GUI looks them up in."""
    from xml.etree import ElementTree

    import build_installer

    root = ElementTree.parse(build_installer.TS_FILE).getroot()
    sources = {message.findtext("source") for context in root.iter("context")
               if context.findtext("name") == "Operations" for message in context.iter("message")}
    for spec in SPECS.values():
        assert {spec.label, spec.offline_reason} <= sources, spec.kind
