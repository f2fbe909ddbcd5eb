"""Who may do what (DESIGN.md §5, §6; issue 15, part 6): every operation of the OpenAPI
document × every caller × every kind of object it acts on, over HTTP against a private
server, with real objects made through the API.

Callers: no token, a signed-out (revoked) token, agent A, agent B, a supervisor.
Objects, seen from the caller: its own (a pending credit it proposed, a request it claimed, an
award it booked, a caller it verified, a write of its own the server refused), another
agent's (agent A's for B and for the supervisor, B's for A), one that does not exist, or —
where objects belong to no agent (members, the shared request queue) — any. And, where an
object belongs to a member, another member's: the request names member X and an object of
member Y (the wrong-profile incident), which must change nothing and show nothing of Y.

The rules the table holds: no token or a revoked one → 401 problem+json on everything but
the two public operations; an agent on a supervisor's operation → 403; another agent's
object → 403/404/409 with a problem that shows none of its data, unless the table says the
object is shared; a missing object → 404; anything allowed → 2xx. A new operation without a
row fails `test_every_operation_has_a_row`.
"""

from __future__ import annotations

import itertools
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
import requests

from supportdesk.domain.identifiers import demo_member_number
from supportdesk.server.embedded import EmbeddedServer
from supportdesk.server.passwords import demo_pin

from ..helpers.awards import add_ticket, fund, names, utc_day
from ..helpers.demo import TEST_MEMBERS
from ..helpers.http import API, auth, key, login
from ..helpers.openapi import openapi_document
from ..helpers.servers import PrivateServers

pytestmark = pytest.mark.expect_log("supportdesk.server.actions.security",
                                    "security event reported")

PROBLEM = "application/problem+json"
PROBLEM_KEYS = {"type", "title", "status", "detail", "code", "errors", "params"}

NONE, REVOKED, A, B, S = "no token", "revoked token", "agent A", "agent B", "supervisor"
CALLERS = (NONE, REVOKED, A, B, S)
USERNAMES = {A: "agent11", B: "agent12", S: "super3"}
OTHER = {A: B, B: A, S: A}  # whose object is "another agent's" for each signed-in caller

OWN, OTHERS, ANY, MISSING, NO_OBJECT = "own", "another's", "any", "missing", "-"
MEMBERS = "another member's"

MEMBER_INDEX = 2101  # reads, credits, reversals
MEMBER = demo_member_number(MEMBER_INDEX)
AWARD_MEMBER_INDEX = 2102  # funded: awards and upgrades
AWARD_MEMBER = demo_member_number(AWARD_MEMBER_INDEX)
VERIFY_MEMBER_INDEX = 2103  # caller verification and profile changes
VERIFY_MEMBER = demo_member_number(VERIFY_MEMBER_INDEX)
UNKNOWN_MEMBER = demo_member_number(TEST_MEMBERS + 77)  # a valid number nobody has
UNKNOWN_ID = 999_999_999
PENDING_MILES = 6_000  # above every demo agent's (and supervisor's) 5,000 per credit


@dataclass
class Call:
    """One request of a cell, and what its answer must (not) show."""

    method: str
    path: str
    json: Any = None
    params: dict[str, Any] | None = None
    idempotent_write: bool = True  # sends an Idempotency-Key (all POSTs but sign-in/-out)
    token: str | None = None  # replaces the caller's own (a session signed out by the call)
    secret: str | None = None  # the object's data: never in a refusal
    check: Callable[[requests.Response], None] | None = None  # more about a 2xx answer


@dataclass
class World:
    """The private server, the callers' tokens, and the objects made for the cells."""

    server: EmbeddedServer
    tokens: dict[str, str]
    requests_free: list[int]
    seq: Iterator[int] = field(default_factory=itertools.count)
    # A refused call changes nothing: cells that must be refused (no valid token) reuse the
    # objects made for them, and so do the reads; every other cell acts on new ones.
    reuse: bool = False
    _kept: dict[tuple[str, str], Any] = field(default_factory=dict)

    @property
    def url(self) -> str:
        return self.server.url

    def owner(self, caller: str, obj: str) -> str:
        """Whose object the cell acts on: the caller's, another agent's (A's for a caller
        that is not signed in)."""
        if caller in (NONE, REVOKED):
            return A
        return caller if obj == OWN else OTHER[caller]

    def post(self, who: str, path: str, body: Any, status: int) -> dict[str, Any]:
        r = requests.post(f"{self.url}{API}{path}", json=body, timeout=30,
                          headers={**auth(self.tokens[who]), "Idempotency-Key": key()})
        assert r.status_code == status, (path, r.status_code, r.text)
        return r.json()

    # The objects, each made through the API by its owner.

    def kept(self, what: str, who: str, make: Callable[[], Any], keep: bool = False) -> Any:
        if not (keep or self.reuse):
            return make()
        if (what, who) not in self._kept:
            self._kept[what, who] = make()
        return self._kept[what, who]

    def credit(self, who: str, miles: int = PENDING_MILES,
               member: str = MEMBER) -> dict[str, Any]:
        reason = f"Matrix test {next(self.seq)}"  # the credit's own data: no refusal shows it
        return self.kept(f"credit {miles} {member}", who, lambda: self.post(
            who, "/credits", {"member_number": member, "miles": miles, "kind": "goodwill",
                              "reason": reason}, 201))

    def refused_operation(self, who: str) -> str:
        """The key of a write of `who` the server refused (and remembered): a credit for a
        member who does not exist."""
        return self.kept("refused operation", who, lambda: self._refused(who))

    def _refused(self, who: str) -> str:
        operation = key()
        r = requests.post(f"{self.url}{API}/credits", timeout=30,
                          json={"member_number": UNKNOWN_MEMBER, "miles": 100,
                                "kind": "goodwill", "reason": "Matrix test"},
                          headers={**auth(self.tokens[who]), "Idempotency-Key": operation})
        assert r.status_code == 404, r.text
        return operation

    def free_request(self) -> int:
        return self.kept("free request", "", self.requests_free.pop)

    def claimed_request(self, who: str, keep: bool = False) -> dict[str, Any]:
        """A request `who` claimed (its detail); `keep`: the same one each time, for calls
        that change nothing."""
        def claim() -> dict[str, Any]:
            return self.post(who, f"/requests/{self.requests_free.pop()}/claim", None, 200)
        return self.kept("claimed request", who, claim, keep)

    def award(self, who: str) -> str:
        return self.kept("award", who, lambda: self._award(who))

    def seat(self) -> tuple[int, str]:
        """(inventory id, day) of the first Economy award seat FRA–JFK from ten days on:
        there are a few per flight and day (seed_awards)."""
        for days in range(10, 60):
            r = requests.get(f"{self.url}{API}/awards/availability", timeout=30,
                             headers=auth(self.tokens[S]),
                             params={"origin": "FRA", "destination": "JFK",
                                     "date": utc_day(days), "cabin": "Economy"})
            assert r.status_code == 200, r.text
            for flight in r.json()["flights"]:
                if flight["available"]:
                    return flight["inventory_id"], utc_day(days).isoformat()
        raise AssertionError("no award seat left FRA–JFK in the next 60 days")

    def _award(self, who: str) -> str:
        return self.post(who, "/awards", {"member_number": AWARD_MEMBER,
                                          "inventory_id": self.seat()[0],
                                          "passengers": 1, "passenger_names": names(1)},
                         201)["code"]

    def ticket(self, member_index: int = AWARD_MEMBER_INDEX) -> str:
        """A paid Economy ticket of a member (the award member's) with a flight ahead."""
        n = next(self.seq)
        number = f"2208880{n:06d}"
        add_ticket(self.server, member_index, number, f"MXQ{n:03d}",
                   ("LH400", "FRA", "JFK", utc_day(30), "10:00", "Economy"))
        return number

    def closed_operation(self, who: str) -> str:
        """A refused write of `who`, closed (discarded) for the member it named."""
        def close() -> str:
            operation = self._refused(who)
            self.post(who, f"/operations/{operation}/closure",
                      {"outcome": "discarded", "reason": "Matrix test",
                       "member_number": UNKNOWN_MEMBER}, 201)
            return operation
        return self.kept("closed operation", who, close)

    def verification(self, who: str) -> str:
        return self.kept("verification", who, lambda: self._verify(who))

    def _verify(self, who: str) -> str:
        answer = self.post(who, f"/members/{VERIFY_MEMBER}/verify",
                           {"method": "pin", "pin": demo_pin(VERIFY_MEMBER_INDEX)}, 200)
        assert answer["verified"], answer
        return answer["verification_id"]


# The cells' requests, one function per operation: (world, caller, object) → Call.

def _decided(credit: dict[str, Any], **extra: Any) -> dict[str, Any]:
    return {"member_number": credit["member_number"], "miles": credit["miles"], **extra}


def _credit_decision(verb: str, **extra: Any) -> Callable[[World, str, str], Call]:
    def call(w: World, caller: str, obj: str) -> Call:
        if obj == MISSING:
            return Call("post", f"/credits/{UNKNOWN_ID}/{verb}",
                        {"member_number": MEMBER, "miles": PENDING_MILES, **extra})
        if obj == MEMBERS:  # agent A's credit, decided as if it were another member's
            credit = w.credit(A)
            return Call("post", f"/credits/{credit['id']}/{verb}",
                        {**_decided(credit, **extra), "member_number": AWARD_MEMBER},
                        secret=credit["reason"])
        credit = w.credit(w.owner(caller, obj))
        return Call("post", f"/credits/{credit['id']}/{verb}", _decided(credit, **extra),
                    secret=credit["reason"] if obj == OTHERS else None)
    return call


def _list_credits(w: World, caller: str, obj: str) -> Call:
    credit = w.credit(w.owner(caller, obj))
    # An agent lists their own credits only; a supervisor everyone's (they approve them).
    shown = obj == OWN or caller == S

    def check(r: requests.Response) -> None:
        ids = {c["id"] for c in r.json()["credits"]}
        assert (credit["id"] in ids) == shown, (caller, obj, credit["id"], ids)

    return Call("get", "/credits", params={"status": "pending", "member_number": MEMBER,
                                           "limit": 500}, check=check)


def _request_call(method: str, verb: str, body: Any = None, *,
                  keep: bool) -> Callable[[World, str, str], Call]:
    """A call on a request: nobody's (ANY), the caller's own claim, another agent's claim
    (its customer's message never in a refusal), or none at all. `keep`: the call changes
    nothing, so the same claimed request serves every cell."""
    def call(w: World, caller: str, obj: str) -> Call:
        if obj == MISSING:
            return Call(method, f"/requests/{UNKNOWN_ID}{verb}", body)
        if obj == ANY:
            return Call(method, f"/requests/{w.free_request()}{verb}", body)
        claimed = w.claimed_request(w.owner(caller, obj), keep=keep)
        return Call(method, f"/requests/{claimed['id']}{verb}", body,
                    secret=claimed["customer_message"] if obj == OTHERS else None)
    return call


def _reversal(w: World, caller: str, obj: str) -> Call:
    body = {"member_number": MEMBER, "reason": "Matrix test"}
    if obj == MISSING:
        return Call("post", f"/transactions/{UNKNOWN_ID}/reversal", body)
    # MEMBERS: an entry of the award member's ledger, reversed as if it were MEMBER's.
    credit = w.credit(A, miles=100, member=AWARD_MEMBER if obj == MEMBERS else MEMBER)
    return Call("post", f"/transactions/{credit['ledger_id']}/reversal", body,
                secret=credit["reason"] if obj == MEMBERS else None)


def _cancel(w: World, caller: str, obj: str) -> Call:
    # MEMBERS: the caller's own award (the award member's), cancelled as if it were MEMBER's.
    body = {"member_number": MEMBER if obj == MEMBERS else AWARD_MEMBER,
            "reason": "Matrix test"}
    if obj == MISSING:
        return Call("post", "/awards/ZZZZZZ/cancel", body)
    owner = w.owner(caller, OWN if obj == MEMBERS else obj)
    return Call("post", f"/awards/{w.award(owner)}/cancel", body)


def _upgrade_input(w: World, obj: str) -> dict[str, str]:
    """The award member's ticket; MEMBERS: another member's ticket under the award member."""
    ticket = w.ticket(VERIFY_MEMBER_INDEX if obj == MEMBERS else AWARD_MEMBER_INDEX)
    return {"member_number": UNKNOWN_MEMBER if obj == MISSING else AWARD_MEMBER,
            "ticket_number": ticket, "to_cabin": "Business"}


def _quote(w: World, caller: str, obj: str) -> Call:
    return Call("get", "/upgrades/quote", params=_upgrade_input(w, obj))


def _upgrade(w: World, caller: str, obj: str) -> Call:
    return Call("post", "/upgrades", _upgrade_input(w, obj))


def _profile(w: World, caller: str, obj: str) -> Call:
    if obj == MISSING:
        return Call("post", f"/members/{UNKNOWN_MEMBER}/profile",
                    {"verification_id": "no-such-verification", "changes": {"city": "Berlin"}})
    # MEMBERS: the caller's own verification of VERIFY_MEMBER, used on MEMBER's profile.
    verification = w.verification(w.owner(caller, OWN if obj == MEMBERS else obj))
    return Call("post", f"/members/{MEMBER if obj == MEMBERS else VERIFY_MEMBER}/profile",
                {"verification_id": verification, "changes": {"city": "Berlin"}})


def _closure(w: World, caller: str, obj: str) -> Call:
    body = {"outcome": "discarded", "reason": "Matrix test", "member_number": UNKNOWN_MEMBER}
    if obj == MEMBERS:  # the caller's write, closed before for its member, now for another
        return Call("post", f"/operations/{w.closed_operation(w.owner(caller, OWN))}/closure",
                    {**body, "member_number": MEMBER}, secret=UNKNOWN_MEMBER)
    operation = key() if obj == MISSING else w.refused_operation(w.owner(caller, obj))
    return Call("post", f"/operations/{operation}/closure", body)


def _logout(w: World, caller: str, obj: str) -> Call:
    # Signing out ends the session it is sent with: each signed-in caller a new one of its own.
    if caller in (NONE, REVOKED):
        return Call("post", "/auth/logout", idempotent_write=False)
    session = login(w.url, USERNAMES[caller])

    def check(_r: requests.Response) -> None:
        signed_out = requests.get(f"{w.url}{API}/auth/me", headers=auth(session), timeout=10)
        assert signed_out.status_code == 401
        still = requests.get(f"{w.url}{API}/auth/me", headers=auth(w.tokens[caller]), timeout=10)
        assert still.status_code == 200  # only that session ended

    return Call("post", "/auth/logout", idempotent_write=False, token=session, check=check)


def _me(w: World, caller: str, obj: str) -> Call:
    def check(r: requests.Response) -> None:
        assert r.json()["username"] == USERNAMES[caller]

    return Call("get", "/auth/me", check=check)


def _fixed(method: str, path: str, body: Any = None, **options: Any) -> Callable:
    return lambda w, caller, obj: Call(method, path, body, **options)


def _member_path(suffix: str = "") -> Callable[[World, str, str], Call]:
    return lambda w, caller, obj: Call(
        "get", f"/members/{UNKNOWN_MEMBER if obj == MISSING else MEMBER}{suffix}")


def _for_member(method: str, path: str, body: dict[str, Any]) -> Callable:
    """A write naming a member in its body: the member `MEMBER`, or one nobody has."""
    def call(w: World, caller: str, obj: str) -> Call:
        return Call(method, path, {**body, "member_number":
                                   UNKNOWN_MEMBER if obj == MISSING else body["member_number"]})
    return call


def _verify(w: World, caller: str, obj: str) -> Call:
    number = UNKNOWN_MEMBER if obj == MISSING else VERIFY_MEMBER
    return Call("post", f"/members/{number}/verify",
                {"method": "pin", "pin": demo_pin(VERIFY_MEMBER_INDEX)})


def _reveal(w: World, caller: str, obj: str) -> Call:
    body = {"member_number": MEMBER, "fields": ["email"],
            "reason": {"code": "supervisor_request", "text": "Matrix test"}}
    if obj == MISSING:
        return Call("post", f"/members/{UNKNOWN_MEMBER}/reveal",
                    {**body, "member_number": UNKNOWN_MEMBER})
    if obj == MEMBERS:  # the body names the member on screen, the path another one
        return Call("post", f"/members/{AWARD_MEMBER}/reveal", body)
    return Call("post", f"/members/{MEMBER}/reveal", body)


def _book_award(w: World, caller: str, obj: str) -> Call:
    number = UNKNOWN_MEMBER if obj == MISSING else AWARD_MEMBER
    return Call("post", "/awards", {"member_number": number, "origin": "FRA",
                                    "destination": "JFK", "date": w.seat()[1],
                                    "cabin": "Economy", "passengers": 1,
                                    "passenger_names": names(1)})


# Incident remediation: batches are the supervisors' (proposed by one, approved by another).
REMEDIATION_WINDOW = {"from": "2026-10-27T15:00:00Z", "to": "2026-10-27T15:40:00Z"}
REMEDIATION_BODY = {**REMEDIATION_WINDOW, "types": ["donation"], "channels": ["app"],
                    "note": "Matrix test"}


def _supervisor(w: World, name: str) -> str:
    return w.kept("token", name, lambda: login(w.url, name), keep=True)


def _remediation_batch(w: World, proposer: str, approved: bool = False) -> int:
    """A batch proposed by the matrix's supervisor (proposer S) or by super1; approved by
    super2 if asked."""
    def make() -> int:
        token = w.tokens[S] if proposer == S else _supervisor(w, "super1")
        r = requests.post(f"{w.url}{API}/remediation/batches", json=REMEDIATION_BODY,
                          timeout=60, headers={**auth(token), "Idempotency-Key": key()})
        assert r.status_code == 201, r.text
        batch = r.json()
        if approved:
            r = requests.post(f"{w.url}{API}/remediation/batches/{batch['id']}/approve",
                              json={"entries": batch["to_reverse"],
                                    "content": batch["content"]},
                              timeout=60, headers={**auth(_supervisor(w, "super2")),
                                                   "Idempotency-Key": key()})
            assert r.status_code == 200, r.text
        return batch["id"]
    return w.kept(f"batch {approved}", proposer, make)


def _remediation(method: str, suffix: str, body: Any = None,
                 approved: bool = False) -> Callable[[World, str, str], Call]:
    def call(w: World, caller: str, obj: str) -> Call:
        if obj == MISSING:
            batch = UNKNOWN_ID
        else:
            batch = _remediation_batch(w, S if obj == OWN else "super1", approved)
        return Call(method, f"/remediation/batches/{batch}{suffix}", body)
    return call


def _remediation_approval(w: World, caller: str, obj: str) -> Call:
    if obj == MISSING:
        return Call("post", f"/remediation/batches/{UNKNOWN_ID}/approve",
                    {"entries": 1, "content": "0" * 64})
    batch_id = _remediation_batch(w, S if obj == OWN else "super1")
    r = requests.get(f"{w.url}{API}/remediation/batches/{batch_id}", timeout=60,
                     headers=auth(w.tokens[S]))
    batch = r.json()
    return Call("post", f"/remediation/batches/{batch_id}/approve",
                {"entries": batch["to_reverse"], "content": batch["content"]})


@dataclass(frozen=True)
class Row:
    """What each signed-in caller gets, per kind of object: (agent A, agent B, supervisor).
    Callers without a valid token get 401 everywhere, unless the operation is public (then
    what agent A gets)."""

    expect: dict[str, tuple[int, int, int]]
    call: Callable[[World, str, str], Call]
    public: bool = False


SUPERVISOR_ONLY = (403, 403)  # agents A and B, before anything is looked up

EVENT = {"code": "wrong-member", "caught_at": "2026-12-07T10:42:00+00:00",
         "member_number": MEMBER, "answered_member_number": demo_member_number(2104)}

TABLE: dict[tuple[str, str], Row] = {
    ("get", "/health"): Row({NO_OBJECT: (200, 200, 200)}, _fixed("get", "/health"),
                            public=True),
    # The Authorization header, whatever it holds, plays no part in signing in.
    ("post", "/auth/login"): Row(
        {NO_OBJECT: (200, 200, 200)},
        _fixed("post", "/auth/login", {"username": "agent13", "password": "demo"},
               idempotent_write=False), public=True),
    ("post", "/auth/logout"): Row({OWN: (204, 204, 204)}, _logout),
    ("get", "/auth/me"): Row({OWN: (200, 200, 200)}, _me),
    ("get", "/members"): Row({NO_OBJECT: (200, 200, 200)},
                             _fixed("get", "/members", params={"q": "Schmidt"})),
    # Members belong to no agent: every agent serves every member.
    ("get", "/members/{number}"): Row({ANY: (200, 200, 200), MISSING: (404, 404, 404)},
                                      _member_path()),
    ("get", "/members/{number}/transactions"): Row(
        {ANY: (200, 200, 200), MISSING: (404, 404, 404)}, _member_path("/transactions")),
    ("post", "/members/{number}/verify"): Row({ANY: (200, 200, 200), MISSING: (404, 404, 404)},
                                              _verify),
    # Any signed-in agent reveals (audited, with a reason) for the member named in the body;
    # a path naming another member reveals nothing.
    # Each agent reports its own offline reads, of any member.
    ("post", "/offline-reads"): Row({ANY: (201, 201, 201), MISSING: (404, 404, 404)},
                                    _for_member("post", "/offline-reads", {
                                        "member_number": MEMBER, "what": "member",
                                        "opened_at": "2026-12-07T10:00:00Z"})),
    ("post", "/members/{number}/reveal"): Row(
        {ANY: (200, 200, 200), MEMBERS: (409, 409, 409), MISSING: (404, 404, 404)}, _reveal),
    # A change needs the caller's own verification: another agent's is no verification.
    ("post", "/members/{number}/profile"): Row(
        {OWN: (200, 200, 200), OTHERS: (403, 403, 403), MEMBERS: (403, 403, 403),
         MISSING: (404, 404, 404)}, _profile),
    ("post", "/credits"): Row(
        {ANY: (201, 201, 201), MISSING: (404, 404, 404)},
        _for_member("post", "/credits", {"member_number": MEMBER, "miles": 100,
                                         "kind": "goodwill", "reason": "Matrix test"})),
    # Listed, not refused: the check says whose pending credits each caller sees.
    ("get", "/credits"): Row({OWN: (200, 200, 200), OTHERS: (200, 200, 200)}, _list_credits),
    # Four eyes: nobody decides their own credit; agents decide none; a decision names the
    # member and miles the supervisor saw (another member's: 409 credit-mismatch).
    ("post", "/credits/{credit_id}/approve"): Row(
        {OWN: (*SUPERVISOR_ONLY, 403), OTHERS: (*SUPERVISOR_ONLY, 200),
         MEMBERS: (*SUPERVISOR_ONLY, 409), MISSING: (*SUPERVISOR_ONLY, 404)},
        _credit_decision("approve")),
    ("post", "/credits/{credit_id}/reject"): Row(
        {OWN: (*SUPERVISOR_ONLY, 403), OTHERS: (*SUPERVISOR_ONLY, 200),
         MEMBERS: (*SUPERVISOR_ONLY, 409), MISSING: (*SUPERVISOR_ONLY, 404)},
        _credit_decision("reject", note="Matrix test")),
    ("post", "/transactions/{entry_id}/reversal"): Row(
        {ANY: (*SUPERVISOR_ONLY, 201), MEMBERS: (*SUPERVISOR_ONLY, 404),
         MISSING: (*SUPERVISOR_ONLY, 404)}, _reversal),
    ("get", "/requests"): Row({NO_OBJECT: (200, 200, 200)},
                              _fixed("get", "/requests", params={"assigned": "any"})),
    # The queue is shared: a request someone claimed is still read by all (the list offers
    # assigned=others), but only its assignee or a supervisor decides it.
    ("get", "/requests/{request_id}"): Row(
        {OWN: (200, 200, 200), OTHERS: (200, 200, 200), MISSING: (404, 404, 404)},
        _request_call("get", "", keep=True)),
    # Claiming one's own again changes nothing; another's claim is a conflict naming who has
    # it (409 claimed-by-other), for a supervisor too.
    ("post", "/requests/{request_id}/claim"): Row(
        {ANY: (200, 200, 200), OWN: (200, 200, 200), OTHERS: (409, 409, 409),
         MISSING: (404, 404, 404)}, _request_call("post", "/claim", keep=True)),
    ("post", "/requests/{request_id}/decision"): Row(
        {OWN: (200, 200, 200), OTHERS: (403, 403, 200), ANY: (403, 403, 200),
         MISSING: (404, 404, 404)},
        _request_call("post", "/decision", {"decision": "escalate", "note": "Matrix test"},
                      keep=False)),
    ("get", "/awards/availability"): Row(
        {NO_OBJECT: (200, 200, 200)},
        lambda w, c, o: Call("get", "/awards/availability", params={
            "origin": "FRA", "destination": "JFK", "date": utc_day(20).isoformat(),
            "cabin": "Economy"})),
    ("post", "/awards"): Row({ANY: (201, 201, 201), MISSING: (404, 404, 404)}, _book_award),
    # An award is the member's, not the booking agent's: any agent the member calls cancels.
    ("post", "/awards/{code}/cancel"): Row(
        {OWN: (200, 200, 200), OTHERS: (200, 200, 200), MEMBERS: (404, 404, 404),
         MISSING: (404, 404, 404)}, _cancel),
    ("get", "/upgrades/quote"): Row(
        {ANY: (200, 200, 200), MEMBERS: (404, 404, 404), MISSING: (404, 404, 404)}, _quote),
    ("post", "/upgrades"): Row(
        {ANY: (201, 201, 201), MEMBERS: (404, 404, 404), MISSING: (404, 404, 404)}, _upgrade),
    # Only the agent who made a write closes it; another's is answered as unknown (404). An
    # id the server never kept an answer for (refused before it was remembered: a 403, or
    # given up after server errors) is closed by whoever made it: by design a 201.
    # One closed for a member is not closed again for another (409 member-mismatch).
    ("post", "/operations/{operation_id}/closure"): Row(
        {OWN: (201, 201, 201), OTHERS: (404, 404, 404), MEMBERS: (409, 409, 409),
         MISSING: (201, 201, 201)}, _closure),
    ("post", "/security-events"): Row({NO_OBJECT: (201, 201, 201)},
                                      _fixed("post", "/security-events", EVENT)),
    # Incident remediation is the supervisors' (four eyes: never one's own batch approved);
    # batches belong to no one supervisor: any supervisor reads, executes and exports them.
    ("get", "/remediation/preview"): Row(
        {NO_OBJECT: (*SUPERVISOR_ONLY, 200)},
        _fixed("get", "/remediation/preview", params={**REMEDIATION_WINDOW,
                                                      "channels": "app"})),
    ("get", "/remediation/batches"): Row({NO_OBJECT: (*SUPERVISOR_ONLY, 200)},
                                         _fixed("get", "/remediation/batches")),
    ("post", "/remediation/batches"): Row({NO_OBJECT: (*SUPERVISOR_ONLY, 201)},
                                          _fixed("post", "/remediation/batches",
                                                 REMEDIATION_BODY)),
    ("get", "/remediation/batches/{batch_id}"): Row(
        {OWN: (*SUPERVISOR_ONLY, 200), OTHERS: (*SUPERVISOR_ONLY, 200),
         MISSING: (*SUPERVISOR_ONLY, 404)}, _remediation("get", "")),
    ("post", "/remediation/batches/{batch_id}/approve"): Row(
        {OWN: (*SUPERVISOR_ONLY, 403), OTHERS: (*SUPERVISOR_ONLY, 200),
         MISSING: (*SUPERVISOR_ONLY, 404)}, _remediation_approval),
    ("post", "/remediation/batches/{batch_id}/execute"): Row(
        {ANY: (*SUPERVISOR_ONLY, 200), MISSING: (*SUPERVISOR_ONLY, 404)},
        _remediation("post", "/execute", {"limit": 5}, approved=True)),
    ("get", "/remediation/batches/{batch_id}/export.csv"): Row(
        {ANY: (*SUPERVISOR_ONLY, 200), MISSING: (*SUPERVISOR_ONLY, 404)},
        _remediation("get", "/export.csv")),
    # The audit trail is the supervisors': agents are refused whatever the filter.
    ("get", "/audit"): Row({NO_OBJECT: (*SUPERVISOR_ONLY, 200)},
                           _fixed("get", "/audit", params={"member": MEMBER, "limit": 5})),
}

CELLS = [(operation, caller, obj)
         for operation, row in TABLE.items() for caller in CALLERS for obj in row.expect]


def expected(row: Row, caller: str, obj: str) -> int:
    if caller in (NONE, REVOKED):
        return row.expect[obj][0] if row.public else 401
    return row.expect[obj][(A, B, S).index(caller)]


@pytest.fixture(scope="module")
def world(seeded_db: Path, tmp_path_factory: pytest.TempPathFactory) -> Iterator[World]:
    servers = PrivateServers(seeded_db, tmp_path_factory.mktemp("authorization"))
    server = servers.start()
    tokens = {caller: login(server.url, name) for caller, name in USERNAMES.items()}
    revoked = login(server.url, "agent14")
    r = requests.post(f"{server.url}{API}/auth/logout", headers=auth(revoked), timeout=10)
    assert r.status_code == 204
    tokens[REVOKED] = revoked
    fund(server, AWARD_MEMBER, 1_000_000)
    r = requests.get(f"{server.url}{API}/requests", headers=auth(tokens[S]), timeout=30,
                     params={"assigned": "unassigned", "limit": 500,
                             "status": ["new", "in_review", "needs_info"]})
    free = [q["id"] for q in r.json()["requests"]]
    assert len(free) >= 24, "the seeded queue has too few open requests for the matrix"
    yield World(server, tokens, free)
    servers.stop_all()


def test_every_operation_has_a_row(world):
    doc = openapi_document(world.url)
    operations = {(method, path.removeprefix(API))
                  for path, methods in doc["paths"].items() for method in methods}
    assert operations - set(TABLE) == set(), "operations without a row in TABLE"
    assert set(TABLE) - operations == set(), "rows for operations the server does not have"


@pytest.mark.parametrize(("operation", "caller", "obj"), CELLS,
                         ids=[f"{m.upper()} {p} | {c} | {o}" for (m, p), c, o in CELLS])
def test_who_may_do_what(world, operation, caller, obj):
    row = TABLE[operation]
    want = expected(row, caller, obj)
    world.reuse = caller in (NONE, REVOKED)
    call = row.call(world, caller, obj)
    headers = {}
    token = call.token or world.tokens.get(caller)
    if token is not None:
        headers.update(auth(token))
    if call.method == "post" and call.idempotent_write:
        headers["Idempotency-Key"] = key()
    r = requests.request(call.method, f"{world.url}{API}{call.path}", json=call.json,
                         params=call.params, headers=headers, timeout=30)
    assert r.status_code == want, (operation, caller, obj, r.status_code, r.text)
    if want >= 400:
        assert r.headers["Content-Type"] == PROBLEM, r.headers
        body = r.json()
        assert set(body) <= PROBLEM_KEYS and body["status"] == want, body
        if want == 401:
            assert body["code"] == ("not-signed-in" if caller == NONE else "signed-out")
            assert r.headers["WWW-Authenticate"].startswith("Bearer")
        if call.secret is not None:
            assert call.secret not in r.text  # another's object: none of its data
    elif call.check is not None:
        call.check(r)


def test_a_key_another_agent_used_replays_none_of_their_answer(world):
    """An Idempotency-Key is bound to its agent: agent B sending agent A's key with A's
    very request gets 422 idempotency-key-reused, never A's answer."""
    operation = key()
    body = {"member_number": MEMBER, "miles": 100, "kind": "goodwill", "reason": "Matrix test"}
    first = requests.post(f"{world.url}{API}/credits", json=body, timeout=30,
                          headers={**auth(world.tokens[A]), "Idempotency-Key": operation})
    assert first.status_code == 201
    again = requests.post(f"{world.url}{API}/credits", json=body, timeout=30,
                          headers={**auth(world.tokens[B]), "Idempotency-Key": operation})
    assert again.status_code == 422 and again.json()["code"] == "idempotency-key-reused"
    assert str(first.json()["id"]) not in again.text
