"""The window routes refused writes by their kind's specification, never by a string."""

from __future__ import annotations

from supportdesk.operations import SPECS, Editing, Home


def test_every_editable_kind_has_one_editor_on_its_home_page(window):
    editors = window.editors()
    assert set(editors) == {k for k, s in SPECS.items() if s.editing is not Editing.NEVER}
    for kind, edit in editors.items():
        home = window.member if SPECS[kind].home is Home.MEMBER else window.queue
        assert edit.__self__ is home, kind
