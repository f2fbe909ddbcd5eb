"""Every item model passes pytest-qt's model tester (Qt's QAbstractItemModelTester)."""

from __future__ import annotations

from supportdesk.api.models import LedgerEntry, LedgerPage, MemberHit
from supportdesk.gui.lookup.model import ResultsModel
from supportdesk.gui.member.ledger_model import LedgerModel, format_miles


def hit(i: int) -> MemberHit:
    return MemberHit(f"99200000000{i:04d}", "Anna", f"Müller{i}", "Senator",
                     "closed" if i == 2 else "active", "Köln", "DE", "an•••@example.com",
                     "+49 ••••••12", "name", None)


def test_results_model(qtmodeltester):
    model = ResultsModel()
    model.set_hits(tuple(hit(i) for i in range(5)))
    qtmodeltester.check(model, force_py=True)
    assert model.data(model.index(1, 1)) == "Müller1, Anna"
    assert model.data(model.index(3, 0)) == "992 0000 0000 0003"


def test_ledger_model_with_paging(qtmodeltester):
    requested: list[int] = []
    model = LedgerModel(requested.append)

    def page(first: int, count: int, more: bool) -> LedgerPage:
        entries = tuple(LedgerEntry(first - k, "2026-01-01T00:00:00Z", "accrual",
                                    (k + 1) * (-1) ** k * 100, "x", None, None)
                        for k in range(count))
        return LedgerPage("992000000000018", entries, 7, entries[-1].id if more else None)

    from PySide6.QtCore import QModelIndex

    model.reset(page(100, 4, more=True))
    assert model.canFetchMore(QModelIndex())
    model.fetchMore(QModelIndex())
    # One request per page: while it is in flight, no second one.
    assert requested == [97] and not model.canFetchMore(QModelIndex())
    qtmodeltester.check(model, force_py=True)
    assert requested == [97]
    model.add_page(page(96, 3, more=False))
    qtmodeltester.check(model, force_py=True)
    assert model.rowCount() == 7 and not model.canFetchMore(QModelIndex())


def test_miles_are_grouped_and_signed():
    assert format_miles(1234567) == "1\u202f234\u202f567"
    assert format_miles(-500, signed=True) == "−500"
    assert format_miles(60000, signed=True) == "+60\u202f000"


def test_column_titles_are_translated_in_each_models_own_context(qapp):
    """The titles are marked under each model's class name (QT_TRANSLATE_NOOP); the shared
    header code must look them up there, not under the base class."""
    from PySide6.QtCore import QCoreApplication, Qt, QTranslator

    from supportdesk.gui.approvals.model import PendingCreditsModel
    from supportdesk.gui.awards.model import FlightsModel
    from supportdesk.gui.queue.model import QueueModel

    class Tagging(QTranslator):
        def translate(self, context, source, disambiguation=None, n=-1):  # noqa: ANN001, ANN201
            return f"[{context}] {source}"

    tagging = Tagging()
    QCoreApplication.installTranslator(tagging)
    try:
        for model, first in ((ResultsModel(), "Member number"), (LedgerModel(print), "Date"),
                             (FlightsModel(), "Flight"), (PendingCreditsModel(1), "Member"),
                             (QueueModel(1), "#")):
            title = model.headerData(0, Qt.Orientation.Horizontal)
            assert title == f"[{type(model).__name__}] {first}"
    finally:
        QCoreApplication.removeTranslator(tagging)
