"""Every item model passes pytest-qt's model tester: Qt's own QAbstractItemModelTester and
pytest-qt's Python port, over real rows (the live server's where it has them), and on through
the resets, row updates and page fetches the app drives. A guard finds every model class in
supportdesk/gui, so that a new one cannot skip the tester."""

from __future__ import annotations

import dataclasses
import datetime as dt
import importlib
import inspect
import pkgutil
from collections.abc import Callable

import pytest
from PySide6.QtCore import QAbstractItemModel, QModelIndex, Qt
from PySide6.QtGui import QColor

import supportdesk.gui
from supportdesk.api.client import ApiClient, new_operation_id
from supportdesk.api.models import LedgerEntry, LedgerPage, MemberHit
from supportdesk.api.queue_models import parse_time
from supportdesk.domain.audit import AuditFilter
from supportdesk.domain.identifiers import demo_member_number, format_member_number
from supportdesk.gui.approvals.model import PendingCreditsModel
from supportdesk.gui.audit.model import AuditModel
from supportdesk.gui.awards.model import FlightsModel
from supportdesk.gui.lookup.model import ResultsModel
from supportdesk.gui.member.ledger_model import LedgerModel, format_miles
from supportdesk.gui.queue.model import QueueModel
from supportdesk.gui.remediation.model import BatchesModel, EntriesModel
from supportdesk.gui.tablemodel import PagedRowsModel, RowsModel
from supportdesk.sync.cached_search import OFFLINE_COPY

from ..helpers.awards import utc_day

TOP = QModelIndex()
CHECKED: set[type[QAbstractItemModel]] = set()
# Bases the app never shows on their own: the tester checks them through each subclass.
BASES: frozenset[type[QAbstractItemModel]] = frozenset({RowsModel, PagedRowsModel})


def checks(model_class: type[QAbstractItemModel]) -> Callable:
    """Marks a test as the model tester's run over `model_class` (the guard counts these)."""

    def register(test: Callable) -> Callable:
        CHECKED.add(model_class)
        return test

    return register


@pytest.fixture
def check(qtmodeltester):  # noqa: ANN001, ANN201
    """check(model): attach both testers. They stay attached and check every later reset,
    insert, removal and change as it comes; Qt's tester reports through Qt warnings, which
    fail the test (qt_log_level_fail), pytest-qt's through asserts. Once per model."""

    def attach(model: QAbstractItemModel) -> None:
        qtmodeltester.check(model)  # Qt's C++ tester
        qtmodeltester.check(model, force_py=True)  # and pytest-qt's Python one, side by side

    return attach


def test_every_model_class_in_the_gui_is_checked():
    found = set()
    for info in pkgutil.walk_packages(supportdesk.gui.__path__, "supportdesk.gui."):
        if info.name.rsplit(".", 1)[-1] == "__main__":
            continue  # running it starts the app
        module = importlib.import_module(info.name)
        found |= {cls for _name, cls in inspect.getmembers(module, inspect.isclass)
                  if issubclass(cls, QAbstractItemModel)
                  and cls.__module__.startswith("supportdesk.gui")}
    assert found - BASES == CHECKED, (
        "each item model of supportdesk/gui needs a test here that runs the model tester "
        "(decorated @checks(ModelClass))")
    assert all(any(issubclass(cls, base) for cls in CHECKED) for base in BASES)


# -- search results -----------------------------------------------------------------------


def hit(i: int) -> MemberHit:
    return MemberHit(f"99200000000{i:04d}", "Anna", f"Müller{i}", "Senator",
                     "closed" if i == 2 else "active", "Köln", "DE", "an•••@example.com",
                     "+49 ••••••12", "name", None)


@checks(ResultsModel)
def test_results_model(check):
    model = ResultsModel()
    model.set_hits(tuple(hit(i) for i in range(5)))
    check(model)
    assert model.data(model.index(1, 1)) == "Müller1, Anna"
    assert model.data(model.index(3, 0)) == "992 0000 0000 0003"


@checks(ResultsModel)
def test_results_model_over_live_searches(check, api):
    agent = api("agent1")
    found = agent.search_members("schmidt").results
    assert len(found) >= 3
    # A closed account first (the tester looks at the first row's colours and tips) and an
    # offline copy, as the app shows them.
    rows = (dataclasses.replace(found[0], status="closed"), *found[1:],
            dataclasses.replace(found[1], matched_by=OFFLINE_COPY,
                                match_detail="2026-11-20T10:30:00+00:00"))
    model = ResultsModel()
    model.set_hits(rows)
    check(model)
    assert model.rowCount() == len(rows)
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole), QColor)
    assert model.data(model.index(len(rows) - 1, 6)).startswith("offline copy ")
    model.set_hits(agent.search_members("weber").results)  # a new search: a reset
    assert model.rowCount() > 0
    model.set_hits(())
    assert model.rowCount() == 0


# -- the ledger, page by page -------------------------------------------------------------


@checks(LedgerModel)
def test_ledger_model_with_paging(check):
    requested: list[int] = []
    model = LedgerModel(requested.append)

    def page(first: int, count: int, more: bool) -> LedgerPage:
        entries = tuple(LedgerEntry(first - k, "2026-01-01T00:00:00Z", "accrual",
                                    (k + 1) * (-1) ** k * 100, "x", None, None)
                        for k in range(count))
        return LedgerPage("992000000000018", entries, 7, entries[-1].id if more else None)

    model.reset(page(100, 4, more=True))
    assert model.canFetchMore(TOP)
    model.fetchMore(TOP)
    # One request per page: while it is in flight, no second one.
    assert requested == [97] and not model.canFetchMore(TOP)
    check(model)
    assert requested == [97]
    model.add_page(page(96, 3, more=False))
    assert model.rowCount() == 7 and not model.canFetchMore(TOP)


def _member_with_a_long_ledger(agent: ApiClient, at_least: int) -> str:
    for i in range(1, 300):
        number = demo_member_number(i)
        if agent.get_transactions(number, limit=1).total >= at_least:
            return number
    raise AssertionError(f"no demo member with {at_least} ledger entries")


@checks(LedgerModel)
def test_ledger_model_fetches_a_live_ledger_page_by_page(check, api):
    agent = api("agent1")
    number = _member_with_a_long_ledger(agent, 10)
    requested: list[int] = []
    model = LedgerModel(requested.append)  # the view fetches on a worker; the test answers
    first = agent.get_transactions(number, limit=3)
    model.reset(first)
    check(model)  # the testers fetch more themselves, as a view does
    assert requested == [first.next_before] and model.loading
    # A failed page may be asked for again.
    model.page_failed()
    requested.clear()
    assert model.canFetchMore(TOP)
    model.fetchMore(TOP)
    pages = 1
    while requested:
        model.add_page(agent.get_transactions(number, before=requested.pop(), limit=3))
        pages += 1
        model.fetchMore(TOP)  # scrolled to the end (unless a tester has asked already)
        assert len(requested) <= 1 and pages < 100  # one request per page
    assert model.rowCount() == first.total and not model.canFetchMore(TOP)
    ids = [model.entry(row).id for row in range(model.rowCount())]
    assert ids == sorted(set(ids), reverse=True)
    # Another member opened while a page is in flight: a reset; then none.
    model.reset(agent.get_transactions(demo_member_number(1), limit=3))
    model.reset()
    assert model.rowCount() == 0 and not model.canFetchMore(TOP)


# -- the audit trail, page by page ---------------------------------------------------------


@checks(AuditModel)
def test_audit_model_fetches_the_live_trail_page_by_page(check, api):
    number = demo_member_number(2321)
    agent = api("agent20")
    for _ in range(7):
        agent.get_member(number)
    boss = api("super1")
    audit_filter = AuditFilter(member=number)
    requested: list[int] = []
    model = AuditModel(requested.append)  # the page fetches on a worker; the test answers
    first = boss.read_audit(audit_filter, limit=3)
    model.reset(first)
    check(model)
    assert requested == [first.next_before] and model.loading
    model.page_failed()
    requested.clear()
    model.fetchMore(TOP)
    while requested:
        model.add_page(boss.read_audit(audit_filter, before=requested.pop(), limit=3))
        model.fetchMore(TOP)
        assert len(requested) <= 1
    ids = [model.entry(row).id for row in range(model.rowCount())]
    assert len(ids) >= 7 and ids == sorted(set(ids), reverse=True) and model.complete
    assert model.index(0, 3).data() == format_member_number(number)
    model.reset()
    assert model.rowCount() == 0 and not model.canFetchMore(TOP)


# -- the queue ----------------------------------------------------------------------------


@checks(QueueModel)
def test_queue_model_over_the_live_queue(check, api):
    agent = api("agent1")
    requests = agent.list_requests(limit=50).requests
    assert len(requests) >= 3
    # An hour past the first request's due time: its row is overdue (colours and font are
    # what the tester looks at in the first row).
    now = parse_time(requests[0].sla_due) + dt.timedelta(hours=1)
    model = QueueModel(own_agent_id=agent.me().id)
    model.set_requests(requests, now)
    check(model)
    assert model.overdue_count() >= 1
    model.set_now(now + dt.timedelta(minutes=1))  # the minute tick: every row changes
    claimed = dataclasses.replace(requests[1], status="in_review",
                                  assignee_id=model.own_agent_id, assignee_name="Agent 1")
    model.update(claimed)  # one row
    assert model.request(1) == claimed and model.data(model.index(1, QueueModel.ASSIGNEE)) \
        == "You"
    model.set_requests(requests[:2], now)  # a refresh: a reset
    model.set_requests(())
    assert model.rowCount() == 0


# -- pending credits ----------------------------------------------------------------------


@checks(PendingCreditsModel)
def test_pending_credits_model_over_live_credits(check, private_servers):
    # Pending credits are made for this test, on a server of its own (over a copy of the
    # shared database, so with whatever credits earlier tests left pending).
    server = private_servers.start()
    agent, boss = ApiClient(server.url), ApiClient(server.url)
    try:
        agent.login("agent6", "demo")
        boss.login("super1", "demo")
        for i, miles in enumerate((6_000, 7_500, 9_000)):  # above the agent's limit: pending
            agent.propose_credit(demo_member_number(40 + i), kind="goodwill", miles=miles,
                                 reason=f"Lost bag, goodwill {i}",
                                 reference=f"REF{i}" if i else None,
                                 operation_id=new_operation_id())
        own_id = agent.me().id
        pending = boss.list_credits(status="pending")  # with any earlier tests left
    finally:
        agent.close()
        boss.close()
    assert sum(1 for c in pending if c.requested_by_id == own_id) == 3
    # Seen by whoever asked for the oldest: the first row is their own (greyed, italic).
    oldest = min(pending, key=lambda c: (c.requested_at, c.id))
    model = PendingCreditsModel(own_agent_id=oldest.requested_by_id)
    model.set_credits(pending)
    check(model)
    assert model.credit(0) == oldest and model.own_count() >= 1
    assert isinstance(model.data(model.index(0, 0), Qt.ItemDataRole.ForegroundRole), QColor)
    model.remove(model.credit(1).id)  # decided: one row goes
    assert model.rowCount() == len(pending) - 1
    model.set_credits(pending)  # the refresh: a reset
    model.set_credits(())
    assert model.rowCount() == 0


# -- award flights ------------------------------------------------------------------------


@checks(EntriesModel)
def test_remediation_entries_model_over_the_live_incident_window(check, api):
    from supportdesk.api import remediation
    from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

    found = remediation.preview(api("super1"), remediation.Selection(
        INCIDENT_FROM, INCIDENT_TO, ("donation",), ("app",)))
    assert found.entries
    model = EntriesModel()
    model.set_entries(found.entries)
    check(model)
    model.set_excluded(0, "Member confirmed it")
    assert model.index(0, 6).data() == "excluded"
    assert model.index(0, 7).data() == "Member confirmed it"
    model.set_excluded(0, None)
    assert model.excluded == {}
    assert model.index(0, 5).data().startswith("−")  # donations: off the account (minus sign)


@checks(BatchesModel)
def test_remediation_batches_model(check):
    from supportdesk.api.remediation import Batch

    batches = tuple(Batch(id=i, status="proposed", note=f"Incident {i}",
                          window_from="2026-10-27T15:00:00.000000Z",
                          window_to="2026-10-27T15:40:00.000000Z", proposed_by="Supervisor 1",
                          approved_by=None, counts={"pending": 3, "excluded": 1}, to_reverse=3,
                          miles=-4000, content="0" * 64) for i in (1, 2))
    model = BatchesModel()
    model.set_batches(batches)
    check(model)
    assert model.row_of(2) == 1 and model.batch_at(1).id == 2
    assert model.index(0, 6).data() == "0 / 3"


@checks(FlightsModel)
def test_flights_model_over_live_award_availability(check, api):
    found = api("agent1").award_availability("ZRH", "CDG", utc_day(6), "Business")
    assert found.flights
    model = FlightsModel()
    model.set_flights(found.flights, found.passengers)
    check(model)
    assert model.rowCount() == len(found.flights)
    # More passengers than some flights have seats: those rows cannot be chosen.
    short = tuple(dataclasses.replace(f, available=f.seats_left >= 9) for f in found.flights)
    model.set_flights((*short, dataclasses.replace(short[0], inventory_id=-1, seats_left=0,
                                                   available=False)), 9)
    assert model.flags(model.index(model.rowCount() - 1, 0)) == Qt.ItemFlag.NoItemFlags
    model.clear()
    assert model.rowCount() == 0


# -- texts --------------------------------------------------------------------------------


def test_miles_are_grouped_and_signed():
    assert format_miles(1234567) == "1,234,567"
    assert format_miles(-500, signed=True) == "−500"
    assert format_miles(60000, signed=True) == "+60,000"


def test_column_titles_are_translated_in_each_models_own_context(qapp):
    """The titles are marked under each model's class name (QT_TRANSLATE_NOOP); the shared
    header code must look them up there, not under the base class."""
    from PySide6.QtCore import QCoreApplication, QTranslator

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
