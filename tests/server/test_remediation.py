"""Incident remediation (issue 16, item 5) over real HTTP: preview the demo's incident
window, propose a batch (with exclusions), approval by a second supervisor only, execution
entry by entry with the single reversal's rules (exactly once, resumable after the server
process is killed), results per entry and member, and the CSV export."""

from __future__ import annotations

import csv
import io
import json
import sqlite3
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import requests
from sqlalchemy import func, insert, select

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server import db
from supportdesk.server.seed_incident import INCIDENT_FROM, INCIDENT_TO

from ..helpers.http import API, auth, login, post
from ..helpers.servers import ServerProcess, copy_database

WINDOW = {"from": INCIDENT_FROM.strftime("%Y-%m-%dT%H:%M:%SZ"),
          "to": INCIDENT_TO.strftime("%Y-%m-%dT%H:%M:%SZ")}
PROBLEM = "application/problem+json"


def _get(base: str, token: str, path: str, **params: Any) -> requests.Response:
    return requests.get(f"{base}{API}{path}", headers=auth(token), params=params, timeout=60)


def _balances(engine, member_ids) -> dict[int, int]:  # noqa: ANN001
    with engine.connect() as conn:
        return dict(conn.execute(select(db.ledger.c.member_id, func.sum(db.ledger.c.miles))
                                 .where(db.ledger.c.member_id.in_(list(member_ids)))
                                 .group_by(db.ledger.c.member_id)).all())


def _propose(base: str, token: str, **body: Any) -> dict[str, Any]:
    r = post(_Server(base), token, "/remediation/batches",
             {**WINDOW, "note": "Wrong-profile incident", **body})
    assert r.status_code == 201, r.text
    return r.json()


class _Server:
    def __init__(self, url: str) -> None:
        self.url = url


def test_preview_totals_add_up_and_the_window_is_to_the_second(private_servers):
    server = private_servers.start()
    boss = login(server.url, "super1")
    r = _get(server.url, boss, "/remediation/preview", types="donation,award_redemption",
             channels="web", **WINDOW)
    assert r.status_code == 200, r.text
    answer = r.json()
    entries = answer["entries"]
    assert len(entries) >= 100  # a few hundred web entries in the demo's window
    assert {e["channel"] for e in entries} == {"web"}
    assert {e["kind"] for e in entries} <= {"donation", "award_redemption"}
    assert any(e["miles"] == -60_000 for e in entries)  # the donation the member found
    assert all(WINDOW["from"][:19] <= e["posted_at"][:19] < WINDOW["to"][:19] for e in entries)
    assert answer["totals"]["entries"] == len(entries)
    assert answer["totals"]["miles"] == sum(e["miles"] for e in entries)
    assert sum(m["miles"] for m in answer["members"]) == answer["totals"]["miles"]
    assert sum(m["entries"] for m in answer["members"]) == len(entries)
    # Narrowed to the second: the first entry's own second excludes everything before it.
    first = entries[0]["posted_at"][:19] + "Z"
    later = _get(server.url, boss, "/remediation/preview", types="donation,award_redemption",
                 channels="web", **{"from": first, "to": WINDOW["to"]}).json()
    assert later["totals"]["entries"] == len(entries)
    # Agents may not look; nonsense is a 422 problem naming the field.
    agent = login(server.url, "agent3")
    assert _get(server.url, agent, "/remediation/preview", **WINDOW).status_code == 403
    bad = _get(server.url, boss, "/remediation/preview", channels="fax", **WINDOW)
    assert bad.status_code == 422 and bad.headers["content-type"].startswith(PROBLEM)
    backwards = _get(server.url, boss, "/remediation/preview",
                     **{"from": WINDOW["to"], "to": WINDOW["from"]})
    assert backwards.status_code == 422, backwards.text
    typo = _get(server.url, boss, "/remediation/preview", members="123", **WINDOW)
    assert typo.status_code == 422 and typo.json()["errors"][0]["field"] == "members"


def test_reading_a_window_is_audited_with_the_workstation(private_servers):
    server = private_servers.start()
    boss = login(server.url, "super2")
    r = requests.get(f"{server.url}{API}/remediation/preview", timeout=60,
                     params={"types": "donation", "channels": "web", **WINDOW},
                     headers={**auth(boss), "X-Workstation": "ws-0123456789abcdef; host=desk-9",
                              "X-Request-ID": "remediation-preview-ws"})
    assert r.status_code == 200, r.text
    with server.settings.engine.connect() as conn:
        (row,) = conn.execute(select(db.audit.c.action, db.audit.c.workstation).where(
            db.audit.c.request_id == "remediation-preview-ws")).all()
    assert row.action == "remediation_preview"
    assert row.workstation.startswith("ws-0123456789abcdef; host=desk-9")


def test_a_batch_is_proposed_approved_by_another_and_executed_once(private_servers):
    server = private_servers.start()
    engine = server.settings.engine
    super1, super2, super3 = (login(server.url, f"super{i}") for i in (1, 2, 3))
    agent = login(server.url, "agent4")
    preview = _get(server.url, super1, "/remediation/preview",
                   types="donation,award_redemption,accrual", channels="web,batch",
                   **WINDOW).json()
    entries = preview["entries"]
    debits = [e for e in entries if e["miles"] < 0]
    accrual = next(e for e in entries if e["kind"] == "accrual")
    # One entry was already reversed singly; one will fail (its miles were spent since).
    single = debits[0]
    r = post(server, super3, f"/transactions/{single['id']}/reversal",
             {"member_number": single["member_number"], "reason": "Caller reported it"})
    assert r.status_code == 201, r.text
    with engine.begin() as conn:
        member_id = conn.execute(select(db.members.c.id).where(
            db.members.c.member_number == accrual["member_number"])).scalar_one()
        spent = _balances(engine, [member_id])[member_id]
        conn.execute(insert(db.ledger).values(
            member_id=member_id, posted_at="2026-11-20T10:00:00.000000Z", kind="donation",
            miles=-spent, description="Donation to Help Alliance", channel="app"))
    excluded = [debits[1]["id"], debits[2]["id"]]
    batch = _propose(server.url, super1, types=["donation", "award_redemption", "accrual"],
                     channels=["web", "batch"],
                     exclusions=[{"entry_id": i, "reason": "Member confirmed it"}
                                 for i in excluded])
    assert batch["status"] == "proposed" and batch["counts"]["excluded"] == 2
    assert batch["to_reverse"] == len(entries) - 2
    fixed = {e["id"] for e in batch["entries"]}
    assert fixed == {e["id"] for e in entries}
    member_ids = {}
    with engine.connect() as conn:
        for number, mid in conn.execute(select(db.members.c.member_number, db.members.c.id)
                                        .where(db.members.c.member_number.in_(
                                            {e["member_number"] for e in entries}))):
            member_ids[number] = mid
    before = _balances(engine, member_ids.values())

    # An exclusion outside the selection is refused; the content is fixed when proposed.
    stray = post(server, super1, "/remediation/batches",
                 {**WINDOW, "note": "Stray", "types": ["donation"], "channels": ["web"],
                  "exclusions": [{"entry_id": accrual["id"], "reason": "Not in it"}]})
    assert stray.status_code == 422 and "exclusions" in stray.json()["errors"][0]["field"]

    path = f"/remediation/batches/{batch['id']}"
    figures = {"entries": batch["to_reverse"], "content": batch["content"]}
    assert post(server, super1, f"{path}/execute", {}).json()["code"] == "batch-not-approved"
    assert post(server, super1, f"{path}/approve", figures).json()["code"] == "own-batch"
    assert post(server, agent, f"{path}/approve", figures).status_code == 403
    wrong = post(server, super2, f"{path}/approve", {**figures, "content": "0" * 64})
    assert wrong.status_code == 409 and wrong.json()["code"] == "batch-mismatch"
    listed = _get(server.url, super2, "/remediation/batches", status="proposed").json()
    assert batch["id"] in {b["id"] for b in listed["batches"]}
    approved = post(server, super2, f"{path}/approve", figures)
    assert approved.status_code == 200 and approved.json()["status"] == "approved"
    assert post(server, super3, f"{path}/approve", figures).status_code == 409

    step = post(server, super2, f"{path}/execute", {"limit": 10}).json()
    assert step["done_now"] == 10 and step["remaining"] == batch["to_reverse"] - 10
    rest = post(server, super2, f"{path}/execute", {}).json()
    assert rest["remaining"] == 0 and rest["status"] == "executed"
    again = post(server, super1, f"{path}/execute", {}).json()
    assert again["done_now"] == 0 and again["counts"] == rest["counts"]

    done = _get(server.url, super1, path).json()
    states = {e["id"]: e for e in done["entries"]}
    assert states[single["id"]]["state"] == "skipped"
    assert states[single["id"]]["result_code"] == "already-reversed"
    assert states[accrual["id"]]["state"] == "failed"
    assert states[accrual["id"]]["result_code"] == "balance-negative"
    assert all(states[i]["state"] == "excluded" for i in excluded)
    reversed_ = [e for e in done["entries"] if e["state"] == "reversed"]
    assert len(reversed_) == batch["to_reverse"] - 2, [
        (e["id"], e["kind"], e["state"], e["result_code"]) for e in done["entries"]
        if e["state"] not in ("reversed", "excluded")]
    after = _balances(engine, member_ids.values())
    for number, mid in member_ids.items():
        recredit = -sum(e["miles"] for e in reversed_ if e["member_number"] == number)
        assert after[mid] == before[mid] + recredit, number
    by_member = {m["member_number"]: m for m in done["members"]}
    assert sum(m["miles_recredited"] for m in by_member.values()) == -sum(
        e["miles"] for e in reversed_)
    with engine.connect() as conn:
        reversals = conn.execute(select(db.ledger.c.reverses_id, db.ledger.c.operation_id,
                                        db.ledger.c.channel)
                                 .where(db.ledger.c.operation_id.like(
                                     f"remediation:{batch['id']}:%"))).all()
    assert sorted(r.reverses_id for r in reversals) == sorted(e["id"] for e in reversed_)
    assert {r.channel for r in reversals} == {"agent"}

    export = _get(server.url, super1, f"{path}/export.csv")
    assert export.status_code == 200 and export.headers["content-type"].startswith("text/csv")
    rows = list(csv.DictReader(io.StringIO(export.text)))
    assert {r["member_number"] for r in rows} == set(by_member)
    assert sum(int(r["miles_recredited"]) for r in rows) == -sum(e["miles"] for e in reversed_)


def test_the_export_names_who_read_the_account_during_the_window(private_servers):
    server = private_servers.start()
    number = demo_member_number(2990)
    agent, boss, other = (login(server.url, n) for n in ("agent5", "super1", "super2"))
    credit = post(server, agent, "/credits", {"member_number": number, "miles": 300,
                                              "kind": "goodwill", "reason": "Delayed bag"})
    assert credit.status_code == 201, credit.text
    assert _get(server.url, agent, f"/members/{number}").status_code == 200
    now = time.time()
    window = {"from": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now - 600)),
              "to": time.strftime("%Y-%m-%dT%H:%M:%SZ", time.gmtime(now + 600))}
    r = post(server, boss, "/remediation/batches",
             {**window, "note": "Goodwill in error", "types": ["credit"], "channels": ["agent"],
              "members": [number]})
    assert r.status_code == 201, r.text
    batch = r.json()
    assert [e["member_number"] for e in batch["entries"]] == [number]
    path = f"/remediation/batches/{batch['id']}"
    post(server, other, f"{path}/approve", {"entries": 1, "content": batch["content"]})
    assert post(server, other, f"{path}/execute", {}).json()["counts"] == {"reversed": 1}
    rows = list(csv.DictReader(io.StringIO(_get(server.url, boss, f"{path}/export.csv").text)))
    assert rows == [{"member_number": number, "entries_reversed": "1",
                     "miles_recredited": "-300", "profile_changes_restored": "0",
                     "skipped": "0", "failed": "0",
                     "excluded": "0", "viewed_in_window_by": "agent5 (1)"}]
    # The export itself is a read of those members' accounts: audited, naming them.
    with server.settings.engine.connect() as conn:
        audited = conn.execute(select(db.audit.c.detail).where(
            db.audit.c.action == "remediation_export")).scalars().all()
    assert any(f'"members": ["{number}"]' in detail for detail in audited), audited


def _states(path: Path, batch_id: int) -> dict[str, int]:
    with sqlite3.connect(path) as conn:
        return dict(conn.execute("SELECT state, count(*) FROM remediation_entries "
                                 "WHERE batch_id = ? GROUP BY state", (batch_id,)).fetchall())


@pytest.mark.slow
def test_killed_mid_execution_it_resumes_and_reverses_nothing_twice(seeded_db, tmp_path):
    path = copy_database(seeded_db, tmp_path / "remediation.sqlite")
    first = ServerProcess(path, tmp_path / "first.log").wait_ready()
    try:
        super1, super2 = login(first.url, "super1"), login(first.url, "super2")
        batch = _propose(first.url, super1, types=["donation", "award_redemption"],
                         channels=["web", "app"])
        figures = {"entries": batch["to_reverse"], "content": batch["content"]}
        base = _Server(first.url)
        assert post(base, super2, f"/remediation/batches/{batch['id']}/approve",
                    figures).status_code == 200
        engine = db.make_engine(path)
        numbers = {e["member_number"] for e in batch["entries"]}
        with engine.connect() as conn:
            ids = dict(conn.execute(select(db.members.c.member_number, db.members.c.id)
                                    .where(db.members.c.member_number.in_(numbers))).all())
        before = _balances(engine, ids.values())

        def execute() -> None:
            try:
                post(base, super2, f"/remediation/batches/{batch['id']}/execute", {})
            except requests.ConnectionError:
                pass  # the process was killed under it

        runner = threading.Thread(target=execute)
        runner.start()
        deadline = time.monotonic() + 60
        while _states(path, batch["id"]).get("reversed", 0) < 5:
            assert time.monotonic() < deadline
            time.sleep(0.002)
        first._process.kill()  # noqa: SLF001 - a crash, not a shutdown
        runner.join(30)
    finally:
        first.stop()
    stopped = _states(path, batch["id"])
    assert stopped.get("pending", 0) > 0, stopped  # it did stop midway

    second = ServerProcess(path, tmp_path / "second.log").wait_ready()
    try:
        token = login(second.url, "super3")
        resumed = post(_Server(second.url), token,
                       f"/remediation/batches/{batch['id']}/execute", {}).json()
        assert resumed["remaining"] == 0 and resumed["status"] == "executed"
        assert resumed["done_now"] == stopped["pending"]
    finally:
        second.stop()
    with engine.connect() as conn:
        reversals = conn.execute(select(db.ledger.c.reverses_id, func.count())
                                 .where(db.ledger.c.reverses_id.in_(
                                     [e["id"] for e in batch["entries"]]))
                                 .group_by(db.ledger.c.reverses_id)).all()
    assert len(reversals) == batch["to_reverse"] and {n for _, n in reversals} == {1}
    after = _balances(engine, ids.values())
    for number, mid in ids.items():
        recredit = -sum(e["miles"] for e in batch["entries"] if e["member_number"] == number)
        assert after[mid] == before[mid] + recredit, number
    engine.dispose()


def test_schema_8_gives_every_older_ledger_entry_a_channel(tmp_path):
    from supportdesk.server.migrations import MIGRATIONS, migrate

    engine = db.make_engine(tmp_path / "schema7.sqlite")
    older = [m for m in MIGRATIONS if m.version < 8]
    migrate(engine, older)
    with engine.begin() as conn:
        conn.exec_driver_sql(
            "INSERT INTO agents (id, username, name, role, password_hash, per_credit_limit,"
            " daily_limit, active, failed_logins) VALUES (1, 'a', 'A', 'agent', 'x', 1, 1, 1, 0)")
        conn.exec_driver_sql(
            "INSERT INTO members (id, member_number, first_name, last_name, first_key,"
            " last_key, birth_date, email, email_lower, phone, phone_national, street,"
            " postcode, city, country, language, tier, status, member_since) VALUES (1,"
            " '992000000000018', 'A', 'B', 'a', 'b', '1980-01-01', 'a@b.c', 'a@b.c', '+1',"
            " '1', 'S', '1', 'C', 'DE', 'de', 'Base', 'active', '2000-01-01')")
        for kind, agent in (("accrual", None), ("partner_accrual", None), ("donation", None),
                            ("award_redemption", None), ("credit", 1), ("reversal", 1)):
            conn.exec_driver_sql(
                "INSERT INTO ledger (member_id, posted_at, kind, miles, description, agent_id)"
                " VALUES (1, '2026-10-27T15:00:00.000000Z', ?, 100, 'x', ?)", (kind, agent))
    assert migrate(engine, [m for m in MIGRATIONS if m.version <= 8]) == [8]
    with engine.connect() as conn:
        channels = dict(conn.execute(select(db.ledger.c.kind, db.ledger.c.channel)).all())
        plan = conn.exec_driver_sql(
            "EXPLAIN QUERY PLAN SELECT id FROM ledger WHERE channel IN ('web', 'app')"
            " AND posted_at >= '2026-10-27T15:00' AND posted_at < '2026-10-27T15:40'").all()
    assert channels == {"accrual": "batch", "partner_accrual": "partner", "donation": "web",
                        "award_redemption": "web", "credit": "agent", "reversal": "agent"}
    assert "ix_ledger_channel_posted" in str(plan)
    engine.dispose()


def _profile(engine, member_number: str) -> Any:  # noqa: ANN001
    with engine.connect() as conn:
        return conn.execute(select(db.members).where(
            db.members.c.member_number == member_number)).one()


def test_the_windows_profile_changes_are_restored_where_nobody_changed_them_since(
        private_servers):
    """The demo window's e-mail, phone and address changes: previewed without their values,
    restored once each by the batch; a field the member changed again since is left alone
    and reported; a change restored by an earlier batch is skipped; one excluded stays."""
    from supportdesk.server.actions.profile import column_values, record_change

    server = private_servers.start()
    engine = server.settings.engine
    super1, super2 = login(server.url, "super1"), login(server.url, "super2")
    r = _get(server.url, super1, "/remediation/preview", types="profile_change",
             channels="web,app", **WINDOW)
    assert r.status_code == 200, r.text
    changes = r.json()["entries"]
    assert len(changes) >= 10
    assert {e["source"] for e in changes} == {"profile"}
    assert {e["kind"] for e in changes} == {"profile_change"} and {e["miles"] for e in changes} \
        == {0}
    assert r.json()["totals"]["profile_changes"] == len(changes)
    with engine.connect() as conn:
        stored = {row.id: row for row in conn.execute(select(db.profile_changes).where(
            db.profile_changes.c.id.in_([e["id"] for e in changes])))}
    for entry in changes:  # named by field, never by value
        after = json.loads(stored[entry["id"]].after)
        assert entry["description"] == "Changed: " + ", ".join(sorted(after))
        assert all(value not in r.text for value in after.values())
    first, again, excluded, earlier, *rest = changes

    # The member of `again` changes the same field once more after the incident.
    field, value = next(iter(json.loads(stored[again["id"]].after).items()))
    newer = {field: {"email": "own.choice@example.org", "phone": "+4917099887766",
                     "street": "Eigene Straße 1"}[field]}
    with engine.begin() as conn:
        member_id = stored[again["id"]].member_id
        conn.execute(db.members.update().where(db.members.c.id == member_id)
                     .values(**column_values(newer)))
        record_change(conn, member_id, "web", {field: value}, newer, at=db.utcnow())
    # An earlier, narrower batch already restored `earlier`.
    narrow = _propose(server.url, super1, types=["profile_change"], channels=["web", "app"],
                      members=[earlier["member_number"]])
    base = _Server(server.url)
    path = f"/remediation/batches/{narrow['id']}"
    assert post(base, super2, f"{path}/approve", {"entries": narrow["to_reverse"],
                                                   "content": narrow["content"]}).ok
    assert post(base, super2, f"{path}/execute", {}).json()["status"] == "executed"

    batch = _propose(server.url, super1, types=["profile_change"], channels=["web", "app"],
                     exclusions=[{"source": "profile", "entry_id": excluded["id"],
                                  "reason": "The member confirmed this change by phone"}])
    assert batch["to_reverse"] == len(changes) - 1 and batch["miles"] == 0
    path = f"/remediation/batches/{batch['id']}"
    assert post(base, super2, f"{path}/approve", {"entries": batch["to_reverse"],
                                                   "content": batch["content"]}).ok
    step = post(base, super2, f"{path}/execute", {"limit": 2}).json()  # stopped early …
    assert step["done_now"] == 2 and step["status"] == "approved"
    done = post(base, super2, f"{path}/execute", {}).json()  # … and resumed
    assert done["status"] == "executed"
    assert post(base, super2, f"{path}/execute", {}).json()["done_now"] == 0
    states = {e["id"]: e for e in _get(server.url, super1, path).json()["entries"]}
    assert states[excluded["id"]]["state"] == "excluded"
    assert states[earlier["id"]]["state"] == "skipped"
    assert (states[again["id"]]["state"], states[again["id"]]["result_code"]) == (
        "failed", "profile-changed-since")
    restored = [e for e in rest + [first] if e["member_number"] not in (
        again["member_number"], earlier["member_number"], excluded["member_number"])]
    assert restored and all(states[e["id"]]["state"] == "reversed" for e in restored)
    for entry in restored:  # the values from before the incident are back
        row = _profile(engine, entry["member_number"])
        before = json.loads(stored[entry["id"]].before)
        assert {k: getattr(row, k) for k in before} == before
    assert getattr(_profile(engine, again["member_number"]), field) == newer[field]
    with engine.connect() as conn:
        restores = conn.execute(select(db.profile_changes.c.restores_id, func.count())
                                .where(db.profile_changes.c.restores_id.isnot(None))
                                .group_by(db.profile_changes.c.restores_id)).all()
        audited = conn.execute(select(func.count()).select_from(db.audit).where(
            db.audit.c.action == "profile_change")).scalar_one()
    assert {n for _, n in restores} == {1}  # nothing restored twice
    assert len(restores) == len(restored) + 1 == audited  # + the earlier batch's one
    rows = list(csv.DictReader(io.StringIO(_get(server.url, super1,
                                                f"{path}/export.csv").text)))
    assert sum(int(r["profile_changes_restored"]) for r in rows) == len(restored)
