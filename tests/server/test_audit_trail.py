"""The supervisors' audit trail (issue 16, item 2): GET /audit refused to agents, filtered by
member, agent, action and period, paged newest first without gaps or repeats while entries
arrive, bad filters named; reading it is audited; every entry says which workstation."""

from __future__ import annotations

import datetime as dt
import json

import pytest
import requests
from sqlalchemy import select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db

from ..helpers.http import API, auth, login, post

MEMBER = demo_member_number(2311)
OTHER_MEMBER = demo_member_number(2312)
PAGED_MEMBER = demo_member_number(2313)
CREDIT_MEMBER = demo_member_number(2314)
WORKSTATION = "ws-3f2a9c1d5e6b7a80; host=desk-07"


def _read(server, token: str, number: str, **headers: str) -> None:
    r = requests.get(f"{server.url}{API}/members/{number}", timeout=30,
                     headers={**auth(token), **headers})
    assert r.status_code == 200, r.text


def _audit(server, token: str, **params) -> requests.Response:  # noqa: ANN003
    return requests.get(f"{server.url}{API}/audit", params=params, headers=auth(token),
                        timeout=30)


def _entries(server, token: str, **params) -> list[dict]:  # noqa: ANN003
    r = _audit(server, token, **params)
    assert r.status_code == 200, r.text
    return r.json()["entries"]


@pytest.fixture(scope="module")
def boss(live_server) -> str:
    return login(live_server.url, "super2")


def test_only_supervisors_read_the_trail(live_server):
    agent = login(live_server.url, "agent14")
    r = _audit(live_server, agent, member=MEMBER)
    assert r.status_code == 403 and r.json()["code"] == "supervisor-only"
    r = requests.get(f"{live_server.url}{API}/audit", timeout=30)
    assert r.status_code == 401


def test_a_member_filter_shows_that_members_reads_and_writes_with_their_workstation(
        live_server, boss):
    agent = login(live_server.url, "agent15")
    _read(live_server, agent, MEMBER, **{"X-Workstation": WORKSTATION})
    _read(live_server, agent, OTHER_MEMBER)
    r = post(live_server, agent, "/credits", {"member_number": MEMBER, "miles": 100,
                                               "kind": "goodwill", "reason": "Audit trail"})
    assert r.status_code == 201, r.text

    entries = _entries(live_server, boss, member=MEMBER)
    assert {e["member_number"] for e in entries} == {MEMBER}
    ids = [e["id"] for e in entries]
    assert ids == sorted(ids, reverse=True)  # newest first
    newest, read = entries[0], next(e for e in entries if e["action"] == "member_read")
    assert newest["action"] == "credit_applied"
    assert newest["agent"] == {"id": newest["agent"]["id"], "username": "agent15",
                               "name": newest["agent"]["name"]}
    assert newest["detail"]["miles"] == 100 and newest["request_id"]
    assert read["workstation"] == f"{WORKSTATION} @127.0.0.1"
    assert newest["workstation"] == "@127.0.0.1"  # no header: the peer address alone


def test_a_header_that_is_not_a_workstation_label_is_not_stored(live_server, boss):
    agent = login(live_server.url, "agent15")
    _read(live_server, agent, MEMBER, **{"X-Workstation": "<script>alert(1)</script>"})
    newest = _entries(live_server, boss, member=MEMBER, action="member_read", limit=1)[0]
    assert newest["workstation"] == "@127.0.0.1"


def test_filters_each_and_combined(live_server, boss):
    start = dt.datetime.now(dt.timezone.utc)
    a16, a17 = login(live_server.url, "agent16"), login(live_server.url, "agent17")
    _read(live_server, a16, OTHER_MEMBER)
    _read(live_server, a17, OTHER_MEMBER)
    requests.get(f"{live_server.url}{API}/members/{OTHER_MEMBER}/transactions",
                 headers=auth(a16), timeout=30).raise_for_status()
    since = start.isoformat().replace("+00:00", "Z")

    by_agent = _entries(live_server, boss, agent="agent16", **{"from": since})
    assert {e["agent"]["username"] for e in by_agent} == {"agent16"}
    assert {e["action"] for e in by_agent} >= {"member_read", "ledger_read", "login"}
    by_action = _entries(live_server, boss, action="ledger_read", **{"from": since})
    assert by_action and {e["action"] for e in by_action} == {"ledger_read"}
    # A read's page cursor ("before" in its detail) is no write's before and after.
    assert "before" in by_action[0]["detail"] and by_action[0]["before"] is None
    combined = _entries(live_server, boss, member=OTHER_MEMBER, agent="AGENT17",
                        action="member_read", **{"from": since})
    assert len(combined) == 1 and combined[0]["agent"]["username"] == "agent17"
    assert all(e["at"] >= since[:19] for e in by_agent)
    before_start = _entries(live_server, boss, agent="agent16", to=since)
    assert not {e["id"] for e in before_start} & {e["id"] for e in by_agent}
    later = (start + dt.timedelta(days=1)).isoformat()
    assert _entries(live_server, boss, agent="agent16", **{"from": later}) == []


@pytest.mark.parametrize(("params", "field"), [
    ({"member": "992 1234"}, "member"),
    ({"agent": "Not A Name!"}, "agent"),
    ({"agent": "nobody-has-this"}, "agent"),
    ({"action": "drop table audit"}, "action"),
    ({"from": "yesterday"}, "from"),
    ({"from": "2026-12-07T10:00:00Z", "to": "2026-12-07T09:00:00Z"}, "to"),
    ({"from": "0001-01-01T00:30:00+01:00"}, "from"),  # before year 1 in UTC
    ({"to": "9999-12-31T23:59:59-01:00"}, "to"),  # after year 9999 in UTC
    ({"before": "0"}, "before"),
    ({"before": str(2**63)}, "before"),
    ({"limit": "100000"}, "limit"),
])
def test_a_bad_filter_is_a_422_naming_the_field(live_server, boss, params, field):
    r = _audit(live_server, boss, **params)
    assert r.status_code == 422, r.text
    problem = r.json()
    assert r.headers["content-type"].startswith("application/problem+json")
    assert field in {e["field"].split(".")[-1] for e in problem["errors"]}, problem


def test_paging_newest_first_has_no_gaps_or_repeats_while_entries_arrive(live_server, boss):
    agent = login(live_server.url, "agent18")
    for _ in range(12):
        _read(live_server, agent, PAGED_MEMBER)
    seen: list[int] = []
    before = None
    first_top = None
    while True:
        params = {"member": PAGED_MEMBER, "limit": 5}
        if before is not None:
            params["before"] = before
        r = _audit(live_server, boss, **params)
        assert r.status_code == 200, r.text
        page = r.json()
        ids = [e["id"] for e in page["entries"]]
        first_top = first_top or ids[0]
        seen += ids
        _read(live_server, agent, PAGED_MEMBER)  # a new entry between pages
        before = page["next_before"]
        if before is None:
            break
    with live_server.settings.engine.connect() as conn:
        expected = conn.execute(select(db.audit.c.id).where(
            db.audit.c.member_number == PAGED_MEMBER, db.audit.c.id <= first_top)
            .order_by(db.audit.c.id.desc())).scalars().all()
    assert seen == expected and len(seen) >= 12


def test_reading_the_trail_is_audited(live_server, boss):
    _entries(live_server, boss, member=MEMBER, action="member_read", limit=3)
    # The newest is the read just made (this one is recorded after it answers).
    read = _entries(live_server, boss, agent="super2", action="audit_read", limit=1)[0]
    assert read["member_number"] == MEMBER and read["agent"]["username"] == "super2"
    assert read["detail"]["filter"] == {"member": MEMBER, "action": "member_read"}
    assert read["detail"]["entries"] <= 3 and read["workstation"].endswith("@127.0.0.1")


def test_decisions_show_before_and_after(live_server, boss):
    agent = login(live_server.url, "agent19")
    r = post(live_server, agent, "/credits", {"member_number": CREDIT_MEMBER, "miles": 6000,
                                               "kind": "goodwill", "reason": "Audit before"})
    assert r.status_code == 201, r.text
    credit = r.json()
    r = post(live_server, boss, f"/credits/{credit['id']}/approve",
             {"member_number": CREDIT_MEMBER, "miles": 6000})
    assert r.status_code == 200, r.text
    entry = _entries(live_server, boss, member=CREDIT_MEMBER, action="credit_approved")[0]
    assert entry["before"] == {"status": "pending"}
    assert entry["after"]["status"] == "applied" and entry["after"]["ledger_id"]
    assert "before" not in entry["detail"] and entry["detail"]["credit_id"] == credit["id"]


def test_the_openapi_document_declares_the_audit_trail(live_server):
    document = requests.get(f"{live_server.url}{API}/openapi.json", timeout=30).json()
    operation = document["paths"][f"{API}/audit"]["get"]
    names = {p["name"] for p in operation["parameters"]}
    assert names >= {"member", "agent", "action", "from", "to", "before", "limit"}
    schema = json.dumps(operation["responses"]["200"])
    assert "AuditPage" in schema and {"403", "401", "422"} <= set(operation["responses"])


def test_the_app_client_names_its_workstation_and_pages_the_trail(live_server, signed_in):
    from supportdesk.api.workstation import workstation_label
    from supportdesk.domain.audit import AuditFilter

    agent = signed_in("agent20")
    agent.get_member(MEMBER)
    boss = signed_in("super3")
    page = boss.read_audit(AuditFilter(member=MEMBER, agent="agent20"), limit=1)
    (entry,) = page.entries
    assert entry.action == "member_read" and entry.agent_username == "agent20"
    assert entry.workstation == f"{workstation_label()} @127.0.0.1"
    assert "host=" in entry.workstation and page.next_before is None


@pytest.mark.parametrize(("where", "index"), [
    ({"member": MEMBER}, "ix_audit_member"),
    ({"agent_id": 3}, "ix_audit_agent"),
    ({"action": "member_read"}, "ix_audit_action"),
    ({"start": "2026-12-01T00:00:00.000000Z", "end": "2026-12-02T00:00:00.000000Z"},
     "ix_audit_at"),
    # A page far down a long trail (a "before" of the first few ids is a range of the primary
    # key so small that PostgreSQL rightly reads it instead).
    ({"member": MEMBER, "start": "2026-12-01T00:00:00.000000Z", "before": 2**62},
     "ix_audit_member"),
])
def test_each_filter_walks_its_index(live_server, where, index):
    """Schema 7's indexes: a filter never scans the whole trail (the member's, agent's and
    action's pages in id order, without sorting)."""
    from supportdesk.server.routes_audit import audit_select

    stmt = audit_select(**where, limit=101)
    sql = str(stmt.compile(dialect=live_server.settings.engine.dialect,
                           compile_kwargs={"literal_binds": True}))
    engine = live_server.settings.engine
    with engine.connect() as conn:
        if engine.dialect.name == "sqlite":
            plan = " | ".join(row[3] for row in conn.exec_driver_sql("EXPLAIN QUERY PLAN " + sql))
            assert f"USING INDEX {index}" in plan, plan
            assert "SCAN audit" not in plan, plan
            sorts = "TEMP B-TREE" in plan
        else:
            # The test's trail is small enough to read whole; what matters is that the index
            # can serve the query (at 30 million members it must): ask with whole-table reads
            # and sorts priced out — a sort left in the plan is one no index can spare.
            for method in ("seqscan", "bitmapscan", "sort"):
                conn.exec_driver_sql(f"SET LOCAL enable_{method} = off")  # this transaction
            plan = " | ".join(row[0] for row in conn.exec_driver_sql("EXPLAIN " + sql))
            used = [name for name in (index, "audit_pkey")
                    if f"using {name}" in plan or f"Index Scan on {name}" in plan]
            # A period alone may also be read newest first along the primary key, the period
            # as a filter, when the statistics say it is among the newest entries (ids grow
            # with time): PostgreSQL's cost model decides; a filter by member, agent or action
            # walks its own index.
            assert used == [index] or (index == "ix_audit_at" and used), plan
            assert "Seq Scan" not in plan, plan
            sorts = "Sort" in plan
    if index != "ix_audit_at":  # a period alone sorts the period's entries
        assert not sorts, plan


def test_a_profile_change_shows_what_changed_masked(live_server, boss):
    """Reading the trail is no reveal: personal data in a change's before and after is masked
    as on the member's page; what is not personal (city, country, language) shows."""
    index = 2341
    with live_server.settings.engine.connect() as conn:
        m = conn.execute(select(db.members).where(db.members.c.id == index)).one()
    agent = login(live_server.url, "agent13")
    r = post(live_server, agent, f"/members/{m.member_number}/verify",
             {"method": "dob_postcode", "birth_date": m.birth_date, "postcode": m.postcode})
    assert r.json()["verified"] is True, r.text
    r = post(live_server, agent, f"/members/{m.member_number}/profile",
             {"verification_id": r.json()["verification_id"],
              "changes": {"street": "Audit Weg 9", "email": "Audit.Trail@example.org",
                          "phone": "+41 44 765 43 21", "language": "en"}})
    assert r.status_code == 200, r.text
    r = _audit(live_server, boss, member=m.member_number, action="profile_change")
    (entry,) = r.json()["entries"]
    text = json.dumps([entry["before"], entry["after"], entry["detail"]], ensure_ascii=False)
    for secret in ("Audit Weg 9", "Audit.Trail", "765 43", "4476543", m.street, m.email):
        assert secret not in text
    assert entry["after"]["street"] == "•••" and entry["after"]["language"] == "en"
    assert entry["after"]["email"].startswith("Au") and "•" in entry["after"]["email"]
    assert entry["after"]["phone"].endswith("21") and entry["before"]["email"] != m.email
