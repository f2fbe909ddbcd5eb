"""Fifty concurrent client sessions through misbehaving intermediaries (issue 15, must show).

Fifty real ApiClient sessions, each its own agent (five of them supervisors), work at once
through (a) a shared cache that keys GET answers by URL path and ignores `Cache-Control` and
`Authorization`, and (b) a proxy that swaps answers between concurrent connections, GET and
POST alike. Each session signs in, looks its member up by number and by name, opens the
account, reads two ledger pages and credits a few miles. Every call either returns data about
exactly what was asked (checked here against the server's database, not only against what the
client checks) or raises a SecurityError; no session ever continues as another agent. Every
refused answer is reported the way the app reports it (`build.security_event`, saved in the
session's own outbox, drained) and is in the server's audit trail under the agent who caught
it: as many reports per agent as answers it refused.
"""

from __future__ import annotations

import collections
import json
import os
import threading
import time
import uuid
from dataclasses import dataclass, field

import pytest
from sqlalchemy import insert, select

from supportdesk.api.client import ApiClient
from supportdesk.errors import SecurityError
from supportdesk.operations import build
from supportdesk.security.events import event_of, mark_reported
from supportdesk.server import db
from supportdesk.store.crypto import Cipher
from supportdesk.store.local import LocalStore
from supportdesk.sync.service import LocalSync, drain_now

from ..helpers.intermediaries import caching_proxy, concurrent_swapping_proxy

pytestmark = [
    pytest.mark.slow,  # fifty sessions at once, four times
    pytest.mark.expect_log("supportdesk.security", ""),  # each refusal is logged as it is
    pytest.mark.expect_log("supportdesk.server.actions.security", "security event reported"),
]

SESSIONS = 50
SIGN_IN_TRIES = 40


def add_agents(engine, count: int) -> list[str]:  # noqa: ANN001
    """`count` agents of their own (every tenth a supervisor), password "demo"."""
    with engine.begin() as conn:
        like = {row.role: row for row in conn.execute(
            select(db.agents).where(db.agents.c.username.in_(["agent1", "super1"])))}
        names = []
        for i in range(count):
            role = "supervisor" if i % 10 == 9 else "agent"
            model = like[role]
            username = f"scale{i:02d}"
            conn.execute(insert(db.agents).values(
                username=username, name=f"Scale {role.title()} {i:02d}", role=role,
                password_hash=model.password_hash, per_credit_limit=model.per_credit_limit,
                daily_limit=model.daily_limit, active=1, failed_logins=0))
            names.append(username)
    return names


def members_for(engine, count: int) -> list:  # noqa: ANN001
    """Active members with names no other chosen member shares (so no two sessions ever
    ask the same question)."""
    with engine.connect() as conn:
        rows = conn.execute(select(db.members).where(db.members.c.status == "active")
                            .order_by(db.members.c.id).offset(500).limit(1000)).all()
    chosen, names = [], set()
    for row in rows:
        name = (row.first_key, row.last_key)
        if name not in names:
            names.add(name)
            chosen.append(row)
        if len(chosen) == count:
            return chosen
    raise AssertionError("not enough members")


@dataclass
class Session:
    """One agent's session: what it asked and got, and the answers it refused."""

    username: str
    member: object  # the members row it works on
    caught: list[SecurityError] = field(default_factory=list)
    wrong: list[str] = field(default_factory=list)  # answers about something not asked
    token: str | None = None
    accepted: int = 0
    ledger_ids: list[int] = field(default_factory=list)
    credit_ids: list[int] = field(default_factory=list)
    failure: BaseException | None = None
    other_pages: int = 0  # ledger pages of this member answered for another cursor


def run_session(session: Session, url: str, truth: dict, start: threading.Barrier) -> None:
    member = session.member
    number = member.member_number
    name_query = f"{member.first_name} {member.last_name}"
    api = ApiClient(url, retries=0, read_timeout=30)

    def attempt(call, check) -> object:  # noqa: ANN001
        """One call: its answer must be about what was asked, else it raised a SecurityError."""
        try:
            result = call()
        except SecurityError as error:
            session.caught.append(error)
            return None
        problem = check(result)
        if problem:
            session.wrong.append(problem)
        else:
            session.accepted += 1
        return result

    try:
        start.wait()
        for _ in range(SIGN_IN_TRIES):
            signed = attempt(lambda: api.login(session.username, "demo"),
                             lambda r: None if r.agent.username == session.username
                             else f"signed in as {r.agent.username}")
            if signed is not None:
                break
        else:
            raise AssertionError(f"{session.username} never signed in")
        session.token = api.token

        def hits(expected: tuple[str, ...]):  # noqa: ANN202
            return lambda page: None if tuple(h.member_number for h in page.results) \
                == expected else f"search {page.query!r} answered {page.results}"

        for _round in range(2):
            attempt(lambda: api.search_members(number), hits(truth[number]))
            attempt(lambda: api.search_members(name_query), hits(truth[name_query]))
            attempt(lambda: api.get_member(number),
                    lambda a: None if (a.member_number, a.first_name, a.last_name)
                    == (number, member.first_name, member.last_name) else f"account {a}")

            def ledger_page(before: int | None = None):  # noqa: ANN202
                return api.get_transactions(number, before=before, limit=5)

            def about_member(page, before: int | None = None) -> str | None:  # noqa: ANN001
                if page.member_number != number:
                    return f"ledger of {page.member_number}"
                session.ledger_ids.extend(e.id for e in page.entries)
                if before is not None and any(e.id >= before for e in page.entries):
                    session.other_pages += 1  # the member's, but not the page asked
                return None

            first = attempt(ledger_page, about_member)
            if first is not None and first.next_before is not None:
                before = first.next_before
                attempt(lambda: ledger_page(before), lambda p: about_member(p, before))

            def credited(credit) -> str | None:  # noqa: ANN001
                if credit.member_number != number:
                    return f"credit for {credit.member_number}"
                session.credit_ids.append(credit.id)
                return None

            attempt(lambda: api.propose_credit(number, kind="goodwill", miles=5,
                                               reason="Scale test goodwill",
                                               operation_id=str(uuid.uuid4())), credited)
    except BaseException as error:  # noqa: BLE001 - reported by the test, with its session
        session.failure = error
    finally:
        api.close()


def report(session: Session, url: str, folder) -> int:  # noqa: ANN001
    """Report the session's refused answers as the app does (SyncController.caught): each
    one a security event, saved in the session's own outbox and drained under its own
    sign-in, again until nothing is left (a report whose answer is refused is sent again).
    Returns how many times a report was sent again (its answer refused on the way)."""
    store = LocalStore(folder / f"{session.username}.sqlite", Cipher(os.urandom(32)))
    now = [time.time()]
    local = LocalSync(store, session.username, url, clock=lambda: now[0])
    api = ApiClient(url, retries=0, read_timeout=30)
    api.token = session.token
    try:
        op_ids = []
        for error in session.caught:
            event = event_of(error)
            assert event is not None, error
            mark_reported(error)
            op_ids.append(local.outbox.add(session.username, url,
                                           build.security_event(event)).op_id)
        for _ in range(100):
            if not local.queued():
                break
            drain_now(local, api)
            now[0] += 600  # retries are due
        assert not local.queued(), f"{session.username}: reports left unsent"
        assert not local.outbox.needs_attention(session.username)
        return sum(local.outbox.get(op_id).attempts - 1 for op_id in op_ids)
    finally:
        api.close()
        store.close()


def reported(engine) -> dict[str, collections.Counter]:  # noqa: ANN001
    """Per agent, the codes of the security events in the audit trail."""
    with engine.connect() as conn:
        rows = conn.execute(
            select(db.agents.c.username, db.audit.c.detail)
            .join(db.agents, db.agents.c.id == db.audit.c.agent_id)
            .where(db.audit.c.action == "security-event")).all()
    codes: dict[str, collections.Counter] = collections.defaultdict(collections.Counter)
    for username, detail in rows:
        codes[username][json.loads(detail)["code"]] += 1
    return codes


def signed_in_as(server_url: str, token: str) -> str:
    """Whose token it is, asked of the server directly (no intermediary)."""
    api = ApiClient(server_url, retries=0)
    api.token = token
    try:
        return api.me().username
    finally:
        api.close()


INTERMEDIARIES = {
    "cache, stale ids": lambda url: caching_proxy(url),
    "cache, ids copied": lambda url: caching_proxy(url, echo=True),
    "swaps, whole answers": lambda url: concurrent_swapping_proxy(url, keep_ids=False),
    "swaps, bodies under the asker's id": lambda url: concurrent_swapping_proxy(url),
}


def _in_threads(sessions: list[Session], work) -> None:  # noqa: ANN001
    """`work(session)` for every session at once, one thread each; any failure fails the test,
    named by its session."""
    def run(session: Session) -> None:
        try:
            work(session)
        except BaseException as error:  # noqa: BLE001 - reported by the test
            session.failure = error

    threads = [threading.Thread(target=run, args=(s,), name=f"session-{s.username}")
               for s in sessions]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    failures = {s.username: repr(s.failure) for s in sessions if s.failure}
    assert failures == {}


@pytest.mark.parametrize("intermediary", list(INTERMEDIARIES))
def test_fifty_sessions_through_a_misbehaving_intermediary_get_nothing_not_theirs(
        private_servers, tmp_path, intermediary):
    server = private_servers.start()
    engine = server.settings.engine
    usernames = add_agents(engine, SESSIONS)
    rows = members_for(engine, SESSIONS)
    sessions = [Session(u, m) for u, m in zip(usernames, rows)]

    # What each search must answer, asked of the server directly.
    direct = ApiClient(server.url)
    direct.login("super2", "demo")
    truth = {}
    for row in rows:
        for query in (row.member_number, f"{row.first_name} {row.last_name}"):
            truth[query] = tuple(h.member_number
                                 for h in direct.search_members(query).results)
    direct.close()
    before = reported(engine)

    with INTERMEDIARIES[intermediary](server.url) as proxied:
        url = proxied[0]
        start = threading.Barrier(SESSIONS)
        _in_threads(sessions, lambda s: run_session(s, url, truth, start))

        # Reports go the app's way, through the same intermediary, all sessions at once.
        refusals: list[int] = []

        _in_threads(sessions, lambda s: refusals.append(report(s, url, tmp_path)))
        refused_reports = sum(refusals)
        served = proxied[1]

    caught = {s.username: len(s.caught) for s in sessions}
    total = sum(caught.values())
    kinds = collections.Counter(e.code for s in sessions for e in s.caught)
    what = "answers from the cache" if "cache" in intermediary else "pairs swapped"
    summary = (f"{intermediary}: {total} answers caught ({dict(kinds)}), "
               f"{sum(s.accepted for s in sessions)} accepted, {len(served)} {what}, "
               f"{refused_reports} report answers refused and sent again, "
               f"{sum(s.other_pages for s in sessions)} ledger pages of the member asked "
               f"for but another page")
    print(summary)
    wrong = {s.username: s.wrong for s in sessions if s.wrong}
    assert wrong == {}, f"answers about something not asked reached callers; {summary}"
    assert not any(s.other_pages for s in sessions), summary
    assert total > 0 and served, f"the intermediary did nothing; {summary}"

    # No session continued as another agent: each token is its own agent's.
    owners = {s.username: signed_in_as(server.url, s.token) for s in sessions}
    assert owners == {s.username: s.username for s in sessions}, summary

    # What was accepted is what the database holds for that member.
    with engine.connect() as conn:
        for s in sessions:
            member_id = s.member.id
            for ids, table in ((s.ledger_ids, db.ledger), (s.credit_ids, db.credits)):
                if ids:
                    owners_ = set(conn.execute(select(table.c.member_id)
                                               .where(table.c.id.in_(ids))).scalars())
                    assert owners_ == {member_id}, (s.username, table.name, summary)

    # Every refused answer is in the audit trail, under the agent who caught it, as what.
    after = reported(engine)
    assert not any(before.get(u) for u in usernames)  # new agents: nothing before
    in_audit = {u: sum(after[u].values()) for u in usernames}
    assert in_audit == caught, summary
    assert {u: after[u] for u in usernames} == {
        s.username: collections.Counter(e.code for e in s.caught) for s in sessions}, summary
