"""The builders: every write the app makes is made by one of these (the dialogs call them;
the client's typed methods too). Each returns an `Operation` of its kind, with the policy its
specification and its own rules give it, bound to its member and its subject."""

from __future__ import annotations

import datetime as dt
from collections.abc import Sequence
from typing import TYPE_CHECKING, Any

from ..api.awards import award_body, award_on_route_body, cancel_request, upgrade_body
from ..api.client import credit_body, credit_decision_request, reversal_request
from ..api.profile import profile_request
from ..api.queue import claim_path, decision_body, decision_path
from ..domain.identifiers import (
    parse_booking_code,
    parse_member_number,
    parse_ticket_number,
)
from ..domain.offline import Policy, credit_policy
from .kinds import SPECS, Kind, Operation

if TYPE_CHECKING:
    from ..api.models import RetroFlight
    from ..api.profile import ProfileChanges
    from ..api.remediation import Selection as RemediationSelection
    from ..domain.passengers import PassengerName
    from ..security.events import SecurityEvent
    from ..store.outbox import Entry


def _operation(kind: Kind, path: str, body: dict[str, Any], member_number: str, summary: str,
               *, policy: Policy | None = None, subject: int | str | None = None
               ) -> Operation:
    return Operation(kind, path, body, member_number, summary,
                     SPECS[kind].offline if policy is None else policy, subject=subject)


def credit(member_number: str, *, kind: str, reason: str, miles: int | None = None,
           reference: str | None = None, flight: RetroFlight | None = None,
           per_credit_limit: int | None = None, summary: str = "") -> Operation:
    """A miles credit. Offline it waits; above `per_credit_limit` it waits for a supervisor
    (a retro claim is priced by the server and judged there)."""
    number = parse_member_number(member_number)
    body = credit_body(number, kind=kind, reason=reason, miles=miles, reference=reference,
                       flight=flight)
    policy = credit_policy(None if flight is not None else miles, per_credit_limit)
    return _operation(Kind.CREDIT, "/credits", body, number, summary, policy=policy)


def credit_decision(credit_id: int, verb: str, note: str | None, member_number: str,
                    miles: int, *, summary: str = "") -> Operation:
    """A supervisor's "approve" or "reject" of a pending credit, bound to the member and the
    miles they saw: the backend refuses it for a credit that differs."""
    path, body = credit_decision_request(credit_id, verb, note, member_number, miles)
    return _operation(Kind.CREDIT_DECISION, path, body, body["member_number"], summary,
                      subject=int(credit_id))


def reversal(entry_id: int, reason: str, member_number: str, *, summary: str = "") -> Operation:
    path, body = reversal_request(entry_id, reason, member_number)
    return _operation(Kind.REVERSAL, path, body, body["member_number"], summary,
                      subject=int(entry_id))


def award_booking(member_number: str, inventory_id: int, names: Sequence[PassengerName], *,
                  summary: str = "") -> Operation:
    """A chosen flight for the passengers `names` (a seat each): miles and seats taken
    together, only while the backend answers."""
    body = award_body(member_number, inventory_id, names)
    return _operation(Kind.AWARD_BOOKING, "/awards", body, body["member_number"], summary)


def award_on_route(member_number: str, *, origin: str, destination: str, date: dt.date,
                   cabin: str, names: Sequence[PassengerName], summary: str = "") -> Operation:
    """The day's first flight on the route with seats for `names`: what may be booked
    provisionally (the names go with it, and are checked again when it is confirmed)."""
    body = award_on_route_body(member_number, origin=origin, destination=destination,
                               date=date, cabin=cabin, names=names)
    return _operation(Kind.AWARD_BOOKING, "/awards", body, body["member_number"], summary,
                      policy=Policy.PROVISIONAL)


def upgrade(member_number: str, ticket_number: str, to_cabin: str, *,
            summary: str = "") -> Operation:
    body = upgrade_body(member_number, ticket_number, to_cabin)
    return _operation(Kind.UPGRADE, "/upgrades", body, body["member_number"], summary,
                      subject=parse_ticket_number(ticket_number))


def award_cancellation(member_number: str, code: str, reason: str, *,
                       summary: str = "") -> Operation:
    path, body = cancel_request(member_number, code, reason)
    return _operation(Kind.AWARD_CANCELLATION, path, body, body["member_number"], summary,
                      subject=parse_booking_code(code))


def profile_change(member_number: str, verification_id: str, changes: ProfileChanges, *,
                   summary: str = "") -> Operation:
    """A verified caller's profile change; one that touches e-mail or phone is a contact
    change (how the member is reached to confirm other changes)."""
    path, body = profile_request(member_number, verification_id, changes)
    kind = Kind.CONTACT_CHANGE if {"email", "phone"} & set(changes.changed) \
        else Kind.PROFILE_CHANGE
    return _operation(kind, path, body, parse_member_number(member_number), summary)


def request_claim(request_id: int, member_number: str, *, summary: str = "") -> Operation:
    return _operation(Kind.REQUEST_CLAIM, claim_path(request_id), {},
                      parse_member_number(member_number), summary, subject=request_id)


def request_decision(request_id: int, member_number: str, decision: str, note: str,
                     customer_reply: str | None, *, summary: str = "") -> Operation:
    return _operation(Kind.REQUEST_DECISION, decision_path(request_id),
                      decision_body(decision, note, customer_reply),
                      parse_member_number(member_number), summary, subject=request_id)


def closure(entry: Entry, outcome: str, reason: str, *, summary: str = "") -> Operation:
    """The agent's word on a refused `entry` — "discarded", or "called_back" (a provisional
    booking the member was told about) — as an operation of its own, audited by the backend."""
    if outcome not in ("discarded", "called_back"):
        raise ValueError(outcome)
    number = entry.operation.member_number
    return _operation(Kind.CLOSURE, f"/operations/{entry.op_id}/closure",
                      {"outcome": outcome, "reason": reason, "member_number": number},
                      number, summary, subject=entry.op_id)


def security_event(event: SecurityEvent, *, summary: str = "") -> Operation:
    """The report of an answer the app refused, for the backend's audit trail; bound to the
    member asked for ("" when none was: a sign-in, a search by name)."""
    return _operation(Kind.SECURITY_EVENT, "/security-events", event.body(),
                      event.member_number or "", summary)


def offline_read(member_number: str, opened_at: dt.datetime, *, request_id: int | None = None,
                 summary: str = "") -> Operation:
    """The report that the agent opened member `member_number` (or their request
    `request_id`) from the offline copy at `opened_at` (this computer's clock, aware), for the
    backend's audit trail once it is back."""
    number = parse_member_number(member_number)
    if opened_at.tzinfo is None:
        raise ValueError("opened_at must carry its offset")
    body = {"member_number": number, "what": "member" if request_id is None else "request",
            "request_id": request_id, "opened_at": opened_at.isoformat(timespec="seconds")}
    return _operation(Kind.OFFLINE_READ, "/offline-reads", body, number, summary,
                      subject=request_id)


# Incident remediation: batches are about many members, so bound to none ("").

def remediation_proposal(selection: RemediationSelection, note: str,
                         exclusions: Sequence[tuple[tuple[str, int], str]], *,
                         summary: str = "") -> Operation:
    """A supervisor's proposal: the entries `selection` picks now, less `exclusions`
    (((source, entry id), reason) each: a ledger entry or a profile change); the backend
    fixes the batch's content when it takes it."""
    body = {**selection.body(), "note": note,
            "exclusions": [{"source": source, "entry_id": int(i), "reason": r}
                           for (source, i), r in exclusions]}
    return _operation(Kind.REMEDIATION_PROPOSAL, "/remediation/batches", body, "", summary)


def remediation_approval(batch_id: int, entries: int, content: str, *,
                         summary: str = "") -> Operation:
    """A second supervisor's approval of exactly the batch they saw (its entries' count and
    fingerprint): the backend refuses it for a batch that differs."""
    return _operation(Kind.REMEDIATION_APPROVAL, f"/remediation/batches/{int(batch_id)}/approve",
                      {"entries": int(entries), "content": content}, "", summary,
                      subject=int(batch_id))


def remediation_execution(batch_id: int, limit: int, *, summary: str = "") -> Operation:
    """One step of a batch's execution: up to `limit` pending entries reversed (each once)."""
    return _operation(Kind.REMEDIATION_EXECUTION,
                      f"/remediation/batches/{int(batch_id)}/execute", {"limit": int(limit)},
                      "", summary, subject=int(batch_id))
