"""The refund and rebooking queue in the real window: opening it, showing a request, and the
decision dialog on a request of the test's own."""

from __future__ import annotations

from PySide6.QtCore import Qt

from supportdesk.api.client import new_operation_id
from supportdesk.api.queue_models import RequestDetail

from .gui import WAIT
from .queue import add_request


def open_queue(qtbot, window, **filters):  # noqa: ANN001, ANN003, ANN201
    page = window.queue
    window.actionQueue.trigger()
    assert window.ui.pages.currentWidget() is page
    if filters:
        page.set_filters(**filters)
    qtbot.waitUntil(lambda: not page.loading, timeout=WAIT)
    return page


def show_request(qtbot, page, request_id: int) -> RequestDetail:  # noqa: ANN001
    assert page.select(request_id), f"request {request_id} is in the list"
    qtbot.waitUntil(lambda: page.detail is not None and page.detail.id == request_id,
                    timeout=WAIT)
    return page.detail


def open_dialog(qtbot, page, language: str | None = "en"):  # noqa: ANN001, ANN201
    """The decision dialog; its letter in `language` (the tests read English ones; None:
    the member's, as the dialog chose it)."""
    assert page.ui.decideButton.isEnabled(), page.ui.decideButton.toolTip()
    qtbot.keyClick(page.ui.queueView, Qt.Key.Key_D, Qt.KeyboardModifier.AltModifier)
    qtbot.waitUntil(lambda: page.dialog is not None and page.dialog.isActiveWindow(),
                    timeout=WAIT)
    if language is not None:
        box = page.dialog.languageBox
        box.setCurrentIndex(box.findData(language))
    return page.dialog


def claimed_dialog(qtbot, sessions, api, live_server,  # noqa: ANN001, ANN201
                   username: str = "agent16", language: str | None = "en"):
    """A request of the test's own, claimed by `username`, and the decision dialog on it."""
    server = api(username)
    target = server.get_request(add_request(live_server))
    server.claim_request(target.id, new_operation_id(), member_number=target.member_number)
    window = sessions(username)
    page = open_queue(qtbot, window, assigned="me")
    show_request(qtbot, page, target.id)
    return server, target, page, open_dialog(qtbot, page, language)
